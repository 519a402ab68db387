// A quote in its context (the words before, the quote marked, the words after) with its outlet, date and link; or a
// reference dataset's entry, shown as an entry of that dataset and never as a quote (its line is generated).
import type { PairDetail } from './api.js';
import { h, safeUrl } from './dom.js';

type Evidence = PairDetail['facts'][number]['evidence'][number];
type ReferenceEvidence = Extract<Evidence, { kind: 'reference' }>;

export function quoteView(e: Evidence): HTMLElement {
  if (e.kind === 'reference') return referenceView(e);
  const href = safeUrl(e.url);
  const label = e.title ?? e.doc;
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', {}, e.before, h('mark', {}, e.quote), e.after),
    h(
      'figcaption',
      {},
      h('span', { class: 'outlet' }, e.source ?? 'outlet not recorded'),
      ' · ',
      h('span', { class: 'published' }, e.published ?? 'date not recorded'),
      ' · ',
      href ? h('a', { href }, label) : h('span', {}, label),
      ` · says ${e.status.replace('_', ' ')}${e.date ? ` ${e.date}` : ''}`,
      e.nearDuplicateOf
        ? h(
            'span',
            { class: 'copy', title: `copy of ${e.nearDuplicateOf}` },
            ' · copy, not an independent source',
          )
        : '',
    ),
  );
}

/** "Reference japan_agreements · concluded 2022-01-06 · source": a table's row, with the link it cites. */
export function referenceView(
  e: Pick<ReferenceEvidence, 'dataset' | 'url'> & {
    status: ReferenceEvidence['status'] | null;
    date: string | null;
  },
): HTMLElement {
  const href = safeUrl(e.url);
  const says = [e.status?.replace('_', ' '), e.date].filter(Boolean).join(' ');
  return h(
    'div',
    { class: 'reference-entry', 'data-testid': 'reference-entry' },
    h('span', { class: 'badge' }, 'Reference'),
    ' ',
    h('strong', { class: 'dataset' }, e.dataset),
    says ? ` · ${says} · ` : ' · ',
    href ? h('a', { href }, 'source') : h('span', {}, 'no source link'),
  );
}

/** A document's text with the spans of its facts marked: text nodes and <mark> elements, nothing parsed as HTML. */
export function markedText(
  text: string,
  spans: readonly { start: number; end: number; label: string }[],
): HTMLElement {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out = h('div', { class: 'document-text' });
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out.append(document.createTextNode(text.slice(at, s.start)));
    out.append(h('mark', { title: s.label }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(document.createTextNode(text.slice(at)));
  return out;
}
