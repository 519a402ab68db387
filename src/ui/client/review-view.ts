// The review queue: who is reviewing (name and token for this tab), then facts with conflicts, then unreviewed facts.
import { api, ApiFailure } from './api.js';
import { h, message } from './dom.js';
import { factCard } from './fact-card.js';
import { conflictsView } from './pair-view.js';
import { session } from './session.js';

export async function reviewView(root: HTMLElement): Promise<void> {
  const [conflicts, unreviewed, parties, status] = await Promise.all([
    api.conflicts(),
    api.facts({ review: 'none', limit: 30 }),
    api.parties(),
    api.status(),
  ]);
  const names = new Map(parties.items.map((p) => [p.code, p.name]));
  const name = (c: string) => names.get(c) ?? c;
  const conflicted = [...new Set(conflicts.items.map((c) => c.factId))];
  const conflictFacts =
    conflicted.length > 0
      ? await Promise.all(conflicted.slice(0, 10).map((id) => api.fact(id).catch(() => null)))
      : [];
  root.replaceChildren(
    h(
      'div',
      { class: 'review-page' },
      h('h2', {}, 'Review'),
      whoAmI(status.writable),
      conflicts.total > 0 ? h('h3', {}, `Facts whose sources disagree (${conflicted.length})`) : '',
      ...conflictFacts.flatMap((f) => (f ? [factCard(f, name), conflictsView(f.conflictList)] : [])),
      h('h3', {}, `Not reviewed yet (${unreviewed.total})`),
      h(
        'div',
        { class: 'facts', 'data-testid': 'review-queue' },
        ...unreviewed.items.map((f) => factCard(f, name)),
      ),
    ),
  );
}

function whoAmI(writable: boolean): HTMLElement {
  const reviewer = h('input', {
    type: 'text',
    value: session.reviewer(),
    placeholder: 'your name',
    'aria-label': 'Reviewer name',
    autocomplete: 'name',
  });
  const token = h('input', {
    type: 'password',
    value: session.token(),
    placeholder: 'write token',
    'aria-label': 'Write token',
    autocomplete: 'off',
  });
  const note = h('div', {});
  return h(
    'form',
    {
      class: 'who',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        session.setReviewer(reviewer.value);
        session.setToken(token.value);
        try {
          const s = await api.status();
          note.replaceChildren(
            message(
              s.writable
                ? 'Token accepted: reviews will be recorded under your name.'
                : 'The server does not accept this token.',
              s.writable ? 'info' : 'error',
            ),
          );
        } catch (err) {
          note.replaceChildren(message(err instanceof ApiFailure ? err.message : String(err), 'error'));
        }
      },
    },
    h(
      'p',
      { class: 'hint' },
      'Reviews keep who and when. Writing needs the token the server was started with (--token).',
      writable ? ' This tab can write.' : '',
    ),
    reviewer,
    token,
    h('button', { type: 'submit' }, 'Use'),
    note,
  );
}
