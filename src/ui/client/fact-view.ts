// One fact with all its quotes, its conflicts and who reviewed it when.
import { api } from './api.js';
import { h } from './dom.js';
import { factCard } from './fact-card.js';
import { conflictsView } from './pair-view.js';

export async function factView(root: HTMLElement, id: number): Promise<void> {
  const [fact, parties] = await Promise.all([api.fact(id), api.parties()]);
  const names = new Map(parties.items.map((p) => [p.code, p.name]));
  root.replaceChildren(
    h(
      'div',
      { class: 'fact-page' },
      factCard(fact, (c) => names.get(c) ?? c),
      fact.conflictList.length > 0 ? conflictsView(fact.conflictList) : '',
      h('h3', {}, 'Reviews'),
      fact.reviews.length === 0
        ? h('p', { class: 'hint' }, 'Not reviewed yet.')
        : h(
            'ol',
            { class: 'reviews' },
            ...fact.reviews.map((r) =>
              h(
                'li',
                {},
                `${r.at.replace('T', ' ').slice(0, 19)} · ${r.reviewer} · ${r.action}`,
                r.action === 'edit' ? ` · ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}` : '',
              ),
            ),
          ),
    ),
  );
}
