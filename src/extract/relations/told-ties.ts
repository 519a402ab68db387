// Ties a sentence tells by pointing at what is named beside it or just before it, not by a trigger word of
// their own: a grouping set out in an apposition ("AUKUS, the pact linking ..."), and talks that open a
// sentence on the instrument, sale or membership just told ("Negotiations with Peru are under way"); a sale
// "followed" by another buyer, drills held under the pact just told, a programme joined, and local production
// of the kit just sold.
import type { PartyMention } from '../lexicon/party-mention.js';
import { compileEach, compileFamily } from '../phrasebook/compile.js';
import {
  BODY_ACRONYM,
  BODY_NAME_FAMILY,
  BODY_ROUND_FAMILY,
  NEGOTIATIONS_OPENING_FAMILY,
} from '../phrasebook/anaphora.js';
import {
  GROUPING_APPOSITION_FAMILY,
  GROUPING_FOUNDED_BEFORE_FAMILY,
  PROGRAMME_JOINER_FAMILY,
} from '../phrasebook/party-links.js';
import { isMemberOf } from '../../parties/grouping-members.js';
import { isGroupingCode } from '../../parties/groupings.js';
import { EVENT_TYPES, FACT_TYPES, type FactType, type PartyCode } from '../../schema/fact.js';
import { aboutState, recent, uniq, type Discourse } from './discourse.js';
import type { PartySet } from './choose-parties.js';
import { FOLLOWED, FOLLOWED_WITH_ORDER, type Trigger } from './find-triggers.js';
import { LOCAL_BUILD_FAMILY } from '../phrasebook/transfer-roles.js';
import type { PartyGroup } from './party-groups.js';

/** "Negotiations with Peru are under way": talks on the tie just told (negotiationsOnTold). */
export const NEGOTIATIONS_OPENING = compileFamily(NEGOTIATIONS_OPENING_FAMILY);

/**
 * The apposition groupingApposition reads members from, anywhere in a sentence (its family is tested on the
 * words right after the grouping): the gate lets such a sentence through.
 */
export const GROUPING_APPOSITION_IN = new RegExp(
  GROUPING_APPOSITION_FAMILY.entries[0]!.pattern!.replace(/^\^/, '').replace(/\$$/, ''),
  'i',
);

/** How far before a grouping its founding verb may stand ("to unveil AUKUS, the ..."). */
const FOUNDED_REACH = 30;

/**
 * "AUKUS, the pact linking Canberra, London and Washington": each state the apposition lists belongs to the
 * grouping before it; one its clause founds ("to unveil AUKUS, the ...") joins it there, else it stands.
 */
export function groupingApposition(
  text: string,
  offset: number,
  mentions: readonly PartyMention[],
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < mentions.length - 1; i++) {
    const grouping = mentions[i]!;
    if (!isGroupingCode(grouping.code)) continue;
    const end = grouping.end - offset;
    const first = mentions[i + 1]!;
    const words = text.slice(end, first.start - offset);
    if (!GROUPING_APPOSITION.test(words)) continue;
    // The list: states joined by commas and "and" after the first.
    const members = [first];
    for (let k = i + 2; k < mentions.length; k++) {
      const gap = text.slice(mentions[k - 1]!.end - offset, mentions[k]!.start - offset);
      if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$/i.test(gap)) break;
      members.push(mentions[k]!);
    }
    const founded = GROUPING_FOUNDED_BEFORE.test(
      text.slice(Math.max(0, grouping.start - offset - FOUNDED_REACH), grouping.start - offset),
    );
    for (const m of uniq(members.map((x) => x.code)).filter((c) => !isGroupingCode(c)))
      out.push({
        type: 'membership',
        kind: 'activity',
        start: end,
        end: first.start - offset,
        parties: [m, grouping.code],
        status: founded ? 'concluded' : 'in_force',
      });
  }
  return out;
}
const GROUPING_APPOSITION = compileFamily(GROUPING_APPOSITION_FAMILY);

/**
 * "Australia is building the boats under AUKUS with the US and Britain", "Modi invited Trump to the Quad
 * summit": a small grouping of a few named partners, and a state the sentence names beside it that is one of
 * them, tell that state's standing in it (analysts record it wherever it is told). Only its members: a state
 * courted by it or criticising it is no member.
 */
export function membersBesideSmallGrouping(
  text: string,
  offset: number,
  groupings: readonly PartyMention[],
  states: readonly PartyMention[],
): Trigger[] {
  const out: Trigger[] = [];
  for (const g of groupings) {
    if (!SMALL_GROUPINGS.has(g.code)) continue;
    for (const m of states)
      if (
        !isGroupingCode(m.code) &&
        // A state by name, not an adjective: "will buy American missiles" names a maker, no partner.
        m.kind !== 'demonym' &&
        isMemberOf(g.code, m.code) &&
        !out.some((t) => t.parties![0] === m.code && t.parties![1] === g.code)
      )
        out.push({
          type: 'membership',
          kind: 'activity',
          start: g.start - offset,
          end: g.end - offset,
          parties: [m.code, g.code],
          status: 'in_force',
        });
  }
  return out;
}
/** Groupings of a handful of partners, each named in the news with them. */
const SMALL_GROUPINGS: ReadonlySet<string> = new Set(['QUAD', 'AUKUS']);
const GROUPING_FOUNDED_BEFORE = compileFamily(GROUPING_FOUNDED_BEFORE_FAMILY);

/** The ties talks can be on: instruments, sales and memberships (meetings and exercises are not negotiated). */
export const TIE_TYPES: ReadonlySet<FactType> = new Set(FACT_TYPES.filter((t) => !EVENT_TYPES.includes(t)));
/** How many sentences after a tie was told talks opening a sentence are still on it. */
const TALKS_SPAN = 2;
/** Where the states talked with end: the first pause, or the first word past the list. */
const TALKS_PARTNERS_END =
  /[,;:]|\b(?:on|over|about|for|are|were|is|was|have|has|had|began|started|continue\w*|opened|resumed|stalled|went|dragged|formally|officially)\b/i;

/**
 * "Negotiations with Peru and Chile are under way", after an access agreement told: one reading per state
 * talked with, of the last instrument, sale or membership told in the two sentences before, with the one
 * party its readings shared (or the state the article is about); with no state named ("Talks on its wording
 * began in 2023"), between the pair that tie was told of.
 */
export function negotiationsOnTold(
  text: string,
  offset: number,
  mentions: readonly PartyMention[],
  discourse: Discourse,
  sentence: number,
  /** Where the ties the sentence names itself end: only talks in a clause of their own past them are read. */
  after = -1,
): Trigger[] {
  const m = NEGOTIATIONS_OPENING.exec(text);
  if (!m || (after >= 0 && (m.index < after || !/^[,;]/.test(m[0])))) return [];
  const instrument = recent(discourse.lastInstrument, sentence, TALKS_SPAN);
  const transfer = recent(discourse.lastTransfer, sentence, TALKS_SPAN);
  const membership = recent(discourse.lastMembership, sentence, TALKS_SPAN);
  const latest = Math.max(instrument?.sentence ?? -1, transfer?.sentence ?? -1, membership?.sentence ?? -1);
  if (latest < 0) return [];
  const start = m.index + m[0].length;
  const withAt = /^with\s/i.test(text.slice(start)) ? start + 5 : -1;
  const stopAt = withAt < 0 ? -1 : text.slice(withAt).search(TALKS_PARTNERS_END);
  const stop = stopAt < 0 ? text.length : withAt + stopAt;
  const partners =
    withAt < 0
      ? []
      : uniq(mentions.filter((x) => x.start - offset >= withAt && x.end - offset <= stop).map((x) => x.code));
  const at = (type: FactType, parties: PartyCode[]): Trigger => ({
    type,
    kind: type === 'equipment_transfer' ? 'transfer' : type === 'membership' ? 'activity' : 'generic',
    start: m.index,
    end: start,
    parties,
    status: 'negotiating',
  });
  if (membership && membership.sentence === latest)
    return partners.filter((c) => !isGroupingCode(c)).map((c) => at('membership', [c, membership.grouping]));
  // A sale's talks name no state, or only its own two: who sells to whom is the sale's.
  if (transfer && transfer.sentence === latest)
    return partners.every((c) => transfer.codes.includes(c))
      ? [at('equipment_transfer', [...transfer.codes])]
      : [];
  if (!instrument) return [];
  // Talks past the opening name their partners ("negotiating with local officials" names none).
  if (m.index > 0 && partners.length === 0) return [];
  if (partners.length === 0) {
    const pair = recent(discourse.lastPair, sentence, TALKS_SPAN);
    return pair ? [at(instrument.type, [...pair.codes])] : [];
  }
  // Talks past the sentence's opening are those of a state named before them: the one of the tie told
  // ("Manila has one with Tokyo, while talks with Ottawa ..."), else the subject ("Tokyo is in talks with").
  const before = m.index > 0 ? mentions.filter((x) => x.end - offset <= m.index && x.kind !== 'firm') : [];
  const shared = uniq(before.map((x) => x.code).filter((c) => instrument.codes?.includes(c)));
  const subject = /^[,;]/.test(m[0]) ? undefined : before.filter((x) => !isGroupingCode(x.code)).at(-1)?.code;
  const holder =
    (shared.length === 1 ? shared[0] : subject) ??
    instrument.hub ??
    aboutState(discourse, null) ??
    discourse.focal;
  if (!holder) return [];
  return partners.filter((c) => c !== holder).map((c) => at(instrument.type, [holder, c]));
}

/**
 * "The Netherlands ordered the system in 2023, and Denmark followed in 2024": a sale like the one just told, in
 * its status, by the state before "followed" (transfer-parties.ts reads it as a sale told again).
 */
export function followedSale(text: string, discourse: Discourse, sentence: number): Trigger | null {
  const told = recent(discourse.lastTransfer, sentence, 2);
  if (!told?.status || (discourse.lastInstrument?.sentence ?? -1) >= told.sentence) return null;
  const m = FOLLOWED_WITH_ORDER.exec(text) ?? FOLLOWED.exec(text);
  // A name right before the verb buys: "a second batch followed in August" is the same sale's next step.
  return m && NAME_BEFORE_VERB.test(text.slice(0, m.index))
    ? {
        type: 'equipment_transfer',
        kind: 'transfer',
        start: m.index,
        end: m.index + m[0].length,
        direction: 'toldAgain',
        status: told.status,
      }
    : null;
}

/**
 * "Lima had used such a format with Quito and Brasilia": the kind of event just told (a 2+2, a meeting,
 * drills), held by the subject with each state after "with". Only where the sentence names no event of its own.
 */
export function suchEventWith(text: string, discourse: Discourse, sentence: number): Trigger | null {
  const m = SUCH_EVENT_WITH.exec(text);
  if (!m) return null;
  const told = discourse.eventsTold.findLast((e) => sentence - e.sentence <= SUCH_EVENT_SPAN);
  if (!told) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const type: FactType =
    told.type === 'two_plus_two'
      ? 'two_plus_two'
      : told.type === 'exercise'
        ? 'joint_exercise'
        : 'high_level_meeting';
  return {
    type,
    kind: type === 'two_plus_two' ? 'instrument' : type === 'joint_exercise' ? 'activity' : 'meeting',
    start,
    end: start + m[1]!.length,
  };
}
/** "such format", "such talks", then a partner after "with" in the same clause. */
export const SUCH_EVENT_WITH =
  /\b(such\s+(?:a\s+)?(?:format|formats|dialogue|dialogues|mechanism|talks|meetings?|consultations|exercises|drills))\b[^,;.]{0,30}?\bwith\s+(?:the\s+)?[A-Z]/;
/** How many sentences after an event "such format" still points to its kind. */
const SUCH_EVENT_SPAN = 3;

/**
 * "Saudi Arabia is pressing to join GCAP": a programme only its catalogued states share, with a state outside
 * them joining it, or seeking to, right before its name: all of them, in the step the words tell.
 */
export function programmeJoined(text: string, trigger: Trigger, groups: PartyGroup[]): PartySet | null {
  if (trigger.type !== 'joint_development' || !trigger.parties) return null;
  const joiner = groups.filter((g) => !g.place && g.end <= trigger.start && g.codes.length === 1).at(-1);
  const code = joiner?.codes[0];
  if (!joiner || !code || trigger.parties.includes(code) || isGroupingCode(code)) return null;
  const between = text.slice(joiner.end, trigger.start);
  const step = PROGRAMME_JOINER.find(({ pattern }) => pattern.test(between));
  return step ? { parties: [...trigger.parties, code], status: step.entry.yields.status! } : null;
}
const PROGRAMME_JOINER = compileEach(PROGRAMME_JOINER_FAMILY);

/**
 * "Joint sea patrols under the pact started in June 2017": drills held under the instrument just told, in a
 * sentence that names no state, are its parties'.
 */
export function eventUnderTold(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  discourse: Discourse,
  sentence: number,
): PartyCode[] | null {
  if (trigger.type !== 'joint_exercise' || groups.some((g) => !g.place)) return null;
  const told = recent(discourse.lastInstrument, sentence, UNDER_TOLD_SPAN);
  if (!told?.codes || told.codes.some(isGroupingCode)) return null;
  return UNDER_THE_TOLD.test(text.slice(trigger.end, trigger.end + 60)) ? told.codes : null;
}
/** How many sentences after an instrument drills "under the pact" are held under it. */
const UNDER_TOLD_SPAN = 3;
const UNDER_THE_TOLD =
  /^\s+(?:[\w-]+\s+){0,2}?(?:under|pursuant\s+to|in\s+line\s+with|as\s+part\s+of)\s+(?:the|this|that|their)\s+(?:new\s+|trilateral\s+|bilateral\s+)?(?:pact|agreement|accord|arrangement|deal|treaty|framework|memorandum)\b/i;

/**
 * "ordered four corvettes from the Netherlands, which will be built in Lima under licence": local production
 * told of the kit just sold, in the same sentence, is the sale's two states'.
 */
export function builtUnderSale(
  text: string,
  trigger: Trigger,
  discourse: Discourse,
  sentence: number,
): PartySet[] {
  const sale = discourse.lastTransfer;
  if (!sale || sale.sentence !== sentence || !KIT_RELATIVE_BEFORE.test(text.slice(0, trigger.start)))
    return [];
  return [{ parties: [...sale.codes].sort() }];
}
/** A relative clause on the kit, open before the words: ", which will be built at ...". */
const KIT_RELATIVE_BEFORE =
  /,\s+(?:which|that|both\s+of\s+which|all\s+of\s+which|some\s+of\s+which)\b[^,;]*$/i;

/**
 * "Romania ordered 54 tanks from Seoul. Thirty should be built near Brasov.": the kit of the sale told in
 * the sentences just before, built on the buyer's soil, is co-produced by the sale's two states. Its soil: the
 * buyer named first within the words' reach after them (a city, an adjective), or "locally", "under licence".
 * Not where the sentence names a third state, whose yard or plant it may be.
 */
export function localBuildOfTold(
  text: string,
  offset: number,
  mentions: readonly PartyMention[],
  discourse: Discourse,
  sentence: number,
): Trigger | null {
  const sale = recent(discourse.lastTransfer, sentence, LOCAL_BUILD_SPAN);
  if (!sale || sale.sentence === sentence || !sale.status || !LOCAL_BUILD_WORDS.test(text)) return null;
  const [seller, buyer] = sale.codes;
  if (mentions.some((x) => x.code !== seller && x.code !== buyer)) return null;
  // Each build the sentence tells: "two built in Korea, the rest in Gdansk" has one at home.
  for (const m of text.matchAll(LOCAL_BUILDS)) {
    const end = m.index + m[0].length;
    // The first state named after the words is where: "built in Kobe, with a loan from Manila" is not Manila.
    const where = mentions.find((x) => x.start - offset >= end);
    const atHome =
      LOCALLY.test(text.slice(end, end + LOCAL_BUILD_REACH)) ||
      (where?.code === buyer && where.start - offset < end + LOCAL_BUILD_REACH);
    if (atHome)
      return {
        type: 'joint_development',
        kind: 'activity',
        start: m.index,
        end,
        parties: [...sale.codes].sort(),
        status: sale.status === 'completed' ? 'concluded' : sale.status,
      };
  }
  return null;
}
/** The family's words (the gate lets a sentence with them through: the sale they continue is told before). */
export const LOCAL_BUILD = compileFamily(LOCAL_BUILD_FAMILY);
const LOCAL_BUILDS = new RegExp(LOCAL_BUILD.source, 'gi');
/** A cheap look for the family's verbs before it is tried: most sentences after a sale have none. */
const LOCAL_BUILD_WORDS = /\b(?:produc|built|build|manufactur|assembl|made|construct)/i;
/** How many sentences after a sale its kit's local build is told. */
const LOCAL_BUILD_SPAN = 3;
/** How far after the words the buyer's soil is read ("at the maker's new plant near Perth"). */
const LOCAL_BUILD_REACH = 60;
const LOCALLY = /^\s+(?:[\w-]+\s+){0,3}?(?:locally|domestically|in-country|at\s+home|under\s+licen[cs]e)\b/i;

/** A capitalised name right before a verb, past an adverb: "and Denmark then followed". */
const NAME_BEFORE_VERB = /[A-Z][\w'’.-]*\s+(?:(?:then|soon|quickly|also|later|swiftly)\s+)?$/;

const [BODY_FULL_NAME, BODY_ACRONYM_NAME] = compileEach(BODY_NAME_FAMILY).map(({ pattern }) => pattern);
const BODY_ROUNDS = compileEach(BODY_ROUND_FAMILY).map(({ pattern }) => pattern);
/** Any round of a body (the gate lets such a sentence through: the body it names is told before). */
export const BODY_ROUND = compileFamily(BODY_ROUND_FAMILY);
const ACRONYM_IN = new RegExp(String.raw`\b${BODY_ACRONYM}\b`, 'g');
const BRACKETED_ACRONYM = new RegExp(String.raw`\((${BODY_ACRONYM})\)$`);
const HEAD_NOUN = /\b(?:commission|committee|council|dialogue|forum|working\s+group|board|consultations)\b/gi;
/** Whether a sentence may name a body at all: most do not, and are not scanned for one. */
const BODY_WORD =
  /\b(?:commission|committee|council|dialogue|forum|group|board|consultations|meeting|session|talks|round)\b/i;

/** A head noun as a key: lower case, one space ("working group"). */
const nounKey = (noun: string): string => noun.toLowerCase().replace(/\s+/g, ' ');

/**
 * The names a sentence gives the standing bodies it names (BODY_NAME_FAMILY): the acronym bracketed after a
 * body's name or said before a meeting word, and the head noun of its name ("commission"). Not the other
 * capitals inside a name ("the NATO-Ukraine Council" is no round of NATO's).
 */
export function bodyNames(text: string): string[] {
  if (!BODY_WORD.test(text)) return [];
  const out = new Set<string>();
  for (const m of text.matchAll(BODY_FULL_NAME!)) {
    const bracketed = BRACKETED_ACRONYM.exec(m[0]);
    if (bracketed) out.add(bracketed[1]!);
    const nouns = [...m[0].matchAll(HEAD_NOUN)];
    if (nouns.length > 0) out.add(nounKey(nouns[0]![0]));
  }
  for (const m of text.matchAll(BODY_ACRONYM_NAME!)) out.add(m[0]);
  return [...out];
}

/**
 * "Both agreed the sixth sitting of that JPC goes to Accra", "that council's 8th session": a round
 * of a standing body told before by that name, however far back: the states it was told with, whatever venue
 * the sentence names. A round of the type the body met as.
 */
export function bodyRound(text: string, discourse: Discourse): Trigger | null {
  if (discourse.bodiesTold.length === 0) return null;
  for (const re of BODY_ROUNDS) {
    const m = re.exec(text);
    if (!m) continue;
    // The round's own words name the body: by an acronym (past the opening "The"), or by its noun.
    const keys = [
      ...[...m[0].matchAll(ACRONYM_IN)].map((a) => a[0]),
      ...[...m[0].matchAll(HEAD_NOUN)].map((n) => nounKey(n[0])),
    ];
    const told = discourse.bodiesTold.findLast((b) => b.names.some((n) => keys.includes(n)));
    if (!told) continue;
    return {
      type: told.type,
      kind: told.type === 'two_plus_two' ? 'instrument' : 'meeting',
      start: m.index,
      end: m.index + m[0].length,
      parties: told.codes,
    };
  }
  return null;
}
