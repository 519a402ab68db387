// The status of one trigger, read from the words of its clause; null when the clause is hypothetical,
// negated, or says nothing about how far the tie has come.
import {
  DEPLOYED_TO_FAMILY,
  FORCE_SENDS_FAMILY,
  ENTERED_BEFORE_FAMILY,
  INVITATION_ACCEPTED_FAMILY,
  NOT_YET_SIGNED_FAMILY,
  OUT_OF_REACH_FAMILY,
  OF_ITS_OWN_FAMILY,
  ITS_OWN_BEFORE_FAMILY,
  TRANSFER_CUE_FAMILIES,
} from '../phrasebook/status-cues.js';
import { EVENT_TYPES, type FactType, type Status } from '../../schema/fact.js';
import { AGREEMENT_CUES, FUTURE_CUE, TRANSFER_CUES, type StatusCue } from '../lexicon/status-cues.js';
import { ROLE_DURATION_FAMILY } from '../phrasebook/roles.js';
import { compileEach, compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  CALLED_OFF_FAMILY,
  CLAUSE_EDGE_FAMILY,
  SECOND_REPORT_EDGE,
  CONDITIONAL_OPENING_FAMILY,
  DEVELOPMENT_STATUS_FAMILY,
  DONE_DURING_FAMILY,
  EVENT_BEGUN_FAMILY,
  AGREED_DURING_FAMILY,
  EVENT_AHEAD_FAMILY,
  AWAITED_FAMILY,
  EMBARGOED_FAMILY,
  BECAME_MEMBER_FAMILY,
  EVENT_AS_FIELD_FAMILY,
  ONGOING_EVENT_FAMILY,
  EVENT_PROPOSED_FAMILY,
  EVENT_TOLD_PAST_FAMILY,
  EVENT_FRAME_FAMILY,
  YET_TO_FAMILY,
  HAS_BEFORE_FAMILY,
  HYPOTHETICAL_FAMILY,
  MEMBERSHIP_STATUS_FAMILY,
  STANDING_ALLIES_FAMILY,
  NEGATED_FAMILY,
  NOT_RENEWED_FAMILY,
  PAST_EVENT_VERB_FAMILY,
  RELATIVE_AFTER_FAMILY,
  REPORTED_WOULD_FAMILY,
  SPECULATIVE_FAMILY,
  SUSPENDED_FAMILY,
  UNDER_BEFORE_FAMILY,
  GRANTS_AFTER_FAMILY,
  AGREED_TO_HOLD_FAMILY,
  UNREPORTED_HYPOTHETICAL_FAMILY,
} from '../phrasebook/clauses.js';
import {
  CANCELLED_LATER_FAMILY,
  COVERED_BY_FAMILY,
  DRILLS_OPENED_BY_FAMILY,
  DELIVERED_LATER_FAMILY,
  NEXT_ROUND_LATER_FAMILY,
  PREVIOUS_ROUND_LATER_FAMILY,
  HELD_BEFORE_LATER_FAMILY,
  SALE_STEP_FAMILY,
  LATER_MILESTONE_FAMILY,
} from '../phrasebook/anaphora.js';
import type { Trigger } from './find-triggers.js';
import { allMatches } from '../lexicon/all-matches.js';
import { LiteralFilter } from '../lexicon/literal-filter.js';
import { allOf, firstOf, orderedUnion, type MayMatch, type OrderedUnion } from './first-of.js';

/** Clause edges: a cue beyond one of these belongs to another statement. */
const CLAUSE_EDGE = compileFamily(CLAUSE_EDGE_FAMILY);

export function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const edges = clauseEdges(text);
  let from = 0;
  let to = text.length;
  for (let i = 0; i < edges.length; i += 2) {
    const at = edges[i]!;
    if (edges[i + 1]! <= start) from = edges[i + 1]!;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return { from, to };
}

let edgesText = '';
let edgesOf: number[] = [];

/**
 * The clause edges of the sentences read lately, by their text. The relation stage reads each sentence's
 * edges, then the dates stage asks for them again, sentence after sentence (pickDate's clause around each
 * candidate): the edges the last call kept are another sentence's by then.
 */
const EDGES = new Map<string, number[]>();
/** More sentences than a document's candidates stand in: a longer document starts the table afresh. */
const EDGES_KEPT = 1024;

/**
 * Where each clause edge of a sentence starts and ends, flat, remembered for the next calls: the relation
 * stage asks for clauses around each trigger of one sentence many times (status, parties, signals, dates).
 */
function clauseEdges(text: string): number[] {
  if (text === edgesText) return edgesOf;
  let edges = EDGES.get(text);
  if (!edges) {
    edges = [];
    for (const m of allMatches(CLAUSE_EDGE, text)) edges.push(m.index, m.index + m[0].length);
    if (EDGES.size >= EDGES_KEPT) EDGES.clear();
    EDGES.set(text, edges);
  }
  edgesText = text;
  edgesOf = edges;
  return edges;
}

const HAS_BEFORE = compileFamily(HAS_BEFORE_FAMILY);
const UNDER_BEFORE = compileFamily(UNDER_BEFORE_FAMILY);
const GRANTS_AFTER = compileFamily(GRANTS_AFTER_FAMILY);
const AGREED_TO_HOLD = compileFamily(AGREED_TO_HOLD_FAMILY);
const ROLE_DURATION = compileFamily(ROLE_DURATION_FAMILY);
const RELATIVE_AFTER = compileFamily(RELATIVE_AFTER_FAMILY);
const HYPOTHETICAL = compileFamily(HYPOTHETICAL_FAMILY);
const UNREPORTED_HYPOTHETICAL = compileFamily(UNREPORTED_HYPOTHETICAL_FAMILY);
const CONDITIONAL_OPENING = compileFamily(CONDITIONAL_OPENING_FAMILY);
const REPORTED_WOULD = compileFamily(REPORTED_WOULD_FAMILY);
const NEGATED = compileFamily(NEGATED_FAMILY);
const SPECULATIVE = compileFamily(SPECULATIVE_FAMILY);
/** "is studying the idea of", "looked into the prospects of": a prospect taken up for study. */
const STUDIED =
  /\b(?:stud(?:y|ies|ied|ying)|look(?:s|ed|ing)?\s+into|examin(?:e|es|ed|ing)|assess(?:es|ed|ing)?)\b/i;
const CALLED_OFF = compileFamily(CALLED_OFF_FAMILY);
const CALLED_OFF_ALL = new RegExp(CALLED_OFF.source, CALLED_OFF.flags + 'g');
/** Of the called-off words, those that put an event off without ending it. */
const POSTPONED = /\bpostpon|\bdelay/i;
const SUSPENDED = compileFamily(SUSPENDED_FAMILY);
const SUSPENDED_ALL = new RegExp(SUSPENDED.source, SUSPENDED.flags + 'g');

/**
 * Whether `all` (a global expression) matches a word that is not part of a name. "the Freezing Winds naval
 * exercise", "the Frozen Shield drills": a capital mid-sentence, before another capital, names something and
 * freezes nothing. A headline's "Japan Halts Joint Drills" is no name: the word before it has a capital too.
 */
function matchesOutsideNames(all: RegExp, text: string): boolean {
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const at = m.index + m[0].search(/\S/);
    const inName =
      /^[A-Z]/.test(text.slice(at, at + 1)) &&
      /(?:^|\s)[a-z][\w'-]*,?\s+$/.test(text.slice(Math.max(0, at - 30), at)) &&
      /^\w+\s+[A-Z]/.test(text.slice(at, at + 40));
    if (!inName) return true;
  }
  return false;
}
const NOT_RENEWED = compileFamily(NOT_RENEWED_FAMILY);
const EVENT_TOLD_PAST = compileFamily(EVENT_TOLD_PAST_FAMILY);
/** A series held again and again, named so right before the event's word. */
/** An exercise named as a series: "the Cobra Gold exercise", "Exercise Talisman Sabre". */
const NAMED_SERIES =
  /^(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3}(?:naval\s+|air\s+|military\s+|joint\s+)?(?:exercise|drills?|manoeuvres|maneuvers)\b|\bExercise\s+[A-Z]/;
const RECURRING_BEFORE =
  /\b(?:annual|yearly|regular|long-running|biennial|decades-old|traditional)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$/i;
const RECURRING_IN = /\b(?:annual|yearly|biennial|long-running|traditional)\s/i;
/** "... had held with Hanoi since 2012": the rounds of a series, held since a year, right after its name. */
const HELD_SINCE_AFTER =
  /^[^.;]{0,50}?\b(?:held|staged|conducted|run|ran)\b[^.;]{0,40}?\bsince\s+(?:19|20)\d\d\b/i;
const EVENT_FRAME = compileFamily(EVENT_FRAME_FAMILY);
const PAST_EVENT_VERB = compileFamily(PAST_EVENT_VERB_FAMILY);
const EVENT_PROPOSED = compileFamily(EVENT_PROPOSED_FAMILY);
const YET_TO = statusList(YET_TO_FAMILY);
const EVENT_AHEAD = compileFamily(EVENT_AHEAD_FAMILY);
const DONE_DURING = compileFamily(DONE_DURING_FAMILY);
const EVENT_BEGUN = compileFamily(EVENT_BEGUN_FAMILY);
const AGREED_DURING = compileFamily(AGREED_DURING_FAMILY);
const ENTERED_BEFORE = compileFamily(ENTERED_BEFORE_FAMILY);
const DEPLOYED_TO = compileFamily(DEPLOYED_TO_FAMILY);
const FORCE_SENDS = compileFamily(FORCE_SENDS_FAMILY);
/** The verbs a force moves its own kit with. */
const SENDING = /^(?:sent|sends|send|sending|dispatched|dispatches|deployed|deploys)\b/i;
const OF_ITS_OWN = compileFamily(OF_ITS_OWN_FAMILY);
const ITS_OWN_BEFORE = compileFamily(ITS_OWN_BEFORE_FAMILY);
const NOT_YET_SIGNED = compileFamily(NOT_YET_SIGNED_FAMILY);
/** Of those, talks told as going on: for a sale, "has not yet signed" is a buyer's hesitation, not talks. */
const STILL_NEGOTIATED = compileEntries(
  NOT_YET_SIGNED_FAMILY.entries.filter((e) => e.name === 'not yet signed: still being negotiated'),
  NOT_YET_SIGNED_FAMILY.flags,
);
const OUT_OF_REACH = compileFamily(OUT_OF_REACH_FAMILY);
const INVITATION_ACCEPTED = compileFamily(INVITATION_ACCEPTED_FAMILY);
/**
 * A transfer's cue near its trigger, else in its clause; but talks or plans named beside a hand-over told in
 * the past are how it came about, not its status. `clauseCues`, where the caller read them (cuedStatuses),
 * are the clause's families in order: the first is the clause's first cue.
 */
/**
 * "Athens, which already flies French jets, signed for 20 F-35s": a trigger whose clause opens inside a
 * relative clause set off by commas, before its own verb: where that aside ends (its closing comma), else -1.
 * Its words tell of other kit.
 */
function asideEnd(text: string, from: number, at: number): number {
  if (!/,\s*(?:which|who)\s*$/i.test(text.slice(Math.max(0, from - 12), from))) return -1;
  const comma = text.lastIndexOf(',', at);
  return comma > from && !text.slice(comma, at).includes(';') ? comma : -1;
}
/**
 * After an aside's closing comma, the main clause's own verb resumes ("..., who will crew the guns, took part
 * in"), not another item of a list the relative clause runs on with ("which provides for training, exchanges").
 */
const RESUMED_VERB =
  /^,\s+(?:(?:also|then|later|now|jointly|have|has|had)\s+)?(?:took|take|takes|joined|joins|trained|trains|drilled|held|holds|staged|stages|conducted|conducts|participated|participates|began|begins|sailed|flew|met|meets|will|would|are|is|were|was)\b/i;
/** The part of the text that starts at `start`, its words before `end` blanked (offsets kept). */
function blankedBefore(part: string, start: number, end: number): string {
  const n = Math.max(0, Math.min(part.length, end - start));
  return ' '.repeat(n) + part.slice(n);
}

/** Talks kept going, right before their word: "continue the consultations", "keep up their dialogue". */
const KEPT_GOING =
  /\b(?:continue|continues|continued|continuing|keep\s+up|maintain|maintains|sustain)\s+(?:the\s+|their\s+|its\s+|this\s+|such\s+)?(?:regular\s+|close\s+|ongoing\s+|bilateral\s+)?$/i;

/** A trigger that is the delivery noun itself ("Delivery of the drones ..."), not a verb of handing over. */
const DELIVERY_NOUN = /^deliver(?:y|ies)$/i;
/**
 * The transfer cue family of a delivery still to come or awaited (status-cues.ts), by its name: the same
 * phrasings, read over the noun's whole clause.
 */
const DELIVERY_TO_COME = compileFamily(
  TRANSFER_CUE_FAMILIES.find((f) => f.name === 'transfer delivery to come')!,
);
const DELIVERY_AHEAD = /\b(?:is|are)\s+(?:still\s+)?on\s+(?:track|schedule|course)\s+for\b/i;

function transferStatus(
  text: string,
  trigger: Trigger,
  near: string,
  clause: string,
  /** Where `clause` starts in `text`. */
  from: number,
  clauseCues: readonly Status[] | null | undefined,
): Status {
  const cued =
    firstCue(TRANSFER_CUES, near, cueWords(text)) ??
    (clauseCues ? (clauseCues[0] ?? null) : firstCue(TRANSFER_CUES, clause, cueWords(text))) ??
    'concluded';
  if (cued === 'negotiating' || cued === 'proposed')
    return (
      pastOwnVerb(text, trigger) ??
      (TALKS_BEHIND.test(near) ? firstCue(TRANSFER_CUES, withoutTalksBehind(near)) : null) ??
      cued
    );
  // "Delivery of both jets the navy ordered in 2022 is on track for 2027": the clause's verb puts
  // the delivery ahead, however far from its noun.
  if (cued === 'completed' && DELIVERY_AHEAD.test(clause)) return 'concluded';
  // "Delivery of the drones bought from A is scheduled for next year": the noun's own clause puts it ahead or
  // tells it awaited, past the few words read near it.
  if (
    cued === 'completed' &&
    DELIVERY_NOUN.test(text.slice(trigger.start, trigger.end)) &&
    DELIVERY_TO_COME.test(clause.slice(Math.max(0, trigger.start - from)))
  )
    return 'concluded';
  // "received tanks from A in May and ordered helicopters from B": a delivery told beside an order verb of the
  // trigger's own is another sale's; an order's own delivery is a step of its own (otherSaleStep).
  // Only an order verb of its own clause ("and ordered"), not a participle ("jets bought from A touched down").
  if (
    cued === 'completed' &&
    COORDINATED_VERB_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) &&
    pastOwnVerb(text, trigger) === 'concluded'
  )
    return 'concluded';
  return cued;
}

/**
 * "After months of talks, Italy handed over two ships": a transfer verb of the trigger's own in the past tells
 * what was done, whatever talks or plans are named beside it (which are how it came about). Null where the
 * trigger is no such verb, or a modal or "to" stands before it.
 */
function pastOwnVerb(text: string, trigger: Trigger): Status | null {
  const own = text.slice(trigger.start, trigger.end);
  if (
    !PAST_OWN_VERB.test(own) ||
    MODAL_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start))
  )
    return null;
  const status = firstCue(TRANSFER_CUES, own, cueWords(text));
  return status === 'completed' || status === 'concluded' ? status : null;
}

/** A product in use, told after its development: "which has been inducted", "now in service with the army". */
const IN_SERVICE_AFTER =
  /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+|since\s+)?(?:in\s+service|inducted|operational|fielded|commissioned)|entered\s+service|,\s+now\s+(?:deployed|fielded|in\s+service|operational))\b/i;
/** A partner in a programme "until Washington removed it in 2019": its part ended then. */
const REMOVED_UNTIL = /\buntil\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3}(?:removed|expelled|ejected|dropped)\b/i;
/** A past trip put to use: "used his stay to confer", "took the opportunity to meet". */
const USED_TRIP_TO =
  /\b(?:used|took)\s+(?:the|his|her|their|that|this)\s+(?:visit|trip|stop|stay|occasion|opportunity|tour)\s+to\s+(?:also\s+)?$/i;
/** A verb joined to a clause before it: "received tanks in May and ordered ...". */
const COORDINATED_VERB_BEFORE = /\b(?:and|but|then|while)\s+(?:also\s+|later\s+|has\s+|have\s+|had\s+)*$/i;
/** A trigger that is a verb in the past: "handed over", "bought", "delivered". */
const PAST_OWN_VERB = /^(?:\w+ed|bought|sold|sent|gave|got)\b/i;
/** A modal, "to" or a verb of wanting right before a verb: what it tells has not happened. */
const MODAL_BEFORE =
  /\b(?:will|would|shall|could|might|may|must|should|to|wants?|plans?|hopes?|seeks?)\s+(?:(?:be|have|been|also|now|soon|then)\s+){0,2}$/i;
/** "will be", "is to be" right before a past participle: the passive of the future. */
const FUTURE_PASSIVE = /\b(?:will|would|shall|to|is to|are to)\s+be\s+$/i;
const EVENT_AS_FIELD = compileFamily(EVENT_AS_FIELD_FAMILY);
const ONGOING_EVENT = compileFamily(ONGOING_EVENT_FAMILY);
/**
 * Whether the words before a phrase that ends at the trigger (`opening`, looked for in the `span` characters
 * before it) tell an event to come, read over the `reach` characters before the phrase.
 */
function mainClauseAhead(
  text: string,
  trigger: Trigger,
  opening: RegExp,
  span: number,
  reach: number,
): boolean {
  const window = Math.max(0, trigger.start - span);
  const opened = opening.exec(text.slice(window, trigger.start));
  if (!opened) return false;
  const at = window + opened.index;
  return FUTURE_CUE.test(text.slice(Math.max(0, at - reach), at));
}

/** A sentence opening on what came after an event: "After the talks, ", "Following Monday's meeting, ". */
const AFTER_EVENT_OPENING =
  /^\s*(?:(?:shortly|soon|right|immediately|just)\s+)?(?:after|following)\s+(?:(?:the|their|this|that|[\w'’-]+['’]s?)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** A time still to come in a sentence's opening phrase: "next month", "the upcoming", "scheduled for". */
const OPENING_AHEAD =
  /\b(?:next|coming|upcoming|forthcoming|later\s+this|planned|scheduled|due|expected|tomorrow)\b/i;
/** Where a sentence's opening phrase ends: its first comma after `from`, else `from` itself. */
function openingEnd(text: string, from: number): number {
  const comma = text.indexOf(',', from);
  return comma < 0 ? from : comma;
}
/** Events named by their kind, then an example of them: "exercises, such as ", "drills like the ". */
const EXAMPLE_OF_EVENTS =
  /\b(?:exercises|drills|manoeuvres|maneuvers|war\s?games|events)(?:\s+[\w-]+){0,2}?\s*,?\s+(?:such\s+as|like|including|notably)\s+(?:the\s+)?$/i;
/** A clause opened by "with" up to the trigger, its subject alone before it: ", with Chile's marines ". */
const WITH_CLAUSE_BEFORE = /,\s+with\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,5}$/;
/** Right before an event named as what a purpose is of: "the main aim of ", "the objectives of these ". */
const PURPOSE_OF =
  /\b(?:aims?|objectives?|goals?|purposes?|tasks?|missions?|ideas?|intentions?)\s+of\s+(?:the|this|these|its|their)?\s*$/i;
/** A relative clause right after an event's words: "the drill, which lasts till Friday". */
const RELATIVE_NEXT = /^(?:\s+[\w-]+){0,3}\s*,\s*which\s+[^,;.]{0,60}/;
const BECAME_MEMBER = compileFamily(BECAME_MEMBER_FAMILY);
const AWAITED = compileFamily(AWAITED_FAMILY);
const EMBARGOED = compileFamily(EMBARGOED_FAMILY);
/**
 * The clause tests whose words nearly every sentence lacks: a literal pass over the sentence (the trigger
 * gate's) says which can match in it at all. None keeps a lastIndex, so a test not run leaves no trace.
 */
export const STATUS_TESTS: readonly RegExp[] = [
  NEGATED,
  HYPOTHETICAL,
  CALLED_OFF,
  AWAITED,
  EMBARGOED,
  // Asked of every trigger's clause, and its words ("seems further off") are in almost no sentence.
  OUT_OF_REACH,
];
const DEVELOPMENT_STATUS = statusList(DEVELOPMENT_STATUS_FAMILY);
const MEMBERSHIP_STATUS = statusList(MEMBERSHIP_STATUS_FAMILY);

/**
 * The cue families as ordered unions (first-of.ts): the first family whose words a text has (firstCue), or
 * every one (cuedStatuses, and the families whose matches are walked), from one scan of the union and a sticky
 * test at the few places it matches, where a test per family scanned the text seven or eight times.
 */
const AGREEMENT_UNION = orderedUnion(
  AGREEMENT_CUES.map((c) => c.pattern),
  AGREEMENT_CUES.map((c) => c.parts),
);
const TRANSFER_UNION = orderedUnion(
  TRANSFER_CUES.map((c) => c.pattern),
  TRANSFER_CUES.map((c) => c.parts),
);

/**
 * The cue families' words, found in one literal pass over a sentence (literal-filter.ts): a sentence holds the
 * words of one or two families, often of none, and only those are scanned for in its parts (firstOf and
 * allOf with `may`), each alone, where the union tried every family's phrases at each word; and of a family,
 * only the phrasings (`parts`) whose words the sentence holds.
 */
export const CUE_TESTS: readonly RegExp[] = [...AGREEMENT_CUES, ...TRANSFER_CUES].map((c) => c.pattern);
/** Each cue family's phrasings, for the literal passes that cover CUE_TESTS. */
export const CUE_PARTS: ReadonlyMap<RegExp, readonly RegExp[]> = new Map(
  [...AGREEMENT_CUES, ...TRANSFER_CUES].map((c) => [c.pattern, c.parts]),
);
/** Built on first use: the relation stage hands over the gate's pass (useCueWords), and most runs need none. */
let cueFilter: LiteralFilter | null = null;

let cuesText: string | null = null;
let cuesOf: ReadonlySet<RegExp> = new Set();

/**
 * The cue families whose words a sentence holds, remembered for the next call: the relation stage reads the
 * cues of one sentence for each of its triggers, in several parts of it (its clause, near it, after it).
 */
function cueWords(sentence: string): ReadonlySet<RegExp> {
  if (sentence !== cuesText)
    useCueWords(sentence, (cueFilter ??= new LiteralFilter(CUE_TESTS, CUE_PARTS)).mayMatch(sentence));
  return cuesOf;
}

/**
 * Takes a literal pass over the sentence that covers CUE_TESTS (the gate's, whose word lists hold them) as
 * cueWords' for it: the relation stage hands it over, and the sentence is not read a second time for the cues.
 */
export function useCueWords(sentence: string, may: ReadonlySet<RegExp>): void {
  cuesText = sentence;
  cuesOf = may;
}

function unionOf(cues: readonly StatusCue[]): OrderedUnion {
  if (cues === AGREEMENT_CUES) return AGREEMENT_UNION;
  if (cues === TRANSFER_CUES) return TRANSFER_UNION;
  throw new Error('unionOf: only the agreement and transfer cues have a union');
}

/** The cues of a family of statuses (compileEach), in order, with their union. */
interface StatusList {
  statuses: ReadonlyArray<Status | null>;
  union: OrderedUnion;
}

function statusList(family: Parameters<typeof compileEach>[0]): StatusList {
  const each = compileEach(family);
  return {
    statuses: each.map(({ entry }) => entry.yields.status ?? null),
    union: orderedUnion(each.map(({ pattern }) => pattern)),
  };
}
const STANDING_ALLIES = compileFamily(STANDING_ALLIES_FAMILY);
const COVERED_BY = compileFamily(COVERED_BY_FAMILY);
const DRILLS_OPENED_BY = compileFamily(DRILLS_OPENED_BY_FAMILY);
const AGREEMENT_NOUN = /\b(?:pact|agreement|partnership|deal|alliance)\b/i;
/** A noun phrase set off by a comma right before a trigger: ", a member of", ", the alliance's newest". */
const APPOSITION_BEFORE = /,\s*(?:an?|the|its)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$/;

/**
 * How far after a trigger its own verb may stand; for a bare "agreements", past a list of partners ("Lima's
 * agreements with Chile and Ecuador, signed in 2019"), which a named instrument has before it.
 */
const NEAR_AFTER = 30;
/** After a contract read up to its "for": room for the kit it is for ("four Type 209-class boats"). */
const NEAR_AFTER_OBJECT = 60;
/** Where the object of a contract's "for" gives way to another verb's words. */
const OBJECT_END = /[,;]|\s+(?:and|but|while|following|after)\s/;
/** A standing newly taken: "became its first customer". */
const BECAME = /^(?:became|becomes|become|has\s+become|have\s+become)\b/i;

/** How far after "customer for" the words of its contract may stand: past the system's name. */
const CUSTOMER_CUE_SPAN = 70;
const NEAR_AFTER_GENERIC = 45;

export function decideStatus(
  text: string,
  trigger: Trigger,
  /** STATUS_TESTS that may match in the sentence, where a literal pass over it told (the trigger gate's). */
  may?: ReadonlySet<RegExp>,
  /**
   * cuedStatuses(text, trigger, may), where the caller has read it: its null tells the clause negated (the same
   * test on the same words), and a transfer's clause is not scanned for its cues again.
   */
  clauseCues?: readonly Status[] | null,
): Status | null {
  if (trigger.status) return trigger.status;
  const test = (re: RegExp, part: string): boolean => (may === undefined || may.has(re)) && re.test(part);
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  const clause = text.slice(from, to);
  const before = text.slice(from, trigger.start);
  const sentenceBefore = text.slice(0, trigger.start);
  // "have yet to sign the ACSA": negotiating, not negated (instruments only; a sale yet to happen is none).
  if (trigger.kind === 'instrument' || trigger.kind === 'generic') {
    const yetTo = firstStatus(YET_TO, before);
    if (yetTo) return yetTo;
    if (NOT_RENEWED.test(before)) return 'ended';
  }
  if (clauseCues === undefined ? test(NEGATED, before) : clauseCues === null) return null;
  // A relative clause after the trigger ("a memorandum that calls for ...") speaks of something else.
  const relative = RELATIVE_AFTER.exec(text.slice(trigger.end, trigger.end + 30));
  const nearEnd = relative
    ? trigger.end + relative.index
    : trigger.end + (trigger.kind === 'generic' ? NEAR_AFTER_GENERIC : NEAR_AFTER);
  const near = text.slice(Math.max(from, trigger.start - 80), Math.min(to, nearEnd));
  const hypothetical =
    (test(HYPOTHETICAL, before) &&
      !(REPORTED_WOULD.test(sentenceBefore) && !UNREPORTED_HYPOTHETICAL.test(before))) ||
    CONDITIONAL_OPENING.test(sentenceBefore);
  // "A formal alliance seems further off than ever": no step taken, whatever verb the clause holds.
  if (test(OUT_OF_REACH, text.slice(trigger.end, to))) return null;
  // Not the words of the next round told after an event ("staged in May, and said the next round will be ...").
  const roundAt = EVENT_TYPES.includes(trigger.type)
    ? (laterRound(text, trigger)?.start ?? Infinity)
    : Infinity;
  switch (trigger.type) {
    case 'equipment_transfer':
      // Deliveries still awaited ("until the first deliveries arrive") are those of a sale told elsewhere;
      // an embargo forbids sales, and tells of none.
      if (hypothetical || test(AWAITED, before) || test(EMBARGOED, before)) return null;
      // A sale cancelled or blocked has ended (a postponed one has not: it is none to read here).
      if (test(CALLED_OFF, before) && matchesOutsideNames(CALLED_OFF_ALL, before))
        return POSTPONED.test(before) ? null : 'ended';
      // "sent patrol aircraft to Kadena Air Base": a deployment of one's own forces moves nothing to anyone.
      if (DEPLOYED_TO.test(text.slice(trigger.start, trigger.start + 120))) return null;
      if (
        SENDING.test(text.slice(trigger.start, trigger.end)) &&
        FORCE_SENDS.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))
      )
        return null;
      // Being someone's arms supplier, or customer, says the arms have moved, unless the words right after
      // say only a contract was signed ("became the first customer for the jet, signing for 48").
      // Kit that has arrived (find-triggers.ts reads only past arrivals) has been delivered.
      // A state that just "became" a customer has bought, perhaps with nothing delivered yet.
      if (trigger.direction === 'customerOf')
        return (
          firstCue(TRANSFER_CUES, text.slice(trigger.end, trigger.end + CUSTOMER_CUE_SPAN), cueWords(text)) ??
          (BECAME.test(text.slice(trigger.start, trigger.end)) ? 'concluded' : 'completed')
        );
      if (trigger.direction === 'supplierNoun' || trigger.direction === 'arrival') return 'completed';
      // "the contract for the boats remains under negotiation": not signed yet, whatever the contract word says.
      if (STILL_NEGOTIATED.test(text.slice(trigger.end, trigger.end + 240))) return 'negotiating';
      // A transfer known by its instrument's name ("a letter of offer and acceptance") is no offer: the words
      // around the name speak, not the name's own.
      if (trigger.kind === 'instrument') {
        const blank = (s: string, at: number) =>
          s.slice(0, trigger.start - at) +
          ' '.repeat(trigger.end - trigger.start) +
          s.slice(trigger.end - at);
        const around = Math.max(from, trigger.start - 80);
        // Scanned whole: blanked, the words are no part of the sentence the literal pass (cueWords) read.
        return (
          firstCue(TRANSFER_CUES, blank(near, around)) ??
          firstCue(TRANSFER_CUES, blank(clause, from)) ??
          'concluded'
        );
      }
      // "the contract with a French yard for four Type 209-class boats was cancelled": a contract read up to its
      // "for" has its object still to come before its own verb; an end told there ends it.
      if (trigger.direction === 'acquire' && /\bfor$/i.test(text.slice(trigger.start, trigger.end))) {
        const object = text.slice(trigger.end, Math.min(to, trigger.end + NEAR_AFTER_OBJECT));
        if (firstCue(TRANSFER_CUES, object.split(OBJECT_END, 1)[0]!) === 'ended') return 'ended';
      }
      {
        // With an aside's words blanked, the clause's cues are read again without them.
        const aside = asideEnd(text, from, trigger.start);
        if (aside < 0) return transferStatus(text, trigger, near, clause, from, clauseCues);
        const nearStart = Math.max(from, trigger.start - 80);
        return transferStatus(
          text,
          trigger,
          blankedBefore(near, nearStart, aside),
          blankedBefore(clause, from, aside),
          from,
          undefined,
        );
      }
    case 'joint_exercise':
    case 'high_level_meeting':
    case 'two_plus_two':
      if (hypothetical) return null;
      // "After the meeting, the delegation will tour ...": a meeting the sentence opens after took place,
      // whatever is still to come after it.
      // Not one the opening itself puts ahead: "After the summit next month, ...".
      if (
        trigger.kind === 'meeting' &&
        AFTER_EVENT_OPENING.test(text.slice(0, trigger.start)) &&
        !OPENING_AHEAD.test(text.slice(0, openingEnd(text, trigger.end)))
      )
        return 'held';
      // "will be sent to drills abroad, such as X with the US Navy": a named round offered to illustrate the
      // events the clause tells takes their tense (the comma cut the clause before the name).
      if (trigger.type === 'joint_exercise' && mainClauseAhead(text, trigger, EXAMPLE_OF_EVENTS, 40, 120))
        return 'planned';
      // "agreed to hold drills near Arica in 2027, with A's marines training alongside B's troops": a clause
      // opened by "with" tells who trains in the main clause's event, and takes its tense.
      if (
        trigger.type === 'joint_exercise' &&
        trigger.kind === 'activity' &&
        mainClauseAhead(text, trigger, WITH_CLAUSE_BEFORE, 60, 160)
      )
        return 'planned';
      // "pledged to continue their consultations", "will keep up their dialogue": talks already going on, kept
      // going, are no meeting of their own to come.
      if (trigger.type === 'high_level_meeting' && KEPT_GOING.test(before)) return null;
      // "agreed to expand ties during talks in Lima": the talks the purpose was agreed at took place.
      if (AGREED_DURING.test(before) && !FUTURE_CUE.test(text.slice(trigger.end, trigger.end + 60)))
        return 'held';
      if (SPECULATIVE.test(before)) return null;
      if (trigger.type === 'joint_exercise' && EVENT_AS_FIELD.test(before)) return null;
      // "staged a separate live-fire exercise of their own": drills of one state alone.
      if (trigger.type === 'joint_exercise' && OF_ITS_OWN.test(text.slice(trigger.start, trigger.end + 30)))
        return null;
      // "The army staged its biggest drills of the decade": one state's, unless others join it ("with Oslo").
      if (
        trigger.type === 'joint_exercise' &&
        ITS_OWN_BEFORE.test(text.slice(Math.max(from, trigger.start - 70), trigger.start)) &&
        !/\b(?:with|alongside|together)\b/i.test(text.slice(trigger.start, trigger.end + 12))
      )
        return null;
      // Exchanges and drills "suspended" have ended; those called off or postponed never happened.
      if (SUSPENDED.test(clause) && matchesOutsideNames(SUSPENDED_ALL, clause)) return 'ended';
      // But a yearly series called off ("called off its annual drills with the US in 2017") has ended.
      if (test(CALLED_OFF, clause) && matchesOutsideNames(CALLED_OFF_ALL, clause))
        // So has a series known by its name ("scrapped the Andean Shield exercise"): a name is given to
        // drills that recur.
        // Or one told as yearly in its own words ("the annual exercise"), or held since a year ("the
        // exercise its navy ran with Hanoi since 2012").
        return RECURRING_BEFORE.test(text.slice(Math.max(from, trigger.start - 40), trigger.start)) ||
          RECURRING_IN.test(text.slice(trigger.start, trigger.end)) ||
          HELD_SINCE_AFTER.test(text.slice(trigger.end, trigger.end + 70)) ||
          (trigger.type === 'joint_exercise' && NAMED_SERIES.test(text.slice(trigger.start, trigger.end)))
          ? 'ended'
          : null;
      // So are drills a relative right after them tells under way: "the drill, which runs until Friday".
      if (
        trigger.type === 'joint_exercise' &&
        (ONGOING_EVENT.test(clause) ||
          ONGOING_EVENT.test(RELATIVE_NEXT.exec(text.slice(trigger.end, trigger.end + 90))?.[0] ?? ''))
      )
        return 'held';
      // "invited him to visit next year, and he accepted the invitation": the visit is planned.
      if (EVENT_PROPOSED.test(before))
        return INVITATION_ACCEPTED.test(text.slice(trigger.end)) ? 'planned' : 'proposed';
      if (EVENT_AHEAD.test(before)) return 'planned';
      // "The pact also provides for joint drills every year": drills to come under it.
      if (COVERED_BY.test(before)) return 'planned';
      if (trigger.type === 'joint_exercise' && DRILLS_OPENED_BY.test(sentenceBefore)) return 'planned';
      // "inked during a trip by the president, will widen ties": the future is the pact's, the trip is past.
      // "will be inked during the president's trip" is still to come.
      if (
        PAST_EVENT_VERB.test(text.slice(trigger.start, trigger.end)) &&
        !FUTURE_PASSIVE.test(text.slice(Math.max(0, trigger.start - 20), trigger.start))
      )
        return 'held';
      if (DONE_DURING.test(text.slice(Math.max(0, trigger.start - 60), trigger.start))) return 'held';
      // "used her stay to confer with ...": what a past trip was used for, done, and the trip too.
      if (
        USED_TRIP_TO.test(text.slice(Math.max(from, trigger.start - 50), trigger.start)) ||
        USED_TRIP_TO.test(text.slice(Math.max(from, trigger.start - 20), trigger.end + 4))
      )
        return 'held';
      if (EVENT_BEGUN.test(text.slice(Math.max(from, trigger.start - 60), trigger.start))) return 'held';
      // "the visit will give new impulse to ...", "During Friday's meeting, the two sides exchanged notes
      // under which Japan will provide ...": the future is what follows the event.
      if (
        EVENT_TOLD_PAST.test(text.slice(trigger.end, trigger.end + 90)) ||
        EVENT_FRAME.test(text.slice(0, trigger.end + 90))
      )
        return 'held';
      // "A and B, whose navies have long drilled together, hope to sign ...": drills told in a
      // relative clause take its tense, not the main clause's around it.
      {
        const enclosing = relativeAround(text, trigger);
        const relativeEnd = enclosing?.end ?? Infinity;
        // "held their first summit in Quito and pledged to step up patrols": an event its own past verb tells is
        // held; what the same subject agreed after it is another event's future.
        const toldPast = PAST_EVENT_VERB.test(text.slice(Math.max(from, trigger.start - 30), trigger.start));
        // Not past a second clause joined to the event's ("hold staff talks, pledge to widen drills").
        const ahead = toldPast
          ? ''
          : beforeJoinedClause(text.slice(trigger.end, Math.min(to, roundAt, relativeEnd, trigger.end + 60)));
        // "Gunners of the Royal Thai Army, who are to man the howitzers, joined ...": not the future of a
        // relative clause set off by commas before the event's own verb.
        const aside = asideEnd(text, from, trigger.start);
        const resumed = aside >= 0 && RESUMED_VERB.test(text.slice(aside, trigger.start));
        if (
          FUTURE_CUE.test(
            text.slice(
              Math.max(from, enclosing?.start ?? 0, resumed ? aside + 1 : 0, trigger.start - 80),
              trigger.end + ahead.length,
            ),
          )
        )
          return 'planned';
        // A noun ("Kishida's visit - the first since 2021 - will build on ...") takes the tense of its sentence.
        // "held their annual talks in Lima, where they agreed to ..." has its verb already.
        // Not past a second clause joined by "and" or "but" ("staged drills in May, and Chile will host ...").
        // Not the purpose of the event ("the stated aim of these manoeuvres is to ..."): "is to" tells what the aim
        // is, not that the event is ahead; the slice after the trigger no longer shows the aim before it.
        if (
          !PAST_EVENT_VERB.test(text.slice(Math.max(from, trigger.start - 30), trigger.end)) &&
          !PURPOSE_OF.test(text.slice(Math.max(from, trigger.start - 40), trigger.start)) &&
          FUTURE_CUE.test(
            beforeJoinedClause(text.slice(trigger.end, Math.min(roundAt, relativeEnd, trigger.end + 90))),
          )
        )
          return 'planned';
      }
      // "decided to hold yearly talks of their ministers under a 2+2 framework": an event the clause
      // agreed to hold, however far before it, is still to come.
      if (AGREED_TO_HOLD.test(before)) return 'planned';
      // "The yearly exercise, which takes A, B and C forces to Gotland ..., is scheduled to return
      // in the spring": the event's own verb comes after the relative clause set off by commas, however long.
      {
        const main = verbAfterRelative(text, trigger.end);
        if (main >= 0 && FUTURE_CUE.test(beforeJoinedClause(text.slice(main, main + 60)))) return 'planned';
      }
      return 'held';
    case 'joint_development':
      // A programme known by name exists: "to deepen cooperation on GCAP" is no mere prospect.
      if (hypothetical) return null;
      if (trigger.kind !== 'instrument' && SPECULATIVE.test(before)) {
        // "resolved to explore openings in joint production", "discussed the prospects of co-production": a
        // prospect the parties took up is proposed.
        const taken = developmentStatus(before);
        return taken === 'proposed' || taken === 'negotiating' || STUDIED.test(before) ? 'proposed' : null;
      }
      {
        if (REMOVED_UNTIL.test(text.slice(trigger.end, trigger.end + 120))) return 'ended';
        const told = developmentStatus(withoutTalksBehind(near));
        // "jointly developed by A and B, which is now in service with the navy": a product made, not a programme.
        if (
          (told === null || told === 'concluded') &&
          IN_SERVICE_AFTER.test(text.slice(trigger.end, trigger.end + 160))
        )
          return 'completed';
        return told ?? 'concluded';
      }
    case 'membership': {
      // "Hungary, a NATO member since 1999, ratified ...": a role held this long stands, whatever the clause does.
      if (ROLE_DURATION.test(text.slice(trigger.end, trigger.end + 50))) return 'in_force';
      // "a founding member of NATO" has been one since the start, whatever the clause goes on to do.
      if (/^founding\b/i.test(text.slice(trigger.start, trigger.end))) return 'in_force';
      // "which became the 32nd member of NATO last year": the step taken, whatever the clause goes on to tell.
      if (BECAME_MEMBER.test(text.slice(Math.max(from, trigger.start - 80), trigger.start)))
        return 'concluded';
      // "the latest NATO member that had courted the alliance for years": the role, not how it was sought.
      // "backed by each ally, among them Portugal, a member since its founding": the apposition, not the clause.
      const apposition = APPOSITION_BEFORE.exec(before);
      const start = apposition ? from + apposition.index : from;
      // "Finland joined the alliance in 2023, after months of waiting for ratification": the trigger's own
      // verb of joining, with no cue of seeking before it, is the step taken.
      const own = membershipStatus(text.slice(trigger.start, trigger.end));
      // Not a step promised for some day: "that Kyiv would one day become a member".
      if (
        own === 'concluded' &&
        !membershipStatus(text.slice(start, trigger.start)) &&
        !/\bwould\s+(?:one\s+day\s+|eventually\s+|some\s*day\s+)?$/i.test(text.slice(start, trigger.start))
      )
        return own;
      const status = membershipStatus(text.slice(start, relative ? nearEnd : to));
      // A partnership programme known by name ("signed an IPCP"), or a grouping that is a pact ("signed the
      // AUKUS pact"), is an agreement: its own verbs tell.
      const agreement =
        trigger.kind === 'instrument' || AGREEMENT_NOUN.test(text.slice(trigger.start, trigger.end));
      return status ?? (agreement ? firstCue(AGREEMENT_CUES, near, cueWords(text)) : null);
    }
    default: {
      if (hypothetical) return null;
      // "Both states have long had a defense treaty and a visiting forces pact": what a party has is
      // in force.
      // "known as the Nakamal Agreement, has not been signed": still being worked on.
      if (NOT_YET_SIGNED.test(text.slice(trigger.end, trigger.end + 240))) return 'negotiating';
      // "like the ones Madrid has with Lima and Quito": the instruments a state has, or signed, with others.
      if (/^ones?$/i.test(text.slice(trigger.start, trigger.end))) {
        const held = ONES_HELD.exec(text.slice(trigger.end, trigger.end + 60));
        if (held) return /signed/i.test(held[1]!) ? 'concluded' : 'in_force';
      }
      // "The deployment rests on an accord the two inked in Lome last March": a footing told by its dated
      // signing is that signing (analysts file the step the sentence dates, 30 to 7 in the labelled articles).
      if (UNDER_BEFORE.test(before) && SIGNED_DATED_AFTER.test(text.slice(trigger.end, trigger.end + 160)))
        return 'concluded';
      if (HAS_BEFORE.test(before) || UNDER_BEFORE.test(before)) return 'in_force';
      if (STANDING_ALLIES.test(text.slice(trigger.start, trigger.end))) return 'in_force';
      // "welcomed the entry into force on May 1 of the ... agreement": the step the words before it name.
      if (ENTERED_BEFORE.test(before)) return 'in_force';
      // The verb acting on the instrument ("was signed", "agreed to work toward concluding") speaks first;
      // a bare reference ("under the new pact") says nothing about status.
      // "The accord, which Rabat first floated, was inked on Friday": past an aside set off
      // by commas, the main verb the instrument is the subject of speaks, not the aside.
      const main = ASIDE_THEN_VERB.exec(text.slice(trigger.end, trigger.end + ASIDE_REACH));
      const mainCue = main
        ? firstCue(
            AGREEMENT_CUES,
            text.slice(trigger.end + main[0].length, trigger.end + main[0].length + 40),
          )
        : null;
      if (mainCue) return mainCue;
      // "After lengthy negotiations, both envoys initialled a roadmap": talks the clause's own verb came after
      // are over; the verb speaks, not the talks. Read with them blanked.
      const cue = TALKS_BEHIND.test(near)
        ? firstCue(AGREEMENT_CUES, withoutTalksBehind(near))
        : firstCue(AGREEMENT_CUES, near, cueWords(text));
      if (cue) return cue;
      // "a 1982 protocol governs the posting of officers": what an instrument does now, it does in force.
      if (GRANTS_AFTER.test(text.slice(trigger.end, trigger.end + 90))) return 'in_force';
      if (trigger.kind === 'generic') return null;
      // "as foreseen by the 1966 Mutual Defence Treaty": an instrument named by its title and the year it was
      // made, with no verb of its own, is one the parties have.
      if (
        DATED_TITLE_BEFORE.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)) &&
        /^[A-Z]/.test(text.slice(trigger.start, trigger.end)) &&
        !nearestCue(AGREEMENT_CUES, text, from, to, trigger)
      )
        return 'in_force';
      // Past the clause ("An ACSA, under which either navy may ..., was inked in 2019 and took effect"): the
      // cue nearest the instrument in its sentence, not the first family any of the sentence's words are in.
      return (
        nearestCue(AGREEMENT_CUES, text, from, to, trigger) ??
        nearestCue(AGREEMENT_CUES, text, 0, text.length, trigger)
      );
    }
  }
}

/** A signing told right after an instrument, with its date: ", signed in 2014", "that A and B signed in May". */
const SIGNED_DATED_AFTER =
  /^(?:\s*,)?\s+(?:(?:(?:which|that)\s+)?[^.;,]{0,60}?\s)?(?:(?:was|were)\s+)?(?:first\s+|originally\s+)?(?:signed|inked|concluded)\b[^.;]{0,80}?\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|last\s+(?:year|month|week)|this\s+year)\b/;

/** "the 1951 " right before an instrument's title. */
const DATED_TITLE_BEFORE = /\b(?:the|its|their)\s+(?:19|20)\d\d\s+$/i;

/** After "the ones": the state that has them, and the verb ("has", "signed") before "with". */
const ONES_HELD = /^\s+(?:that\s+)?[^,.;]{1,40}?\s(?:already\s+)?(has|have|had|holds?|signed)\s+with\b/i;

/** How far past an instrument an aside and the verb after it may run. */
const ASIDE_REACH = 180;
/** An aside set off by commas right after an instrument, then the main verb's first word. */
const ASIDE_THEN_VERB =
  /^\s*,\s*(?:which|that|first|originally|initially|long|once|signed|agreed|proposed|negotiated|drafted|under)\b[^,;()]{0,150},\s+(?=(?:was|were|is|are|has|have|had|will|finally|eventually|formally|officially|only)\b)/i;

/** Talks set before the clause's verb as what it followed: "After lengthy negotiations, ...". */
const TALKS_BEHIND_SOURCE = String.raw`\b(?:after|following|upon|at\s+the\s+(?:end|close|conclusion)\s+of|as\s+a\s+result\s+of|by\s+(?:the\s+)?results?\s+of|in\s+the\s+wake\s+of)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|consultations|discussions)\b`;
const TALKS_BEHIND = new RegExp(TALKS_BEHIND_SOURCE, 'i');
const TALKS_BEHIND_ALL = new RegExp(TALKS_BEHIND_SOURCE, 'gi');
/** The text with talks set behind its verb blanked, one space per character (offsets kept). */
function withoutTalksBehind(text: string): string {
  return text.replace(TALKS_BEHIND_ALL, (m) => ' '.repeat(m.length));
}

/**
 * Every status a cue in the trigger's clause speaks for, beyond the one decideStatus picks: readings the
 * scorer weighs when the nearest cue is not the one that counts ("signed in 2019 and revised last year").
 * An agreement no cue speaks of is read as in force or concluded (a background mention).
 */
export function otherStatuses(
  text: string,
  trigger: Trigger,
  cued: Status[] | null = cuedStatuses(text, trigger),
): Status[] {
  if (cued === null) return [];
  return cued.length > 0 || NOT_AGREEMENTS.has(trigger.type) ? cued : ['in_force', 'concluded'];
}

/**
 * The relative clause set off by commas that holds the trigger ("A, whose navies drilled together, ..."), from
 * its pronoun to the comma that closes it, or null.
 */
function relativeAround(text: string, trigger: Trigger): { start: number; end: number } | null {
  // Read back over the whole sentence: the clause edges start a clause after the pronoun itself.
  const from = Math.max(0, trigger.start - RELATIVE_REACH);
  const opener = RELATIVE_OPENER.exec(text.slice(from, trigger.start));
  if (!opener) return null;
  const close = text.indexOf(',', trigger.end);
  return close < 0 ? null : { start: from + opener.index, end: close };
}
/** How far back from a trigger the pronoun of a relative clause holding it is looked for. */
const RELATIVE_REACH = 200;
/** A relative pronoun after a comma, with no comma after it up to the trigger. */
const RELATIVE_OPENER = /,\s*(?:whose|which|who|whom)\b[^,;]*$/i;

/** The statuses a cue in the trigger's clause speaks for, or null when the clause negates the trigger. */
export function cuedStatuses(text: string, trigger: Trigger, may?: ReadonlySet<RegExp>): Status[] | null {
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  const clause = text.slice(from, to);
  if ((may === undefined || may.has(NEGATED)) && NEGATED.test(text.slice(from, trigger.start))) return null;
  switch (trigger.type) {
    case 'equipment_transfer':
      return allOf(TRANSFER_UNION, clause, cueWords(text)).map((i) => TRANSFER_CUES[i]!.status);
    case 'joint_exercise':
    case 'high_level_meeting':
    case 'two_plus_two':
      return FUTURE_CUE.test(clause) ? ['planned'] : [];
    case 'joint_development':
    case 'membership':
      return [];
    default:
      return allOf(AGREEMENT_UNION, clause, cueWords(text)).map((i) => AGREEMENT_CUES[i]!.status);
  }
}

/** The types whose status is not an agreement's (each has its own cues in cuedStatuses). */
const NOT_AGREEMENTS: ReadonlySet<string> = new Set<FactType>([
  ...EVENT_TYPES,
  'equipment_transfer',
  'joint_development',
  'membership',
]);

/**
 * The status of the cue standing nearest the trigger in text[from, to): in a long clause ("B's accord with A,
 * revised in 2019 as C prepares to sign its own"), the verb beside an instrument is its own.
 */
function nearestCue(
  cues: readonly StatusCue[],
  text: string,
  from: number,
  to: number,
  trigger: Trigger,
): Status | null {
  const clause = text.slice(from, to);
  let best: Status | null = null;
  let bestDistance = Infinity;
  // Only the families with a match in the clause are walked for their matches.
  for (const i of allOf(unionOf(cues), clause, cueWords(text)))
    for (const m of allMatches(cues[i]!.scan, clause, 0)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const distance =
        end <= trigger.start ? trigger.start - end : start >= trigger.end ? start - trigger.end : 0;
      if (distance < bestDistance) {
        best = cues[i]!.status;
        bestDistance = distance;
      }
    }
  return best;
}

const LATER_MILESTONE = compileFamily(LATER_MILESTONE_FAMILY);

/**
 * Statuses a later clause of the sentence gives the same instrument ("signed in July, and the pact entered
 * into force in September"): each is a milestone of its own, read as firmly as the first.
 */
export function laterMilestones(
  text: string,
  trigger: Trigger,
): Array<{ status: Status; start: number; end: number }> {
  const out: Array<{ status: Status; start: number; end: number }> = [];
  const after = text.slice(trigger.end);
  // Only the families with a match after the trigger are walked for their matches (a third of texts hold one).
  for (const i of allOf(AGREEMENT_UNION, after, cueWords(text))) {
    const cue = AGREEMENT_CUES[i]!;
    for (const m of allMatches(cue.scan, after, 0)) {
      const start = trigger.end + m.index;
      if (out.some((o) => o.status === cue.status)) break;
      if (LATER_MILESTONE.test(text.slice(Math.max(trigger.end, start - LATER_MILESTONE_SPAN), start)))
        out.push({ status: cue.status, start, end: start + m[0].length });
    }
  }
  return out;
}

/** How far before a later cue its tie to the instrument is read: a relative clause naming the signers. */
const LATER_MILESTONE_SPAN = 130;
const DELIVERED_LATER = compileFamily(DELIVERED_LATER_FAMILY);
const CANCELLED_LATER = compileFamily(CANCELLED_LATER_FAMILY);
const NEXT_ROUND_LATER = compileFamily(NEXT_ROUND_LATER_FAMILY);

/** A later step of a transfer: where the clause `re` finds after its trigger starts, the step's status. */
interface LaterStep {
  status: Status;
  start: number;
  end: number;
}

function laterStep(re: RegExp, status: Status, text: string, trigger: Trigger): LaterStep | null {
  const m = re.exec(text.slice(trigger.end));
  return m ? { status, start: trigger.end + m.index + 1, end: trigger.end + m.index + m[0].length } : null;
}

/**
 * A later clause ending the deal a transfer's trigger told ("bought trainers in 2015; in 2019 it scrapped the
 * order"): a step of its own, dated by its clause.
 */
export const laterCancellation = (text: string, trigger: Trigger): LaterStep | null =>
  laterStep(CANCELLED_LATER, 'ended', text, trigger);

/**
 * A later clause telling the delivery of the equipment a transfer's trigger ordered ("agreed to buy 36
 * jets; the last of those aircraft were delivered in 2023"): the transfer's completion, dated by its clause.
 */
export const laterDelivery = (text: string, trigger: Trigger): LaterStep | null =>
  laterStep(DELIVERED_LATER, 'completed', text, trigger);

const SALE_STEPS = compileEach(SALE_STEP_FAMILY).map(({ entry, pattern }) => ({
  status: entry.yields.status as Status,
  pattern: new RegExp(pattern.source, 'gi'),
}));

/**
 * The other step of the sale a transfer's trigger told, in the trigger's sentence: its order beside its delivery
 * ("took two trainers, out of eight ordered in 2021"), or its delivery beside its order ("the mortars it bought
 * have all been handed over"). Outside the trigger's own words; dated by its own clause.
 */
export function otherSaleStep(text: string, trigger: Trigger, status: Status): LaterStep[] {
  const out: LaterStep[] = [];
  for (const step of SALE_STEPS) {
    if (step.status === status) continue;
    for (const m of text.matchAll(step.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < trigger.end && end > trigger.start) continue;
      out.push({ status: step.status, start, end });
      break;
    }
  }
  return out;
}

const PREVIOUS_ROUND_LATER = compileFamily(PREVIOUS_ROUND_LATER_FAMILY);

/** A later clause telling the last round of the event a trigger told as coming: that round, held. */
export function earlierRound(text: string, trigger: Trigger): LaterStep | null {
  const m = PREVIOUS_ROUND_LATER.exec(text.slice(trigger.end));
  return m
    ? { status: 'held', start: trigger.end + m.index, end: trigger.end + m.index + m[0].length }
    : null;
}

const HELD_BEFORE_LATER = compileFamily(HELD_BEFORE_LATER_FAMILY);

/**
 * The rounds held before an event a trigger told as ended ("cancelled the drills it had held since 2010"):
 * those rounds, held, right after the trigger.
 */
export const heldBefore = (text: string, trigger: Trigger): LaterStep | null =>
  laterStep(HELD_BEFORE_LATER, 'held', text, trigger);

/** A later clause telling the next round of the event a trigger told as held: that round, planned. */
export const laterRound = (text: string, trigger: Trigger): LaterStep | null =>
  laterStep(NEXT_ROUND_LATER, 'planned', text, trigger);

/**
 * The status of the first family, in order, whose words the text has. `may`: cueWords of the sentence the text
 * is part of (never of a text made up of other words: a literal pass over the sentence does not speak for it).
 */
function firstCue(cues: readonly StatusCue[], clause: string, may?: MayMatch): Status | null {
  const i = firstOf(unionOf(cues), clause, may);
  return i < 0 ? null : cues[i]!.status;
}

/** The first status whose words the clause has, in the family's order. */
function firstStatus(list: StatusList, clause: string): Status | null {
  const i = firstOf(list.union, clause);
  return i < 0 ? null : list.statuses[i]!;
}

function developmentStatus(clause: string): Status | null {
  return firstStatus(DEVELOPMENT_STATUS, clause);
}

function membershipStatus(clause: string): Status | null {
  return firstStatus(MEMBERSHIP_STATUS, clause);
}

/** The words up to a second clause joined by a comma and "and", "but" or "while", or all of them. */
/**
 * Where the main verb of a subject starts, past the relative clause right after it set off by commas
 * ("X, which ..., is scheduled"), or -1 where no such clause follows within RELATIVE_SKIP characters.
 */
function verbAfterRelative(text: string, from: number): number {
  const opening = RELATIVE_OPENING.exec(text.slice(from, from + 40));
  if (!opening) return -1;
  const rest = text.slice(from + opening[0].length, from + RELATIVE_SKIP);
  const close = RELATIVE_CLOSE.exec(rest);
  return close ? from + opening[0].length + close.index + close[0].length : -1;
}
/** A relative clause opening right after the event's words, or after a word or two more ("... exercise, which"). */
const RELATIVE_OPENING = /^(?:\s+[\w-]+){0,2}\s*,\s+(?:which|who|whose)\b/;
/** The comma that ends a relative clause, where a finite verb of the main clause follows it. */
const RELATIVE_CLOSE = /,\s+(?=(?:is|are|was|were|will|would|has|have|had)\s)/;
const RELATIVE_SKIP = 240;

function beforeJoinedClause(words: string): string {
  const joined = JOINED_CLAUSE.exec(words) ?? SECOND_REPORT.exec(words);
  return joined ? words.slice(0, joined.index) : words;
}
/**
 * A second clause joined by a comma and a conjunction, or a headline's second verb in the present after a comma
 * ("A, B hold staff talks, pledge to widen training"): what the second clause plans is not the first's.
 */
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas|(?:agree|vow|pledge|sign|discuss|eye|mull|plan)\s+to)\s/;
const SECOND_REPORT = compileEntries([SECOND_REPORT_EDGE], '');
