// Ties formed per year as bars, then every dated event, oldest first, grouped by year.
import { STATUS_LABELS, TYPE_LABELS } from '../../analyze/vocabulary.js';
import { api } from './api.js';
import { TYPE_COLORS } from './colors.js';
import { h, link, message, safeUrl, swatch } from './dom.js';
import { referenceView } from './quote-view.js';

type Event = Awaited<ReturnType<typeof api.timeline>>['items'][number];

/** The milestone's sentence with its outlet and date, or the reference entry it comes from (never quoted). */
function eventEvidence(e: Event): HTMLElement | '' {
  const o = e.origin;
  if (o?.kind === 'reference') return referenceView({ ...o, status: e.status, date: e.date });
  if (!e.quote) return '';
  const href = safeUrl(o?.url);
  const where = `${o?.source ?? 'outlet not recorded'} · ${o?.published ?? 'date not recorded'}`;
  return h(
    'span',
    { class: 'event-quote' },
    h('q', {}, e.quote),
    h('small', { class: 'origin' }, ' — ', href ? h('a', { href }, where) : where),
  );
}

export async function timelineView(root: HTMLElement, party: string | null): Promise<void> {
  const [events, perYear, parties] = await Promise.all([
    api.timeline(party ?? undefined),
    api.tiesPerYear(party ?? undefined),
    api.parties(),
  ]);
  const names = new Map(parties.items.map((p) => [p.code, p.name]));
  const name = (code: string) => names.get(code) ?? code;
  const max = Math.max(1, ...perYear.years.map((y) => y.total));
  const bars = h(
    'div',
    { class: 'bars', role: 'img', 'aria-label': 'Ties formed per year', 'data-testid': 'per-year' },
    ...everyYear(perYear.years).map((y) => {
      const bar = h('div', {
        class: 'bar',
        title: `${y.year}: ${y.total} tie${y.total === 1 ? '' : 's'} formed`,
      });
      bar.style.height = `${Math.round((100 * y.total) / max)}%`;
      const label =
        y.year % 10 === 0 || y === perYear.years[0]
          ? String(y.year)
          : y.year % 5 === 0
            ? String(y.year).slice(2)
            : '';
      return h(
        'div',
        { class: 'bar-col' },
        h('span', { class: 'n' }, y.total || ''),
        bar,
        h('span', { class: 'y' }, label),
      );
    }),
  );
  const byYear = new Map<string, typeof events.items>();
  for (const e of events.items)
    byYear.set(e.date.slice(0, 4), [...(byYear.get(e.date.slice(0, 4)) ?? []), e]);
  const title = party ? `${name(party)}: timeline` : 'Timeline';
  root.replaceChildren(
    h(
      'div',
      { class: 'timeline-page' },
      party
        ? h(
            'nav',
            { class: 'crumbs' },
            link(`#/party/${party}`, `${name(party)}'s network`),
            ' · ',
            link(`#/matrix/${party}`, 'Partner matrix'),
          )
        : '',
      h('h2', {}, title),
      h('h3', {}, 'Ties formed per year'),
      perYear.years.length > 0 ? bars : message('No dated ties.'),
      h(
        'p',
        { class: 'hint' },
        `${perYear.undated} fact${perYear.undated === 1 ? '' : 's'} without a dated step are not counted.`,
      ),
      h('h3', {}, `${events.total} events`),
      h(
        'ol',
        { class: 'timeline', 'data-testid': 'timeline' },
        ...[...byYear].map(([year, list]) =>
          h(
            'li',
            { class: 'year' },
            h('h4', {}, year),
            h(
              'ul',
              {},
              ...list.map((e) => {
                const others = party ? e.parties.filter((p) => p !== party) : e.parties;
                return h(
                  'li',
                  { class: 'event' },
                  h('span', { class: 'date' }, e.date),
                  swatch(TYPE_COLORS[e.type]),
                  h('strong', {}, TYPE_LABELS[e.type]),
                  ` ${STATUS_LABELS[e.status]} · `,
                  ...others.flatMap((p, i) => [
                    i > 0 ? ', ' : '',
                    link(party ? `#/pair/${party}/${p}` : `#/party/${p}`, name(p)),
                  ]),
                  eventEvidence(e),
                );
              }),
            ),
          ),
        ),
      ),
      events.total > events.items.length
        ? message(`Showing the first ${events.items.length} of ${events.total} events.`)
        : '',
    ),
  );
  // The recent years are the ones asked about: the chart opens at its right end, older years a scroll away.
  bars.scrollLeft = bars.scrollWidth;
}

/** Years without a tie get an empty bar, so the axis keeps its scale. */
function everyYear<T extends { year: number; total: number }>(
  years: readonly T[],
): { year: number; total: number }[] {
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  if (first === undefined || last === undefined || last - first > 150) return [...years];
  const byYear = new Map(years.map((y) => [y.year, y.total]));
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    total: byYear.get(first + i) ?? 0,
  }));
}
