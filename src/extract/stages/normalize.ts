// Stage 1: folds Unicode spaces, quotes, dashes and invisible controls one character for one, so offsets stay valid.
import type { AnalyzedDocument } from '../document.js';
import { isSpaceCode } from '../lexicon/white-space.js';

const FOLD: Record<string, string> = {};
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\t\r\f\v\ufeff')
  FOLD[c] = ' ';
for (const c of '\u2018\u2019\u201a\u201b\u2032\u00b4\u0060') FOLD[c] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLD[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63') FOLD[c] = '-';
FOLD['\u2026'] = '.';
FOLD['\u2028'] = '\n';
FOLD['\u2029'] = '\n';

/**
 * Per code unit, what it folds to (0: it stays): the characters of FOLD, and the full-width ASCII forms to their
 * ASCII twins. A table read in one loop: a replace by expression calls back per character and scans several
 * times slower. An invisible control (INVISIBLE) reads UNFOLDED_INVISIBLE: foldInvisible must move it first.
 */
const FOLDS_TO = new Uint16Array(0x10000);
for (const [c, to] of Object.entries(FOLD)) FOLDS_TO[c.charCodeAt(0)] = to.charCodeAt(0);
for (let code = 0xff01; code <= 0xff5e; code++) FOLDS_TO[code] = code - 0xfee0;
/** No character folds to it (FOLD and the full-width forms give ASCII only). */
const UNFOLDED_INVISIBLE = 0xffff;

/** Zero-width, soft-hyphen and bidi controls: invisible to a reader, yet they split a name ("Ja\u200Bpan"). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** The text without invisible controls: for free-text fields that are stored or shown (items, titles). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

function isInvisible(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}
for (let c = 0; c < 0x10000; c++) if (isInvisible(c)) FOLDS_TO[c] = UNFOLDED_INVISIBLE;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xd800 && c <= 0xdfff) || LETTER.test(text[i]!);
}

/**
 * One character for one, so the gazetteer reads "Ja\u200Bpan" as "Japan": the invisible controls inside a
 * word move to its end (its start when a line ends there, so a sentence never ends on them) as spaces;
 * the others become spaces where they stand.
 * Offsets shift only inside that word; sentences, and so evidence, keep their bounds. Linear in the text.
 */
export function foldInvisible(text: string): string {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(text)) return text;
  INVISIBLE.lastIndex = 0;
  let out = '';
  let done = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    if (m.index < done) continue;
    let a = m.index;
    let b = m.index + 1;
    const inWord = (i: number) => isInvisible(text.charCodeAt(i)) || isLetter(text, i);
    while (a > done && inWord(a - 1)) a--;
    while (b < text.length && inWord(b)) b++;
    // Controls before the word's first letter or after its last one are spaces where they stand.
    let p = a;
    let q = b;
    while (p < b && !isLetter(text, p)) p++;
    while (q > p && !isLetter(text, q - 1)) q--;
    const inner = text.slice(p, q);
    const letters = stripInvisible(inner);
    const pad = ' '.repeat(inner.length - letters.length);
    const atLineEnd = b === text.length || text[b] === '\n' || text[b] === '\r';
    const word = atLineEnd ? pad + letters : letters + pad;
    out += text.slice(done, a) + ' '.repeat(p - a) + word + ' '.repeat(b - q);
    done = b;
    INVISIBLE.lastIndex = b;
  }
  return out + text.slice(done);
}

/** One character in, one character out: full-width ASCII forms map to their ASCII twins. */
export function normalizeText(text: string): string {
  // Most texts hold no invisible control: the table pass finds that as it folds, without a scan of its own
  // for them (foldInvisible's, as long as the table's). Where it meets one, the text is read again after it.
  return foldTable(text) ?? foldTable(foldInvisible(text))!;
}

/** The text with FOLDS_TO applied; null at its first invisible control (foldInvisible leaves none). */
function foldTable(text: string): string | null {
  let out = '';
  let done = 0;
  for (let i = 0; i < text.length; i++) {
    const to = FOLDS_TO[text.charCodeAt(i)]!;
    if (to === 0) continue;
    if (to === UNFOLDED_INVISIBLE) return null;
    out += text.slice(done, i) + String.fromCharCode(to);
    done = i + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** A line that a sentence may end on: final punctuation, possibly closed by a quote or bracket. */
const ENDS_SENTENCE = /[.!?:;"')\]]\s*$/;

/**
 * Text hard-wrapped at a fixed width (wire archives, e-mailed releases, plain-text pages) breaks lines inside
 * sentences. When most lines of the text run on into the next, a line break inside a paragraph is a space;
 * elsewhere a line break still ends a sentence (headlines, captions, list items). One character for one.
 */
export function unwrapHardBreaks(text: string): string {
  if (!hardWrapped(text)) return text;
  const lines = text.split('\n');
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

/**
 * Whether most non-blank lines of the text run on into the next: the next line is not blank and opens on a
 * letter, a digit, a quote or a bracket, and the line does not end as a sentence may (ENDS_SENTENCE). Read
 * from the characters in place, each line's first and last non-space: most texts are not hard-wrapped, and
 * splitting and trimming every line of every document to find that out cost more than the rest of the stage.
 */
function hardWrapped(text: string): boolean {
  let filled = 0;
  let runOn = 0;
  // The current line [start, end), and where its first non-space character is (-1: a blank line).
  let start = 0;
  let end = lineEnd(text, 0);
  let first = firstNonSpace(text, start, end);
  while (start <= text.length) {
    const nextStart = end + 1;
    const nextEnd = nextStart <= text.length ? lineEnd(text, nextStart) : nextStart;
    const nextFirst = nextStart <= text.length ? firstNonSpace(text, nextStart, nextEnd) : -1;
    if (first >= 0) {
      filled++;
      const last = lastNonSpace(text, start, end);
      if (nextFirst >= 0 && !ENDS_SENTENCE_CHAR.has(text.charCodeAt(last)) && opensRunOn(text, nextFirst))
        runOn++;
    }
    start = nextStart;
    end = nextEnd;
    first = nextFirst;
  }
  return filled >= 4 && runOn >= filled * 0.4;
}

/** What ENDS_SENTENCE reads before the line's trailing spaces: final punctuation, a closing quote or bracket. */
const ENDS_SENTENCE_CHAR = new Set([...'.!?:;"\')]'].map((c) => c.charCodeAt(0)));

/** `/^[\p{L}\p{N}"'(]/u` at the line's first non-space character (a code point: a surrogate pair is one). */
function opensRunOn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128)
    return (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 34 ||
      c === 39 ||
      c === 40
    );
  return RUN_ON_OPENER.test(text.slice(at, at + 2));
}
const RUN_ON_OPENER = /^[\p{L}\p{N}"'(]/u;

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

function lastNonSpace(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!isSpaceCode(text.charCodeAt(i))) return i;
  return -1;
}

export function normalize(doc: AnalyzedDocument): void {
  doc.normalized = unwrapHardBreaks(normalizeText(doc.original));
}
