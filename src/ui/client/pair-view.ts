// A pair's page: the ladder, every fact with its quotes in context and source links, and the conflicts flagged.
import { STATUS_LABELS, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { api, type Conflict } from './api.js';
import { h, link, safeUrl, scrollLink } from './dom.js';
import { factCard } from './fact-card.js';
import { ladderView } from './ladder-view.js';
import { referenceView } from './quote-view.js';

export async function pairView(root: HTMLElement, a: string, b: string): Promise<void> {
  const pair = await api.pair(a, b);
  const names = new Map([
    [pair.parties[0], pair.names[0]],
    [pair.parties[1], pair.names[1]],
  ]);
  const name = (code: string) => names.get(code) ?? code;
  const ladder = ladderView(pair.ladder);
  const facts = h(
    'div',
    { class: 'facts', 'data-testid': 'pair-facts' },
    ...pair.facts.map((f) => factCard(f, name)),
  );
  let shown = pair.facts.length;
  const more: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'more',
      hidden: shown >= pair.total,
      onclick: async () => {
        more.disabled = true;
        const next = await api.pair(a, b, shown);
        facts.append(...next.facts.map((f) => factCard(f, name)));
        if (next.conflicts.length > 0) facts.append(conflictsView(next.conflicts));
        shown += next.facts.length;
        more.hidden = shown >= next.total || next.facts.length === 0;
        more.disabled = false;
        more.textContent = `Show more (${next.total - shown} left)`;
      },
    },
    `Show more (${pair.total - shown} left)`,
  );
  root.replaceChildren(
    h(
      'div',
      { class: 'pair-page' },
      h(
        'nav',
        { class: 'crumbs' },
        link(`#/party/${pair.parties[0]}`, pair.names[0]),
        ' · ',
        link(`#/party/${pair.parties[1]}`, pair.names[1]),
        ' · ',
        link(`#/matrix/${pair.parties[0]}`, `${pair.names[0]}'s matrix`),
      ),
      h('h2', { 'data-testid': 'pair-title' }, `${pair.names[0]} – ${pair.names[1]}`),
      ladder,
      pair.conflicts.length > 0 ? conflictsView(pair.conflicts, pair.conflictTotal) : '',
      h('h3', {}, `${pair.total} fact${pair.total === 1 ? '' : 's'}`),
      facts,
      more,
    ),
  );
}

export function conflictsView(conflicts: readonly Conflict[], total = conflicts.length): HTMLElement {
  return h(
    'section',
    { class: 'conflicts', 'data-testid': 'conflicts' },
    h(
      'h3',
      {},
      `⚠ ${total} conflict${total === 1 ? '' : 's'} between sources`,
      total > conflicts.length ? ` (${conflicts.length} shown with these facts)` : '',
    ),
    ...conflicts.map((c) =>
      h(
        'div',
        { class: 'conflict' },
        h(
          'p',
          {},
          h('strong', {}, TYPE_LABELS[c.fact.type]),
          ` · ${c.kind.replace('_', ' ')} · ${STATUS_LABELS[c.status]}`,
          ' · ',
          scrollLink(`fact-${c.factId}`, 'fact'),
        ),
        h('div', { class: 'sides' }, side(c.a), side(c.b)),
      ),
    ),
  );
}

function side(s: Conflict['a']): HTMLElement {
  const o = s.origin;
  if (o.kind === 'reference')
    return h(
      'div',
      { class: 'side' },
      h('strong', {}, s.value),
      referenceView({ ...o, status: null, date: null }),
    );
  const href = safeUrl(o.url);
  const where = `${o.source ?? 'outlet not recorded'} · ${o.published ?? 'date not recorded'}`;
  return h(
    'div',
    { class: 'side' },
    h('strong', {}, s.value),
    h('blockquote', {}, s.quote),
    h('small', {}, href ? h('a', { href }, where) : where, ` · ${o.title ?? s.doc}`),
  );
}
