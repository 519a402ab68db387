// Stage 1: folds Unicode spaces, quotes and dashes to ASCII one character for one, so offsets stay valid.
import type { AnalyzedDocument } from '../document.js';

const FOLD: Record<string, string> = {};
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\t\r\f\v\ufeff')
  FOLD[c] = ' ';
for (const c of '\u2018\u2019\u201a\u201b\u2032\u00b4\u0060') FOLD[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLD[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63') FOLD[c] = '-';
FOLD['\u2026'] = '.';
FOLD['\u2028'] = '\n';
FOLD['\u2029'] = '\n';

const FOLDABLE =
  /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\t\r\f\v\ufeff\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\ufe58\ufe63\u2026\u2028\u2029\uff01-\uff5e]/g;

/** One character in, one character out: full-width ASCII forms map to their ASCII twins. */
export function normalizeText(text: string): string {
  return text.replace(FOLDABLE, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return FOLD[c] ?? c;
  });
}

/** A line that a sentence may end on: final punctuation, possibly closed by a quote or bracket. */
const ENDS_SENTENCE = /[.!?:;"')\]]\s*$/;

/**
 * Text hard-wrapped at a fixed width (wire archives, e-mailed releases, plain-text pages) breaks lines inside
 * sentences. When most lines of the text run on into the next, a line break inside a paragraph is a space;
 * elsewhere a line break still ends a sentence (headlines, captions, list items). One character for one.
 */
export function unwrapHardBreaks(text: string): string {
  const lines = text.split('\n');
  let filled = 0;
  let runOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.length === 0) continue;
    filled++;
    const next = lines[i + 1]?.trim() ?? '';
    if (next.length > 0 && !ENDS_SENTENCE.test(line) && /^[\p{L}\p{N}"'(]/u.test(next)) runOn++;
  }
  if (filled < 4 || runOn < filled * 0.4) return text;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    out += line;
    if (next === undefined) break;
    const joins = line.trim().length > 0 && next.trim().length > 0 && !ENDS_SENTENCE.test(line);
    out += joins ? ' ' : '\n';
  }
  return out;
}

export function normalize(doc: AnalyzedDocument): void {
  doc.normalized = unwrapHardBreaks(normalizeText(doc.original));
}
