// One quote as the CLI prints it: an article's words with outlet, date and link; a reference entry as what it is.
import type { BestQuote, QuoteOrigin } from '../schema/quote.js';
import { clip } from './knowledge-base.js';

/** `"words" (outlet, date, url)`, or `[reference: dataset] url`: a generated line is never shown as a quote. */
export function quoteLine(quote: BestQuote, max: number): string {
  return quote.kind === 'reference' ? originLine(quote) : `"${clip(quote.text, max)}" ${originLine(quote)}`;
}

/** Where a quote comes from: `(outlet, date, url)` for an article, `[reference: dataset] url` for a dataset row. */
export function originLine(origin: QuoteOrigin): string {
  if (origin.kind === 'reference') return `[reference: ${origin.dataset}] ${origin.url ?? origin.doc}`;
  const outlet = origin.source ?? 'outlet not recorded';
  const date = origin.published ?? 'date not recorded';
  return `(${outlet}, ${date}, ${origin.url ?? origin.doc})`;
}
