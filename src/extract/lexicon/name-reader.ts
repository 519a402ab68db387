// Reads capitalized names after a title ("Defense Minister Gen Nakatani") or a ship prefix ("HMS Prince of Wales").
import { isCapitalized, readToken, tokenKey, type Token } from './token-scanner.js';
import { WordKeys } from './word-keys.js';

/** Words that make up a title before a name; lowercased. */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'defense',
  'defence',
  'foreign',
  'prime',
  'vice',
  'deputy',
  'state',
  'of',
  'for',
  'the',
  'affairs',
  'senior',
  'under',
  'assistant',
  'navy',
  'naval',
  'army',
  'air',
  'force',
  'forces',
  'armed',
  'staff',
  'joint',
  'national',
  'security',
  'cabinet',
  'ministry',
  'rear',
  'high',
  'policy',
  'crown',
  'lt',
  'maj',
  'major',
  'lieutenant',
  'fleet',
  'operations',
]);

/** Title words after which a name may follow; lowercased. */
export const HEAD_WORDS: ReadonlySet<string> = new Set([
  'minister',
  'secretary',
  'president',
  'counterpart',
  'premier',
  'chancellor',
  'ambassador',
  'envoy',
  'chief',
  'general',
  'admiral',
  'adm',
  'gen',
  'commander',
  'adviser',
  'advisor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'king',
  'queen',
  'prince',
  'emperor',
  'leader',
  'marshal',
  'colonel',
  'representative',
  'commissioner',
  'pm',
]);

/** Title words written with a period ("Gen.", "Lt."): only after these is a period not a sentence end. */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'gen',
  'lt',
  'adm',
  'maj',
  'col',
  'capt',
  'cmdr',
  'brig',
]);

/** Capitalized words that start sentences or name days, never a person. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'And',
  'But',
  'For',
  'To',
  'Of',
  'With',
  'By',
  'As',
  'He',
  'She',
  'They',
  'It',
  'This',
  'That',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/** TITLE_WORDS and HEAD_WORDS by hash slot (word-keys.ts). */
const TITLE_KEYS = new WordKeys(1 << 12);
for (const word of [...TITLE_WORDS, ...HEAD_WORDS]) TITLE_KEYS.add(word);

/**
 * The lowercased word at `token` (its text `key`) when it is a title or head word, else null. Most words asked
 * are neither: an ASCII word is ruled out from the text in place, before a lowercased copy of it is made.
 */
function titleWord(text: string, token: Token, key: string): string | null {
  if (!token.wide && !TITLE_KEYS.mayHoldLowercased(text, token.start, token.end)) return null;
  const lower = key.toLowerCase();
  return TITLE_WORDS.has(lower) || HEAD_WORDS.has(lower) ? lower : null;
}

export interface NameSpan {
  start: number;
  end: number;
  /** Start of the last name word: the surname to remember ("Nakatani"). */
  lastStart: number;
  words: number;
}

export interface NameOptions {
  maxWords: number;
  /** Lowercase words that may join two capitalized words ("Prince of Wales"). */
  connectors?: ReadonlySet<string>;
  /** A person's name never starts with a title word or "The"; a ship's may ("HMS Queen Elizabeth"). */
  person: boolean;
}

/**
 * Reads capitalized words from `pos` ("Tobias Billstrom", "Moon Jae-in", "Prince of Wales").
 * Stops before a possessive "'s".
 */
export function readNameWords(
  text: string,
  pos: number,
  scratch: Token,
  { maxWords, connectors, person }: NameOptions,
): NameSpan | undefined {
  let span: NameSpan | undefined;
  let cursor = pos;
  let words = 0;
  while (words < maxWords && readToken(text, cursor, scratch)) {
    if (!scratch.spaced && span) break;
    let key = scratch.word ? text.slice(scratch.start, scratch.end) : '';
    if (span && connectors?.has(key)) {
      const connectorEnd = scratch.end;
      if (!readToken(text, connectorEnd, scratch) || !scratch.spaced || !isCapitalized(text, scratch)) break;
      key = text.slice(scratch.start, scratch.end);
    } else if (!isCapitalized(text, scratch) && !(scratch.word && /^\d+$/.test(key) && span)) {
      break;
    }
    if (person && (NOT_NAMES.has(key) || titleWord(text, scratch, key) !== null)) break;
    const wordStart = scratch.start;
    let wordEnd = scratch.end;
    // Hyphenated or apostrophized parts stay in the word: "Jae-in", "O'Brien"; a possessive 's does not.
    while (readToken(text, wordEnd, scratch) && !scratch.spaced && !scratch.word) {
      const joiner = tokenKey(text, scratch);
      if (joiner !== '-' && joiner !== "'") break;
      if (!readToken(text, scratch.end, scratch) || scratch.spaced || !scratch.word) break;
      if (joiner === "'" && text.slice(scratch.start, scratch.end) === 's') break;
      wordEnd = scratch.end;
    }
    words++;
    span = { start: span?.start ?? wordStart, end: wordEnd, lastStart: wordStart, words };
    cursor = wordEnd;
  }
  return span;
}

/**
 * After a state mention, reads "<'s> <title words> <Name>": "Kenya's Defence Minister Aden Duale",
 * "(Italian) counterpart Guido Crosetto". The title must contain a head word (minister, counterpart...),
 * so "U.S. Defense Department" yields no name.
 */
export function readTitledName(text: string, pos: number, scratch: Token): NameSpan | undefined {
  let cursor = pos;
  let sawHead = false;
  let lastWasHead = false;
  let previous = '';
  for (let titles = 0; titles < 8 && readToken(text, cursor, scratch); titles++) {
    if (!scratch.word) {
      const key = tokenKey(text, scratch);
      // A possessive right after the state ("Japan's"), a dotted title ("Gen.", "Lt.") or "Secretary-General".
      if (key === "'" && titles === 0) {
        if (!readToken(text, scratch.end, scratch) || text.slice(scratch.start, scratch.end) !== 's') return;
      } else if (scratch.spaced || !(key === '-' || (key === '.' && ABBREVIATED_TITLES.has(previous)))) {
        return;
      }
      cursor = scratch.end;
      continue;
    }
    const lower = titleWord(text, scratch, tokenKey(text, scratch));
    if (lower === null) break;
    previous = lower;
    const head = HEAD_WORDS.has(lower);
    sawHead ||= head;
    lastWasHead = head;
    cursor = scratch.end;
  }
  if (!sawHead) return undefined;
  const name = readNameWords(text, cursor, scratch, { maxWords: 3, person: true });
  // One word is a name only right after the head ("President Trump"), not after "Chief of Naval Operations".
  return name && (name.words > 1 || lastWasHead) ? name : undefined;
}
