// The words in one sentence that can carry a tie, each with the type it signals.
import { findPartyMentions } from '../lexicon/find-party-mentions.js';
import { isGroupingCode, type GroupingCode } from '../../parties/groupings.js';
import type { FactType, PartyCode, Status } from '../../schema/fact.js';
import {
  ACQUIRE_VERB,
  DEFENSE_ROLE,
  EQUIPMENT,
  FOREIGN_ROLE,
  MEETING,
  NEGOTIATION_TALKS,
  OFFICIAL,
  PARTICIPATION,
  REQUEST_VERB,
  SUPPLY_VERB,
  TRAINING,
  TRAVEL,
} from '../lexicon/event-words.js';
import {
  ACQUIRE_FAMILY,
  MEETING_FAMILY,
  PARTICIPATION_FAMILY,
  SUPPLY_FAMILY,
  VENUE_EVENT_FAMILY,
} from '../phrasebook/event-words.js';
import { GENERIC_AGREEMENT, TRIGGERS, UMBRELLA_AGREEMENT } from '../lexicon/type-triggers.js';
import {
  findExercises,
  findInstruments,
  weaponOrigin,
  type CatalogueMatch,
  type ExerciseEntry,
  type InstrumentEntry,
} from '../catalogues/index.js';
import { aidProgrammeDonor } from '../lexicon/aid-programmes.js';
import { allMatches } from '../lexicon/all-matches.js';
import { MENTION_TESTS } from './party-filter.js';
import { CUE_PARTS, CUE_TESTS, STATUS_TESTS } from './decide-status.js';
import { LiteralFilter } from '../lexicon/literal-filter.js';
import {
  ACCESS_GRANTED_FAMILY,
  FOLLOWED_FAMILY,
  FOLLOWED_WITH_ORDER_FAMILY,
  MEMBERSHIP_ELLIPSIS_FAMILY,
  US_PARTY_FAMILY,
  INSTRUMENT_DETERMINER_FAMILY,
  SAME_KIND_FAMILY,
} from '../phrasebook/anaphora.js';
import { alternation, compileEach, compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  BECOME_ROLE_FAMILY,
  NON_MEMBER_FAMILY,
  RANKED_ROLE_FAMILY,
  ROLE_DURATION_FAMILY,
  STATED_ROLE_FAMILY,
} from '../phrasebook/roles.js';
import {
  AID_FAMILY,
  BIDS_FAMILY,
  RIVAL_SELLERS_FAMILY,
  ARMS_BOUGHT_FAMILY,
  ARMS_DEAL_FAMILY,
  ARRIVAL_FAMILY,
  CONTRACT_FOR_FAMILY,
  SYSTEM_CONTRACT_FAMILY,
  CONTRACT_WITH_FIRM_FAMILY,
  HELD_KIT_FAMILY,
  INTENT_TO_BUY_FAMILY,
  TALKS_ON_KIT_FAMILY,
  COUNTED_OFF_FAMILY,
  CUSTOMER_OF_FAMILY,
  OFFER_WEIGHED_FAMILY,
  HANDOVER_WEIGHED_FAMILY,
  SOURCED_KIT_FAMILY,
  FORCES_WITH_KIT_FAMILY,
  SUPPLIER_NOUN_FAMILY,
  TOLD_CUSTOMER_FAMILY,
  TOLD_CONTRACT_FAMILY,
  TOLD_EQUIPMENT_OBJECT_FAMILY,
  TOLD_SALE_AGAIN_FAMILY,
  TOLD_KIT_COUNT_FAMILY,
  DELIVERIES_BEGAN_FAMILY,
} from '../phrasebook/transfer-roles.js';
import {
  CIVIL_CONTEXT_FAMILY,
  CLIENTS_FAMILY,
  DEFENSE_CONTEXT_FAMILY,
  GROUPING_ROLE_FAMILY,
} from '../phrasebook/readings.js';
import {
  FORCES_SENT_HOME_FAMILY,
  FORCES_HOSTED_FAMILY,
  GENERIC_FAMILY,
  TRIGGER_FAMILIES,
  UMBRELLA_FAMILY,
} from '../phrasebook/triggers.js';
import { SplitFamily } from '../lexicon/split-family.js';

export type TriggerKind = 'instrument' | 'activity' | 'meeting' | 'transfer' | 'generic';

export interface Trigger {
  type: FactType;
  kind: TriggerKind;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** For transfers: whether the verb is the supplier's ("export") or the recipient's ("purchase"). */
  direction?:
    | 'supply'
    | 'acquire'
    | 'request'
    | 'aid'
    | 'deal'
    | 'supplierNoun'
    | 'clients'
    | 'customerOf'
    | 'arrival'
    | 'bids'
    | 'rivals'
    | 'toldAgain';
  /** An agreement named only by kind ("a defence pact"): other types it may be, for the scorer to weigh. */
  alsoTypes?: FactType[];
  /** Too vague for the rules to read alone ("a new deal"): only readings for the scorer come from it. */
  vague?: boolean;
  /** A grouping's partnership programme named ("the Partnership for Peace"): the grouping taken part in. */
  grouping?: GroupingCode;
  /** The status the words carry whatever the clause says ("Sweden followed": the step just told). */
  status?: Status;
  /** The same instrument read as a second type too, by the rules (an American defence cooperation agreement). */
  twin?: FactType;
  /** An instrument only these states have ("LEMOA"): its parties where the sentence names too few. */
  parties?: readonly PartyCode[];
  /** Its name is another pair's too ("EDCA"): `parties` hold only where nothing points to another state. */
  sharedName?: boolean;
  /** A sale's instrument only one state's programme issues (a US LOA): that state, the seller. */
  seller?: PartyCode;
  /** Foreign forces sent home, named in the trigger ("expelled French troops"): each host with them. */
  forcesHome?: true;
  /** A catalogued exercise's usual host or lead state: the first of those the sentences after it name. */
  lead?: PartyCode;
  /** A catalogued exercise series, by its catalogue name: a later mention of it is of the same states. */
  series?: string;
}

/** One scan that says whether any trigger can match: most sentences have none and stop here. */
const FORCES_SENT_HOME = compileFamily(FORCES_SENT_HOME_FAMILY);
const FORCES_HOSTED = compileFamily(FORCES_HOSTED_FAMILY);
const ANY_TRIGGER = unionOf([
  ...TRIGGERS.map((t) => t.pattern),
  FORCES_SENT_HOME,
  FORCES_HOSTED,
  TRAINING,
  MEETING,
  TRAVEL,
  SUPPLY_VERB,
  ACQUIRE_VERB,
  REQUEST_VERB,
  PARTICIPATION,
  GENERIC_AGREEMENT,
  UMBRELLA_AGREEMENT,
]);

/** What a sentence's cheap tests found: `cheap` when a trigger word list matched (not only a catalogue name). */
export interface TriggerGate {
  cheap: boolean;
  /**
   * Where the first match of the trigger word lists (ANY_TRIGGER) starts, -1 when none matches, or null when
   * not known. No list has a match before it, so findTriggers starts each list's scan there, or skips it.
   */
  wordsAt: number | null;
  /** The same for the transfer and grouping phrases (ARMS_DEAL_OR_AID). */
  phrasesAt: number | null;
  /** The word lists that can match in the sentence (WORD_LISTS): findTriggers scans only those. */
  may: ReadonlySet<RegExp>;
  /**
   * Where each word list the gate scanned first matches (-1: nowhere): findTriggers starts its scan of the
   * list there, or skips it, instead of scanning again what the gate already read.
   */
  firstAt?: Map<RegExp, number>;
  /** The named instruments and exercises, when the gate looked them up: findTriggers reads them again. */
  instruments?: CatalogueMatch<InstrumentEntry>[];
  exercises?: CatalogueMatch<ExerciseEntry>[];
}

/**
 * Whether a sentence can hold any trigger, or null when it cannot (most sentences). Instruments and
 * exercises known by name (catalogues/: "EDCA", "the Lombok Treaty", "Cobra Gold", "a military-technical
 * cooperation agreement") are looked up only where no word list matched: a name needs no acronym beside it.
 */
export function triggerGate(text: string, may = wordListsIn(text)): TriggerGate | null {
  const firstAt = new Map<RegExp, number>();
  const wordsAt = firstMatch(ANY_TRIGGER, text, may, firstAt);
  if (wordsAt >= 0) return { cheap: true, wordsAt, phrasesAt: null, may, firstAt };
  const phrasesAt = firstMatch(ARMS_DEAL_OR_AID, text, may, firstAt);
  if (phrasesAt >= 0) return { cheap: true, wordsAt, phrasesAt, may, firstAt };
  const instruments = findInstruments(text);
  if (instruments.length > 0) return { cheap: false, wordsAt, phrasesAt, may, firstAt, instruments };
  const exercises = findExercises(text);
  return exercises.length > 0
    ? { cheap: false, wordsAt, phrasesAt, may, firstAt, instruments, exercises }
    : null;
}

/**
 * The gate's literal pass over a sentence: which of WORD_LISTS may match in it. The gate stage keeps it for
 * each sentence it reads (the relation stage reads its mention and status tests off it), and hands it to
 * triggerGate.
 */
export function wordListsIn(text: string): ReadonlySet<RegExp> {
  return WORD_LISTS.mayMatch(text);
}

/**
 * One expression that matches where any of `parts` does, and whose first match starts where the earliest
 * first match of the parts does (at each position, an alternation tries every alternative). `exact` says
 * whether that holds for these parts: under the union's /i a part without /i only matches more, unless it
 * has a negative look-around or a negated class; other flags and back-references would change what the
 * parts mean.
 */
interface Union {
  re: RegExp;
  exact: boolean;
  parts: readonly RegExp[];
  /** The same parts, to look up: firstMatch walks the shorter of them and a literal pass. */
  partSet: ReadonlySet<RegExp>;
  /** Whether the union can match only where one of its parts' literals occurs (its parts read as it does). */
  literal: boolean;
}

function unionOf(parts: readonly RegExp[]): Union {
  const exact = parts.every(
    (p) =>
      /^g?i?$/.test(p.flags) &&
      !/\\[1-9k]/.test(p.source) &&
      (p.ignoreCase || !/\(\?<?!|\[\^/.test(p.source)),
  );
  const literal = parts.every((p) => /^g?i?$/.test(p.flags));
  return {
    re: new RegExp(alternation(parts.map((p) => p.source)), 'i'),
    exact,
    parts,
    partSet: new Set(parts),
    literal,
  };
}

/**
 * Where the union's first match starts, -1 when it has none (without a scan when no part can match). Where
 * the parts are literal, only those whose words the sentence holds are scanned, each from the start, and the
 * earliest match wins.
 */
function firstMatch(
  union: Union,
  text: string,
  may: ReadonlySet<RegExp>,
  /** Where each part scanned first matches, -1 where it does not: filled in for matchesFrom. */
  firstAt?: Map<RegExp, number>,
): number {
  if (!union.literal) return union.re.exec(text)?.index ?? -1;
  let first = -1;
  const read = (part: RegExp): void => {
    let at = firstAt?.get(part);
    if (at === undefined) {
      // search() reads from 0 and restores lastIndex, as exec would here, without building the match array
      // (its captures and groups), of which only the index is wanted. A split list is read by its phrasings.
      at = SPLIT.get(part)?.first(text, may, firstAt) ?? text.search(part);
      firstAt?.set(part, at);
    }
    if (at >= 0 && (first < 0 || at < first)) first = at;
  };
  // The earliest match does not depend on the order the parts are read in: the shorter of the parts and the
  // literal pass is walked, each item looked up in the other.
  if (may.size >= union.parts.length) {
    for (const part of union.parts) if (may.has(part)) read(part);
  } else for (const re of may) if (union.partSet.has(re)) read(re);
  return first;
}

/** Scans of the union's parts start at its first match, or are skipped when it has none (when exact). */
function startOf(
  union: Union,
  text: string,
  known: number | null,
  may: ReadonlySet<RegExp>,
  firstAt: Map<RegExp, number>,
): number {
  if (!union.exact) return 0;
  return known ?? firstMatch(union, text, may, firstAt);
}

const NONE: RegExpExecArray[] = [];

/** Every match of a word list from `from`, its phrasings scanned one by one where it is split. */
function scan(
  re: RegExp,
  text: string,
  from: number,
  may: ReadonlySet<RegExp>,
  firstAt: ReadonlyMap<RegExp, number>,
): RegExpExecArray[] {
  const split = SPLIT.get(re);
  return split ? split.allFrom(text, from, may, firstAt) : allMatches(re, text, from);
}

/**
 * allMatches from `at`, none when `at` is -1 or the sentence lacks the expression's words (`may`); from the
 * expression's own first match where the gate found it (`firstAt`), none where it found that it has none.
 */
function matchesFrom(
  re: RegExp,
  text: string,
  at: number,
  may: ReadonlySet<RegExp>,
  firstAt: ReadonlyMap<RegExp, number>,
): RegExpExecArray[] {
  if (at < 0 || !may.has(re)) return NONE;
  const own = firstAt.get(re);
  return own === undefined
    ? scan(re, text, at, may, firstAt)
    : own < 0
      ? NONE
      : scan(re, text, own, may, firstAt);
}

export function findTriggers(
  text: string,
  lastInstrument: FactType | null,
  gate: TriggerGate | null = triggerGate(text),
  /**
   * An exercise was named in the sentences just before: those "taking part" take part in it. Asked only of a
   * sentence with such words and no exercise of its own (the answer reads the sentences before), once.
   */
  exerciseInPlay: () => boolean = () => false,
  /**
   * A transfer was told in the sentences just before: "Romania ordered 54" buys more of it. Asked only where a
   * transfer's words need it (the answer may scan the whole document), once.
   */
  transferInPlay: () => boolean = () => false,
  /** Whether the sentence before names kit: asked only of bids, the rare sentence that needs it. */
  kitBefore: () => boolean = () => false,
  /** A transfer was the last tie told, just before: "Egypt placed a similar order" is a sale like it. */
  saleToldLast = false,
): Trigger[] {
  if (!gate) return [];
  const found: Trigger[] = [];
  // The gate's one pass over the sentence told which word lists can match in it: most cannot, and are not scanned.
  const { cheap, may } = gate;
  const firstAt = gate.firstAt ?? new Map<RegExp, number>();
  for (const m of gate.instruments ?? findInstruments(text)) {
    // "a letter of intent for four patrol boats": a purchase being weighed, between its buyer and seller.
    if (
      m.entry.type === 'defense_mou' &&
      INTENT_LETTER.test(text.slice(m.start, m.end)) &&
      KIT_AFTER.test(text.slice(m.end, m.end + 70))
    ) {
      found.push({
        type: 'equipment_transfer',
        kind: 'transfer',
        start: m.start,
        end: m.end,
        direction: 'deal',
      });
      continue;
    }
    const meeting = m.entry.type === 'two_plus_two' || m.entry.type === 'high_level_meeting';
    found.push({
      type: m.entry.type,
      kind: meeting ? 'meeting' : 'instrument',
      start: m.start,
      end: m.end,
      ...(m.entry.grouping ? { grouping: m.entry.grouping } : {}),
      ...(m.entry.parties ? { parties: m.entry.parties } : {}),
      ...(m.entry.sharedName ? { sharedName: true } : {}),
      ...(m.entry.twin ? { twin: m.entry.twin } : {}),
      ...(m.entry.seller ? { seller: m.entry.seller } : {}),
      // "signed a letter of offer and acceptance with Washington": a sale's contract, between buyer and seller.
      ...(m.entry.type === 'equipment_transfer' ? { direction: 'deal' as const } : {}),
    });
  }
  // A bilateral series is its two states' whoever the sentence names ("the Yudh Abhyas drills near Dehradun").
  for (const m of gate.exercises ?? findExercises(text))
    found.push({
      type: 'joint_exercise',
      kind: 'activity',
      start: m.start,
      end: m.end,
      ...(m.entry.parties ? { parties: m.entry.parties } : {}),
      ...(m.entry.lead && !isGroupingCode(m.entry.lead) ? { lead: m.entry.lead } : {}),
      series: m.entry.name,
    });
  if (found.length === 0 && !cheap) return [];
  // No word list matches before its union's first match, nor at all where the union has none.
  const words = startOf(ANY_TRIGGER, text, gate.wordsAt, may, firstAt);
  const phrases = startOf(ARMS_DEAL_OR_AID, text, gate.phrasesAt, may, firstAt);
  for (const { type, pattern, instrument } of TRIGGERS) {
    for (const m of matchesFrom(pattern, text, words, may, firstAt)) {
      found.push({
        type,
        kind: instrument ? 'instrument' : 'activity',
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  const specific = found.filter((t) => t.kind === 'instrument');
  // Beside an instrument named in the sentence an umbrella word names it again, unless told as another one: "has a
  // security treaty with Honiara, although Honiara went on to sign a separate security agreement with Beijing".
  const umbrella = matchesFrom(UMBRELLA_AGREEMENT, text, words, may, firstAt).filter(
    (m) => specific.length === 0 || ANOTHER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)),
  );
  if (umbrella.length > 0) {
    for (const m of umbrella) {
      // "the defense accord" points back to the instrument in play; "their defence agreement" names an umbrella one.
      const anaphoric =
        lastInstrument && INSTRUMENT_DETERMINER.test(text.slice(Math.max(0, m.index - 6), m.index));
      // "similar maritime security pacts with Japan and Australia": instruments of their own, of the kind told.
      const similar = lastInstrument && SIMILAR_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
      const type = anaphoric || similar ? lastInstrument : 'security_treaty';
      found.push({
        type,
        kind: anaphoric ? 'generic' : 'instrument',
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  // "ordered Spanish forces out", "the last Belgian troops left": an access ended, not in a war story. Like the
  // trigger lists, scanned only where the gate left it (it is one of ANY_TRIGGER's), and the words around asked
  // only of a sentence where it matched.
  const sentHome = matchesFrom(FORCES_SENT_HOME, text, words, may, firstAt);
  if (sentHome.length > 0 && FORCES_WORD.test(text) && !WAR_STORY.test(text))
    found.push(...forcesAbroad(sentHome, 'ended'));
  // "Bahrain hosts British sailors", "Egyptian soldiers are stationed in Somalia": an access in force, read
  // the way forces sent home are (host and guest), but not in a story of drills, where guests come and go.
  const hosted = matchesFrom(FORCES_HOSTED, text, words, may, firstAt);
  if (hosted.length > 0 && !WAR_STORY.test(text) && !DRILLS_WORD.test(text) && !FORCES_LEAVING.test(text))
    found.push(...forcesAbroad(hosted, 'in_force'));
  findMeetings(text, found, words, may, firstAt);
  dropVenueGatherings(text, found);
  dropNamesOfEventsTold(text, found);
  findTransfers(text, found, words, phrases, may, firstAt, once(transferInPlay), kitBefore, saleToldLast);
  // "the Partnership for Peace, in which Kazakhstan participates": taking part in a grouping's programme.
  // Not drills restated in a relative clause ("Besides A and B, which have run the exercise since 2005, the
  // participants included ..."): the clause's own words about them come after it.
  if (
    !found.some(
      (t) =>
        (t.type === 'joint_exercise' &&
          !(
            RESTATED_IN_RELATIVE.test(text.slice(0, t.start)) &&
            (/^(?:the|this|that)\s/i.test(text.slice(t.start, t.end)) ||
              /\b(?:the|this|that)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start)))
          )) ||
        (t.type === 'membership' && t.kind === 'instrument'),
    )
  ) {
    const taking = matchesFrom(PARTICIPATION, text, words, may, firstAt);
    if (taking.length > 0 && exerciseInPlay())
      for (const m of taking)
        found.push({ type: 'joint_exercise', kind: 'activity', start: m.index, end: m.index + m[0].length });
  }
  // A state's standing named in passing ("NATO member Norway") is background analysts rarely record: only a
  // reading for the scorer, and none after "non-" ("a non-NATO member").
  // A state taking up the role ("Finland became NATO's 31st member"), or ranked in it ("the newest NATO
  // member"), is the news: the rules read it.
  for (const m of matchesFrom(GROUPING_ROLE, text, phrases, may, firstAt))
    if (!NON_MEMBER.test(text.slice(Math.max(0, m.index - 5), m.index)))
      found.push({
        type: 'membership',
        kind: 'activity',
        start: m.index,
        end: m.index + m[0].length,
        vague:
          !BECOME_ROLE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
          !RANKED_ROLE.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length)) &&
          !STATED_ROLE[0]!.pattern.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
          !ROLE_DURATION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50)) &&
          !STATED_ROLE[1]!.pattern.test(m[0]),
      });
  // "a defence cooperation agreement giving US forces access to 15 sites" is an access agreement; so is one
  // a state hosts another's forces under ("host American forces at Rota under bilateral agreements").
  for (const t of found) {
    // "runs a base in Gabon under a 2010 military accord": the paper signed is a defence
    // agreement of its own, beside the access it gives (analysts file it under each).
    if (
      t.kind === 'instrument' &&
      t.type === 'reciprocal_access' &&
      BASE_UNDER_DEFENCE_PAPER.test(text.slice(t.start, t.end))
    )
      t.twin = 'defense_mou';
    const hosted =
      t.kind === 'instrument' && (t.type === 'defense_mou' || t.type === 'security_treaty')
        ? HOSTS_FORCES_UNDER.exec(text.slice(Math.max(0, t.start - 120), t.start))
        : null;
    // "whose marines train in Belize under the 2021 agreement": forces there now under it, the access is in force.
    if (hosted && HOSTING_NOW.test(hosted[0])) t.status = 'in_force';
    if (
      t.kind === 'instrument' &&
      (t.type === 'defense_mou' || t.type === 'security_treaty') &&
      (ACCESS_GRANTED.test(text.slice(t.end, t.end + 160)) || hosted)
    ) {
      // A defence cooperation agreement by that name stays the framework of cooperation too (analysts file
      // it under each, as the American ones below).
      if (t.type === 'defense_mou' && COOPERATION_AGREEMENT.test(text.slice(t.start, t.end)))
        t.twin = 'defense_mou';
      // Access to the other's bases "for refuelling and upkeep" is logistics support: an ACSA.
      t.type = LOGISTICS_PURPOSE.test(text.slice(t.end, t.end + 200)) ? 'acsa' : 'reciprocal_access';
    } else if (
      t.kind === 'instrument' &&
      t.type === 'reciprocal_access' &&
      LOGISTICS_PURPOSE.test(text.slice(t.start, t.end + 80))
    )
      t.type = 'acsa';
    else if (
      t.kind === 'instrument' &&
      t.type === 'defense_mou' &&
      COOPERATION_AGREEMENT.test(text.slice(t.start, t.end)) &&
      US_PARTY.test(text)
    ) {
      // An American defence cooperation agreement is both: the framework of cooperation, and the access
      // its forces get under it (analysts file it under each).
      t.type = 'reciprocal_access';
      t.twin = 'defense_mou';
    }
  }
  for (const t of found)
    if (t.kind !== 'meeting' && t.kind !== 'transfer' && (UMBRELLA_TYPES.includes(t.type) || t.vague))
      t.alsoTypes = UMBRELLA_TYPES.filter((x) => x !== t.type);
  const generic = matchesFrom(GENERIC_AGREEMENT, text, words, may, firstAt);
  if (!lastInstrument && generic.length > 0) {
    // "inked a new deal with Oslo" in a defense story: some agreement of the umbrella kinds.
    const defense = DEFENSE_CONTEXT.test(text);
    for (const m of generic) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && t.end > start)) continue;
      // "It took effect in May", "a replacement text" stand for an instrument only after one was told (below).
      if (/^it$|\b(?:text|version)$/i.test(m[0])) continue;
      // "has a visiting forces agreement with A and is negotiating a similar deal with B": of the kind just named.
      const kindOf = SAME_KIND.test(m[0]) ? specific.filter((t) => t.end <= start).at(-1) : undefined;
      if (kindOf) found.push({ type: kindOf.type, kind: 'generic', start, end });
      // "signed a treaty with Nauru that gives Canberra a say over its security ties": a new treaty in a
      // sentence about defence is a security treaty; a deal or an agreement may be of any kind.
      else if (defense && specific.length === 0 && NEW_TREATY.test(m[0]))
        found.push({ type: 'security_treaty', kind: 'generic', start, end });
      // "the 1998 Tripartite Agreement": a name in capitals is an instrument of its own, not some deal.
      else if (defense && PROPER_AGREEMENT.test(m[0]))
        found.push({ type: 'defense_mou', kind: 'generic', start, end });
      else if (defense) found.push({ type: 'defense_mou', kind: 'generic', start, end, vague: true });
    }
  }
  if (lastInstrument) {
    for (const m of generic) {
      const start = m.index;
      const end = start + m[0].length;
      // "are negotiating a similar pact, while B signed a visiting forces agreement": of the kind told
      // before it, whatever is named after it.
      const same = SAME_KIND.test(m[0]);
      if (same && found.some((t) => t.start < end && t.end > start)) continue;
      if (!same && specific.some((t) => t.start < end + 40 && t.end > start - 40)) continue;
      // "Rabat bought 24 jets from Washington under a deal that also included spares": the deal is the purchase
      // just told, not another of the instrument kind the story was about.
      if (!same && found.some((t) => t.kind === 'transfer' && t.end <= start && start - t.end < 80)) continue;
      const kindOf = same
        ? (specific.filter((t) => t.end <= start).at(-1)?.type ?? lastInstrument)
        : lastInstrument;
      found.push({ type: kindOf, kind: 'generic', start, end });
    }
  }
  // "the 2018 agreement governing the presence of French forces": an agreement named by kind is an access one,
  // and one told by the access it grants ("an agreement allowing Chilean troops to train in Peru") is no
  // vaguer than one named. So is a memorandum named only by its kind ("Under a 1990 memorandum of understanding,
  // US forces have access to ...").
  for (const t of found)
    if (
      (t.kind === 'generic' ||
        (t.kind === 'instrument' && MEMORANDUM_BY_KIND.test(text.slice(t.start, t.end)))) &&
      (t.type === 'defense_mou' || t.type === 'security_treaty') &&
      ACCESS_GRANTED.test(text.slice(t.end, t.end + 160))
    ) {
      t.type = 'reciprocal_access';
      delete t.vague;
    }
  findTraining(text, found, words, may, firstAt);
  return withoutAliases(
    text,
    dropOverlaps(withoutWrappers(text, found)).sort((a, b) => a.start - b.start),
  );
}

/**
 * One state training another's forces ("Dutch instructors teach Ghanaian officers"). Beside a deal, a sale, a
 * memorandum or a meeting told in the same sentence, the training is a part of that tie ("the package
 * includes training for its pilots"): only a reading for the scorer there.
 */
function findTraining(
  text: string,
  found: Trigger[],
  words: number,
  may: ReadonlySet<RegExp>,
  firstAt: Map<RegExp, number>,
): void {
  const matches = matchesFrom(TRAINING, text, words, may, firstAt);
  if (matches.length === 0) return;
  const partOfAnother = found.some((t) => t.type !== 'joint_exercise');
  for (const m of matches) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((t) => t.type === 'joint_exercise' && t.start < end && t.end > start)) continue;
    found.push({
      type: 'joint_exercise',
      kind: 'activity',
      start,
      end,
      ...(partOfAnother ? { vague: true } : {}),
    });
  }
}

/**
 * "the Reciprocal Access Agreement (RAA)": the acronym in brackets right after a name is the same instrument,
 * not a second one with the same status read again.
 */
function withoutAliases(text: string, sorted: Trigger[]): Trigger[] {
  return sorted.filter((t, k) => {
    // "the Collective Security Treaty Organization": a body named after a treaty is not the treaty.
    if (t.kind === 'instrument' && /^\s+Organi[sz]ation\b/.test(text.slice(t.end, t.end + 14))) return false;
    const before = sorted[k - 1];
    return !(
      before &&
      t.kind === 'instrument' &&
      before.kind === 'instrument' &&
      before.type === t.type &&
      /^\s*\(\s*$/.test(text.slice(before.end, t.start))
    );
  });
}

/** "a memorandum of understanding on", "an MOU for": a form whose kind the words after it name. */
const WRAPPER_THEN_SUBJECT =
  /(?:memorand(?:um|a)|MOUs?)\b[^,.;]{0,30}?\b(?:on|for|concerning|regarding|covering)\s+$/i;

/**
 * A memorandum "on mutual logistics support" or "on information security" is that instrument in the form
 * of a memorandum: the kind named after it is the fact, not a second, vaguer memorandum beside it.
 */
function withoutWrappers(text: string, found: Trigger[]): Trigger[] {
  return found.filter(
    (t) =>
      t.type !== 'defense_mou' ||
      t.kind !== 'instrument' ||
      !found.some(
        (u) =>
          u.kind === 'instrument' &&
          u.type !== 'defense_mou' &&
          u.start >= t.end &&
          u.start - t.end <= 40 &&
          WRAPPER_THEN_SUBJECT.test(text.slice(t.start, u.start)),
      ),
  );
}

function findMeetings(
  text: string,
  out: Trigger[],
  words: number,
  may: ReadonlySet<RegExp>,
  firstAt: ReadonlyMap<RegExp, number>,
): void {
  // A copy: matchesFrom may return a shared empty array.
  const meetings = [...matchesFrom(MEETING, text, words, may, firstAt)];
  // "The Egyptian president flew to Paris", "Prabowo travelled to Moscow"; not "fans travelled to Sydney".
  for (const m of matchesFrom(TRAVEL, text, words, may, firstAt)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (OFFICIAL.test(before) || (NAME_BEFORE.test(before) && !AGENT_BEFORE.test(before))) meetings.push(m);
  }
  if (meetings.length === 0) return;
  const twoPlusTwo = bothRolesTwice(text);
  for (const m of meetings) {
    const around = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 50);
    if (/talks/i.test(m[0]) && NEGOTIATION_TALKS.test(around)) continue;
    // "Exercise Cobra Gold, co-hosted by Thailand and the US", "The drills brought together 14 nations":
    // hosting the drills just named, or what they gathered, is no meeting.
    if (
      /host|together/i.test(m[0]) &&
      out.some((t) => t.type === 'joint_exercise' && t.end <= m.index && m.index - t.end <= 40)
    )
      continue;
    // "would once again host African Lion": hosting the drills named right after is no meeting either.
    const end = m.index + m[0].length;
    if (
      /host/i.test(m[0]) &&
      out.some((t) => t.type === 'joint_exercise' && t.start >= end && t.start - end <= 25)
    )
      continue;
    const type: FactType = twoPlusTwo ? 'two_plus_two' : 'high_level_meeting';
    out.push({ type, kind: 'meeting', start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Whether a sentence names the ministers for foreign affairs and for defense of two sides: each role plural ("foreign and
 * defense ministers"), or twice. One foreign minister meeting the other side's defense minister is no 2+2.
 */
function bothRolesTwice(text: string): boolean {
  const twice = (re: RegExp) => {
    const all = allMatches(re, text, 0);
    // The plural may follow the match: "foreign and defence ministers".
    const plural = (m: RegExpExecArray) =>
      /ministers|secretaries|chiefs|ministerial/i.test(text.slice(m.index, m.index + m[0].length + 20));
    return all.length >= 2 || all.some(plural);
  };
  return FOREIGN_ROLE.test(text) && DEFENSE_ROLE.test(text) && twice(FOREIGN_ROLES) && twice(DEFENSE_ROLES);
}
const FOREIGN_ROLES = new RegExp(FOREIGN_ROLE.source, 'gi');
const DEFENSE_ROLES = new RegExp(DEFENSE_ROLE.source, 'gi');

/** The forces' verb of HOSTS_FORCES_UNDER in the present: there now. */
const HOSTING_NOW =
  /\b(?:host|hosts|station|stations|bases|train|rotate|operate|exercise)\s|\b(?:is|are)\s+(?:stationed|based)\b/i;
/**
 * Foreign forces hosted, then "under" the instrument right after. Or forces that train, rotate or operate on
 * another's ground under it: "whose marines train in Belize under the 2021 agreement".
 */
const HOSTS_FORCES_UNDER =
  /(?:\b(?:host|hosts|hosted|hosting|station|stations|stationed|base|bases|based)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:forces|troops|soldiers|marines|sailors|aircraft|warships)\b|\b(?:forces|troops|soldiers|marines|sailors|personnel)\s+(?:have\s+|has\s+|had\s+)?(?:long\s+|also\s+|regularly\s+)?(?:train|trained|training|rotate|rotated|rotating|operate|operated|operating|exercise|exercised)\s+(?:in|on|at|through|from|out\s+of)\b)[^.;]{0,80}\bunder\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$/i;

/** A name right before the verb ("Prabowo travelled"): a person, where a title is not written. */
// Not the last word of a unit's name ("instructors from the Africa Corps arrived in Niamey"): troops arriving
// are deployed, not visiting. Nor a count opening the sentence ("Four arrived in Lima in May"): kit counted off.
const NAME_BEFORE =
  /\b(?!(?:Corps|Army|Navy|Forces?|Guards?|Brigade|Battalion|Regiment|Fleet|Group|Command|Marines|Division|Squadron|Contingent|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Several|Both|All|Most|Some|Many|Others)\s)[A-Z][\p{L}'’-]+\s+(?:(?:has|had|also|then|later|recently)\s+)?$/u;

/**
 * A name that is the agent, source or recipient of what travels, not the traveller: "trucks donated by China
 * arrived in Phnom Penh", "the shells from Seoul landed in Gdansk", "the tanks for Vilnius arrived in May".
 */
const AGENT_BEFORE =
  /\b(?:by|from|for)\s+(?:the\s+)?[A-Z][\p{L}'’-]+\s+(?:(?:has|had|also|then|later|recently)\s+)?$/u;

/** A base under a defence or military (cooperation) agreement, the words of a base's trigger. */
const BASE_UNDER_DEFENCE_PAPER =
  /\bbases?\b[^.;]*\b(?:defen[cs]e|military)\s+(?:cooperation\s+)?(?:agreement|accord)$/i;

/** Inside a relative clause set off by a comma, up to the words at the end. */
const RESTATED_IN_RELATIVE = /,\s+which\b[^,;]*$/i;

/** Agreements that news names by kind as often as by name: a "defence pact" may be any of them. */
const UMBRELLA_TYPES: readonly FactType[] = ['security_treaty', 'defense_mou', 'reciprocal_access'];

const GROUPING_ROLE = compileEntries(GROUPING_ROLE_FAMILY.entries, GROUPING_ROLE_FAMILY.flags);
const CLIENTS = compileEntries(CLIENTS_FAMILY.entries, CLIENTS_FAMILY.flags);
const DEFENSE_CONTEXT = compileEntries(DEFENSE_CONTEXT_FAMILY.entries, DEFENSE_CONTEXT_FAMILY.flags);
/**
 * Words of civil news (health ministers, a trade memorandum), whose triggers the relation stage reads for the
 * scorer only. No trigger list, but read by the gate's literal pass with them (WORD_LISTS): most sentences
 * hold none of its words, and the relation stage then does not scan them for it (gate.may).
 */
export const CIVIL_CONTEXT = compileEntries(CIVIL_CONTEXT_FAMILY.entries, CIVIL_CONTEXT_FAMILY.flags);

/** An arms deal named as a noun: who supplies is read from the parties (transfer-parties.ts). */
const ARMS_DEAL = compileFamily(ARMS_DEAL_FAMILY);
const INTENT_LETTER = /\b(?:letter|statement|declaration)s?\s+of\s+intent\b|\bLoI\b|\bLOI\b/i;
/** Kit right after a paper's name: "for six trainers", "for the supply of howitzers", "on the artillery". */
const KIT_AFTER =
  /^\s*(?:\([^)]{1,12}\)\s*)?(?:on|for|to\s+(?:buy|purchase|acquire|procure|supply|deliver))\s+(?:the\s+)?(?:(?:future\s+)?(?:supply|purchase|acquisition|procurement|delivery|sale)\s+of\s+(?:the\s+)?)?(?:(?!\w+ing\b|jointly\b|joint\b|common\b)[\w\u00c0-\u024f'’.-]+\s+){0,4}?(?:fighters?|jets?|aircraft|artillery|howitzers?|tanks?|frigates?|corvettes?|submarines?|missiles?|helicopters?|drones?|vessels?|ships?|launchers?|radars?|guns?|rifles?|armou?red\s+vehicles?|air\s+defen[cs]e\s+systems?)\b(?!\s+(?:data|information|coverage|network))/i;
/** An apposition or a description restating a deal: ", the maiden export order", "in what the firm hailed as its biggest export deal". */
/** A supplier picked for the work: "selected Saab to", "chose the French yard to". */
const CHOSEN_TO =
  /\b(?:selected|chose|chosen|picked|tapped|contracted|hired|commissioned)\s+(?:[\w'’.&-]+\s+){1,6}to\s+$/i;
const EXPORT_APPOSITION =
  /(?:,\s+(?:the|its|their|a|an)|\bin\s+what\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,4}(?:described|called|termed|hailed)\s+as\s+(?:the|its|their|a|an))\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$/i;
const FORCES_WORD = /\b(?:troops|forces|soldiers|personnel|contingents?|presence|base|camp|garrison)\b/i;
/** Troops leaving ground in a war are no access ended. */
const WAR_STORY =
  /\b(?:war|invasion|invaded|offensive|counter-?offensive|front\s*lines?|battle|battlefield|occupied|occupation|liberated|recaptured|shelling|ceasefire|retreat(?:ed|ing)?)\b/i;
/** A donor's assistance programme: the donor supplies each recipient. */
const AID = compileFamily(AID_FAMILY);
/** "Malaysia became its second foreign buyer": a buyer of the system or supplier just told. */
const TOLD_CUSTOMER = compileFamily(TOLD_CUSTOMER_FAMILY);
const TOLD_CONTRACT = compileFamily(TOLD_CONTRACT_FAMILY);
const TOLD_SALE_AGAIN = compileFamily(TOLD_SALE_AGAIN_FAMILY);
const SYSTEM_CONTRACT = compileFamily(SYSTEM_CONTRACT_FAMILY);
/** Bids in a buyer's competition: each bidder offers its kit to the buyer. */
const BIDS = compileFamily(BIDS_FAMILY);
/** Sellers competing for a buyer's order: offers made. */
const RIVAL_SELLERS = compileFamily(RIVAL_SELLERS_FAMILY);
/** "Russia has been Vietnam's largest arms supplier": the subject supplies the possessor. */
const SUPPLIER_NOUN = compileFamily(SUPPLIER_NOUN_FAMILY);
/** "signed a contract worth $8 billion for Su-35s": the subject buys what the contract is for. */
const CONTRACT_FOR = compileFamily(CONTRACT_FOR_FAMILY);
const CONTRACT_WITH_FIRM = compileFamily(CONTRACT_WITH_FIRM_FAMILY);
const INSTRUMENT_DETERMINER = compileFamily(INSTRUMENT_DETERMINER_FAMILY);
/** What a customer buys: arms, or a state's defence industry or equipment. */
const ARMS_AFTER = compileFamily(ARMS_BOUGHT_FAMILY);
const NON_MEMBER = compileFamily(NON_MEMBER_FAMILY);
const BECOME_ROLE = compileFamily(BECOME_ROLE_FAMILY);
const RANKED_ROLE = compileFamily(RANKED_ROLE_FAMILY);
const STATED_ROLE = compileEach(STATED_ROLE_FAMILY);
/** A generic agreement word that takes the kind of an instrument named before it in the sentence. */
const SAME_KIND = compileFamily(SAME_KIND_FAMILY);
const VENUE_EVENT = compileFamily(VENUE_EVENT_FAMILY);
/**
 * A treaty told as new to the story ("a treaty", not "the treaties"), not a deal or an agreement of any kind;
 * read where no named instrument is beside it ("a treaty covering the GCAP agency" is that programme's).
 */
const NEW_TREATY = /^(?:a|an)\s+(?:[\w-]+\s+)?treaty$/i;
/** A memorandum named by its kind only ("a memorandum of understanding"): what it covers says which tie it is. */
const MEMORANDUM_BY_KIND = /^(?:memorand(?:um|a|ums)\s+of\s+understanding|MOUs?)$/i;
/** Another instrument than one named before it: "a separate", "a second", "its own". */
const ANOTHER_BEFORE =
  /\b(?:a\s+separate|a\s+second|another|a\s+new|its\s+own|their\s+own|a\s+rival)\s+(?:[\w-]+\s+)?$/i;
const SIMILAR_BEFORE = /\b(?:similar|such)\s+(?:[\w-]+\s+){0,2}$/i;
const ACCESS_GRANTED = compileFamily(ACCESS_GRANTED_FAMILY);
/** Access granted for supplies and upkeep, not for stationing or drills: "bases for refuelling and upkeep". */
const LOGISTICS_PURPOSE =
  /^[^.;]{0,140}?\b(?:bases|facilities|ports)\s+for\s+(?:refuell?ing|fuel|supplies|replenishment|repairs|maintenance|logistics?)\b/i;
const US_PARTY = compileFamily(US_PARTY_FAMILY);
/** A defense cooperation agreement by that name (not a memorandum, an arrangement or an MOU). */
const COOPERATION_AGREEMENT =
  /^(?:(?:the|a|an)\s+)?(?:defen[cs]e\s+cooperation\s+(?:agreement|accord)|agreement\s+on\s+defen[cs]e\s+cooperation)s?$/i;
const ROLE_DURATION = compileFamily(ROLE_DURATION_FAMILY);

/** "a leading client of the Italian arms industry": the subject buys from the state named after. */
const CUSTOMER_OF = compileFamily(CUSTOMER_OF_FAMILY);
/** Right after a verb of sending, a paper or a party rather than kit: "sent Madrid a formal request". */
const SENT_NOT_KIT =
  /^\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,3}?(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:request|letter|note|proposal|invitation|message|delegation|list|wish\s+list)\b/i;
/** A bid word that names the buyer's pick of finalists: "shortlisted", "down-selected". */
const SHORTLISTED = /^(?:short-?listed|down-?selected)\b/i;
/** A lease's source after the verb, in its clause: "leases its jets from". */
const LEASED_FROM = /^[^,;.]*?\bfrom\b/i;
/** "is among the main", "became the first foreign", "have long been the biggest": the subject is one of the customers. */
const CUSTOMER_COPULA =
  /\b(?:is|are|was|were|became|becomes|become|remains?|remained|(?:has|have|had)\s+(?:long\s+|also\s+|for\s+(?:years|decades)\s+)?been)\s+(?:also\s+|now\s+)?(?:(?:among|one\s+of)\s+)?(?:the|an?)\s+(?:[\w-]+\s+){0,3}$/i;

/** Kit of the transfer just told arriving: delivered (transfer-parties.ts reads whose). */
const ARRIVAL = compileFamily(ARRIVAL_FAMILY);
/** Kit a state holds that another made: delivered. */
const HELD_KIT = compileFamily(HELD_KIT_FAMILY);
/** A letter of intent for kit, or talks on kit: a purchase under negotiation. */
const INTENT_TO_BUY = compileFamily(INTENT_TO_BUY_FAMILY);
const TALKS_ON_KIT = compileFamily(TALKS_ON_KIT_FAMILY);

const ARMS_DEAL_OR_AID = unionOf([
  ARMS_DEAL,
  BIDS,
  RIVAL_SELLERS,
  TOLD_CUSTOMER,
  TOLD_SALE_AGAIN,
  ARRIVAL,
  HELD_KIT,
  INTENT_TO_BUY,
  TALKS_ON_KIT,
  AID,
  SUPPLIER_NOUN,
  CONTRACT_FOR,
  TOLD_CONTRACT,
  SYSTEM_CONTRACT,
  CONTRACT_WITH_FIRM,
  CLIENTS,
  CUSTOMER_OF,
  GROUPING_ROLE,
]);

function findTransfers(
  text: string,
  out: Trigger[],
  words: number,
  phrases: number,
  may: ReadonlySet<RegExp>,
  firstAt: ReadonlyMap<RegExp, number>,
  transferInPlay: () => boolean,
  kitBefore: () => boolean,
  saleToldLast: boolean,
): void {
  const push = (
    m: RegExpExecArray | RegExpMatchArray,
    direction: NonNullable<Trigger['direction']>,
    status?: Status,
  ) =>
    out.push({
      type: 'equipment_transfer',
      kind: 'transfer',
      start: m.index!,
      end: m.index! + m[0].length,
      direction,
      ...(status ? { status } : {}),
    });
  /** Drops the triggers of a kind that overlap a transfer read in their place. */
  const replace = (kind: TriggerKind, m: RegExpExecArray) => {
    const end = m.index + m[0].length;
    for (let k = out.length - 1; k >= 0; k--)
      if (out[k]!.kind === kind && out[k]!.start < end && m.index < out[k]!.end) out.splice(k, 1);
  };
  // "awarded the frigate contract to Britain's BAE": read with the contracts awarded, its seller after "to".
  for (const m of matchesFrom(ARMS_DEAL, text, phrases, may, firstAt))
    if (!awardedTo(text, m)) push(m, 'deal');
  // Bids are for kit: named in the sentence, told just before, or in the sentence before ("Peru wants new
  // frigates. Bids have come from A and B."); offers of mediation or of a stadium are none.
  // Bidders a buyer shortlisted are in a competition it runs: talks under way, past an offer.
  for (const m of matchesFrom(BIDS, text, phrases, may, firstAt))
    if (transferInPlay() || kitBefore() || namesEquipment(text, 0, text.length))
      push(m, 'bids', SHORTLISTED.test(m[0]) ? 'negotiating' : 'proposed');
  for (const m of matchesFrom(RIVAL_SELLERS, text, phrases, may, firstAt))
    if (transferInPlay() || namesEquipment(text, m.index, Math.min(text.length, m.index + m[0].length + 80)))
      // A preferred bidder is in talks on its contract; rivals still competing have only offered.
      push(m, 'rivals', /\bpreferred\b/i.test(m[0]) ? 'negotiating' : 'proposed');
  // "Recipients include A and B" names those a transfer just told went to; alone it may be any gift's.
  // So do those "picked as the first recipients": of kit named here or just before, or of an aid programme named here.
  for (const m of matchesFrom(AID, text, phrases, may, firstAt)) {
    if (/^recipients\s/i.test(m[0]) && !transferInPlay()) continue;
    if (
      /^(?:picked|selected|chosen|named|were|are|became|have)\s/i.test(m[0]) &&
      !(transferInPlay() || kitBefore() || namesEquipment(text, 0, text.length) || aidProgrammeDonor(text))
    )
      continue;
    push(m, 'aid');
  }
  for (const m of matchesFrom(INTENT_TO_BUY, text, phrases, may, firstAt)) {
    const end = m.index + m[0].length;
    if (!namesEquipment(text, end, end + 90)) continue;
    // The letter is the purchase's, not an instrument of its own ("a letter of intent" as a defence MOU).
    replace('instrument', m);
    push(m, 'deal', 'negotiating');
  }
  // Talks on kit named right after the words (a system or a kind of it, within a few words).
  for (const m of matchesFrom(TALKS_ON_KIT, text, phrases, may, firstAt)) {
    const end = m.index + m[0].length;
    // The kit is the talks' object, before the clause goes on ("talks on a pact, eye destroyer transfer").
    const object = text.slice(end, end + 40).split(/[,;:]/, 1)[0]!;
    if (!namesEquipment(text, end, end + object.length)) continue;
    // "discussions with Qatar and Oman on used jets": talks with two sellers at once, each a deal of its own
    // with a buyer the sentence does not name; no reading of the two together.
    if (/\bwith\s+[^,;]*\band\b/.test(m[0])) continue;
    // Talks about kit are bargaining over it, not a meeting of their own.
    replace('meeting', m);
    push(m, 'deal');
  }
  // Held kit is delivered kit, where equipment is named right after the words.
  for (const m of matchesFrom(HELD_KIT, text, phrases, may, firstAt))
    if (namesEquipment(text, m.index + m[0].length, m.index + m[0].length + 60))
      push(m, 'acquire', 'completed');
  // Arrivals are deliveries only of kit just sold, named before the verb ("the first of them landed at").
  // Or kit a state is named as owning: "France's first Mirage fighters reached Ukraine" (transfer-parties.ts).
  for (const m of matchesFrom(ARRIVAL, text, phrases, may, firstAt)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // Or kit named before the verb reaching a state's forces: "Turkish drones reached Niger's air force".
    const end = m.index + m[0].length;
    if (
      ((ARRIVING_KIT.test(before) || COUNT_OPENING.test(text.slice(0, m.index))) && transferInPlay()) ||
      OWNED_KIT.test(before) ||
      SOURCED_KIT.test(before) ||
      (FORCE_REACHED.test(text.slice(end, end + 60)) &&
        namesEquipment(text, Math.max(0, m.index - 60), m.index)) ||
      FORCES_WITH_KIT.test(text.slice(Math.max(0, m.index - FORCES_BEFORE_ARRIVAL), end + KIT_AFTER_ARRIVAL))
    )
      push(m, 'arrival');
  }
  for (const m of matchesFrom(SUPPLIER_NOUN, text, phrases, may, firstAt)) push(m, 'supplierNoun');
  for (const m of matchesFrom(CLIENTS, text, phrases, may, firstAt)) push(m, 'clients');
  // A buyer "of" or "for" some state's arms, when arms or a maker are named right after; or, where the subject
  // is said to be one ("Chile is among the buyers of the K9"), a system whose maker the catalogue knows. Not
  // "Turkey has customers for the drone": that subject sells.
  for (const m of matchesFrom(CUSTOMER_OF, text, phrases, may, firstAt)) {
    const end = m.index + m[0].length;
    if (
      ARMS_AFTER.test(text.slice(end, end + 60)) ||
      (CUSTOMER_COPULA.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
        namesEquipment(text, end, end + 30))
    )
      push(m, 'customerOf');
  }
  // "Egypt placed a similar order": like the sale just told, whatever the sentence names as kit; where another
  // transfer's words read it already ("similar orders from A and B"), that reading stands.
  if (saleToldLast)
    for (const m of matchesFrom(TOLD_SALE_AGAIN, text, phrases, may, firstAt))
      if (!out.some((t) => t.kind === 'transfer' && t.start < m.index + m[0].length && m.index < t.end))
        push(m, 'toldAgain');
  // A customer by its standing only ("became its second foreign buyer") after a system or supplier was told.
  for (const m of matchesFrom(TOLD_CUSTOMER, text, phrases, may, firstAt))
    if (transferInPlay()) push(m, 'customerOf');
  // A contract for kit named after it; or, right after a sale was told, for what stands for that kit ("Quito then
  // signed for the type").
  for (const m of matchesFrom(CONTRACT_FOR, text, phrases, may, firstAt)) {
    const end = m.index + m[0].length;
    if (
      namesEquipment(text, m.index, end + 60) ||
      // Not a span of time: "debated for more than ten months".
      (TOLD_EQUIPMENT_OBJECT.test(text.slice(end, end + 30)) &&
        !MORE_THAN.test(text.slice(end, end + 20)) &&
        transferInPlay())
    )
      push(m, 'acquire');
  }
  // "signed the original contract in 2023", a sale told before it: that sale's contract.
  for (const m of matchesFrom(TOLD_CONTRACT, text, phrases, may, firstAt))
    if (transferInPlay()) push(m, 'acquire');
  for (const m of matchesFrom(SYSTEM_CONTRACT, text, phrases, may, firstAt))
    if (
      namesEquipment(text, m.index, m.index + m[0].length) &&
      !out.some((t) => t.start === m.index) &&
      !awardedTo(text, m)
    )
      push(m, 'acquire');
  // A contract or deal with an arms maker, or the maker's with a state: the maker, named right before the
  // words or right after "with", stands for the kit; a contract "for" kit is read above.
  // The trigger runs on to the partner after "with", as "contract with Ghana for" does: the relation stage reads
  // the partner inside it as the contract's other side.
  for (const m of matchesFrom(CONTRACT_WITH_FIRM, text, phrases, may, firstAt)) {
    const end = m.index + m[0].length;
    if (out.some((t) => t.kind === 'transfer' && t.start <= m.index && t.end > m.index)) continue;
    const partner = findPartyMentions(text.slice(end, end + FIRM_AFTER))[0];
    if (!partner) continue;
    // A maker on one side only: one after "with", none before the words ("a maker's contract with another's"
    // tells no buyer: its verb, if any, does); or a state after "with" and a maker right before.
    // A contract awarded "to" a state's firm ("to Britain's BAE Systems"): the state names the maker after it.
    const awarded = /\sto$/i.test(m[0]);
    // "the 2023 deal inked with Turkey's STM": a state's own maker, named after it (known or capitalised),
    // where the sentence names kit.
    const statesMaker =
      !awarded &&
      OWN_MAKER_NEXT.test(text.slice(end + partner.end, end + partner.end + 40)) &&
      !firmAt(text, 0, m.index) &&
      namesEquipment(text, 0, text.length);
    const oneMaker =
      partner.kind === 'firm'
        ? !firmAt(text, 0, m.index)
        : awarded
          ? firmAt(text, end, end + FIRM_AFTER) && !firmAt(text, 0, m.index)
          : statesMaker || firmAt(text, Math.max(0, m.index - FIRM_BEFORE), m.index);
    if (!oneMaker) continue;
    out.push({
      type: 'equipment_transfer',
      kind: 'transfer',
      start: m.index,
      end: end + partner.end,
      direction: 'acquire',
    });
  }
  // A request moves equipment only when the equipment is what is asked for, in the same clause after it.
  for (const m of matchesFrom(REQUEST_VERB, text, words, may, firstAt)) {
    const asked = text.slice(m.index, m.index + m[0].length + 80).split(/[,;]/, 1)[0]!;
    if (namesEquipment(text, m.index, m.index + asked.length)) push(m, 'request');
  }
  for (const [verb, direction] of [
    [SUPPLY_VERB, 'supply'],
    [ACQUIRE_VERB, 'acquire'],
  ] as const) {
    for (const m of matchesFrom(verb, text, words, may, firstAt)) {
      // A verb moves equipment only when equipment is named near it, or, right after a transfer was told,
      // when its object stands for that equipment ("Norway bought its fleet in 2017", "Romania ordered 54").
      // So too kit counted off before a verb of supply ("Nine were since handed over to its navy"), and its
      // delivery told as a start ("Deliveries began in April").
      // Asked only where no equipment is named near the verb (most verbs that move kit name it), the words
      // first: whether a transfer is in play may take a scan of the whole document.
      const more = (): boolean =>
        (direction === 'acquire'
          ? TOLD_EQUIPMENT_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
          : COUNTED_OFF.test(text.slice(0, m.index)) || (m.index <= 20 && DELIVERIES_BEGAN.test(text))) &&
        transferInPlay();
      // Kit inside the verb's own first word is no kit ("shipped" holds "ship"); kit the phrasing spans after
      // it is ("handed the first armoured vehicles to": the entry runs on to the recipient's "to").
      const firstWord = m[0].search(/\s/);
      const verb = { start: m.index, end: m.index + (firstWord < 0 ? m[0].length : firstWord) };
      if (!namesEquipment(text, Math.max(0, m.index - 60), verb.end + 90, verb) && !more()) continue;
      // "sent Madrid a request for boats": what was sent is a request, not the kit it asks for.
      if (direction === 'supply' && SENT_NOT_KIT.test(text.slice(verb.end, verb.end + 60))) continue;
      // "Argentina weighed an offer of Chinese jets": an offer weighed is the weigher's to take, not to give.
      const weighed =
        direction === 'supply' &&
        OFFER_WEIGHED.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
        !HANDOVER_WEIGHED.test(text.slice(Math.max(0, m.index - 40), m.index + 40));
      // "Hungary leases its Gripens from Sweden": a lease taken from the state after "from", not one given.
      const leasedFrom =
        direction === 'supply' &&
        /^leas/i.test(m[0]) &&
        LEASED_FROM.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
      push(m, weighed || leasedFrom ? 'acquire' : direction);
    }
  }
  // "agreed to buy 12 trainers from A, the maiden export sale of the A-built type": the deal just told, named
  // again in an apposition, not another sale.
  for (let k = out.length - 1; k >= 0; k--) {
    const t = out[k]!;
    if (
      t.direction === 'clients' &&
      /^export\b/i.test(text.slice(t.start, t.end)) &&
      out.some((o) => o !== t && o.type === 'equipment_transfer' && o.end <= t.start) &&
      EXPORT_APPOSITION.test(text.slice(Math.max(0, t.start - 70), t.start))
    )
      out.splice(k, 1);
    // "picked a German yard to supply four boats": the supplier chosen, in the buyer's sale.
    else if (
      t.direction === 'supply' &&
      CHOSEN_TO.test(text.slice(Math.max(0, t.start - 80), t.start)) &&
      out.some((o) => o !== t && o.direction === 'acquire' && o.end <= t.start)
    )
      out.splice(k, 1);
    // "a memorandum on the future supply of missiles": the supply is the paper's object, the purchase it
    // weighs, not a sale made besides.
    else if (
      (t.direction === 'supply' || t.direction === 'acquire') &&
      !t.status &&
      out.some(
        (o) =>
          o.direction === 'deal' &&
          o.status === 'negotiating' &&
          o.end <= t.start &&
          !/[,;]/.test(text.slice(o.end, t.start)) &&
          t.start - o.end < 60,
      )
    )
      out.splice(k, 1);
  }
}

const OFFER_WEIGHED = compileFamily(OFFER_WEIGHED_FAMILY);
/** A state's forces right after a verb of arriving: "reached Chad's air force", "reached the Chadian army". */
export const FORCE_REACHED =
  /^\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}(?:[A-Z][\w.-]*['’]s\s+)?(?:[Aa]ir\s+[Ff]orce|[Nn]avy|[Aa]rmy|[Aa]rmed\s+[Ff]orces|[Cc]oast\s+[Gg]uard|[Mm]arines)\b/;
const HANDOVER_WEIGHED = compileFamily(HANDOVER_WEIGHED_FAMILY);
/** "Deliveries began in April": the delivery of the kit just told (the gate lets its sentence through). */
export const DELIVERIES_BEGAN = compileFamily(DELIVERIES_BEGAN_FAMILY);
const TOLD_KIT_COUNT = compileFamily(TOLD_KIT_COUNT_FAMILY);
/**
 * Before an arrival: kit ("the howitzers"), or a count of what was told ("the first of them", "six more", "the
 * first six"), or a unit of it ("Latvia's first battery": of air defence, after its purchase was told).
 */
const ARRIVING_KIT = new RegExp(
  String.raw`(?:\b(?:${EQUIPMENT.source})|\b(?:of\s+(?:them|which|these|those)|batch|shipment|consignment|delivery|units?|batter(?:y|ies)|more)|${TOLD_KIT_COUNT.source})\s+(?:[\w-]+\s+){0,3}$`,
  'i',
);
/** A bare count opening the sentence, right before an arrival: "Four arrived in Callao in May". */
const COUNT_OPENING =
  /^\s*(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|\d+)\s+(?:(?:have|had|were|also|then|later|finally)\s+)?$/i;
/** Kit given, sold or carried by a state, right before an arrival: "the jets donated by Denmark ". */
export const SOURCED_KIT = compileFamily(SOURCED_KIT_FAMILY);
/** "Russian instructors arrived in Bangui with two helicopters": forces that brought kit. */
export const FORCES_WITH_KIT = compileFamily(FORCES_WITH_KIT_FAMILY);
/** How far before an arrival its forces and after it their kit are read. */
export const FORCES_BEFORE_ARRIVAL = 40;
export const KIT_AFTER_ARRIVAL = 100;
/** Kit a party owns right before an arrival: "France's first Mirage 2000-5 fighters ". */
export const OWNED_KIT = new RegExp(String.raw`['’]s\s+(?:[\w-]+\s+){0,4}(?:${EQUIPMENT.source})\s+$`, 'i');
const TOLD_EQUIPMENT_OBJECT = compileFamily(TOLD_EQUIPMENT_OBJECT_FAMILY);
/** "for more than ten months": a span, where "signed for more" would be kit. */
const MORE_THAN = /^\s+more\s+than\b/i;
const COUNTED_OFF = compileFamily(COUNTED_OFF_FAMILY);

/**
 * Whether text[from, to) names equipment: a kind of it ("frigates") or a catalogued system ("Rafales"); not
 * within the verb itself (`verb`: "shipped" holds "ship", and ships nothing by that).
 */
function namesEquipment(
  text: string,
  from: number,
  to: number,
  verb?: { start: number; end: number },
): boolean {
  const slice = text.slice(from, to);
  if (!verb) {
    if (EQUIPMENT.test(slice)) return true;
  } else
    for (const m of allMatches(EQUIPMENT_ALL, slice, 0))
      if (from + m.index + m[0].length <= verb.start || from + m.index >= verb.end) return true;
  const system = weaponOrigin(text, from);
  return system !== null && system.index < to;
}

const EQUIPMENT_ALL = new RegExp(EQUIPMENT.source, 'gi');

/** How far an arms maker may stand after "with" ("with Turkey's Baykar") or before the contract's subject. */
const FIRM_AFTER = 30;
/**
 * A state's own firm right after it: "Turkey's STM", "France's Naval Group". Not its office-holders named by
 * title ("France's President", "Japan's Defence Minister"); a leader named bare would pass, in a sentence that
 * must also name kit.
 */
const OWN_MAKER_NEXT =
  /^['’]s?\s+(?!(?:President|Prime|Premier|Minister|Foreign|Defen[cs]e|Chancellor|King|Queen|Crown|Emir|Sultan|Leader|Government|Navy|Army|Air|Ministry)\b)(?:[A-Z][A-Za-z&-]*\s+){0,2}[A-Z][A-Za-z&-]*(?=\s+(?:in|on|for|last|this|to|,|\.|and|at)\b|[,.;]|$)/;
/** An award right before a system's contract, and "to" right after it: the contract awarded to its seller. */
function awardedTo(text: string, m: RegExpExecArray): boolean {
  return (
    AWARDED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) &&
    TO_AFTER.test(text.slice(m.index + m[0].length))
  );
}
const AWARDED_BEFORE = /\baward(?:s|ed|ing)?\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$€£.,'’-]+\s+){0,2}$/i;
const TO_AFTER = /^\s+to\s/i;
const FIRM_BEFORE = 45;
/** Whether text[from, to) names a firm (lexicon/firms.ts): an arms maker stands for the arms it sells. */
function firmAt(text: string, from: number, to: number): boolean {
  return findPartyMentions(text.slice(from, to)).some((m) => m.kind === 'firm');
}

/**
 * "A met B on the sidelines of the Shangri-La Dialogue", "held talks with B at the ADMM-Plus", "at the annual
 * meeting of ...": where a meeting word tells the meeting, a gathering after it that it took place at is its
 * venue, not a meeting of everyone the sentence names. A 2+2 stays: "met at the 2+2" is that meeting.
 */
function dropVenueGatherings(text: string, found: Trigger[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const t = found[i]!;
    if (
      t.kind === 'meeting' &&
      t.type === 'high_level_meeting' &&
      found.some((u) => u.kind === 'meeting' && !u.vague && u.end <= t.start) &&
      VENUE_EVENT.test(text.slice(Math.max(0, t.start - 90), t.start))
    )
      found.splice(i, 1);
  }
}

/**
 * "their first combined exercise under the new arrangement, to be called Exercise Tasi Mos": the name given
 * to an event the sentence already told is that event, not a second one.
 */
function dropNamesOfEventsTold(text: string, found: Trigger[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const t = found[i]!;
    if (
      t.type === 'joint_exercise' &&
      found.some((u) => u !== t && u.type === 'joint_exercise' && u.end <= t.start) &&
      NAMED_AS.test(text.slice(Math.max(0, t.start - 30), t.start))
    )
      found.splice(i, 1);
  }
}

const NAMED_AS = /\b(?:called|named|dubbed|code-?named|known\s+as|titled)\s+(?:the\s+)?$/i;

/** An agreement named in capitals after its article: "the Quadrilateral Border Arrangement". */
const PROPER_AGREEMENT =
  /^(?:the|an?|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Agreement|Arrangement|Accord|Pact|Treaty|Protocol|Memorandum)$/;

/** The access one state's forces on another's ground stand on, in the step the words tell (choose-parties.ts). */
function forcesAbroad(matches: readonly RegExpExecArray[], status: Status): Trigger[] {
  return matches.map((m) => ({
    type: 'reciprocal_access',
    kind: 'instrument',
    start: m.index,
    end: m.index + m[0].length,
    status,
    forcesHome: true,
  }));
}

/**
 * Guests told going ("the troops stationed there must withdraw by March"): where they stay is the departure's
 * setting, not an access still standing (the forces-sent-home entries read the end where the words tell it).
 */
const FORCES_LEAVING =
  /\b(?:withdr[ae]w\w*|pull(?:s|ed|ing)?\s+out|pull-?out|leave|leaves|leaving|left\s+(?:the|their|its|for)\b|depart\w*|exit(?:s|ed|ing)?|replace[ds]?|replacing|expel\w*|evict\w*|ousted|sent\s+home|go\s+home|quit)\b/i;

/** Drills, where forces hosted are the exercise's guests, not an access standing. */
const DRILLS_WORD = /\b(?:exercises?|drills?|war\s+games|manoeuvres|maneuvers)\b/i;

/** Where two triggers overlap, the named instrument wins over the activity word inside it. */
function dropOverlaps(triggers: Trigger[]): Trigger[] {
  const rank: Record<TriggerKind, number> = {
    instrument: 0,
    activity: 1,
    meeting: 2,
    transfer: 3,
    generic: 4,
  };
  const sorted = [...triggers].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || b.end - b.start - (a.end - a.start),
  );
  const kept: Trigger[] = [];
  for (const t of sorted) {
    const over = kept.find((k) => k.start < t.end && t.start < k.end);
    if (!over) {
      kept.push(t);
      continue;
    }
    // "the Yudh Abhyas exercise" read whole: the series' own states stay with the longer reading of its name.
    if (t.parties && !over.parties && over.type === t.type) over.parties = t.parties;
    if (t.lead && !over.lead && over.type === t.type) over.lead = t.lead;
    if (t.series && !over.series && over.type === t.type) over.series = t.series;
  }
  return kept;
}

/** "Sweden followed in March": no trigger word, yet the step told before (the relation stage reads it). */
export const FOLLOWED = compileFamily(FOLLOWED_FAMILY);
/** "Hungary followed with an order for two": the sale told before, made again by another buyer. */
export const FOLLOWED_WITH_ORDER = compileFamily(FOLLOWED_WITH_ORDER_FAMILY);
/** "Malta joined in 2004", "Both have been members since 1955": a membership with its grouping told before. */
export const MEMBERSHIP_ELLIPSIS = compileFamily(MEMBERSHIP_ELLIPSIS_FAMILY);

/**
 * The word lists of many phrasings, scanned a phrasing at a time (SplitFamily): whole, a few of them took longer
 * to scan than all the other lists together. Those whose phrasings, scanned where their words are, took under
 * half the time the whole did over the gold articles' sentences; the others scan as fast whole, and stay so.
 */
const SPLIT_TRIGGERS = new Set<FactType>([
  'defense_mou',
  'joint_development',
  'membership',
  'reciprocal_access',
  'joint_exercise',
  'information_security',
  'security_treaty',
]);
const SPLIT = new Map<RegExp, SplitFamily>(
  [
    ...TRIGGERS.map((t, i) => [t.pattern, TRIGGER_FAMILIES[i]!] as const).filter(([, family]) =>
      SPLIT_TRIGGERS.has(family.type),
    ),
    [MEETING, MEETING_FAMILY] as const,
    [ACQUIRE_VERB, ACQUIRE_FAMILY] as const,
    [SUPPLY_VERB, SUPPLY_FAMILY] as const,
    [PARTICIPATION, PARTICIPATION_FAMILY] as const,
    [CLIENTS, CLIENTS_FAMILY] as const,
    [GENERIC_AGREEMENT, GENERIC_FAMILY] as const,
    [UMBRELLA_AGREEMENT, UMBRELLA_FAMILY] as const,
  ].map(([whole, family]) => [whole, new SplitFamily(whole, family)]),
);

/**
 * The word lists findTriggers scans a sentence with; the gate's tests of a sentence without any (FOLLOWED,
 * MEMBERSHIP_ELLIPSIS: most sentences hold none of their words, and are not scanned for them); and, read in
 * the same pass for the relation stage, the civil-context words, the tests of the words around each party
 * mention (MENTION_TESTS), those of a trigger's clause (STATUS_TESTS) and its status cues (CUE_TESTS).
 */
const WORD_LISTS = new LiteralFilter(
  [
    ...TRIGGERS.map((t) => t.pattern),
    FORCES_SENT_HOME,
    FORCES_HOSTED,
    TRAINING,
    PARTICIPATION,
    UMBRELLA_AGREEMENT,
    GENERIC_AGREEMENT,
    MEETING,
    TRAVEL,
    SUPPLY_VERB,
    ACQUIRE_VERB,
    REQUEST_VERB,
    ARMS_DEAL,
    AID,
    BIDS,
    RIVAL_SELLERS,
    TOLD_CUSTOMER,
    TOLD_SALE_AGAIN,
    SUPPLIER_NOUN,
    CLIENTS,
    CUSTOMER_OF,
    CONTRACT_FOR,
    TOLD_CONTRACT,
    SYSTEM_CONTRACT,
    CONTRACT_WITH_FIRM,
    GROUPING_ROLE,
    ARRIVAL,
    HELD_KIT,
    INTENT_TO_BUY,
    TALKS_ON_KIT,
    FOLLOWED,
    FOLLOWED_WITH_ORDER,
    MEMBERSHIP_ELLIPSIS,
    CIVIL_CONTEXT,
    ...MENTION_TESTS,
    ...STATUS_TESTS,
    ...CUE_TESTS,
  ],
  new Map([...CUE_PARTS, ...[...SPLIT].map(([whole, split]) => [whole, split.parts] as const)]),
);

/** The answer of `ask`, worked out the first time it is asked for. */
function once(ask: () => boolean): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= ask());
}
