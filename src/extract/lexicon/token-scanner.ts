// A zero-allocation word/punctuation scanner: the gazetteer walks text one token at a time with it.
import { foldDiacritics } from './text-fold.js';
import { isSpaceCode } from './white-space.js';

/** A token found by readToken; reused between calls, so copy what you keep. */
export interface Token {
  start: number;
  end: number;
  /** Whitespace separates this token from the one before it. */
  spaced: boolean;
  /** Letters or digits (a word); otherwise one punctuation character. */
  word: boolean;
  /** A word with a character beyond ASCII: its key drops diacritics (tokenKey). */
  wide: boolean;
}

export function newToken(): Token {
  return { start: 0, end: 0, spaced: false, word: false, wide: false };
}

/** `\s`, and the zero-width spaces and joiners, which part words no less than a space does. */
function isSpace(c: number): boolean {
  return isSpaceCode(c) || (c >= 0x200b && c <= 0x200d);
}

/** Letters, digits and combining marks; everything non-Latin-1 outside punctuation and symbol blocks. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c === 0x2bc || c === 0x2bb) return false; // modifier-letter apostrophes, used as quotes
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return !(c >= 0xfe30 && c <= 0xfe6f) && !(c >= 0xff00 && c <= 0xff0f);
}

const SPACE = 1;
const WORD = 2;
/** Per ASCII code: SPACE, WORD, or 0 for punctuation (isSpace and isWordChar on ASCII, read from a table). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  isSpace(c) ? SPACE : isWordChar(c) ? WORD : 0,
);

/**
 * Reads the token at or after `pos` into `out`; false at the end of the text. ASCII is classed from a table,
 * one look-up a character, and the tests of isSpace and isWordChar run only beyond it: the gazetteer reads
 * every character of every document here.
 */
export function readToken(text: string, pos: number, out: Token): boolean {
  const n = text.length;
  let i = pos;
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c < 128 ? ASCII_CLASS[c] !== SPACE : !isSpace(c)) break;
  }
  if (i >= n) return false;
  out.spaced = i > pos;
  out.start = i;
  if (c < 128 ? ASCII_CLASS[c] === WORD : isWordChar(c)) {
    let wide = c > 127;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CLASS[c] !== WORD) break;
      } else if (isWordChar(c)) wide = true;
      else break;
    }
    out.wide = wide;
    out.word = true;
  } else {
    i++;
    out.wide = false;
    out.word = false;
  }
  out.end = i;
  return true;
}

/** Punctuation that news copy writes in several ways: curly apostrophes and dashes are one key each. */
function punctuationKey(c: number, raw: string): string {
  switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x2bc:
    case 0x2bb:
    case 0x2032:
    case 0x60:
      return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-';
    default:
      return raw;
  }
}

/**
 * The key a token has in the phrase trie: the word itself, or its punctuation normalized. A word's diacritics
 * are dropped ("México", "Perú", "Reykjavík" are the catalogue's "Mexico", "Peru", "Reykjavik"): news copy
 * writes a name with or without them, and the catalogue cannot list every spelling.
 */
export function tokenKey(text: string, token: Token): string {
  const raw = text.slice(token.start, token.end);
  if (!token.word) return punctuationKey(text.charCodeAt(token.start), raw);
  return token.wide ? foldDiacritics(raw) : raw;
}

/** True when the token is a word whose first character is an uppercase letter. */
export function isCapitalized(text: string, token: Token): boolean {
  if (!token.word) return false;
  const c = text.charCodeAt(token.start);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[token.start] ?? '';
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
