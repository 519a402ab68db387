// Coordinated party lists in a sentence ("Britain, France and Germany", "Japan-U.S.") and the word that
// introduces each list ("with", "between", "to", "from"): the skeleton that pairs parties correctly.
import type { PartyCode } from '../../schema/fact.js';
import { compileEach, compileFamily, topLevelAlternatives } from '../phrasebook/compile.js';
import {
  DATELINE_OPENING_FAMILY,
  FRONTED_PLACE_FAMILY,
  INSTITUTION_OF_FAMILY,
  JOINER_FAMILY,
  MARKER_FAMILY,
  VERB_AFTER_LIST_FAMILY,
} from '../phrasebook/markers.js';
import { firstOf, orderedUnion } from './first-of.js';
import type { SentenceMention } from './party-filter.js';

export type GroupMarker = 'with' | 'between' | 'including' | 'to' | 'from' | 'by' | 'of' | 'after' | null;

export interface PartyGroup {
  codes: PartyCode[];
  mentions: SentenceMention[];
  /** Offsets within the sentence. */
  start: number;
  end: number;
  marker: GroupMarker;
  place: boolean;
}

/** What may stand between two members of one list. */
const JOINER = compileFamily(JOINER_FAMILY);

/** The word before a list, tried in order: the first whose pattern ends right before the list names it. */
const MARKERS: ReadonlyArray<readonly [GroupMarker, RegExp]> = compileEach(MARKER_FAMILY).map(
  ({ entry, pattern }) => [entry.yields.role as GroupMarker, pattern] as const,
);
/**
 * The first marker whose pattern ends the text, from one scan of their union: most lists have none before them
 * (a subject, a list after "and"), and the rest are found by the union where a loop of tests scanned the text
 * once per marker until one matched (the common "to", "of", "by" come late in the order).
 */
const MARKER_UNION = orderedUnion(MARKERS.map(([, pattern]) => pattern));

/**
 * Every code of the groups, in order: `groups.flatMap((g) => g.codes)` as a loop, which on lists this short
 * (a sentence's few groups) costs a tenth of flatMap's generic path; the relation stage asks it 160,000 times.
 */
export function codesOf(groups: readonly PartyGroup[]): PartyCode[] {
  const out: PartyCode[] = [];
  for (const g of groups) for (const code of g.codes) out.push(code);
  return out;
}

/**
 * The coordinated lists of the mentions, in order, each with the word before it. `markedBefore`: for a reader
 * that asks only of the lists opening the sentence (the discourse's subject, where no trigger is left), the
 * word before a list starting at or past it is not looked for, and its marker is left null.
 */
export function groupMentions(
  sentence: string,
  offset: number,
  mentions: SentenceMention[],
  markedBefore = Infinity,
): PartyGroup[] {
  const groups: PartyGroup[] = [];
  let current: PartyGroup | null = null;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    // Mentions at one span ("the Baltic states": each member) are one list.
    if (
      current &&
      (s < current.end ||
        (!placeThenParty(current, m, sentence, sentence.slice(current.end, s)) &&
          JOINER.test(sentence.slice(current.end, s)) &&
          !clauseAfterComma(current, sentence.slice(current.end, s), sentence.slice(e, e + 40))) ||
        firmOfItsState(current, m, sentence.slice(current.end, s)))
    ) {
      if (!current.codes.includes(m.code)) current.codes.push(m.code);
      current.mentions.push(m);
      current.end = e;
      current.place &&= m.place;
      continue;
    }
    current = {
      codes: [m.code],
      mentions: [m],
      start: s,
      end: e,
      marker: s < markedBefore ? markerBefore(sentence, s) : null,
      place: m.place,
    };
    groups.push(current);
  }
  // "two years after Britain and Japan began talks": the list is its time clause's subject, not a predecessor.
  for (const g of groups)
    if (g.marker === 'after' && VERB_AFTER_LIST.test(sentence.slice(g.end, g.end + 40))) g.marker = null;
  return groups;
}

const VERB_AFTER_LIST = compileFamily(VERB_AFTER_LIST_FAMILY);

/**
 * "delivered boats to Ghana, and Italy signed a pact with Togo": one state, then ", and" and a state
 * with its own verb, is a second clause's subject, not a list of two (which takes no comma before "and").
 */
function clauseAfterComma(current: PartyGroup, gap: string, after: string): boolean {
  return current.mentions.length === 1 && COMMA_AND.test(gap) && VERB_AFTER_LIST.test(after);
}
const COMMA_AND = /^\s*,\s+and\s+(?:the\s+)?$/;

/**
 * "the French group Airbus Helicopters", "the Korean defence firm Hanwha": a firm named after its state's
 * demonym and a common noun is one mention of that state, not a second party; so is one after its state's
 * possessive in a list of agents ("by IAI and Singapore's ST Engineering").
 */
function firmOfItsState(current: PartyGroup, next: SentenceMention, gap: string): boolean {
  const last = current.mentions.at(-1)!;
  if (next.kind !== 'firm' || next.code !== last.code) return false;
  // Only in a list of agents: elsewhere "France's Naval Group" stays two mentions the readers of a maker look for.
  return (
    (last.kind === 'demonym' && FIRM_NOUNS.test(gap)) ||
    (current.marker === 'by' &&
      current.mentions.length >= 2 &&
      last.kind !== 'firm' &&
      /^['’]s?\s+$/.test(gap))
  );
}
const FIRM_NOUNS = /^\s+(?:[a-z][\w-]*\s+){1,3}$/;

/**
 * "talks in Accra, the Dutch minister said": a city named as a place and a party after it belong to two
 * phrases, not one list. A list opened by a place word ("at the Chile, Peru and Ecuador summit") stays one list.
 * A venue then a demonym ("at a forum in Doha, Italian and Omani officials") are two phrases too: a list of
 * states does not switch from a name to an adjective.
 */
function placeThenParty(current: PartyGroup, next: SentenceMention, sentence: string, gap: string): boolean {
  const last = current.mentions.at(-1)!;
  return (
    (current.place !== next.place &&
      (last.kind === 'capital' || next.kind === 'capital' || (current.place && next.kind === 'demonym'))) ||
    frontedPlace(current, next, sentence, gap) ||
    // "on a trip to Britain, the United Kingdom agreed ...": a list names no state twice in a row; the same state
    // after a comma opens the next phrase.
    (next.code === last.code && current.mentions.length === 1 && /^\s*,\s+(?:the\s+)?$/i.test(gap)) ||
    // "NAIROBI, Kenya - Turkey delivered ...": the dateline's state, then the story's first (the dash after a
    // dateline is its end, not a hyphen joining a pair).
    (/^\s+-{1,2}\s+(?:the\s+)?$/i.test(gap) && DATELINE_OPENING.test(sentence.slice(0, current.start)))
  );
}
const DATELINE_OPENING = compileFamily(DATELINE_OPENING_FAMILY);

/**
 * "In Senegal, the French presence ended": a state in a phrase that opens the sentence, then a comma and the
 * clause's own words ("the French ...") are two phrases, not a list.
 */
function frontedPlace(current: PartyGroup, next: SentenceMention, sentence: string, gap: string): boolean {
  return (
    current.mentions.length === 1 &&
    FRONTED_IN.test(sentence.slice(0, current.start)) &&
    /^,\s/.test(gap) &&
    (next.kind === 'demonym' || /^,\s+the\s+$/i.test(gap))
  );
}
const FRONTED_IN = compileFamily(FRONTED_PLACE_FAMILY);

/** "to the Government of Honduras", "with the armed forces of Peru": the marker stands before the institution. */
const INSTITUTION_OF = compileFamily(INSTITUTION_OF_FAMILY);
/** How every INSTITUTION_OF match ends, which mayEndInstitution reads without a scan. */
const INSTITUTION_TAIL = String.raw`\s+of\s+(?:the\s+)?$`;
if (
  INSTITUTION_OF.flags !== 'i' ||
  !INSTITUTION_OF_FAMILY.entries.every(
    (e) => e.bare && topLevelAlternatives(e.pattern!).every((a) => a.endsWith(INSTITUTION_TAIL)),
  )
)
  throw new Error(
    `every INSTITUTION_OF pattern must end ${INSTITUTION_TAIL}: mayEndInstitution reads that tail`,
  );

/**
 * Whether the text ends "of" or "of the" and white space, as every INSTITUTION_OF match does: only then can
 * it match. Two hundred windows in eighty thousand do; the test reads the last words, not every place.
 */
function mayEndInstitution(text: string): boolean {
  let end = trimmedEnd(text, text.length);
  if (end === text.length) return false;
  if (endsWithWord(text, end, 'the')) {
    const word = end - 3;
    end = trimmedEnd(text, word);
    if (end === word) return false;
  }
  return endsWithWord(text, end, 'of');
}

/** Where the white space (as \s reads it) that ends text[0, end) starts. */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether a code unit is white space as \s reads it: the ASCII ones by their codes, any other by \s itself. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(String.fromCharCode(c)));
}

/**
 * Whether text[0, end) ends with the word (lower-case ASCII letters), in any case: `| 0x20` folds an ASCII
 * capital to its small letter, and makes no other code unit one (as /i reads them without /u).
 */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = 0; i < word.length; i++)
    if ((text.charCodeAt(end - word.length + i) | 0x20) !== word.charCodeAt(i)) return false;
  return true;
}

const SPACE = /\s/;

function markerBefore(sentence: string, start: number): GroupMarker {
  // A sentence whose selections of mentions differ (a grouping or a firm among them) is grouped again for
  // memberships and meetings: the lists that start at the same place read their marker once.
  if (sentence !== markedSentence) {
    markedSentence = sentence;
    markers.clear();
  }
  const known = markers.get(start);
  if (known !== undefined) return known;
  const window = sentence.slice(Math.max(0, start - 90), start);
  const before = mayEndInstitution(window) ? window.replace(INSTITUTION_OF, '') : window;
  const first = firstOf(MARKER_UNION, before);
  const found = first < 0 ? null : MARKERS[first]![0];
  markers.set(start, found);
  return found;
}
let markedSentence = '';
const markers = new Map<number, GroupMarker>();
