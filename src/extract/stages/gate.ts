// Stage 4: which sentences can carry a fact at all. A fact needs a trigger word, and a party named in its
// sentence or pointed back to ("the two sides"); most sentences of most news have neither. The stages after
// this one do their costly work (date parsing, reading parties and statuses) only there and nearby.
import type { AnalyzedDocument, Sentence } from '../document.js';
import {
  CANCELLED_NEXT_FAMILY,
  COVERED_BY_FAMILY,
  EVENT_OPENING_FAMILY,
  INSTRUMENT_OPENING_FAMILY,
} from '../phrasebook/anaphora.js';
import { compileFamily } from '../phrasebook/compile.js';
import {
  BODY_ROUND,
  GROUPING_APPOSITION_IN,
  LOCAL_BUILD,
  NEGOTIATIONS_OPENING,
  SUCH_EVENT_WITH,
} from '../relations/told-ties.js';
import { EQUIPMENT } from '../lexicon/event-words.js';
import { readDocumentSystems } from '../lexicon/equipment-origin.js';
import { KIT_COUNT, TOLD_KIT_COUNT_FAMILY } from '../phrasebook/transfer-roles.js';
import { GROUP_ANAPHOR, PAIR_ANAPHOR, PRONOUN_SUBJECT } from '../relations/discourse.js';
import {
  DELIVERIES_BEGAN,
  FOLLOWED,
  FOLLOWED_WITH_ORDER,
  MEMBERSHIP_ELLIPSIS,
  triggerGate,
  wordListsIn,
  type TriggerGate,
} from '../relations/find-triggers.js';

export function gate(doc: AnalyzedDocument): void {
  // The pass is kept for every sentence read, trigger or not: the relation stage reads the same sentences, and
  // takes which of its tests may match from it instead of testing again.
  doc.passes = doc.sentences.map((s) =>
    !RELATED_LINK.test(s.text) && namesOrPointsBack(doc, s) ? wordListsIn(s.text) : null,
  );
  // A system name read as a system in one sentence is read so in the others, the gate's included.
  readDocumentSystems(doc.passes.some((p) => p !== null) ? doc.normalized : null);
  doc.gates = doc.sentences.map((s, i) => {
    const may = doc.passes[i];
    if (!may) return null;
    return (
      triggerGate(s.text, may) ??
      (tellsStepAgain(s.text, may) ||
      EVENT_OPENING.test(s.text) ||
      CANCELLED_NEXT.test(s.text) ||
      NEGOTIATIONS_OPENING.test(s.text) ||
      SUCH_EVENT_WITH.test(s.text) ||
      LOCAL_BUILD.test(s.text) ||
      BODY_ROUND.test(s.text) ||
      GROUPING_APPOSITION_IN.test(s.text)
        ? ELLIPSIS_ONLY
        : null)
    );
  });
}

/**
 * "Sweden followed in March", "Malta joined in 2004": a step told before, taken again (FOLLOWED,
 * MEMBERSHIP_ELLIPSIS). The literal pass tells where their words are missing (most sentences): not scanned there.
 */
function tellsStepAgain(text: string, may: ReadonlySet<RegExp>): boolean {
  return (
    (may.has(FOLLOWED) && FOLLOWED.test(text)) ||
    (may.has(FOLLOWED_WITH_ORDER) && FOLLOWED_WITH_ORDER.test(text)) ||
    (may.has(MEMBERSHIP_ELLIPSIS) && MEMBERSHIP_ELLIPSIS.test(text))
  );
}
/** The gate of such a sentence: it made no literal pass, so its `may` tells nothing (relations.ts knows it). */
export const ELLIPSIS_ONLY: TriggerGate = { cheap: true, wordsAt: -1, phrasesAt: -1, may: new Set() };

/** Links to other articles ("Related: ...", "Read more: ...") are their headlines, not this article's facts. */
const RELATED_LINK =
  /^\s*(?:related|read more|read also|also read|see also|more on this|recommended|watch|listen)\s*(?:stories|articles|news)?\s*[:|>-]/i;

/** Whether a sentence names a party, or points back to one: only such a sentence yields a fact. */
function namesOrPointsBack(doc: AnalyzedDocument, sentence: Sentence): boolean {
  return hasMention(doc, sentence) || pointsBack(sentence.text);
}

/** "The two sides ...", "It ...", "The same agreement covers ...": a sentence that names its parties before it. */
function pointsBack(text: string): boolean {
  return (
    PAIR_ANAPHOR.test(text) ||
    GROUP_ANAPHOR.test(text) ||
    PRONOUN_SUBJECT.test(text) ||
    COVERED_BY.test(text) ||
    TOLD_EQUIPMENT.test(text) ||
    COUNT_HANDED.test(text) ||
    CANCELLED_NEXT.test(text) ||
    DELIVERIES_BEGAN.test(text) ||
    INSTRUMENT_OPENING.test(text) ||
    EVENT_OPENING.test(text) ||
    NEGOTIATIONS_OPENING.test(text) ||
    LIST_OPENING.test(text)
  );
}

/** "These include the LEMOA, signed in 2016, ...": the items of something told before, listed. */
const LIST_OPENING = /^\s*(?:These|Those)\s+(?:include|included|are|were)\b/;

/**
 * "The first frigate was delivered in May", "The $40-million deal was signed": a sentence that opens on
 * equipment already told, or on the contract for it ("The first contract, for 180 tanks, was signed ..."), or on a
 * count or batch of it ("The first six arrived in May"), or the deal ("That contract was torn up").
 */
const TOLD_EQUIPMENT = new RegExp(
  `^\\s*(?:The|Its|Their|That|This|These|Those|All(?:\\s+(?:of\\s+)?the)?|Most\\s+of\\s+the)\\s+(?:(?:first|second|third|last|final|remaining|new|other|[\\w$€£.,-]+)\\s+){0,4}(?:${EQUIPMENT.source}|contracts?|orders?|deals?)\\b|^\\s*(?:${compileFamily(TOLD_KIT_COUNT_FAMILY).source})`,
);

/**
 * "Two of those were delivered in March", "Three of the five radars have arrived": a count of the kit told before,
 * opening a sentence on its delivery.
 */
const COUNT_HANDED = new RegExp(
  String.raw`^\s*${KIT_COUNT}(?:(?:have|has|had|were|was|are|is|will)\s+)(?:(?:now|already|also|since|all|been|be|finally)\s+){0,3}(?:delivered|handed|arrived|received|shipped|transferred|commissioned|inducted|supplied)\b`,
  'i',
);

/** "An information security agreement followed in 2012.": an instrument of the pair just told. */
export const INSTRUMENT_OPENING = compileFamily(INSTRUMENT_OPENING_FAMILY);

/** "The next edition of the exercise is scheduled for May": another round of the pair's event. */
export const EVENT_OPENING = compileFamily(EVENT_OPENING_FAMILY);

/** "In 2019 it scrapped the order.": the sale just told, ended (relations.ts). */
export const CANCELLED_NEXT = compileFamily(CANCELLED_NEXT_FAMILY);

/** "The same agreement covers ...": the instrument just told, and so its parties. */
const COVERED_BY = compileFamily(COVERED_BY_FAMILY);

/** Whether a party mention lies wholly inside the sentence (as the relation stage collects them). */
function hasMention(doc: AnalyzedDocument, sentence: Sentence): boolean {
  let lo = 0;
  let hi = doc.parties.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.parties[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const m = doc.parties[lo];
  return m !== undefined && m.end <= sentence.end;
}
