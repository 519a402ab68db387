// The page for a party, pair or fact the API does not know (404): what was asked, why, and where to go instead;
// and the one line any other failure of a view shows.
import { ApiFailure } from './api.js';
import { h, link, message } from './dom.js';
import type { Route } from './router.js';

/** What a view that failed shows instead: the not-found page for a 404, else the error in one line. */
export function failureView(route: Route, e: unknown): HTMLElement {
  if (isNotFound(e)) return notFoundView(route, e);
  return message(
    e instanceof ApiFailure ? `${e.code}: ${e.message}` : `Something failed: ${String(e)}`,
    'error',
  );
}

/** True for the answers that mean "no such thing" (an unknown party, a fact id that does not exist). */
export function isNotFound(e: unknown): e is ApiFailure {
  return e instanceof ApiFailure && e.status === 404;
}

export function notFoundView(route: Route, failure: ApiFailure): HTMLElement {
  return h(
    'section',
    { class: 'not-found', 'data-testid': 'not-found', role: 'alert' },
    h('h2', {}, failure.code === 'UNKNOWN_PARTY' ? 'Unknown party' : 'Not found'),
    h('p', { 'data-testid': 'not-found-message' }, failure.message.replace(/^[\w.]+: (?=unknown party)/, '')),
    h('p', { class: 'hint' }, hintFor(route, failure)),
    h('p', { class: 'actions' }, link('#/', 'Whole network'), ' · ', link('#/timeline', 'Timeline')),
  );
}

function hintFor(route: Route, failure: ApiFailure): string {
  if (failure.code !== 'UNKNOWN_PARTY')
    return route.view === 'fact' ? `There is no fact #${route.id}.` : 'Nothing is stored under this address.';
  const asked =
    route.view === 'pair'
      ? `the pair ${route.a} – ${route.b}`
      : 'party' in route && route.party
        ? route.party
        : 'this page';
  return `No page for ${asked}: use an ISO 3166-1 alpha-3 code (JPN), a name (Japan) or a grouping (NATO), or pick a party from the search box.`;
}
