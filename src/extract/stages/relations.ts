// Stage 5: candidate facts, sentence by sentence: triggers, their parties and their status, with the
// discourse (pair in play, last subject, last instrument) carried from one sentence to the next.
import type { Candidate, AnalyzedDocument, Sentence } from '../document.js';
import type { PartyMention } from '../lexicon/party-mention.js';
import { chooseParties, frontedTopic, type PartySet } from '../relations/choose-parties.js';
import {
  clauseAround,
  cuedStatuses,
  decideStatus,
  laterCancellation,
  laterDelivery,
  laterRound,
  earlierRound,
  heldBefore,
  laterMilestones,
  otherSaleStep,
  otherStatuses,
  useCueWords,
} from '../relations/decide-status.js';
import {
  aboutState,
  openParagraph,
  PRONOUN_SUBJECT,
  recent,
  startDiscourse,
  tellPair,
  SYSTEM_SPAN,
  AID_PROGRAMME_SPAN,
  uniq,
  type Discourse,
} from '../relations/discourse.js';
import {
  CIVIL_CONTEXT,
  findTriggers,
  FOLLOWED,
  triggerGate,
  type Trigger,
  type TriggerGate,
} from '../relations/find-triggers.js';
import { EQUIPMENT, OFFICIAL, PARTICIPATION, TRAVEL } from '../lexicon/event-words.js';
import { VESSEL_VISITOR_FAMILY } from '../phrasebook/event-words.js';
import { classifyMentions } from '../relations/party-filter.js';
import { equipmentOrigin, systemsMaker } from '../lexicon/equipment-origin.js';
import { codesOf, groupMentions, type PartyGroup } from '../relations/party-groups.js';
import { kitKinds, transferItem } from '../relations/transfer-item.js';
import { alternativeParties } from '../relations/alternatives.js';
import { signalsOf, triggerScope } from '../relations/signals.js';
import { EVENT_TYPES, type FactType, type PartyCode, type Status } from '../../schema/fact.js';
import { compileEach, compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  AS_DID_FAMILY,
  CLAUSE_SHAPE_FAMILIES,
  FORCES_NAMED_FAMILY,
  FRAMING_EVENT_FAMILY,
  UNDER_INSTRUMENT_FAMILY,
} from '../phrasebook/clauses.js';
import { CANCELLED_NEXT, EVENT_OPENING, INSTRUMENT_OPENING } from './gate.js';
import { CIVIL_GOODS_FAMILY, DEFENSE_CONTEXT_FAMILY } from '../phrasebook/readings.js';
import {
  ACCESS_PURPOSE_FAMILY,
  DONE_UNDER_FAMILY,
  MEMBERSHIP_ELLIPSIS_FAMILY,
  INSTRUMENT_CONTENT_FAMILY,
} from '../phrasebook/anaphora.js';
import { isGroupingCode } from '../../parties/groupings.js';
import {
  groupingApposition,
  membersBesideSmallGrouping,
  builtUnderSale,
  bodyNames,
  bodyRound,
  localBuildOfTold,
  eventUnderTold,
  followedSale,
  suchEventWith,
  negotiationsOnTold,
  programmeJoined,
  TIE_TYPES,
} from '../relations/told-ties.js';
import { partySetKey } from '../../parties/party-set.js';
import { UNNAMED_PARTNERS_FAMILY } from '../phrasebook/party-links.js';
import { oneWayOnly } from '../relations/one-way.js';
import { aidProgrammeDonor } from '../lexicon/aid-programmes.js';

export function relations(doc: AnalyzedDocument): void {
  // The discourse only serves sentences that can carry a fact: none is read after the last of them.
  const last = doc.gates.findLastIndex((g) => g !== null);
  if (last < 0) return;
  const discourse = startDiscourse(doc.parties, doc.normalized);
  // Worked out the first time a reading asks for it: a scan of the whole document, once, where it is needed.
  let topicMaker: PartyCode | null | undefined;
  discourse.topicMaker = () =>
    topicMaker === undefined ? (topicMaker = systemsMaker(doc.normalized)) : topicMaker;
  const namesExercise = new Map<number, boolean>();
  let cursor = 0;
  let paragraph = -1;
  for (const sentence of doc.sentences.slice(0, last + 1)) {
    while (cursor < doc.parties.length && doc.parties[cursor]!.start < sentence.start) cursor++;
    const inSentence: PartyMention[] = [];
    for (let i = cursor; i < doc.parties.length && doc.parties[i]!.end <= sentence.end; i++)
      inSentence.push(doc.parties[i]!);
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      openParagraph(discourse, sentence.start, inSentence);
    }
    discourse.exerciseBefore = discourse.lastExercise;
    readSentence(doc, sentence, inSentence, discourse, namesExercise);
  }
}

/**
 * "Before the drills, a Chilean corvette called at Callao", "on the fringes of the exercise, the minister
 * received his Fijian counterpart": drills told before only as the time of what the sentence tells. Its states
 * are that other event's: the rules read no participants from them. (Drills told nowhere before in the article
 * are the sentence's own: "Ghana and Togo signed a pact after the drills ended".)
 */
function framingEvent(text: string, trigger: Trigger): boolean {
  return (
    trigger.type === 'joint_exercise' &&
    TOLD_EXERCISE.test(text.slice(trigger.start, trigger.end)) &&
    FRAMING_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))
  );
}
const TOLD_EXERCISE = /^(?:the\s+)?(?:exercises?|drills?|war\s?games|manoeuvres|maneuvers)$/i;
const FRAMING_BEFORE = compileFamily(FRAMING_EVENT_FAMILY);

/**
 * Whether a shared name's catalogued parties hold: the states the sentence names are among them, and so is the
 * state the article is about ("the EDCA" in a story on Poland is Poland's).
 */
function ownParties(parties: readonly PartyCode[], groups: PartyGroup[], discourse: Discourse): boolean {
  const about = aboutState(discourse, null);
  return (
    (!about || parties.includes(about)) && groups.every((g) => g.codes.every((c) => parties.includes(c)))
  );
}

function readSentence(
  doc: AnalyzedDocument,
  sentence: Sentence,
  found: PartyMention[],
  discourse: Discourse,
  namesExercise: Map<number, boolean>,
): void {
  const text = sentence.text;
  // This sentence's readings are the ones appended from here on: the checks below look at them alone, where a
  // scan of the whole list made a long document's reading quadratic.
  const firstOfSentence = doc.candidates.length;
  const readHere = (test: (c: Candidate) => boolean): boolean => {
    for (let i = firstOfSentence; i < doc.candidates.length; i++) if (test(doc.candidates[i]!)) return true;
    return false;
  };
  // Only a sentence that names a party, or points back to one, can carry a fact: the rest skip the costly part.
  // The gate made its literal pass over exactly those (and no link to another article), and no other; a
  // sentence without a trigger is read for the discourse all the same, and the pass tells which of the tests
  // of its mentions and of its clauses can match.
  const may = doc.passes[sentence.index];
  if (!may) return;
  useCueWords(text, may);
  const gate = doc.gates[sentence.index] ?? null;
  const classified = classifyMentions(text, sentence.start, found, may);
  const mentions = classified.filter((m) => !m.rival && !m.excluded);
  const lastInstrument = recent(discourse.lastInstrument, sentence.index, 10)?.type ?? null;
  let triggers = gate
    ? findTriggers(
        text,
        lastInstrument,
        gate,
        () =>
          exerciseJustNamed(doc, sentence, gate, namesExercise) ||
          recent(discourse.lastExercise, sentence.index, EXERCISE_IN_PLAY) !== null,
        // Asked only by the tests that need it (findTriggers), during that call: the discourse is this sentence's.
        () =>
          recent(discourse.lastSupplier, sentence.index, 3) !== null ||
          recent(discourse.lastAidProgramme, sentence.index, AID_PROGRAMME_SPAN) !== null ||
          recent(discourse.lastSystem, sentence.index, SYSTEM_SPAN) !== null ||
          discourse.topicMaker() !== null,
        () => kitBefore(doc, sentence),
        saleToldLast(discourse, sentence.index),
      )
    : [];
  // "Its next edition goes to Brazil": the event just told, again, not a meeting its host holds. Nor the
  // founding of a grouping: "announced that the council's next session ..." founds none.
  if (
    triggers.every(
      (t) =>
        (t.kind === 'meeting' && HOSTING_VERB.test(text.slice(t.start, t.end))) ||
        (t.type === 'membership' && FOUNDED_WORD.test(text.slice(t.start, t.end))),
    )
  ) {
    const next = nextRound(text, discourse, sentence.index);
    if (next) triggers = [next];
  }
  // "Both agreed the JPC's next sitting goes to Accra": a round of a standing body told
  // before by name, however far back, in place of the meeting word its phrase holds.
  const round = bodyRound(text, discourse);
  if (round)
    triggers = [
      ...triggers.filter((t) => !(MEETING_TYPES.has(t.type) && t.start < round.end && t.end > round.start)),
      round,
    ];
  // "Thirty should be built near Brasov": the kit of the sale just told, co-produced on the buyer's soil.
  // In place of a trigger within its words ("of those to be built in"), which finds no sale in its sentence.
  const local = localBuildOfTold(text, sentence.start, mentions, discourse, sentence.index);
  if (local)
    triggers = [
      ...triggers.filter(
        (t) => !(t.type === 'joint_development' && t.start < local.end && t.end > local.start),
      ),
      local,
    ];
  // "In 2019 it scrapped the order.": the sale just told, ended.
  if (!triggers.some((t) => t.type === 'equipment_transfer')) {
    const ended = cancelledTold(text, discourse, sentence.index);
    if (ended) triggers = [...triggers, ended];
  }
  // "Negotiations with Peru are under way": talks on the tie just told, with the state named if any; in a
  // sentence naming ties of its own, only talks in a clause past them ("..., while talks with Chile go on").
  const tiesNamed = triggers.filter((t) => TIE_TYPES.has(t.type));
  triggers = [
    ...triggers,
    ...negotiationsOnTold(
      text,
      sentence.start,
      mentions,
      discourse,
      sentence.index,
      tiesNamed.length > 0 ? Math.max(...tiesNamed.map((t) => t.end)) : -1,
    ),
  ];
  // "AUKUS, the partnership between A, B and C": each state listed is a member.
  triggers = [...triggers, ...groupingApposition(text, sentence.start, mentions)];
  // "Australia is building the boats under AUKUS with the US and Britain": each member named beside it.
  const groupingsNamed = classified.filter((m) => !m.rival && m.kind === 'grouping');
  if (groupingsNamed.length > 0)
    triggers = [...triggers, ...membersBesideSmallGrouping(text, sentence.start, groupingsNamed, mentions)];
  // "..., and Sweden followed in March 2024": the membership just told, taken by another state.
  let joinedToo = followedMembership(text, discourse, sentence.index);
  if (joinedToo) triggers = [...triggers, joinedToo];
  // "..., and Denmark followed in 2024": the sale just told, made again by another buyer.
  let boughtToo: Trigger | null = null;
  if (!joinedToo && !triggers.some((t) => t.type === 'equipment_transfer')) {
    boughtToo = followedSale(text, discourse, sentence.index);
    if (boughtToo) triggers = [...triggers, boughtToo];
  }
  // "Lima had used such a format with Quito": the kind of event just told, with them.
  if (!triggers.some((t) => EVENT_TYPES.includes(t.type))) {
    const such = suchEventWith(text, discourse, sentence.index);
    if (such) triggers = [...triggers, such];
  }
  triggers = triggers.filter((t) => !portCall(text, t) && !accessPurpose(text, t, triggers));
  // Health ministers' talks or a trade memorandum: readings for the scorer, not the rules' facts.
  // Read only where a trigger is of a type it holds for (CIVIL_TYPES): for the others it says nothing.
  const civil =
    triggers.some((t) => CIVIL_TYPES.has(t.type)) &&
    may.has(CIVIL_CONTEXT) &&
    CIVIL_CONTEXT.test(text) &&
    !DEFENSE_CONTEXT.test(text);
  // "Kenyan coffee exports to Germany rose": goods traded, in a sentence with no military word, are no arms sale.
  const civilGoods =
    triggers.some((t) => t.type === 'equipment_transfer') &&
    CIVIL_GOODS.test(text) &&
    !DEFENSE_CONTEXT.test(text);
  const civilFor = (t: Trigger): boolean =>
    (civil && CIVIL_TYPES.has(t.type)) || (civilGoods && t.type === 'equipment_transfer');
  // A framework for transfers, or an ACSA's "supply of fuel and spare parts", is what the agreement
  // covers, not a transfer of its own.
  // So does a sentence whose subject is such an agreement just told ("It sets out procedures for the supply").
  // Not a transfer done under it ("Under that accord, Tokyo handed over trainers to the navy").
  // Not a transfer told in a main clause of its own after it ("signed a logistics pact in 2022, and India
  // gave Vietnam a corvette"): a new subject, after "and" or "but", tells a tie of its own.
  const framework = triggers.filter((t) => t.type === 'equipment_transfer_agreement' || t.type === 'acsa');
  if (
    (framework.length > 0 ||
      ((lastInstrument === 'equipment_transfer_agreement' || lastInstrument === 'acsa') &&
        INSTRUMENT_CONTENT.test(text))) &&
    !DONE_UNDER.test(text)
  )
    triggers = triggers.filter(
      (t) =>
        t.type !== 'equipment_transfer' ||
        (framework.length > 0 && toldApart(text, t, framework, sentence.start, found)),
    );
  // The lists of parties, with the word before each ("with", "between"). Where no trigger is left, only the
  // discourse reads them (remember), and asks the word before a list only of one opening the sentence.
  const groups = groupMentions(text, sentence.start, mentions, triggers.length > 0 ? Infinity : SUBJECT_SPAN);
  // Most sentences name no grouping, firm or ship: the other selections are then the same mentions, and
  // their lists the same lists (groups are read, never changed, by what takes them).
  const groupsOf = (selected: typeof mentions): PartyGroup[] =>
    selected.length === mentions.length && selected.every((m, i) => m === mentions[i])
      ? groups
      : groupMentions(text, sentence.start, selected);
  // "NATO members" describes others for most ties, but for a membership the grouping is the point.
  let grouped: PartyGroup[] | null = null;
  const withGroupings = (): PartyGroup[] =>
    (grouped ??= groupsOf(classified.filter((m) => !m.rival && (!m.excluded || m.kind === 'grouping'))));
  // Who met, not what they discussed; and governments meet, not their firms or ships ("the emir witnessed a
  // signing with a shipyard").
  let meeting: PartyGroup[] | null = null;
  const meetingGroups = (): PartyGroup[] =>
    (meeting ??= groupsOf(
      classified.filter(
        (m, i) =>
          !m.rival &&
          !m.topic &&
          m.kind !== 'firm' &&
          m.kind !== 'ship' &&
          !ownsNext(text, sentence.start, m, classified[i + 1]) &&
          (!m.excluded || m.kind === 'grouping'),
      ),
    ));
  // The parties of the last access or logistics tie read in the sentence, for an instrument it stands under.
  let footing: { end: number; sets: PartySet[] } | null = null;
  // The bodies a sentence names are told once, with the first two or more states a trigger of it read.
  let bodiesRead = false;
  for (const trigger of triggers) {
    // The statuses the clause's cues speak for, read first: decideStatus takes a transfer's from them.
    const cuedOrNegated = cuedStatuses(text, trigger, may);
    const status =
      decideStatus(text, trigger, may, cuedOrNegated) ??
      oneOfThoseTold(text, trigger, discourse, sentence.index);
    const read = new Set<string>();
    // Whether the rules read no parties for this trigger (set once they have tried, before any reading).
    let orphan = 0;
    // Readings of one trigger share their clause, item and date (per status): work them out once.
    const scope = triggerScope(text, sentence.start, trigger, classified, groups);
    const item = trigger.type === 'equipment_transfer' ? transferItem(text, trigger) : null;
    const cued = cuedOrNegated ?? [];
    const propose = (
      parties: PartyCode[],
      factStatus: Status | null,
      origin: Candidate['origin'],
      statusFrom: Candidate['statusFrom'] = 'rule',
      type: FactType = trigger.type,
      // A later milestone is dated by the words of its own clause, not the trigger's.
      at: { start: number; end: number } = trigger,
    ): Candidate | undefined => {
      if (parties.length < 2 || !factStatus) return;
      const key = `${type}|${factStatus}|${type === 'equipment_transfer' ? parties.join('+') : partySetKey(parties)}`;
      if (read.has(key)) return;
      read.add(key);
      const candidate: Candidate = {
        origin,
        kind: trigger.kind,
        statusFrom,
        cued,
        signals: signalsOf(scope, parties, type, orphan),
        type,
        parties,
        status: factStatus,
        item,
        sentence: sentence.index,
        anchor: sentence.start + at.start,
        anchorEnd: sentence.start + at.end,
        trigger: text.slice(trigger.start, trigger.end),
        // Dated by the dates stage, which runs only when some sentence read a candidate.
        date: null,
        dateStated: false,
        dateReported: false,
      };
      if (origin === 'rule' && type === 'equipment_transfer') oneWayOnly(doc, candidate);
      doc.candidates.push(candidate);
      if (candidate.origin === 'rule') indexRuleReading(doc, candidate);
      return candidate;
    };
    // "the Falepili Union with Tuvalu": an instrument only its catalogued states have is theirs, whoever else
    // the sentence names ("... and a treaty with Nauru"), or however few ("ANZUS, signed in 1951"); and "ANZUS,
    // signed with New Zealand and the United States" is one treaty of all three, not one with each.
    const own = trigger.parties && (!trigger.sharedName || ownParties(trigger.parties, groups, discourse));
    // "set up between Paris and Berlin, later joined by Madrid": those the sentence names as its
    // makers, when they are some of its states.
    const makers =
      own && trigger.parties
        ? groups.find(
            (g) =>
              (g.marker === 'by' || g.marker === 'between') &&
              MADE_BY_BEFORE.test(text.slice(Math.max(0, g.start - 40), g.start)) &&
              g.codes.length >= 2 &&
              g.codes.every((c) => trigger.parties!.includes(c)),
          )
        : undefined;
    const underTold = eventUnderTold(text, trigger, groups, discourse, sentence.index);
    const chosen =
      trigger.vague || civilFor(trigger) || (framingEvent(text, trigger) && discourse.lastExercise !== null)
        ? []
        : underTold
          ? [{ parties: underTold }]
          : own && trigger.parties
            ? [programmeJoined(text, trigger, groups) ?? { parties: [...(makers?.codes ?? trigger.parties)] }]
            : chooseParties(
                text,
                trigger,
                partnersOfOwn(
                  text,
                  trigger,
                  triggers,
                  groupsFor(
                    text,
                    trigger,
                    trigger.type === 'membership'
                      ? withGroupings()
                      : MEETING_TYPES.has(trigger.type)
                        ? meetingGroups()
                        : groups,
                  ),
                ),
                sentence.index,
                discourse,
              );
    // "Turkey has kept a base in Qatar under a defence cooperation agreement": an instrument that is the footing
    // of the tie just told in its sentence is between that tie's parties (the host is named there as a place).
    const ruleSets: PartySet[] =
      chosen.length === 0 && UNDER_TYPES.has(trigger.type) && trigger.kind === 'instrument' && footing
        ? footingOf(text, trigger, footing)
        : chosen.length === 0 && trigger.type === 'joint_development'
          ? builtUnderSale(text, trigger, discourse, sentence.index)
          : chosen;
    if (ruleSets.length > 0 && (trigger.type === 'reciprocal_access' || trigger.type === 'acsa'))
      footing = { end: trigger.end, sets: ruleSets };
    // "Pitch Black got under way on Friday. Aircraft from A and B are taking part.": a catalogued exercise told
    // with no states is its host's, with those the sentences after it say take part.
    // Not where the drills told last are the host's already: those are these, with their states. Nor a host the
    // article never names: a fact's parties are those the text names.
    if (
      trigger.lead &&
      doc.parties.some((m) => m.code === trigger.lead) &&
      ruleSets.length === 0 &&
      status &&
      !civilFor(trigger) &&
      !recent(discourse.lastExercise, sentence.index, LEAD_SPAN)?.codes.includes(trigger.lead)
    )
      discourse.lastExercise = { codes: [trigger.lead], sentence: sentence.index };
    // A trigger whose parties the rules could not choose (a vague or civil one aside) has only other readings,
    // and one of them is more often right than a reading competing with the rules' own choice.
    orphan = ruleSets.length === 0 && !trigger.vague && !civilFor(trigger) ? 1 : 0;
    for (const set of ruleSets) {
      // Predecessors named in a hypothetical ("if it signs, Chile will be the fifth partner after ...") are facts.
      const made = propose(set.parties, set.status ?? status, 'rule');
      if (trigger.twin) propose(set.parties, set.status ?? status, 'rule', 'rule', trigger.twin);
      if (made && enteredLater(doc, made, text, trigger)) made.milestone = true;
      if (made) signedAfterEntry(doc, made);
      if (set.extends && set.joiners && joinsTold(set.extends, set.joiners))
        joinTold(doc, set.extends, set.parties, set.status ?? status, set.extendsSince ?? sentence.index);
      if (trigger.type === 'equipment_transfer' && set.parties.length === 2 && (set.status ?? status)) {
        discourse.lastSupplier = { code: set.parties[0]!, sentence: sentence.index };
        discourse.lastTransfer = {
          codes: [set.parties[0]!, set.parties[1]!],
          sentence: sentence.index,
          status: (set.status ?? status)!,
        };
        discourse.transfersTold.push({
          codes: [set.parties[0]!, set.parties[1]!],
          sentence: sentence.index,
          kit: kitKinds(text),
        });
      }
      // Those joining drills told before are carried however few so far: "Germany sent the largest
      // contingent. Sweden and Finland are providing ...": one exercise, its participants told one by one.
      if (
        trigger.type === 'joint_exercise' &&
        (set.parties.length >= 2 || set.extends) &&
        (set.status ?? status)
      ) {
        // Drills joined are the series the drills told were a round of: its states, those joining among them.
        const series = trigger.series ?? (set.extends ? discourse.lastExercise?.series : undefined);
        discourse.lastExercise = {
          codes: set.parties,
          sentence: sentence.index,
          ...(set.extends && set.extendsSince !== undefined ? { since: set.extendsSince } : {}),
          ...(series ? { series } : {}),
        };
        discourse.eventsTold.push({
          type: 'exercise',
          codes: set.parties,
          sentence: sentence.index,
          ...(series ? { series } : {}),
        });
      }
      // A standing body named beside a tie of two states (their commission, their council) is theirs.
      if (set.parties.length >= 2 && (set.status ?? status) && !bodiesRead) {
        bodiesRead = true;
        const names = bodyNames(text);
        if (names.length > 0)
          discourse.bodiesTold.push({
            names,
            type: trigger.type === 'two_plus_two' ? 'two_plus_two' : 'high_level_meeting',
            codes: set.parties.filter((c) => !isGroupingCode(c)),
            sentence: sentence.index,
          });
      }
      if (MEETING_TYPES.has(trigger.type) && set.parties.length >= 2 && (set.status ?? status)) {
        discourse.lastMeeting = { codes: set.parties, sentence: sentence.index };
        discourse.eventsTold.push({ type: 'meeting', codes: set.parties, sentence: sentence.index });
        if (trigger.type === 'two_plus_two')
          discourse.eventsTold.push({ type: 'two_plus_two', codes: set.parties, sentence: sentence.index });
      }
      const grouping = trigger.type === 'membership' ? set.parties.find(isGroupingCode) : undefined;
      if (grouping && (set.status ?? status))
        discourse.lastMembership = { grouping, status: (set.status ?? status)!, sentence: sentence.index };
    }
    // Read only where some reading of the rules has no status of its own: the milestones are proposed for those.
    if (
      (trigger.kind === 'instrument' || trigger.kind === 'generic') &&
      ruleSets.some((set) => !set.status)
    ) {
      // "pacts in force with A and B, and it is in talks on one with C": a cue past the next instrument is its.
      // Not past "the accord" pointing back to this one ("signed the pact in May, and the accord took effect").
      const next = triggers.find(
        (t) =>
          t.start >= trigger.end &&
          (t.kind === 'instrument' ||
            (t.kind === 'generic' && !DEFINITE_ANAPHOR.test(text.slice(t.start, t.end)))),
      );
      const nextFrom = next ? clauseAround(text, next.start, next.end).from : Infinity;
      for (const later of laterMilestones(text, trigger))
        if (later.start < nextFrom)
          for (const set of ruleSets)
            if (!set.status) {
              const step = propose(set.parties, later.status, 'rule', 'cue', trigger.type, later);
              if (
                step &&
                later.status !== status &&
                (enteredIntoForce(text, later) ||
                  STILL_IN_FORCE.test(text.slice(Math.max(0, later.start - 16), later.end + 8)))
              )
                step.milestone = true;
              // The entry into force the trigger told, before its signing: the in-force reading is the step.
              if (step && signedBeforeEffect(text, later, status))
                inForceAsStep(doc.candidates, sentence.index, trigger.type, set.parties);
              if (trigger.twin) propose(set.parties, later.status, 'rule', 'cue', trigger.twin, later);
            }
    }
    // "under the access pact signed by A and B in 2023, which took effect in May": a signing told
    // right after the name, in a sentence that tells the entry into force too, is a step of its own.
    // So is a signing verb right before it: "A and B inked an access pact in 2007; it took effect five years on".
    const signedAt =
      (trigger.kind === 'instrument' || trigger.kind === 'generic') && status === 'in_force'
        ? signingAround(text, trigger)
        : null;
    if (signedAt && EFFECT_TOLD.test(text) && !FUTURE_EFFECT.test(text)) {
      for (const set of ruleSets)
        if (!set.status && propose(set.parties, 'concluded', 'rule', 'cue', trigger.type, signedAt))
          inForceAsStep(doc.candidates, sentence.index, trigger.type, set.parties);
    }
    // "Greece and Turkey joined in 1952, West Germany in 1955": the same step by each state the verb is
    // left out for, dated by its own phrase.
    if (trigger.type === 'membership' && status) {
      const grouping = ruleSets.flatMap((set) => set.parties).find(isGroupingCode);
      if (grouping)
        for (const gapped of gappedSubjects(text, trigger, groups))
          for (const code of gapped.codes)
            if (!isGroupingCode(code))
              propose([grouping, code], status, 'rule', 'rule', trigger.type, gapped.at);
    }
    const delivered =
      trigger.type === 'equipment_transfer' && status !== 'completed' ? laterDelivery(text, trigger) : null;
    if (delivered)
      for (const set of ruleSets)
        propose(set.parties, delivered.status, 'rule', 'cue', trigger.type, delivered);
    // The sale's other step told beside it, for the parties the rules read: not where another state is named
    // next to the step's words, whose sale those may be ("received jets from A and ordered tanks from B").
    const steps =
      trigger.type === 'equipment_transfer' && (status === 'completed' || status === 'concluded')
        ? otherSaleStep(text, trigger, status)
        : [];
    for (const step of steps)
      for (const set of ruleSets)
        if (
          !groups.some(
            (g) =>
              !g.place &&
              g.end > step.start - SALE_STEP_REACH &&
              g.start < step.end + SALE_STEP_REACH &&
              g.codes.some((c) => !set.parties.includes(c)),
          )
        )
          propose(set.parties, step.status, 'rule', 'cue', trigger.type, step);
    const previous =
      status === 'planned' && EVENT_TYPES.includes(trigger.type) ? earlierRound(text, trigger) : null;
    if (previous)
      for (const set of ruleSets)
        propose(set.parties, previous.status, 'rule', 'cue', trigger.type, previous);
    const before =
      status === 'ended' && EVENT_TYPES.includes(trigger.type) ? heldBefore(text, trigger) : null;
    if (before)
      for (const set of ruleSets) propose(set.parties, before.status, 'rule', 'cue', trigger.type, before);
    const round = status === 'held' && EVENT_TYPES.includes(trigger.type) ? laterRound(text, trigger) : null;
    if (round)
      for (const set of ruleSets) propose(set.parties, round.status, 'rule', 'cue', trigger.type, round);
    const cancelled =
      trigger.type === 'equipment_transfer' && status !== 'ended' ? laterCancellation(text, trigger) : null;
    if (cancelled)
      for (const set of ruleSets)
        propose(set.parties, cancelled.status, 'rule', 'cue', trigger.type, cancelled);
    const sets = [
      ...ruleSets.map((s) => s.parties),
      ...alternativeParties(text, trigger, classified, sentence.index, discourse, groups),
    ];
    for (const parties of sets.slice(ruleSets.length)) propose(parties, status, 'alternative');
    // Other statuses and types are read for the parties the rules read, or, where the rules read none, for
    // a sentence that names few parties: the readings multiply, and long lists are events.
    const main = ruleSets.length > 0 || sets.length > 3 ? sets.slice(0, ruleSets.length) : sets;
    const statuses = otherStatuses(text, trigger, cuedOrNegated).filter((s) => s !== status);
    for (const other of statuses) for (const parties of main) propose(parties, other, 'alternative', 'cue');
    // An agreement named by kind may be any of its kind's types: each is a reading of its own.
    for (const type of trigger.alsoTypes ?? [])
      for (const parties of main) {
        propose(parties, status, 'alternative', 'rule', type);
        for (const other of statuses) propose(parties, other, 'alternative', 'cue', type);
      }
    // Forces sent home tell an access ending, named by no instrument: "the treaty" after them is not an access
    // agreement (it is the partnership the forces stood under).
    if (
      trigger.kind === 'instrument' &&
      trigger.type !== 'two_plus_two' &&
      !trigger.vague &&
      !trigger.forcesHome
    )
      discourse.lastInstrument = {
        type: trigger.type,
        sentence: sentence.index,
        status,
        hub:
          sharedParty(ruleSets.map((set) => set.parties)) ??
          (ruleSets.length === 0 ? unnamedPartnersHub(text, trigger, groups) : null),
        ...(ruleSets.length === 1 ? { codes: ruleSets[0]!.parties } : {}),
      };
    // "Oslo and Riga then signed their own pacts": instruments of the kind told, each with the same partner,
    // who stays the hub of those told after them ("Rome was the first to ink such a deal").
    else if (trigger.kind === 'generic' && discourse.lastInstrument?.type === trigger.type) {
      const hub = sharedParty(ruleSets.map((set) => set.parties));
      if (hub) discourse.lastInstrument = { ...discourse.lastInstrument, hub, sentence: sentence.index };
    }
    // "Finland joined NATO, and Sweden followed": the step told earlier in this very sentence.
    if (!joinedToo && trigger.type === 'membership' && !trigger.status) {
      joinedToo = followedMembership(text, discourse, sentence.index);
      if (joinedToo && joinedToo.start > trigger.end) triggers.push(joinedToo);
    }
    // The same for a sale: "The Netherlands ordered the system in 2023, and Denmark followed in 2024".
    if (
      !boughtToo &&
      trigger.type === 'equipment_transfer' &&
      recent(discourse.lastTransfer, sentence.index, 0) !== null
    ) {
      boughtToo = followedSale(text, discourse, sentence.index);
      if (boughtToo && boughtToo.start > trigger.end) triggers.push(boughtToo);
    }
  }
  // A sentence that read a tie of the pair in play ("The ACSA is signed in Berlin") keeps the pair in play.
  const pair = discourse.lastPair;
  if (
    pair &&
    pair.sentence < sentence.index &&
    groups.every((g) => g.place) &&
    readHere(
      (c) => c.origin === 'rule' && c.parties.length === 2 && c.parties.every((p) => pair.codes.includes(p)),
    )
  )
    pair.sentence = sentence.index;
  // "at the start of BALTOPS, the largest annual naval exercise": drills named without their participants are
  // in play for those the next sentences say take part.
  // One state named with them, not as their venue, is their host or owner ("Chile will host the Salitre air
  // exercise in October. Air forces from Argentina and Brazil will take part."): a participant from the start.
  if (
    triggers.some((t) => t.type === 'joint_exercise') &&
    recent(discourse.lastExercise, sentence.index, 0) === null &&
    !readHere((c) => c.type === 'joint_exercise')
  ) {
    const named = groups.filter((g) => !g.place);
    const host = named.length === 1 && named[0]!.codes.length === 1 ? named[0]!.codes : [];
    discourse.lastExercise = { codes: host.filter((c) => !isGroupingCode(c)), sentence: sentence.index };
  }
  remember(text, groups, found, sentence.index, discourse);
  // "The C-390 has become Embraer's workhorse. Hungary ordered it": the system told, by its maker. Only a
  // sentence that names a party or a trigger word is looked up ("Hanwha builds the K9 howitzer").
  // Not a system its own state is said to hold ("India fields the K9 Vajra, built under licence"): that state
  // is no seller of what comes next.
  // Only the sentences within SYSTEM_SPAN after this one read it, and only through their triggers: where none
  // of them has a gate (so none has a trigger), the look-up (a catalogue scan) is not made.
  if (!doc.gates.slice(sentence.index + 1, sentence.index + 1 + SYSTEM_SPAN).some((g) => g !== null)) return;
  // But a maker named as the system's owner is its seller all the same ("Korea's K2 tank was shown at the fair.
  // Peru became its second customer.").
  const system = equipmentOrigin(text);
  if (
    system &&
    !found.some(
      (m) =>
        m.code === system.code &&
        m.kind !== 'firm' &&
        !MAKER_POSSESSIVE.test(text.slice(m.end - sentence.start, system.index)),
    )
  )
    discourse.lastSystem = { code: system.code, sentence: sentence.index };
}

/** Between a state and the system it makes, named as its owner: "Turkey's ", "Korea's new ". */
const MAKER_POSSESSIVE = /^['’]s?\s+(?:[\w-]+\s+){0,2}$/;

const ACCESS_PURPOSE = compileFamily(ACCESS_PURPOSE_FAMILY);

/** Drills named as what an access or logistics instrument told before them is for ("making joint training simpler"). */
function accessPurpose(text: string, exercise: Trigger, triggers: readonly Trigger[]): boolean {
  if (exercise.type !== 'joint_exercise' || exercise.kind !== 'activity') return false;
  const access = triggers.filter(
    (t) => (t.type === 'reciprocal_access' || t.type === 'acsa') && t.end <= exercise.start,
  );
  return access.length > 0 && ACCESS_PURPOSE.test(text.slice(access.at(-1)!.end, exercise.start));
}

/** After "and", "but" or a semicolon, opening a clause no instrument trigger is in. */
const MAIN_CLAUSE_OPENING = /(?:[,;]\s*(?:and|but|while|whereas|yet)|;)\s*$/;

/**
 * Whether a transfer is told in a main clause of its own, apart from every instrument in `framework`: the
 * clause opens with "and", "but" or a semicolon, names a party before the transfer's verb, and holds no
 * instrument trigger.
 */
function toldApart(
  text: string,
  transfer: Trigger,
  framework: readonly Trigger[],
  sentenceStart: number,
  found: readonly PartyMention[],
): boolean {
  const { from, to } = clauseAround(text, transfer.start, transfer.end);
  if (framework.some((t) => t.end > from && t.start < to)) return false;
  if (!MAIN_CLAUSE_OPENING.test(text.slice(Math.max(0, from - 12), from))) return false;
  return found.some((m) => m.start - sentenceStart >= from && m.end - sentenceStart <= transfer.start);
}

/**
 * The party every reading of an instrument shares when there are several ("pacts with Sweden and Norway":
 * Ukraine). One pair names no hub: either side may be the one others sign with.
 */
/**
 * "Kyiv has signed such pacts with several allies": no partner named, the one state before the words is the hub
 * of those told after it one by one.
 */
function unnamedPartnersHub(text: string, trigger: Trigger, groups: readonly PartyGroup[]): PartyCode | null {
  if (!UNNAMED_PARTNERS.test(text.slice(trigger.end, trigger.end + 80))) return null;
  const before = uniq(
    codesOf(groups.filter((g) => g.end <= trigger.start && g.marker === null && !g.place)),
  ).filter((c) => !isGroupingCode(c));
  return before.length === 1 ? before[0]! : null;
}
const UNNAMED_PARTNERS = compileFamily(UNNAMED_PARTNERS_FAMILY);

function sharedParty(sets: readonly PartyCode[][]): PartyCode | null {
  if (sets.length < 2) return null;
  const shared = sets[0]!.filter((c) => sets.every((s) => s.includes(c)));
  return shared.length === 1 ? shared[0]! : null;
}

/** Whether the sentence before, in the same paragraph, names kit ("Peru wants to replace its frigates."). */
function kitBefore(doc: AnalyzedDocument, sentence: Sentence): boolean {
  const before = doc.sentences[sentence.index - 1];
  return before !== undefined && before.paragraph === sentence.paragraph && EQUIPMENT.test(before.text);
}

/**
 * Whether a sale was the last tie told, in the sentences just before: "a similar deal" after it is another
 * sale; after an access pact told since, another pact.
 */
function saleToldLast(discourse: Discourse, sentence: number): boolean {
  const sale = recent(discourse.lastTransfer, sentence, SALE_AGAIN_SPAN);
  const instrument = discourse.lastInstrument;
  return sale !== null && (instrument === null || instrument.sentence <= sale.sentence);
}

/** How many sentences after a sale "a similar order" is one like it. */
const SALE_AGAIN_SPAN = 3;

/** How many sentences after drills were told those "sending ships" are still taking part in them. */
const EXERCISE_IN_PLAY = 3;

/** How far (characters) before or after a sale's other step a state named speaks for a sale of its own. */
const SALE_STEP_REACH = 60;

/**
 * "Finland joined NATO in April 2023, and Sweden followed in March 2024": a membership of the grouping just
 * told, in the status it was told in, for the state before "followed" (its clause's subject).
 */
function followedMembership(text: string, discourse: Discourse, sentence: number): Trigger | null {
  const told = recent(discourse.lastMembership, sentence, 2);
  if (!told || !isGroupingCode(told.grouping)) return null;
  const grouping = told.grouping;
  const at = (m: RegExpExecArray, status: Status): Trigger => ({
    type: 'membership',
    kind: 'activity',
    start: m.index,
    end: m.index + m[0].length,
    grouping,
    status,
  });
  const m = FOLLOWED.exec(text);
  if (m) return at(m, told.status);
  // "Chile joined two years later": the same grouping, in the status the words tell.
  for (const { entry, pattern } of MEMBERSHIP_ELLIPSIS) {
    const e = pattern.exec(text);
    if (e) return at(e, entry.yields.status!);
  }
  return null;
}
const MEMBERSHIP_ELLIPSIS = compileEach(MEMBERSHIP_ELLIPSIS_FAMILY);

/** A verb of founding, which the membership trigger takes for the founders of a grouping named after it. */
const FOUNDED_WORD = /^(?:founded|formed|launched|created|established|set up|unveiled|announced)\b/i;

/** The sale told in the sentence before, ended by its buyer in this one ("In 2019 it scrapped the order."). */
function cancelledTold(text: string, discourse: Discourse, sentence: number): Trigger | null {
  const told = recent(discourse.lastTransfer, sentence, 1);
  const m = told ? CANCELLED_NEXT.exec(text) : null;
  if (!told || !m) return null;
  return {
    type: 'equipment_transfer',
    kind: 'transfer',
    start: m.index,
    end: m.index + m[0].length,
    parties: told.codes,
    status: 'ended',
  };
}

/**
 * Another round of the exercise or meeting told in the two sentences before, in a sentence that names it by
 * no word of its kind ("Its next edition goes to Brazil"): a trigger of that event's type.
 */
function nextRound(text: string, discourse: Discourse, sentence: number): Trigger | null {
  const exercise = recent(discourse.lastExercise, sentence, NEXT_ROUND_SPAN);
  const meeting = recent(discourse.lastMeeting, sentence, NEXT_ROUND_SPAN);
  // With no event told just before there is no round to read: the sentence is not scanned (nearly every
  // sentence without a trigger comes here, and the opening's expression is a long one).
  if (!exercise && !meeting) return null;
  const m = EVENT_OPENING.exec(text);
  if (!m) return null;
  // "The next session" is another meeting and "the next drills" another exercise, whichever was told last;
  // an "edition" or a "round" is of the event told last.
  const last =
    MEETING_ROUND.test(m[0]) && meeting
      ? 'meeting'
      : EXERCISE_ROUND.test(m[0]) && exercise
        ? 'exercise'
        : exercise && (!meeting || exercise.sentence >= meeting.sentence)
          ? 'exercise'
          : meeting
            ? 'meeting'
            : null;
  if (!last) return null;
  return {
    type: last === 'exercise' ? 'joint_exercise' : 'high_level_meeting',
    kind: last === 'exercise' ? 'activity' : 'meeting',
    start: m.index,
    end: m.index + m[0].length,
  };
}
/** A verb of hosting or holding: in a sentence about another round of an event, that event's verb. */
const HOSTING_VERB = /^(?:host|hosts|hosted|hosting|held|hold|holds|holding)$/i;
/**
 * "Two states signed an access agreement in 2022; the access pact took effect in 2023.": an agreement
 * told as signed, then in a later sentence as in force, took two steps on two dates, two facts (facts.ts).
 */
function enteredLater(doc: AnalyzedDocument, made: Candidate, text: string, trigger: Trigger): boolean {
  if (made.status !== 'in_force') return false;
  const clause = clauseAround(text, trigger.start, trigger.end);
  const entry = ENTRY_INTO_FORCE.exec(text.slice(clause.from, clause.to));
  // In force "since" a date told: the same step as entering into force then.
  const since = entry ? null : IN_FORCE_SINCE.exec(text.slice(clause.from, clause.to));
  if (
    !since &&
    (!entry ||
      !enteredIntoForce(text, {
        start: clause.from + entry.index,
        end: clause.from + entry.index + entry[0].length,
      }))
  )
    return false;
  return ruleReadings(doc, made.type, 'concluded', made.parties).some((c) => c.sentence < made.sentence);
}

/**
 * The rules' readings of a document by type, status and parties, as they are proposed: the checks that look back
 * for an earlier step of the same instrument (enteredLater, signedAfterEntry) find them in one look-up, where a
 * scan of every reading per reading made a long document's reading quadratic.
 */
const RULE_READINGS = new WeakMap<AnalyzedDocument, Map<string, Candidate[]>>();

const readingKey = (type: FactType, status: Status, parties: readonly PartyCode[]) =>
  `${type}|${status}|${partySetKey(parties)}`;

function indexRuleReading(doc: AnalyzedDocument, c: Candidate): void {
  let byKey = RULE_READINGS.get(doc);
  if (!byKey) RULE_READINGS.set(doc, (byKey = new Map()));
  const key = readingKey(c.type, c.status, c.parties);
  const list = byKey.get(key);
  if (list) list.push(c);
  else byKey.set(key, [c]);
}

function ruleReadings(
  doc: AnalyzedDocument,
  type: FactType,
  status: Status,
  parties: readonly PartyCode[],
): readonly Candidate[] {
  return RULE_READINGS.get(doc)?.get(readingKey(type, status, parties)) ?? [];
}

/**
 * "The access pact took effect on Monday. ... It was signed in Lima a year before.": the signing told after
 * the entry into force is the earlier step of the same instrument; the entry stays a fact of its own (facts.ts
 * keys a milestone apart), as where the signing is told first (enteredLater).
 */
function signedAfterEntry(doc: AnalyzedDocument, made: Candidate): void {
  if (made.status !== 'concluded' || made.origin !== 'rule') return;
  for (const c of ruleReadings(doc, made.type, 'in_force', made.parties)) {
    if (c.sentence >= made.sentence || c.milestone) continue;
    const sentence = doc.sentences[c.sentence]!;
    const at = c.anchor - sentence.start;
    const clause = clauseAround(sentence.text, at, c.anchorEnd - sentence.start);
    const entry = ENTRY_INTO_FORCE.exec(sentence.text.slice(clause.from, clause.to));
    if (
      entry &&
      enteredIntoForce(sentence.text, {
        start: clause.from + entry.index,
        end: clause.from + entry.index + entry[0].length,
      })
    )
      c.milestone = true;
  }
}

/**
 * "..., entered into force in 2021": a later step told as done, a fact of its own. Not one still to come ("is to
 * come into force when ...") nor a standing duty ("which obliges either party"): those tell of the one signing.
 */
function enteredIntoForce(text: string, cue: { start: number; end: number }): boolean {
  return (
    ENTRY_INTO_FORCE.test(text.slice(cue.start, cue.end)) &&
    !FUTURE_STEP.test(text.slice(Math.max(0, cue.start - 30), cue.start))
  );
}
const ENTRY_INTO_FORCE = /\b(?:entered|entering|came|coming|went|took|put)\s+(?:into\s+)?(?:force|effect)\b/i;
/** An agreement word pointing back to the instrument just named ("the accord", "the pact"), not a new one. */
const DEFINITE_ANAPHOR =
  /^(?:the|this|that)\s+(?:pact|agreement|accord|treaty|deal|arrangement|memorandum)$/i;
const IN_FORCE_SINCE = /\b(?:is|are|has\s+been|have\s+been)\s+in\s+(?:force|effect)\s+since\b/i;
/**
 * The rules' in-force reading of an instrument in this sentence, marked a step of its own beside its signing
 * (stages/facts.ts keeps the two apart). Searched from the end: it is among the last readings proposed.
 */
function inForceAsStep(
  candidates: Candidate[],
  sentence: number,
  type: FactType,
  parties: readonly PartyCode[],
): void {
  const key = partySetKey(parties);
  const inForce = candidates.findLast(
    (c) =>
      c.sentence === sentence &&
      c.type === type &&
      c.status === 'in_force' &&
      c.origin === 'rule' &&
      partySetKey(c.parties) === key,
  );
  if (inForce) inForce.milestone = true;
}

/**
 * "hailed the pact's taking effect in May, which the two had signed in 2024": the signing told after its entry
 * into force is a step of its own, with its own date.
 */
function signedBeforeEffect(
  text: string,
  later: { status: Status; start: number; end: number },
  status: Status | null,
): boolean {
  return (
    status === 'in_force' &&
    later.status === 'concluded' &&
    SIGNED_STEP.test(text.slice(later.start, later.end)) &&
    EFFECT_TOLD.test(text.slice(0, later.start))
  );
}
const SIGNED_STEP = /\b(?:signed|inked|concluded)\b/i;
/** The makers of a programme named after its verb: "launched by", "developed jointly by", "set up between". */
const MADE_BY_BEFORE =
  /\b(?:launched|developed|founded|created|started|set\s+up|begun|initiated|built|designed|agreed)\s+(?:jointly\s+)?(?:by|between)\s+(?:the\s+)?$/i;
/**
 * A participle of signing right after an instrument's name: "the pact (RAA) signed by ...", ", signed in 2023";
 * or the signing told by its signers: "the pact Lima and Quito signed in June", "which both presidents inked
 * last year". Case counts only for the signers' names (a headline's "Pact Signed In Lima" still reads).
 */
const SIGNED_AFTER_NAME =
  /^(?:\s*\([^)]{1,20}\))?,?\s+(?:[Ww]hich\s+was\s+|[Tt]hat\s+was\s+|(?:[Ww]hich|[Tt]hat)\s+)?(?:(?:the\s+)?(?:two|both|three)\s+(?:[a-z]+\s+){1,2}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+)?(?:[Ff]irst\s+)?(?:[Ss]igned|[Ii]nked|[Cc]oncluded)\s+(?:[Bb]y|[Ii]n|[Oo]n|[Aa]t|[Bb]etween|[Ww]ith|[Ll]ast|[Ee]arlier)\b/;
const SIGNED_AFTER_SPAN = 60;
/** A signing verb governing the name: "signed an access accord", "inked the pact". */
const SIGNED_BEFORE_NAME = /\b(?:signed|inked|concluded)\s+(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,4}$/i;
/** Where a signing of the instrument is told: right after its name, else by the verb right before it. */
function signingAround(text: string, trigger: Trigger): { start: number; end: number } | null {
  const after = SIGNED_AFTER_NAME.exec(text.slice(trigger.end, trigger.end + SIGNED_AFTER_SPAN));
  if (after) return { start: trigger.end + after.index, end: trigger.end + after[0].length };
  const from = Math.max(0, trigger.start - SIGNED_AFTER_SPAN);
  const before = SIGNED_BEFORE_NAME.exec(text.slice(from, trigger.start));
  return before ? { start: from + before.index, end: trigger.start } : null;
}
/** An entry into force still to come: "will take effect", "is due to enter into force". */
const FUTURE_EFFECT =
  /\b(?:will|would|shall|to|is\s+to|are\s+to|expected\s+to|due\s+to|set\s+to)\s+(?:\w+\s+)?(?:enter|come|go|take)\s+(?:into\s+)?(?:force|effect)\b/i;
const EFFECT_TOLD = /\b(?:entry|entered|came|went|took)\s+(?:into\s+)?(?:force|effect)\b/i;
/** "The treaty signed in 2012 remains in force": in one sentence, the standing after the signing is a step too. */
// So is a standing told with its start: "signed in January, is in force since July".
const STILL_IN_FORCE =
  /\b(?:remains?|remained|still)\s+in\s+(?:force|effect)\b|\b(?:is|are|has\s+been|have\s+been)\s+in\s+(?:force|effect)\s+since\b/i;
const FUTURE_STEP =
  /\b(?:will|would|shall|to|is\s+to|are\s+to|expected\s+to|due\s+to|set\s+to|should)\s+(?:\w+\s+)?$/i;

/** The last word of an opening on another round (EVENT_OPENING) that names a meeting, or an exercise. */
const MEETING_ROUND = /\b(?:session|meeting|dialogue|talks)$/i;
const EXERCISE_ROUND = /\b(?:exercise|drills?|patrols?|sail|training)$/i;
/** How many sentences back the event another round of is told. */
const NEXT_ROUND_SPAN = 2;

/** "Italy's Fincantieri", "Turkey's Baykar": a state named as the owner of the firm or ship right after it. */
function ownsNext(text: string, offset: number, m: PartyMention, next: PartyMention | undefined): boolean {
  return (
    next !== undefined &&
    (next.kind === 'firm' || next.kind === 'ship') &&
    /^['’]s\s+(?:state-owned\s+|state\s+)?$/.test(text.slice(m.end - offset, next.start - offset))
  );
}

/**
 * "Ships from A, B and C began the drills. D and E also sent ships.": one exercise of all five, told over
 * two sentences. The first sentence's reading becomes the whole exercise, so both are its evidence and
 * neither is a smaller exercise of its own. Not where one who joins was already in it: a state cannot
 * come to drills it already held, so those are some other exercise told before.
 */
/**
 * Whether states read as joining drills told before join that reading, or tell drills of their own. Newcomers
 * alone join; so do newcomers named beside some of those told where the drills told were already of three or
 * more ("Denmark, Estonia and Latvia are fielding minehunters" after Estonia was told among five). Newcomers
 * named with the states of a bilateral drill tell another, larger round ("began as a drill of A and B; this
 * year A, B and C ..."): the bilateral one stays. (Joining bilateral ones too cost right readings.)
 */
function joinsTold(told: readonly PartyCode[], joiners: readonly PartyCode[]): boolean {
  const known = joiners.filter((c) => told.includes(c)).length;
  if (known === joiners.length) return false;
  return known === 0 || told.length >= 3;
}

function joinTold(
  doc: AnalyzedDocument,
  told: PartyCode[],
  all: PartyCode[],
  status: Status | null,
  /** The sentence the exercise joined was first told in: the same states' drills told before it are others. */
  since: number,
): void {
  const key = partySetKey(told);
  for (const c of doc.candidates)
    if (
      c.type === 'joint_exercise' &&
      c.sentence >= since &&
      c.origin === 'rule' &&
      c.status === status &&
      partySetKey(c.parties) === key
    )
      c.parties = [...all];
}

/**
 * Whether one of the two sentences before names an exercise, for a sentence whose parties are "taking part"
 * (looked up only there: most sentences take part in nothing).
 */
function exerciseJustNamed(
  doc: AnalyzedDocument,
  sentence: Sentence,
  gate: TriggerGate,
  /** Per sentence index, whether it names an exercise: a run of "taking part" sentences asks each twice. */
  namesExercise: Map<number, boolean>,
): boolean {
  // The gate's one pass over the sentence told whether it holds PARTICIPATION's words: most do not, and are
  // not scanned again. (A sentence the gate let through only for its ellipsis matched no trigger list at all.)
  if (!gate.may.has(PARTICIPATION) || !TAKING_PART.test(sentence.text)) return false;
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    let named = namesExercise.get(i);
    if (named === undefined) {
      const before = doc.sentences[i]!.text;
      // The gate stage's reading of the sentence, where it made one (it is triggerGate's), with what it found;
      // where it read the sentence and found no trigger, none (findTriggers reads none without a gate).
      const gate = doc.gates[i] ?? (doc.passes[i] ? null : triggerGate(before));
      named = findTriggers(before, null, gate).some((t) => t.type === 'joint_exercise');
      namesExercise.set(i, named);
    }
    if (named) return true;
  }
  return false;
}

/** How far back drills with a catalogued exercise's host are taken for that exercise told again. */
const LEAD_SPAN = 10;
/** The instruments a base or an access may stand under. */
const UNDER_TYPES: ReadonlySet<FactType> = new Set(['defense_mou', 'security_treaty']);
const UNDER_BEFORE = compileFamily(UNDER_INSTRUMENT_FAMILY);

/** The access tie's parties for the instrument right after it that it stands under ("... under a ... agreement"). */
function footingOf(text: string, trigger: Trigger, footing: { end: number; sets: PartySet[] }): PartySet[] {
  const gap = text.slice(footing.end, trigger.start);
  if (gap.length > 80 || /[;.]/.test(gap) || !UNDER_BEFORE.test(gap)) return [];
  return footing.sets.map((set) => ({ parties: [...set.parties] }));
}

/** A subordinate clause opened by a pronoun subject: "... when it announced". */
const PRONOUN_SUBORDINATE = /\s(?:when|after|before|because|once)\s(?:it|he|she)\s/;
/** "sent jets to Cyprus, where they trained with ...": the pronoun is what the subject sent, or the subject. */
const WHERE_PRONOUN = /,\s*where\s+(?:they|it|he|she)\s/i;
/** "..., where he and ...", "when she and ...": a pronoun coordinated with the state the clause names. */
const PRONOUN_AND = /(?:,\s*where|\s(?:when|after|before|once))\s+(?:he|she)\s+and\s/i;
/** A pronoun standing for the parties before a trigger in its clause. */
const PRONOUN_IN_CLAUSE =
  /\b(?:they|the\s+two(?:\s+(?:sides|countries|nations|governments|leaders|ministers))?|both\s+(?:sides|countries|nations|governments))\b/i;
/**
 * The groups before the first relative clause that opens after the trigger on something else (all of them where
 * none does). A relative clause right after the event's words, or its name, is the event's own ("the Estrella
 * Austral drills, which open next week with ...").
 */
function beforeRelative(text: string, trigger: Trigger, groups: PartyGroup[]): PartyGroup[] {
  RELATIVE_AFTER.lastIndex = trigger.end;
  const relative = RELATIVE_AFTER.exec(text);
  if (!relative || EVENT_NAME_ONLY.test(text.slice(trigger.end, relative.index))) return groups;
  return groups.filter((g) => g.start < relative.index);
}

/** Nothing but the event's name between its words and a relative clause: "drills", "exercise Khaan Quest". */
const EVENT_NAME_ONLY = /^\s*["“]?(?:[A-Z0-9][\w'’-]*\s*){0,4}["”]?$/;

// Not one whose verb gathers the event's participants, past a time phrase too ("which in 2019 drew units from").
const RELATIVE_AFTER =
  /,\s(?:which|who|whose)\s(?!(?:(?:also|again|this\s+year|last\s+year|(?:in|during)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))\s+)*(?:involved|included|includes|involves|brought|brings|featured|drew|gathered)\b)/g;

/** The people a sentence named, as the subject of a later clause of it: "as the leaders met". */
const PEOPLE_SUBJECT =
  /^\s*(?:(?:as|while|when|after|before|where)\s+)?(?:the|both)\s+(?:leaders|ministers|presidents|prime\s+ministers|delegations|defen[cs]e\s+ministers|foreign\s+ministers|defen[cs]e\s+chiefs|army\s+chiefs|heads\s+of\s+state)\s+(?:\w+\s+){0,2}$/i;
/** The pair as the subject of a relative clause: "during which both sides signed". */
const PAIR_IN_RELATIVE =
  /^\s*(?:the\s+two\s+(?:sides|countries|nations|governments|leaders|ministers)|both\s+(?:sides|countries|nations|governments)|they)\s+(?:\w+\s+){0,3}$/i;
/** A maker's origin right after a state: "US-made", "Korean-built", "French-designed". */
// "US-made", "Korean built howitzers"; not the subject's own verb ("INS Sharda made a call at Victoria", "India built
// the base"), where a determiner follows.
const MADE_IN =
  /^[-\s](?:made|built|designed|manufactured|produced|supplied|developed|origin)\b(?!\s+(?:a|an|the|its|their|his|her|two|three|four|several|no|up|it|them)\b)/i;
/** A trigger of making another's design at home: under its licence, or with its technology transferred. */
const LICENSED = /\blicen[cs]|\btechnology\b/i;

/**
 * "signed two agreements ... One is an ACSA, ...; the other is an information pact": an instrument told as one
 * of those just told has their status, where its own sentence gives none.
 */
function oneOfThoseTold(
  text: string,
  trigger: Trigger,
  discourse: Discourse,
  sentence: number,
): Status | null {
  if (trigger.kind !== 'instrument' || !ONE_OF_THOSE.test(text.slice(0, trigger.start))) return null;
  return recent(discourse.lastInstrument, sentence, 3)?.status ?? null;
}

const ONE_OF_THOSE =
  /^\s*(?:one|the\s+other|the\s+first|the\s+second|the\s+third|another|the\s+latter|the\s+former)(?:\s+of\s+them)?\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;

/** PARTICIPATION without /g: test() must keep no state between sentences. */
const TAKING_PART = new RegExp(PARTICIPATION.source, 'i');

/**
 * "INS Tabar arrived in Alexandria on a three-day visit": a ship that arrives or visits makes a port call,
 * not a meeting, where its clause names a ship before the word and no official.
 */
function portCall(text: string, trigger: Trigger): boolean {
  if (trigger.kind !== 'meeting') return false;
  const word = text.slice(trigger.start, trigger.end);
  if (!VISIT_WORD.test(word) && !TRAVEL_WORD.test(word)) return false;
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  const before = text.slice(from, trigger.start);
  if (VESSEL_VISITOR.test(before) && !OFFICIAL_WORD.test(before)) return true;
  // "a port visited by Indian and French warships": the ships are the passive's agent, after the word.
  const agent = PASSIVE_AGENT.exec(text.slice(trigger.end, Math.min(to, trigger.end + AGENT_REACH)));
  return agent !== null && VESSEL_VISITOR.test(agent[0]) && !OFFICIAL_WORD.test(agent[0]);
}

/** The agent of a passive visit: "by" and the words up to the clause's end, within AGENT_REACH. */
const PASSIVE_AGENT = /^\s+by\s.*/s;
const AGENT_REACH = 80;

const VISIT_WORD = /\bvisit/i;
const TRAVEL_WORD = new RegExp(TRAVEL.source, 'i');
const OFFICIAL_WORD = new RegExp(OFFICIAL.source, 'i');
const VESSEL_VISITOR = compileFamily(VESSEL_VISITOR_FAMILY);

/** Ties whose words are as common in civil news as in defense news: meetings and memoranda. */
const CIVIL_TYPES: ReadonlySet<FactType> = new Set(['high_level_meeting', 'defense_mou', 'two_plus_two']);
const DEFENSE_CONTEXT = compileEntries(DEFENSE_CONTEXT_FAMILY.entries, DEFENSE_CONTEXT_FAMILY.flags);
const CIVIL_GOODS = compileFamily(CIVIL_GOODS_FAMILY);

/** The parties of the trigger's own clause when it names any (not just a venue); else the whole sentence's. */
/**
 * "signed defence pacts with the Emirates in 2020 and held drills with Egypt and Cyprus": each verb's partners
 * are those after it, up to the next verb's words joined by "and"; a list after the other trigger is that
 * trigger's, and one before this trigger but after the other is the other's.
 */
function partnersOfOwn(
  text: string,
  trigger: Trigger,
  triggers: Trigger[],
  groups: PartyGroup[],
): PartyGroup[] {
  const others = triggers.filter(
    (t) => t !== trigger && t.type !== trigger.type && (t.end <= trigger.start || t.start >= trigger.end),
  );
  // "a push for defence pacts grew after Honiara signed one of its own with Beijing": the states
  // past a subordinator that opens a later trigger's clause, of the same kind, are that one's.
  // Or a verb of signing with a state of its own right before it ("..., and Honiara signed a pact with"); past
  // a verb of signing alone ("... similar to the one signed with London"), the partners named by "with".
  let cut = Infinity;
  let cutPartners = Infinity;
  for (const t of triggers) {
    if (t === trigger || t.type !== trigger.type || t.start < trigger.end) continue;
    const between = text.slice(trigger.end, t.start);
    const opening = OWN_CLAUSE_BETWEEN.exec(between);
    if (opening) cut = Math.min(cut, trigger.end + opening.index);
    for (const verb of between.matchAll(SIGNING_VERB)) {
      const at = trigger.end + verb.index;
      cutPartners = Math.min(cutPartners, at);
      const subject = groups.find(
        (g) => g.end <= at && /^\s+(?:(?:has|have|had|also)\s+)?$/.test(text.slice(g.end, at)),
      );
      if (subject) cut = Math.min(cut, subject.start);
    }
  }
  if (cut < Infinity || cutPartners < Infinity)
    groups = groups.filter((g) => g.start < cut && (g.marker !== 'with' || g.start < cutPartners));
  if (others.length === 0) return groups;
  // Or the trigger sits in a relative clause set off by commas, and the other follows its close ("Athens,
  // which flies French jets, signed for F-35s from Washington").
  const inAside = ASIDE_OPENING.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
  const joined = (from: number, to: number) =>
    COORDINATED_PREDICATE.test(text.slice(from, to)) ||
    (inAside && from === trigger.end && text.slice(from, to).includes(','));
  const ownAfter = groups.some(
    (g) =>
      g.marker === 'with' &&
      g.start >= trigger.end &&
      !others.some((t) => t.start >= trigger.end && t.end <= g.start),
  );
  const kept = groups.filter((g) => {
    if (
      g.marker !== 'with' &&
      !(trigger.type === 'equipment_transfer' && (g.marker === 'from' || g.marker === 'to'))
    )
      return true;
    if (g.start >= trigger.end)
      return !others.some((t) => t.start >= trigger.end && t.end <= g.start && joined(trigger.end, t.start));
    // Before this trigger: the other's, if this one has partners of its own after it ("signed a pact with
    // Kyiv and pledged aid" pledges to Kyiv).
    return !(ownAfter && others.some((t) => t.end <= g.start && joined(g.end, trigger.start)));
  });
  return kept.length === groups.length ? groups : kept;
}
/**
 * Between two triggers of a kind, what opens another clause: a subordinator before a name and its verb ("after
 * Honiara signed"), not before a noun phrase ("after similar pacts with A and B" names predecessors).
 */
const OWN_CLAUSE_BETWEEN =
  /\b(?:after|before|when|while|whereas|because|once|until)\s+(?=(?:the\s+)?[A-Z][\w\u00c0-\u024f'’.-]*(?:\s+[A-Z][\w\u00c0-\u024f'’.-]*){0,2}\s+(?:(?:has|had|have|also|first|finally)\s+)?[a-z]+(?:ed|s)\b)/;
const SIGNING_VERB = /\b(?:signed|inked|concluded|struck|sealed)\b/gi;
/** The verb that gathers an event's participants: "involves warships from", "brought together troops of". */
const GATHERED_VERB =
  /^(?:(?:this\s+year|again|also|now)\s+)?(?:involves?|involved|brought\s+together|brings\s+together|drew|draws|gathered|gathers|included|includes|featured|features|saw|sees)\b/i;
/** Those taking part, told in a relative clause: ", in which servicemen of A, B and C took part". */
const IN_WHICH_TOOK_PART =
  /^,\s*in\s+which\s+[^,;()]{1,40}?(?:,\s*[^,;()]{1,40}?)*\s+(?:took|take|will\s+take|have\s+taken|had\s+taken)\s+part\b/i;
const AS_DID = compileFamily(AS_DID_FAMILY);
const FORCES_NAMED = compileFamily(FORCES_NAMED_FAMILY);
/**
 * The rest of an event's name before the clause ends: '" international special forces exercise', or a name of
 * its own that no catalogue holds (" Green Sky"), its last word right before the comma, and where it was held
 * (" Andean Condor at a base outside Arequipa"): up to eight words.
 */
const EVENT_NAME_REST = /^[\s"”’,]*(?:[\w\u00c0-\u024f-]+(?:[\s"”’,]+|$)){0,8}$/i;
/** A relative clause set off by commas: ", which began on Monday,". */
const RELATIVE_ASIDE_AFTER = /^,\s*(?:which|who)\b[^,;()]{1,90},\s*/i;
/** A relative clause opening right before a trigger: ", which already flies", ", who signed". */
const ASIDE_OPENING = /,\s*(?:which|who)\s+(?:[\w-]+\s+){0,3}$/i;
/** A second predicate coordinated with the first: "... in 2020 and held ...", "..., and is negotiating ...". */
const COORDINATED_PREDICATE =
  /\b(?:and|but)\s+(?:(?:has|have|had|is|are|was|were|also|then|later|now|will|would|regularly|since)\s+)*(?:[a-z]+(?:ed|ing|s)|held|met|sent|sold|bought|took|made|struck|began|gave|kept|led|ran|won)\b/i;

function groupsFor(text: string, trigger: Trigger, allGroups: PartyGroup[]): PartyGroup[] {
  if (trigger.type === 'equipment_transfer') return allGroups;
  // "fired US-made rocket launchers during a drill": the maker of the kit is no party to the drill. But the
  // designer of what is built under its licence is the partner in making it ("assembles Israeli-designed
  // drones under licence").
  const licensed =
    trigger.type === 'joint_development' && LICENSED.test(text.slice(trigger.start, trigger.end));
  const groups = licensed ? allGroups : allGroups.filter((g) => !MADE_IN.test(text.slice(g.end, g.end + 14)));
  const { from, to } = clauseAround(text, trigger.start, trigger.end);
  let local = groups.filter((g) => g.start >= from && g.start < to);
  // "The drills, which opened on Tuesday, involve frigates from A and B": the clause goes on past a relative
  // clause set off by commas right after the trigger.
  const relative = RELATIVE_ASIDE_AFTER.exec(text.slice(to));
  if (
    relative &&
    (trigger.type === 'joint_exercise' || MEETING_TYPES.has(trigger.type)) &&
    /^[\s,]*$/.test(text.slice(trigger.end, to)) &&
    GATHERED_VERB.test(text.slice(to + relative[0].length, to + relative[0].length + 40)) &&
    !/\d$/.test(text.slice(to, to + relative[0].length).replace(/,\s*$/, '')) &&
    !groups.some((g) => g.start >= to && g.start < to + relative[0].length)
  ) {
    const resume = to + relative[0].length;
    const next = clauseAround(text, resume, resume);
    local = [...local, ...groups.filter((g) => g.start >= resume && g.start < next.to)];
  }
  // "hosted a joint mountain exercise, in which troops of A, B and C took part": those the relative clause
  // right after the event's name says took part in it.
  const takingPart =
    trigger.type === 'joint_exercise' || MEETING_TYPES.has(trigger.type)
      ? IN_WHICH_TOOK_PART.exec(text.slice(to))
      : null;
  if (takingPart && EVENT_NAME_REST.test(text.slice(trigger.end, to)))
    local = [...local, ...groups.filter((g) => g.start >= to && g.end <= to + takingPart[0].length)];
  // "Russian and Belarusian units took part, as did contingents from A and B": the clause after the comma adds
  // the forces it names to the same drills.
  if (trigger.type === 'joint_exercise') {
    const added = AS_DID.exec(text.slice(to));
    if (added) {
      const resume = to + added[0].length;
      const next = clauseAround(text, resume, resume);
      // Not a like event of others: "..., as did Bolivia with Ecuador".
      // Forces, not states: "as did the US and Japan" may be drills of their own.
      const clause = text.slice(resume, next.to);
      if (!/\bwith\b/i.test(clause) && FORCES_NAMED.test(clause))
        local = [...local, ...groups.filter((g) => g.start >= resume && g.start < next.to && !g.place)];
    }
  }
  // "Moldova and Georgia - both former Soviet republics - applied to join": the subject stands before an aside set
  // off by two dashes, and the clause after the aside is its own.
  const aside = endsInDash(text, from) ? DASH_ASIDE.exec(text.slice(0, from)) : null;
  if (aside && !local.some((g) => g.marker === null && g.end <= trigger.start)) {
    const open = aside.index;
    const before = clauseAround(text, Math.max(0, open - 1), open);
    local = [...groups.filter((g) => g.start >= before.from && g.end <= open && g.marker === null), ...local];
  }
  // "Manila has a pact with Canberra, and is negotiating one with Tokyo": a verb coordinated after the comma
  // shares the first clause's subject.
  // "Japan and Italy met in Rome, agreeing to ...": a participle after the comma shares it too.
  // "Canberra tore up the contract when it announced AUKUS with ...": "it" is the sentence's subject.
  if (
    (COORDINATED_VERB.test(text.slice(Math.max(0, from - COORDINATED_VERB_LENGTH), from)) ||
      PRONOUN_SUBORDINATE.test(text.slice(Math.max(0, from - 10), from + 8)) ||
      WHERE_PRONOUN.test(text.slice(Math.max(0, from - 10), from + 8)) ||
      (/,\s$/.test(text.slice(Math.max(0, from - 2), from)) && PARTICIPLE_OPENING.test(text.slice(from))) ||
      // "..., weeks after inking a pact with Baku": a time clause with no subject of its own shares the sentence's.
      // "..., after a long day of talks with Oslo": so does one that opens on the event's words, with a partner.
      (TIME_WORD_BEFORE.test(text.slice(Math.max(0, from - 8), from)) &&
        (GERUND_OPENING.test(text.slice(from)) ||
          (EVENT_TYPES.includes(trigger.type) &&
            EVENT_OPENING_WORDS.test(text.slice(from, trigger.start)) &&
            local.some((g) => g.marker === 'with')))) ||
      COUNTED_SUBJECT_OPENING.test(text.slice(from, trigger.start))) &&
    // "went to Lima, where he and his Peruvian counterpart signed ...": a pronoun paired with a state is the
    // subject's own, beside the state the clause names.
    (!local.some((g) => g.marker === null && g.end <= trigger.start) ||
      PRONOUN_AND.test(text.slice(Math.max(0, from - 10), from + 12)))
  ) {
    const subject = groups.find((g) => g.marker === null && g.end <= from && !g.place);
    if (subject) local = [subject, ...local];
  }
  // "Canberra has finalised two deals: a pact with Tuvalu, and a treaty with Nauru": a list after a colon
  // spells out the object of the clause before it, whose subject is that of each item.
  const colon = text.lastIndexOf(':', trigger.start);
  if (
    colon >= 0 &&
    !text.slice(colon, trigger.start).includes(';') &&
    !local.some((g) => g.marker === null && g.end <= trigger.start)
  ) {
    const subject = groups.find((g) => g.marker === null && g.end <= colon && !g.place);
    if (subject && !local.includes(subject)) local = [subject, ...local];
  }
  // "..., the United States, with which Manila has a treaty": the relative pronoun stands for the party before it.
  const edge = text.lastIndexOf(',', from);
  if (edge >= 0 && RELATIVE_EDGE.test(text.slice(edge, to))) {
    // The party must stand right before the comma: in "the missile, which ..." the antecedent is no party.
    const antecedent = groups.filter((g) => g.end <= edge).at(-1);
    if (antecedent && ANTECEDENT_TO_COMMA.test(text.slice(antecedent.end, edge))) {
      // "The Philippines, which has a pact with Australia, is negotiating one with France": a comma closes the
      // relative clause, and the party before it is the subject on both sides of it.
      const close = text.indexOf(',', edge + 1);
      const inside = close < 0 || close >= to || trigger.start < close;
      const span = inside
        ? local.filter((g) => close < 0 || g.start < close)
        : local.filter((g) => g.start > close);
      local = [antecedent, ...span];
    }
  }
  // "the Medusa exercise, which also involved troops from Cyprus and France": the event's relative clause
  // names more of its participants.
  if (EVENT_KINDS.has(trigger.kind) && EVENT_WHICH.test(text.slice(to))) {
    const more = clauseAround(text, to + 2, to + 3);
    local = [...local, ...groups.filter((g) => g.start >= to && g.start < more.to && !local.includes(g))];
  }
  // "The drills come as Canberra and Washington ...": a definite mention restating what was told names no
  // parties of its own, and the other clause's parties are not its.
  const definite =
    /\bthe\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) ||
    /^the\s/i.test(text.slice(trigger.start, trigger.end));
  // "A, B and C agreed to ..., as the leaders met outside Washington": a clause whose subject is the people
  // the sentence named before it stands for them, and "the leaders" is no event restated.
  // "..., A and B held talks, during which both sides signed a pact": the pair of a relative clause is the
  // sentence's own, named before it.
  const people =
    PEOPLE_SUBJECT.test(text.slice(from, trigger.start)) ||
    (/\bwhich\s*$/.test(text.slice(Math.max(0, from - 8), from)) &&
      PAIR_IN_RELATIVE.test(text.slice(from, trigger.start)));
  const restated = definite && !people && (trigger.kind === 'activity' || trigger.kind === 'meeting');
  const named = groups.filter((g) => g.end <= from && !g.place && g.marker === null);
  // "In 2024 they signed an arrangement ..., designed to counter missiles fielded by A and B": a clause whose
  // subject is a pronoun names its parties by it, not by the states of the clause after.
  // Not those of a relative clause after it, on something else: "naval drills involving the carrier, which
  // Egypt acquired from France" names the carrier's buyer and seller, not the drills' parties.
  if (!local.some((g) => !g.place))
    local =
      people && named.length > 0
        ? [...named, ...local]
        : restated || PRONOUN_IN_CLAUSE.test(text.slice(from, trigger.start))
          ? // "The next round is set for Malawi": the venue of another round tells which one.
            restated && EVENT_OPENING.test(text)
            ? local
            : []
          : beforeRelative(text, trigger, groups);
  // Predecessors ("after the G7 members -- Britain, Canada -- as well as India") stand across clause edges.
  const predecessors = groups.filter((g) => g.marker === 'after' && !local.includes(g));
  return predecessors.length > 0 ? [...local, ...predecessors].sort((a, b) => a.start - b.start) : local;
}

const DASH_ASIDE = compileFamily(CLAUSE_SHAPE_FAMILIES.dashAside);
/**
 * Whether the character before the last of text[0, end) is a dash, as in every DASH_ASIDE match (which ends
 * with a dash and a white space): only then can it match, and most clauses open after no dash, where the
 * expression scanned the whole text before the clause.
 */
function endsInDash(text: string, end: number): boolean {
  return end >= 2 && text.charCodeAt(end - 2) === 0x2d;
}
/** Meetings, whatever word names them ("met", "the 2+2 meeting"): who met, read with groupings, without topics. */
const MEETING_TYPES: ReadonlySet<FactType> = new Set(['high_level_meeting', 'two_plus_two']);
const EVENT_KINDS: ReadonlySet<Trigger['kind']> = new Set(['activity', 'meeting']);
const EVENT_WHICH = compileFamily(CLAUSE_SHAPE_FAMILIES.eventWhich);
const INSTRUMENT_CONTENT = compileFamily(INSTRUMENT_CONTENT_FAMILY);
const DONE_UNDER = compileFamily(DONE_UNDER_FAMILY);

// ", with which Manila has a treaty", and ", which already has a pact with Canberra,": the party before the
// comma is the relative clause's own subject or partner.
/** The edge of a clause whose verb is coordinated with the one before: ", and is negotiating". */
const COORDINATED_VERB = /,?\s(?:and|but)\s$/;
/**
 * The longest COORDINATED_VERB match (", and "): as it ends the text and looks no further back, the last this
 * many characters before a clause are all it is tested on, not the whole text before the clause.
 */
const COORDINATED_VERB_LENGTH = 6;
/** The participles that open a clause of their own after a comma (the participial clause edge). */
/**
 * "Athens and Ankara quarrel, although both countries are members of the alliance": a clause whose subject
 * counts the states of the clause before it points back to them.
 */
const COUNTED_SUBJECT_OPENING =
  /^\s*(?:(?:and|but|yet|although|though|while|as|since|because|even\s+though)\s+)?(?:both|all\s+(?:two|three|four|five|six)|the\s+(?:two|three|four))\s+(?:countries|nations|states|governments|neighbou?rs|allies|sides)\b/i;
/** The word a time clause's edge ends on, where a gerund may follow ("..., weeks after signing"). */
const TIME_WORD_BEFORE = /\b(?:after|before|since)\s?$/i;
const GERUND_OPENING = /^\s?[a-z]{2,}ing\s/;
/** Nothing but a determiner or a span of time before the event's words: "after talks", "after three hours of talks". */
const EVENT_OPENING_WORDS =
  /^\s*(?:(?:a|an|the|his|her|their|its|two|three|several|lengthy|long|separate|brief|full)\s+){0,3}(?:(?:morning|afternoon|evening|day|days|week|hours|rounds?)\s+of\s+)?$/i;
const PARTICIPLE_OPENING =
  /^(?:agreeing|saying|adding|noting|pledging|vowing|calling|stressing|underscoring|highlighting|reaffirming|welcoming|seeking|hoping|aiming|trying|signalling|signaling)\s/;

const RELATIVE_EDGE =
  /^,\s(?:(?:with|in|under|by|to|for|at|during|through|after) (?:which|whom)|which|who|whose)\b/i;
/**
 * What may stand between the party and the comma of its relative clause: nothing, or its official's title
 * ("Kenya's Minister of Defence, who met ..."), or its force's name ("Ghana's Armed
 * Forces, which signed ..."), or the unit its word names ("the Royal Thai Marines, who ...").
 */
const ANTECEDENT_TO_COMMA =
  /^(?:[\s)’'”"]*|['’]s\s+(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Pp]rime|[Dd]eputy|[Vv]ice|[Cc]hief|[Nn]ational|[Aa]rmy|[Nn]avy|[Aa]ir|[Ff]orce|[Mm]inister|[Ss]ecretary|[Pp]resident|[Pp]remier|[Cc]ommander|[Aa]mbassador|[Ee]nvoy|of|the|[Ss]taff|[Mm]inistry|[Gg]overnment|[Aa]rmed|[Ff]orces|[Cc]ommand|[Cc]oast|[Gg]uard|[Mm]arines?|[Cc]orps|[Cc]yber(?:space)?|[Ss]pace|[Ss]pecial|[Oo]perations|[Nn]aval|[Gg]eneral)\s*)+|\s+(?:[A-Z][a-z]+\s+){0,2}(?:Army|Navy|Air\s+Force|Artillery|Infantry|Regiment|Brigade|Marines|Corps|Battalion|Division|Forces?|[Tt]roops|[Ss]oldiers|[Ss]ailors|[Pp]ersonnel|[Cc]ontingents?|[Uu]nits?)\s*)$/;

/**
 * The states after a verb's clause that take the same verb left out, each with its own date: ", West Germany in
 * 1955, and Spain, after the end of the dictatorship, in 1982".
 */
function gappedSubjects(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
): Array<{ codes: PartyCode[]; at: { start: number; end: number } }> {
  const out: Array<{ codes: PartyCode[]; at: { start: number; end: number } }> = [];
  let from = trigger.end;
  for (const g of groups) {
    if (g.start < from || g.place) continue;
    // The grouping joined is the verb's object, not a state left without its verb.
    if (g.codes.every(isGroupingCode)) {
      from = g.end;
      continue;
    }
    if (!GAP_OPENING.test(text.slice(from, g.start))) break;
    const date = GAPPED_DATE.exec(text.slice(g.end, g.end + 90));
    if (!date) break;
    out.push({ codes: g.codes, at: { start: g.start, end: g.end + date[0].length } });
    from = g.end + date[0].length;
  }
  return out;
}

/** Between a clause and a state left without its verb: a comma or "and", and what the clause says before it. */
const GAP_OPENING = /^[^.;]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|(?:West|East|North|South)\s+)?$/;
/** The date a gapped state comes with: "in 1955", "in March 2024", after an aside set off by commas. */
const GAPPED_DATE =
  /^(?:,[^,;.]{0,60},)?\s+(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|(?:a|one|two|three|a\s+few)\s+(?:years?|months?)\s+(?:earlier|later|before|after)\b)/;

/** How far into a sentence a list without a word before it is the sentence's subject (remember). */
const SUBJECT_SPAN = 60;

/** Groupings that are alliances: what "the alliance" points back to, whatever bloc was named since. */
const ALLIANCES: ReadonlySet<string> = new Set(['NATO', 'AUKUS']);

function remember(
  text: string,
  groups: PartyGroup[],
  mentions: readonly PartyMention[],
  sentence: number,
  discourse: Discourse,
): void {
  const grouping = mentions.find((m) => m.kind === 'grouping');
  if (grouping) discourse.lastGrouping = { code: grouping.code, sentence };
  const donor = aidProgrammeDonor(text);
  if (donor) discourse.lastAidProgramme = { code: donor, sentence };
  const alliance = mentions.findLast((m) => m.kind === 'grouping' && ALLIANCES.has(m.code));
  if (alliance) discourse.lastAlliance = { code: alliance.code, sentence };
  const usable = groups.filter((g) => !g.place);
  const codes = uniq(codesOf(usable));
  if (codes.length === 2) tellPair(discourse, codes, sentence);
  const states = codes.length >= 3 ? codes.filter((c) => !isGroupingCode(c)) : [];
  if (states.length >= 3) {
    discourse.lastGroup = { codes: states, sentence };
    discourse.groupsTold.push(discourse.lastGroup);
  }
  // A run of sentences on the pair's instruments that name no party keeps the pair in play.
  else if (
    codes.length === 0 &&
    discourse.lastPair?.sentence === sentence - 1 &&
    INSTRUMENT_OPENING.test(text)
  )
    discourse.lastPair.sentence = sentence;
  else if (
    codes.length === 1 &&
    discourse.lastPair &&
    !discourse.lastPair.codes.includes(codes[0]!) &&
    discourse.focal
  ) {
    // "Sweden applied ..." in an article about Japan: the pair in play becomes Japan and Sweden.
    if (codes[0] !== discourse.focal) discourse.lastPair = { codes: [discourse.focal, codes[0]!], sentence };
  }
  const first = usable.find((g) => g.marker === null);
  // "For Manila, it is the fourth such pact": the state fronted is the subject the next sentence continues.
  const fronted = frontedTopic(text);
  if (fronted) discourse.lastSubject = { code: fronted, sentence };
  else if (first && first.start < SUBJECT_SPAN) discourse.lastSubject = { code: first.codes[0]!, sentence };
  else if (PRONOUN_SUBJECT.test(text) && discourse.lastSubject) discourse.lastSubject.sentence = sentence;
}
