// A party's partners against mechanism types; each cell the status and date of the most advanced fact, linked to the pair.
import {
  STAGE_LABELS,
  STATE_OF_STATUS,
  STATUS_LABELS,
  TYPE_LABELS,
  TYPE_SHORT,
} from '../../analyze/vocabulary.js';
import { api } from './api.js';
import { stageColor } from './colors.js';
import { h, link, message, swatch } from './dom.js';

export async function matrixView(root: HTMLElement, party: string): Promise<void> {
  const [matrix, parties] = await Promise.all([api.matrix(party), api.parties()]);
  const names = new Map(parties.items.map((p) => [p.code, p.name]));
  const name = (code: string) => names.get(code) ?? code;
  if (matrix.rows.length === 0) {
    root.replaceChildren(message(`No ties known for ${name(matrix.party)}.`));
    return;
  }
  const table = h(
    'table',
    { class: 'matrix', 'data-testid': 'matrix' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Partner'),
        h('th', { scope: 'col' }, 'Stage'),
        ...matrix.types.map((t) => h('th', { scope: 'col', title: TYPE_LABELS[t] }, TYPE_SHORT[t])),
      ),
    ),
    h(
      'tbody',
      {},
      ...matrix.rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, link(`#/pair/${matrix.party}/${row.partner}`, name(row.partner))),
          h(
            'td',
            { class: 'stage' },
            swatch(stageColor(row.stage)),
            row.stage ? STAGE_LABELS[row.stage] : 'talks',
          ),
          ...matrix.types.map((t) => {
            const cell = row.cells[t];
            if (!cell) return h('td', { class: 'empty', title: `${TYPE_LABELS[t]}: not recorded` }, '');
            return h(
              'td',
              {
                class: `cell ${STATE_OF_STATUS[cell.status]}${cell.conflicts > 0 ? ' conflicted' : ''}`,
                title: `${TYPE_LABELS[t]}: ${STATUS_LABELS[cell.status]}`,
              },
              link(
                `#/pair/${matrix.party}/${row.partner}`,
                h('span', { class: 'st' }, STATUS_LABELS[cell.status]),
                h('span', { class: 'dt' }, cell.date ?? '—'),
              ),
              cell.conflicts > 0 ? h('span', { class: 'conflict-flag', title: 'sources disagree' }, '⚠') : '',
            );
          }),
        ),
      ),
    ),
  );
  root.replaceChildren(
    h(
      'div',
      { class: 'matrix-page' },
      h(
        'nav',
        { class: 'crumbs' },
        link(`#/party/${matrix.party}`, `${name(matrix.party)}'s network`),
        ' · ',
        link(`#/timeline/${matrix.party}`, 'Timeline'),
      ),
      h('h2', {}, `${name(matrix.party)}: partners × mechanisms`),
      h(
        'p',
        { class: 'hint' },
        'Each cell: the most advanced status of that mechanism with that partner, and its date. Blue: taken; amber: under way; grey: ended; empty: not recorded (no source in the database reports one).',
      ),
      h('div', { class: 'matrix-wrap' }, table),
    ),
  );
}
