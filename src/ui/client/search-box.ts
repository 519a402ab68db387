// The search box: parties and agreements as you type; Enter opens the first party.
import { STATUS_LABELS, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { api } from './api.js';
import { h } from './dom.js';
import { go } from './router.js';

export function searchBox(): HTMLElement {
  const input = h('input', {
    type: 'search',
    placeholder: 'Search parties and agreements',
    'aria-label': 'Search',
    autocomplete: 'off',
  });
  const results = h('div', { class: 'results', hidden: true, role: 'listbox' });
  let seq = 0;
  let first: string | null = null;
  const update = async () => {
    const mine = ++seq;
    const text = input.value.trim();
    if (text.length < 2) return void (results.hidden = true);
    const found = await api.search(text).catch(() => null);
    if (mine !== seq || !found) return;
    first = found.parties[0] ? `#/party/${found.parties[0].code}` : null;
    const names = new Map(found.parties.map((p) => [p.code, p.name]));
    results.replaceChildren(
      ...found.parties
        .slice(0, 6)
        .map((p) =>
          h(
            'a',
            { href: `#/party/${p.code}`, class: 'hit party' },
            p.name,
            h('small', {}, ` ${p.code} · ${p.facts} facts`),
          ),
        ),
      ...found.facts.slice(0, 8).map((f) =>
        h(
          'a',
          {
            href: f.parties.length === 2 ? `#/pair/${f.parties[0]}/${f.parties[1]}` : `#/fact/${f.id}`,
            class: 'hit fact',
          },
          `${TYPE_LABELS[f.type]} · ${f.parties.map((p) => names.get(p) ?? p).join(' – ')}`,
          h('small', {}, ` ${STATUS_LABELS[f.status]}${f.date ? ` ${f.date}` : ''}`),
        ),
      ),
    );
    if (results.childElementCount === 0) results.append(h('p', { class: 'hint' }, 'Nothing found.'));
    results.hidden = false;
  };
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && first) {
      go(first);
      results.hidden = true;
    }
    if (e.key === 'Escape') results.hidden = true;
  });
  results.addEventListener('click', () => (results.hidden = true));
  window.addEventListener('hashchange', () => {
    input.value = '';
    results.hidden = true;
  });
  document.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('.search')) results.hidden = true;
  });
  return h('div', { class: 'search' }, input, results);
}
