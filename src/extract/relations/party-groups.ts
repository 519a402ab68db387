// Coordinated party lists in a sentence ("Britain, France and Germany", "Japan-U.S.") and the word that
// introduces each list ("with", "between", "to", "from"): the skeleton that pairs parties correctly.
import type { PartyCode } from '../../schema/fact.js';
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
const JOINER =
  /^(?:'s?)?\s*(?:,\s*(?:and\s+|as well as\s+|or\s+)?|\s+and\s+|\s+as well as\s+|\s+or\s+|\s*&\s*|\s*-\s*|\s*\/\s*|\s+(?:and|or)\s+(?:with\s+)?|\s*(?:-{1,2}|,)\s*(?:as well as|and|plus)\s+)(?:the\s+)?(?:governments? of\s+|republic of\s+)?$/i;

const MARKERS: ReadonlyArray<readonly [GroupMarker, RegExp]> = [
  ['between', /\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i],
  [
    'with',
    /\bwith\s+(?:(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|several|many|other|more|like-minded|partner|its|their|(?!(?:from|of|to|by|in|at|for|on|and)\b)\w+)\s+){0,4}(?:countries|nations|partners|states|governments|members|organizations)?\s*(?:,?\s*(?:including|such as|like|namely|notably|among them)\s*:?\s*)?(?:the\s+)?$/i,
  ],
  ['with', /\bwith\s+(?:the\s+)?$/i],
  ['including', /\b(?:including|such as|namely|notably|like)\s*:?\s+(?:the\s+)?$/i],
  [
    'after',
    /\b(?:after|following|joining|besides|alongside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:--|-|,|:)?\s*(?:the\s+)?$/i,
  ],
  ['to', /\b(?:to|for|into)\s+(?:the\s+)?$/i],
  ['from', /\bfrom\s+(?:the\s+)?$/i],
  ['by', /\bby\s+(?:the\s+)?$/i],
  ['of', /\bof\s+(?:the\s+)?$/i],
];

export function groupMentions(sentence: string, offset: number, mentions: SentenceMention[]): PartyGroup[] {
  const groups: PartyGroup[] = [];
  let current: PartyGroup | null = null;
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    if (current && JOINER.test(sentence.slice(current.end, s))) {
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
      marker: markerBefore(sentence, s),
      place: m.place,
    };
    groups.push(current);
  }
  return groups;
}

/** "to the Government of Honduras", "with the armed forces of Peru": the marker stands before the institution. */
const INSTITUTION_OF =
  /\b(?:the\s+)?(?:government|people|navy|army|air force|armed forces|military|coast guard|forces|ministry of (?:national )?defen[cs]e|defen[cs]e ministry|ministry of foreign affairs|foreign ministry)\s+of\s+(?:the\s+)?$/i;

function markerBefore(sentence: string, start: number): GroupMarker {
  const before = sentence.slice(Math.max(0, start - 90), start).replace(INSTITUTION_OF, '');
  for (const [marker, pattern] of MARKERS) if (pattern.test(before)) return marker;
  return null;
}
