// Stage 2: sentences with offsets. A line break always ends a sentence (headlines, captions, list items);
// inside a line, a period ends one unless it closes an abbreviation ("U.S.", "Gen.", "Rt. Hon.").
import type { AnalyzedDocument, Sentence } from '../document.js';
import { isSpaceCode } from '../lexicon/white-space.js';

/** Titles before a name: their period never ends a sentence ("Gen. Romeo Brawner", "Rt. Hon. Fallon"). */
const TITLES = new Set(
  'mr mrs ms dr prof gen lt col maj capt cmdr cdr adm sgt cpl pvt brig sen rep gov pres rt hon st jr sr no nos'.split(
    ' ',
  ),
);

/** Other abbreviations: their period ends a sentence only when an ordinary sentence opener follows. */
const ABBREVIATIONS = new Set(
  (
    'vol fig inc ltd co corp plc bros dept est approx vs etc al jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec mt ft govt intl assn univ ave blvd rd pp op cf e.g i.e a.m p.m u.s u.k u.n u.s.a e.u'
  ).split(' '),
);

/** After "U.S." these words start a new sentence rather than continue a name ("... to the U.S. The gyro"). */
const SENTENCE_STARTERS = new Set(
  'The This That These Those It Its He She They We I In On At But And However Meanwhile A An As After Before While When Under Since Also Separately'.split(
    ' ',
  ),
);

const BOUNDARY = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])|[.!?]+["')\]]*$/g;

export function splitSentences(text: string, offset = 0): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    while (lineEnd !== -1 && wrapsOnto(text, lineEnd)) lineEnd = text.indexOf('\n', lineEnd + 1);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, offset, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Whether the line break at `at` only wraps a sentence ("signed a memorandum on\nnaval training"): text
 * hard-wrapped at a fixed width breaks lines inside sentences. The line before ends with no closing
 * punctuation and the next opens in lower case, which no headline, caption or list item does.
 */
function wrapsOnto(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
  if (before < 0 || text[before] === '\n' || /[.!?:;"'”’)\]]/.test(text[before]!)) return false;
  let after = at + 1;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  const next = text.charCodeAt(after);
  return next >= 97 && next <= 122;
}

function splitLine(
  text: string,
  from: number,
  to: number,
  offset: number,
  out: Array<{ start: number; end: number }>,
): void {
  const line = text.slice(from, to);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(line, m.index, end)) continue;
    push(line, start, end, from + offset, out);
    start = end;
  }
  push(line, start, line.length, from + offset, out);
}

function isAbbreviation(line: string, dot: number, after: number): boolean {
  // The letters and periods right before the dot, at most 12 characters back.
  let from = dot;
  while (from > Math.max(0, dot - 12) && isLetterOrDot(line.charCodeAt(from - 1))) from--;
  const before = line.slice(from, dot);
  const word = before.toLowerCase().replace(/^\.+/, '');
  const next = wordAfter(line, after);
  if (/^[A-Z]$/.test(before)) return true; // an initial: "John F. Kennedy"
  // Initials run together before a name ("President H.I. Remeliik"), not a country's ("the U.S. The ...").
  if (/^(?:[A-Z]\.)+[A-Z]$/.test(before) && !ABBREVIATIONS.has(word) && /^[A-Z]/.test(next)) return true;
  if (TITLES.has(word)) return true;
  return ABBREVIATIONS.has(word) && !SENTENCE_STARTERS.has(next);
}

/** `[A-Za-z.]` on a char code. */
function isLetterOrDot(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
}

/**
 * The word `/^\s+["'(]?([A-Za-z0-9]+)/` reads at `at` ("" when none): after white space and an opening
 * quote or bracket, a run of ASCII letters and digits. Read in place: the expression ran on a copy of the
 * rest of the line at every period.
 */
function wordAfter(line: string, at: number): string {
  let i = at;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i++;
  if (i === at) return '';
  const c = line.charCodeAt(i);
  if (c === 34 || c === 39 || c === 40) i++;
  let end = i;
  while (end < line.length && isAsciiAlnum(line.charCodeAt(end))) end++;
  return line.slice(i, end);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** No real sentence is longer; a longer run (a table, a dump, hostile input) is cut so later stages stay linear. */
export const MAX_SENTENCE_CHARS = 1500;

function push(
  line: string,
  s: number,
  e: number,
  base: number,
  out: Array<{ start: number; end: number }>,
): void {
  while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(line.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const space = line.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    const cut = space > s ? space : s + MAX_SENTENCE_CHARS;
    out.push({ start: base + s, end: base + cut });
    s = cut;
    while (s < e && isSpaceCode(line.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ start: base + s, end: base + e });
}

export function segment(doc: AnalyzedDocument): void {
  const text = doc.normalized;
  const spans = splitSentences(text);
  let paragraph = 0;
  let lastEnd = 0;
  doc.sentences = spans.map((s, index): Sentence => {
    // A blank line starts a paragraph; after the first sentence, so does any line break. Both need one.
    const between = text.slice(lastEnd, s.start);
    if (between.includes('\n') && (index > 0 || /\n\s*\n/.test(between))) paragraph++;
    lastEnd = s.end;
    return { index, start: s.start, end: s.end, text: text.slice(s.start, s.end), paragraph };
  });
}
