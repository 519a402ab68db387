// A quote in its context: the words before, the quote marked, the words after, and the source it comes from.
import type { PairDetail } from './api.js';
import { h, safeUrl } from './dom.js';

type Evidence = PairDetail['facts'][number]['evidence'][number];

export function quoteView(e: Evidence): HTMLElement {
  const href = safeUrl(e.url);
  const label = e.title ?? e.source ?? e.doc;
  return h(
    'figure',
    { class: 'quote' },
    h('blockquote', {}, e.before, h('mark', {}, e.quote), e.after),
    h(
      'figcaption',
      {},
      href ? h('a', { href }, label) : h('span', {}, label),
      e.published ? ` · ${e.published}` : '',
      e.source && e.source !== label ? ` · ${e.source}` : '',
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
