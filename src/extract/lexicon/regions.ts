// Regions the press names as one set of states: "the Baltic states signed ...", "the five Nordic countries".
// Each stands for every member, as a list of their names would.
import type { PartyCode } from '../../schema/fact.js';

interface Region {
  /** The word before the plural noun ("Baltic states"). */
  word: string;
  members: readonly PartyCode[];
  source: string;
}

export const REGIONS: readonly Region[] = [
  {
    word: 'Nordic',
    members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
    source: 'Nordic Council: the five Nordic countries (Denmark, Finland, Iceland, Norway, Sweden)',
  },
  {
    word: 'Baltic',
    members: ['EST', 'LTU', 'LVA'],
    source: 'https://en.wikipedia.org/wiki/Baltic_states',
  },
  {
    // "Weimar leaders met in Berlin", "the Weimar Triangle countries".
    word: 'Weimar',
    members: ['DEU', 'FRA', 'POL'],
    source: 'https://en.wikipedia.org/wiki/Weimar_Triangle (France, Germany, Poland, since 1991)',
  },
  {
    // The five Nordic states' own defence forum: "the NORDEFCO ministerial meeting".
    word: 'NORDEFCO',
    members: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
    source:
      'https://www.nordefco.org (Nordic Defence Cooperation: Denmark, Finland, Iceland, Norway, Sweden)',
  },
  {
    // "FPDA defence chiefs", "FPDA defence ministers": the five states of the arrangements.
    word: 'FPDA',
    members: ['AUS', 'GBR', 'MYS', 'NZL', 'SGP'],
    source: 'https://en.wikipedia.org/wiki/Five_Power_Defence_Arrangements (1971)',
  },
  {
    // "JEF leaders", "the ten JEF nations": the UK-led Joint Expeditionary Force.
    word: 'JEF',
    members: ['DNK', 'EST', 'FIN', 'GBR', 'ISL', 'LTU', 'LVA', 'NLD', 'NOR', 'SWE'],
    source:
      'https://en.wikipedia.org/wiki/UK_Joint_Expeditionary_Force (ten members since Iceland joined in 2021)',
  },
  {
    word: 'Visegrad',
    members: ['CZE', 'HUN', 'POL', 'SVK'],
    source: 'https://en.wikipedia.org/wiki/Visegr%C3%A1d_Group (Czechia, Hungary, Poland, Slovakia)',
  },
];

/** The region word before a plural that names states, their governments or leaders (not "the Baltic Sea"). */
const REGION_PHRASE = new RegExp(
  String.raw`\b(${REGIONS.map((r) => r.word).join('|')})\s+(?:(?:Triangle|Group|Four)\s+)?(?:states|countries|nations|republics|capitals|governments|leaders|prime\s+ministers|[Dd]efen[cs]e\s+(?:[Mm]inisters|[Cc]hiefs)|foreign\s+ministers|allies|neighbou?rs|partners|ministerial|summit|meeting)\b`,
  'g',
);
/**
 * "the last of the Nordic countries to ...": one member, named by its own name elsewhere in the sentence;
 * "several Nordic countries", "two Baltic states": some members, not named ("the three Baltic states" are all).
 */
const ONE_OF =
  /\b(?:one|last|first|second|third|fourth|fifth|only|latest|newest|smallest|largest)\s+of\s+(?:the\s+)?(?:other\s+|fellow\s+|five\s+|three\s+)?$|\b(?:several|some|many|most|other|various|a\s+few|a\s+number\s+of)\s+(?:other\s+)?$|(?<!\b(?:the|all|its|their)\s+)\b(?:two|three|four)\s+$/i;
const MEMBERS = new Map(REGIONS.map((r) => [r.word, r.members]));

/** Every region phrase in the text: the region word's span and its members. */
export function regionMentions(
  text: string,
): Array<{ start: number; end: number; members: readonly PartyCode[] }> {
  const out: Array<{ start: number; end: number; members: readonly PartyCode[] }> = [];
  // Most text names no region: one literal test first.
  if (!REGIONS.some((r) => text.includes(r.word))) return out;
  for (const m of text.matchAll(REGION_PHRASE))
    if (!ONE_OF.test(text.slice(Math.max(0, m.index - 40), m.index)))
      out.push({ start: m.index, end: m.index + m[1]!.length, members: MEMBERS.get(m[1]!)! });
  return out;
}
