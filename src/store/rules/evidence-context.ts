// Cuts the text around a quote at word boundaries, finding the quote even when offsets and text disagree by a little.

export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

/**
 * `context` is the document from `contextStart` on; the quote is expected at `quoteStart`. Offsets count UTF-16 units,
 * SQL substr counts characters: an astral character shifts them, so the quote is looked up by its text as a fallback.
 */
export function quoteInContext(
  context: string,
  contextStart: number,
  quoteStart: number,
  quote: string,
  /** The window came back as long as asked: it was cut before the document's end. */
  moreAfter = false,
): QuoteInContext {
  let at = quoteStart - contextStart;
  if (context.slice(at, at + quote.length) !== quote) at = nearest(context, quote, at);
  if (at < 0) return { before: '', quote, after: '' };
  let before = context.slice(0, at);
  let after = context.slice(at + quote.length);
  if (contextStart > 0) before = trimStart(before);
  if (moreAfter) after = trimEnd(after);
  return { before, quote, after };
}

function nearest(text: string, quote: string, near: number): number {
  let best = -1;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/** Drops the cut word at the start and marks the cut. */
function trimStart(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? '' : `…${text.slice(space)}`;
}

function trimEnd(text: string): string {
  const m = /\s\S*$/.exec(text);
  return m ? `${text.slice(0, m.index)}…` : text;
}
