// Supplier first: "A exports X to B", "B purchases X from A", "B buys the A-made X", "A supplied B with X",
// "the procurement of Tomahawk missiles" (the maker of a known system), "beneficiaries of A's aid".
import {
  AID_GIVER_FAMILY,
  COUNTED_OFF_FAMILY,
  HANDED_OVER_FAMILY,
  PLATFORM_BEFORE_FAMILY,
  RELATIVE_PASSIVE_FAMILY,
  SECOND_HAND_FAMILY,
  SHARE_OF_FAMILY,
  WHICH_THEN_VERB_FAMILY,
} from '../phrasebook/transfer-roles.js';
import { isGroupingCode } from '../../parties/groupings.js';
import type { PartyCode } from '../../schema/fact.js';
import { aidProgrammeDonor } from '../lexicon/aid-programmes.js';
import { equipmentOrigin } from '../lexicon/equipment-origin.js';
import { EQUIPMENT } from '../lexicon/event-words.js';
import { definiteSystemBefore, kitKinds } from './transfer-item.js';
import { IT_THEY_SUBJECT_FAMILY } from '../phrasebook/anaphora.js';
import { compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  AGENT_AFTER_FAMILY,
  CONTRAST_EDGE_FAMILY,
  RELATIVE_ASIDE_CLOSE_FAMILY,
  RELATIVE_ASIDE_OPEN_FAMILY,
  FIRM_TELLS_FAMILY,
  FURTHER_ORDER_ENTRY,
  MADE_BY_FAMILY,
  RECIPIENT_ANAPHOR_FAMILY,
  SUBJECT_GAP_FAMILY,
  CUSTOMER_POSSESSOR_FAMILY,
  SUPPLIER_POSSESSOR_FAMILY,
  TOLD_EQUIPMENT_OBJECT_FAMILY,
  TOLD_KIT_COUNT_FAMILY,
  TOLD_FAMILIES,
} from '../phrasebook/transfer-roles.js';
import type { PartySet } from './choose-parties.js';
import { clauseAround } from './decide-status.js';
import {
  aboutState,
  PAIR_ANAPHOR,
  pairInPlay,
  pronounSubject,
  RECENT,
  recent,
  AID_PROGRAMME_SPAN,
  SYSTEM_SPAN,
  uniq,
  type Discourse,
} from './discourse.js';
import {
  DELIVERIES_BEGAN,
  FORCE_REACHED,
  FORCES_BEFORE_ARRIVAL,
  FORCES_WITH_KIT,
  KIT_AFTER_ARRIVAL,
  OWNED_KIT,
  SOURCED_KIT,
  type Trigger,
} from './find-triggers.js';
import { codesOf, type PartyGroup } from './party-groups.js';

/** The largest arms exporters (SIPRI, 2019-2023): in "an arms deal between A and B" the exporter supplies. */
const MAJOR_EXPORTERS: ReadonlySet<PartyCode> = new Set([
  'USA',
  'FRA',
  'RUS',
  'CHN',
  'DEU',
  'ITA',
  'GBR',
  'ESP',
  'ISR',
  'KOR',
  'TUR',
  'NLD',
  'SWE',
  'UKR',
  'CHE',
]);

/**
 * "Japan told Indonesia it would ...", "Seoul assured Warsaw that it will ...": a state that tells another what
 * "it" will do, right before the trigger's clause.
 */
function tellerAndListener(
  text: string,
  before: PartyGroup[],
  triggerStart: number,
): { teller: PartyCode; listener: PartyCode } | null {
  for (let i = 1; i < before.length; i++) {
    const x = before[i - 1]!;
    const y = before[i]!;
    if (x.codes.length !== 1 || y.codes.length !== 1) continue;
    if (TOLD.test(text.slice(x.end, y.start)) && TOLD_IT.test(text.slice(y.end, triggerStart)))
      return { teller: x.codes[0]!, listener: y.codes[0]! };
  }
  return null;
}

const TOLD = compileFamily(TOLD_FAMILIES.between);
const TOLD_EQUIPMENT_OBJECT = compileFamily(TOLD_EQUIPMENT_OBJECT_FAMILY);
const TOLD_IT = compileFamily(TOLD_FAMILIES.then);

/** "to the country", "to the Andean nation": the recipient is the other party in play. */
const RECIPIENT_ANAPHOR = compileFamily(RECIPIENT_ANAPHOR_FAMILY);

/** "Japan's decision to export", "the Japanese government's plan": the possessor acts. */
const AGENT_AFTER = compileFamily(AGENT_AFTER_FAMILY);
const IT_THEY_SUBJECT = compileFamily(IT_THEY_SUBJECT_FAMILY);
const SUPPLIER_POSSESSOR = compileFamily(SUPPLIER_POSSESSOR_FAMILY);
const CUSTOMER_POSSESSOR = compileFamily(CUSTOMER_POSSESSOR_FAMILY);
const MADE_BY = compileFamily(MADE_BY_FAMILY);
const FIRM_TELLS = compileFamily(FIRM_TELLS_FAMILY);
const CONTRAST_EDGE = compileFamily(CONTRAST_EDGE_FAMILY);
const RELATIVE_ASIDE_OPEN = compileFamily(RELATIVE_ASIDE_OPEN_FAMILY);
const RELATIVE_ASIDE_CLOSE = compileFamily(RELATIVE_ASIDE_CLOSE_FAMILY);

/** A finite "be" or "have" before a passive verb, past its own auxiliary ("were", "had been"). */
/** A part of a system, not the system: "The jet is powered by an engine supplied by ...", "fitted with". */
const PART_OF_KIT = /\b(?:powered|fitted|equipped|armed|driven|built\s+around)\s+(?:by|with)\b/i;
const FINITE_BE_HAVE = /\b(?:is|are|was|were|has|have|had|be|been)\b/i;
const OWN_AUXILIARY = /\s(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$/i;

/** The comma and conjunction that open a second predicate of the sentence's subject (clauseAround's edge). */
const SECOND_PREDICATE_BEFORE = /,\s(?:and|but)\s$/;
/** How far into a sentence the state that opens it is its subject. */
const SUBJECT_REACH = 30;

/** Those at a ceremony, after the verb: "attended by", "in the presence of", "witnessed by". */
const CEREMONY_BY = /\b(?:attended|witnessed|presided\s+over)\s+by\b|\bin\s+the\s+presence\s+of\b/i;

/** Buying together: "a joint purchase of", "jointly procure", "buy the trucks together". */
const JOINT_BUY =
  /\bjoint(?:ly)?\s+(?:purchase|procurement|order|acquisition|buy|procure|purchasing|ordering)|\b(?:buy|buying|purchase|purchasing|procure|procuring|order|ordering)\s+(?:[\w-]+\s+){0,4}together\b/i;
/** How far around an acquiring verb the words of buying together are looked for. */
const JOINT_BUY_REACH = 30;

/** How many sentences after a transfer its buyer still buys kit acquired with no buyer named: the next one. */
const TOLD_BUYER_SPAN = 1;

export function transferParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  // "Beijing's share of Serbian arms imports": the share's owner supplies the state whose imports they are;
  // the imports' own word then reads nothing more.
  const share = shareOfImports(text, trigger, groups);
  if (share) return share;
  const clause = clauseAround(text, trigger.start, trigger.end);
  // "took delivery of four Brazilian trainers and is expected to take delivery of ...": a demonym naming
  // the origin of equipment bought is no buyer of what is bought next.
  const origin = (g: PartyGroup) =>
    trigger.direction === 'acquire' &&
    // "Norwegian-American NASAMS": every maker of a jointly made system.
    g.mentions.every((m) => m.kind === 'demonym') &&
    NAMED_EQUIPMENT_NEXT.test(text.slice(g.end));
  // "offered the jet, a fighter co-produced by A and B": the makers of the kit named in passing are no buyer.
  const coMaker = (g: PartyGroup) =>
    trigger.direction !== 'clients' && CO_MAKER_BEFORE.test(text.slice(Math.max(0, g.start - 60), g.start));
  const usable = groups.filter((g) => !g.place && !coMaker(g));
  // "..., sealed on a British minister's trip, and it has since negotiated with A to buy ...": a clause of
  // its own opens on the pronoun, and the states before it are another clause's, not the verb's subject.
  const pronounClause = lastPronounClause(text.slice(0, trigger.start));
  // Equipment moves between states: a grouping ("which joined the Quad") is no buyer or seller.
  const before = usable.filter(
    (g) =>
      g.end <= trigger.start &&
      g.start > pronounClause &&
      !origin(g) &&
      !g.codes.every(isGroupingCode) &&
      (g.marker === null ||
        // Not the agent of a participle in a clause before: "the terms demanded by Washington, and in May
        // ordered jets from Paris" has the sentence's subject for its buyer.
        (g.marker === 'by' && !JOINED_CLAUSE.test(text.slice(g.end, trigger.start))) ||
        AGENT_AFTER.test(text.slice(g.end)) ||
        // "Several NATO members, including Norway and Lithuania, have ordered ...": the states the subject's
        // apposition lists are the subject.
        (g.marker === 'including' && APPOSITION_THEN_VERB.test(text.slice(g.end, trigger.start)))),
  );
  // The contrast edge, found once for the groups after the trigger and the maker (not at all where neither
  // asks).
  let edge = -1;
  const contrast = (): number =>
    edge < 0 ? (edge = Math.min(contrastEdge(text, trigger.end), asideClose(text, trigger))) : edge;
  // "delivered on Monday in a rite attended by A's navy chief and B's deputy minister": those who attended
  // neither give nor receive, as far as the words go.
  const ceremony = CEREMONY_BY.exec(text.slice(trigger.end));
  const attendedFrom = ceremony ? trigger.end + ceremony.index : Infinity;
  const after = usable.filter(
    (g) => g.start >= trigger.end && g.start < contrast() && g.start < attendedFrom,
  );
  // A state right before the verb is its subject, whatever word stands before the state ("weeks after
  // Bolivia bought Chinese drones": Bolivia bought them, not the minister named earlier).
  // Not the source a participle names ("trainers bought from China were commissioned": China sold them).
  const adjacent = usable
    .filter(
      (g) =>
        g.end <= trigger.start &&
        !g.place &&
        !origin(g) &&
        g.marker !== 'from' &&
        // "US-made helicopters, two of which it gave away": a maker's demonym qualifies the kit, it acts on nothing.
        !MAKER_DEMONYM_NEXT.test(text.slice(g.end, g.end + 10)) &&
        SUBJECT_GAP.test(text.slice(g.end, trigger.start)),
    )
    .at(-1);
  // "..., began with Portugal, which signed for five aircraft": the antecedent of "which" is the subject.
  // A place too: "the press in Estonia, which last year bought ...".
  const listed = groups
    .filter((g) => g.end <= trigger.start && WHICH_THEN_VERB.test(text.slice(g.end, trigger.start)))
    .at(-1);
  // "the contest between A and B, which has also given jets": a verb in the singular after a list
  // has the list's last state for its antecedent.
  const last = listed?.mentions.at(-1);
  const antecedent =
    listed && last && listed.codes.length > 1 && SINGULAR_WHICH.test(text.slice(listed.end, trigger.start))
      ? { ...listed, codes: [last.code], mentions: [last], start: last.start }
      : listed;
  // "Ghana's first Embraer Tucano trainers began arriving": a firm naming the system right after it is its maker,
  // not the subject.
  // Nor a maker's demonym ("flies Swedish Gripens and US-made F-5s and will buy ..."): the kit's
  // origin, not who buys.
  const subjects = before.filter(
    (g) =>
      !(g.mentions.every((m) => m.kind === 'firm') && SYSTEM_NAME_NEXT.test(text.slice(g.end))) &&
      !namesKitMaker(text, g),
  );
  // "Poland flies US-made helicopters, two of which it gave to Kyiv": "it" in the relative clause is
  // the sentence's own subject.
  const whichIt = WHICH_IT_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
  const itInRelative = whichIt
    ? usable.find(
        (g) =>
          g.marker === null &&
          g.end <= trigger.start &&
          g.mentions.every((m) => m.kind !== 'firm') &&
          !MAKER_DEMONYM_NEXT.test(text.slice(g.end, g.end + 10)),
      )
    : undefined;
  // "The country flies US-made jets, one of which it gave to Kyiv": where the sentence's subject is no named
  // state ("the country", "it"), "it" is that subject, not the kit's maker.
  const named =
    adjacent ??
    itInRelative ??
    (whichIt && IT_THEY_SUBJECT.test(text)
      ? undefined
      : (outsideApposition(text, subjects, trigger.start) ?? antecedent));
  // "... under a deal inked with Norway's Kongsberg, and the navy now orders ...": a clause of its own that opens on
  // its force has no subject in the clause before.
  // Not where the state opened the sentence ("Thai marines held drills, and the navy again wants to order
  // ..."): the force is that subject's.
  const opensOwn = clauseOpensOnAnaphor(text, clause.from);
  const subjectGroup =
    named &&
    opensOwn &&
    named.end <= clause.from &&
    named.start > OPENING_SUBJECT_WITHIN &&
    FORCE_OPENING.test(text.slice(clause.from))
      ? undefined
      : named;
  const subject =
    subjectGroup?.codes[0] ??
    pronounSubject(text, sentence, discourse) ??
    // "It has received ...": the state its paragraph is about, else the article's.
    (IT_THEY_SUBJECT.test(text)
      ? aboutState(discourse, null)
      : // A later clause of its own ("..., whereas the navy also runs Dutch-built corvettes"): the buyer
        // of the sale just told, whose forces the clause goes on about, else the same state.
        opensOwn
        ? (recent(discourse.lastTransfer, sentence, 1)?.codes[1] ?? aboutState(discourse, null))
        : null);
  // "Nigeria, Ghana and Kenya bought Turkish drones": every state of the subject's list buys.
  // "Both navies run frigates, which they ordered from Spain": the pair in play, both of them.
  const pairBuyers =
    !subjectGroup && trigger.direction === 'acquire' && PAIR_SUBJECT.test(text)
      ? recent(discourse.lastPair, sentence)?.codes
      : undefined;
  const buyers = subjectGroup?.codes ?? pairBuyers ?? (subject ? [subject] : []);
  const maker = makerOf(text, trigger, groups, contrast);
  // Equipment moves between states: "the most advanced fighter in NATO" names no recipient.
  const pair = (supplier: PartyCode | null, recipients: PartyCode[]): PartySet[] =>
    supplier && !isGroupingCode(supplier)
      ? uniq(recipients)
          .filter((c) => c !== supplier && !isGroupingCode(c))
          .map((c) => ({ parties: [supplier, c] }))
      : [];

  // "The first of them landed at Ovda", "Twelve have reached Poland": the kit of the transfer just told,
  // reaching its buyer; no other state's.
  if (trigger.direction === 'arrival') {
    // "France's first Mirage fighters reached Ukraine": the owner named before the kit sends it to the state
    // it reached.
    const owner = before.find(
      (g) => g.mentions.length === 1 && OWNED_KIT.test(text.slice(g.end, trigger.start)),
    );
    // "arrived in Kyiv", "landed at Mogadishu airport": the place the kit reached is its recipient's.
    const reached =
      after[0] && after[0].start - trigger.end <= 4
        ? after[0]
        : groups.find((g) => g.start >= trigger.end && g.start - trigger.end <= 4 && g.codes.length === 1);
    if (owner && reached) return pair(owner.codes[0]!, reached.codes);
    // "the jets donated by Denmark have arrived in Kyiv", "Danish-donated jets", "Egyptian aircraft carrying
    // arms": the state the kit came from or with sends it.
    const giver = SOURCED_KIT.test(text.slice(Math.max(0, trigger.start - 80), trigger.start))
      ? usable
          .filter(
            (g) =>
              g.end <= trigger.start &&
              (g.marker === 'by' ||
                g.marker === 'from' ||
                GIVING_DEMONYM_NEXT.test(text.slice(g.end)) ||
                // "the first batch of Indian missiles": the maker's demonym on kit sent in a series.
                (g.mentions.every((m) => m.kind === 'demonym') && DEMONYM_KIT_NEXT.test(text.slice(g.end)))),
          )
          .at(-1)
      : undefined;
    if (giver && reached) return giver.codes.flatMap((c) => pair(c, reached.codes));
    // "Russian instructors arrived in Bangui with two helicopters": the forces' state gives what they brought.
    const bringers = FORCES_WITH_KIT.test(
      text.slice(Math.max(0, trigger.start - FORCES_BEFORE_ARRIVAL), trigger.end + KIT_AFTER_ARRIVAL),
    )
      ? before.at(-1)
      : undefined;
    if (bringers && reached) return bringers.codes.flatMap((c) => pair(c, reached.codes));
    // "Turkish drones reached Niger's air force": the kit's maker sends it to the forces it reached.
    if (reached && maker && FORCE_REACHED.test(text.slice(trigger.end)) && !reached.codes.includes(maker))
      return pair(maker, reached.codes);
    const sale = recent(discourse.lastTransfer, sentence, TOLD_SUPPLIER_SPAN);
    return sale && usable.every((g) => g.codes.every((c) => c === sale.codes[1]))
      ? pair(sale.codes[0], [sale.codes[1]])
      : [];
  }
  // "The two sides are discussing the sale of Bayraktar drones": with no state named, the pair in play trades,
  // the maker of the system among them supplying the other.
  const inPlay =
    usable.length === 0 && PAIR_ANAPHOR.test(text) ? pairInPlay(discourse, sentence, text) : null;
  // "The first frigate was delivered in December", "Deliveries began in May": with no state named, the
  // equipment of the transfer just told, from its supplier to its recipient.
  // So too where the sentence names only that supplier: "The aircraft were ordered from France in 2024".
  // And where it names the pair's recipient, the kit counted off ("Nine were since handed over to the
  // Ghanaian army", "Most of them reached Accra").
  // Only the trigger's own clause counts: "The lead hull arrived in May, and Chilean sailors praise the
  // programme" names another clause's subject, not the kit's buyer.
  const toldLast = recent(discourse.lastTransfer, sentence, 3);
  // Its kit named definitely is the subject the delivery is told of (saleOfSameKit).
  const sameKit = toldLast ? null : saleOfSameKit(text, trigger, discourse);
  const told = toldLast ?? sameKit;
  const clauseEnd = told ? clauseAround(text, trigger.start, trigger.end).to : 0;
  const inClause = usable.filter((g) => g.start < clauseEnd);
  if (
    told &&
    ((inClause.every((g) => g.codes.every((c) => c === told.codes[0])) &&
      (sameKit !== null ||
        DEFINITE_EQUIPMENT.test(text.slice(0, trigger.start)) ||
        DELIVERIES_BEGAN.test(text))) ||
      (inClause.every((g) => g.codes.every((c) => told.codes.includes(c))) &&
        COUNTED_OFF.test(text.slice(0, trigger.start))))
  )
    return pair(told.codes[0], [told.codes[1]]);
  // "The contract for 40 trucks was inked in May 2019", "The buyer signed the original contract in
  // 2023", after a hand-over was told: the contract of the transfer told, between its parties. Not one with
  // a party of its own ("the contract Paris signed with Cairo").
  // Nor one for kit another state makes ("the 2018 contract for S-400s", after a sale of turbines).
  if (
    told &&
    DEFINITE_CONTRACT.test(text.slice(Math.max(0, trigger.start - 30), trigger.end)) &&
    (!maker || maker === told.codes[0]) &&
    inClause.every((g) => g.codes.every((c) => told.codes.includes(c)))
  )
    return pair(told.codes[0], [told.codes[1]]);
  if (inPlay && maker && inPlay.includes(maker) && trigger.direction !== 'request')
    return pair(maker, inPlay);

  // "Japan told Indonesia it would consider transferring used destroyers": "it" is the teller; the one told
  // is the other side, unless the sentence names a recipient ("... to the Indonesian navy").
  const telling = tellerAndListener(text, before, trigger.start);
  if (telling && trigger.direction === 'supply') {
    const to = codesOf(after.filter((g) => g.marker === 'to'));
    return pair(telling.teller, to.length > 0 ? to : [telling.listener]);
  }
  if (telling && trigger.direction === 'acquire') return pair(maker ?? telling.listener, [telling.teller]);

  switch (trigger.direction) {
    case 'acquire': {
      // "Czech and Slovak ministers weigh buying radars together": states buying together sell
      // nothing to each other; each buys from the state named after "from", else from the kit's maker.
      if (
        JOINT_BUY.test(
          text.slice(Math.max(0, trigger.start - JOINT_BUY_REACH), trigger.end + JOINT_BUY_REACH),
        )
      ) {
        const source = after.find((g) => g.marker === 'from')?.codes[0] ?? maker;
        const coBuyers = uniq(codesOf(before.filter((g) => g.marker === null)));
        return source ? coBuyers.flatMap((b) => pair(source, [b])) : [];
      }
      // "ties with Turkey, from which its navy is weighing buying patrol boats": the state the relative
      // hangs on sells; the buyer is named in the relative clause, else it is the sentence's subject ("it",
      // "the navy"), else the state the article is about.
      const relativeSource = usable.find(
        (g) => g.end <= trigger.start && FROM_WHICH.test(text.slice(g.end, trigger.start)),
      );
      if (relativeSource) {
        const inside = codesOf(
          usable.filter((g) => g.start > relativeSource.end && g.end <= trigger.start && g.marker === null),
        );
        const main = usable.find((g) => g.end <= relativeSource.start && g.marker === null)?.codes;
        return pair(
          relativeSource.codes[0]!,
          inside.length > 0 ? inside : (main ?? [aboutState(discourse, null)].filter((c) => c !== null)),
        );
      }
      // "Norway's Kongsberg, whose missile was picked by Spain", "the Korean howitzer was ordered by Estonia":
      // in the passive the agent right after the verb buys, from the state named after "from", else the
      // kit's maker, else the state before the verb whose kit it is.
      // "bought from France by Peru": the source may come first, the agent right after it.
      const agent = PASSIVE_AUXILIARY.test(text.slice(Math.max(0, trigger.start - 24), trigger.start))
        ? after.find(
            (g, i) =>
              g.marker === 'by' &&
              (g.start - trigger.end <= AGENT_GAP ||
                (i === 1 &&
                  after[0]!.marker === 'from' &&
                  after[0]!.start - trigger.end <= AGENT_GAP &&
                  g.start - after[0]!.end <= AGENT_GAP)),
          )
        : undefined;
      if (agent) {
        const source = after.find((g) => g.marker === 'from' && g.start < clause.to)?.codes[0];
        return pair(source ?? maker ?? subjectGroup?.codes[0] ?? null, agent.codes);
      }
      // "a contract between A and B for ...", "A signed a contract with B for ...": the maker of the system
      // (or a firm, or a major exporter) supplies, the other side buys.
      const inside = usable.filter((g) => g.start >= trigger.start && g.end <= trigger.end);
      if (inside.length > 0) {
        // "Vilnius and Riga signed contracts with a German maker for ...": every buyer of the subject's list.
        const sides = uniq([...buyers, ...codesOf(inside)]);
        const firms = new Set(
          usable.flatMap((g) => g.mentions.filter((m) => m.kind === 'firm').map((m) => m.code)),
        );
        // "it signed a contract with Pakistan for JF-17s": the state the buyer contracts with sells, whoever
        // else made the jets.
        const contracted = usable.find(
          (g) => g.start >= trigger.start && g.end <= trigger.end && g.marker === 'with',
        )?.codes[0];
        // A firm on one side only sells; firms on both sides ("HAL signed with GE Aerospace") say nothing.
        const supplier =
          sides.find((c) => c === maker) ??
          sides.find((c) => firms.has(c) && !sides.every((x) => firms.has(x))) ??
          sides.find((c) => MAJOR_EXPORTERS.has(c) && !sides.every((x) => MAJOR_EXPORTERS.has(x))) ??
          (subject && contracted && contracted !== subject ? contracted : undefined);
        if (supplier && sides.length >= 2) return pair(supplier, sides);
      }
      // "The corvettes are built under the 2023 deal inked with Turkey's STM": kit that is the subject,
      // built or bought under a contract with the one state named (its maker's name may run past the words),
      // goes to the state the article is about.
      const signedWith = usable.find(
        (g) =>
          g.marker === 'with' && g.start >= trigger.start && g.start < trigger.end && g.codes.length === 1,
      )?.codes[0];
      if (
        signedWith &&
        buyers.length === 0 &&
        !usable.some((g) => g.start < trigger.start) &&
        KIT_UNDER_CONTRACT.test(text.slice(0, trigger.start))
      ) {
        const about = aboutState(discourse, signedWith);
        if (about) return pair(signedWith, [about]);
      }
      // "Seoul and Warsaw signed a contract for K2 tanks": the maker among the subjects sells to the others;
      // with no maker named, the one major exporter of a pair does ("Malaysia and Turkey's yards signed ...").
      // The subjects: the states named just before the verb ("Indonesia and Italy's Fincantieri yards").
      // "Peru's procurement agency and BAE Systems signed ...": a state's body joined to a nearer subject is one.
      const near = before.filter(
        (g) => g.marker === null && trigger.start - g.end <= 40 && !namesKitMaker(text, g),
      );
      const joined = before.filter(
        (g, i) =>
          g.marker === null &&
          near.length > 0 &&
          before[i + 1] === near[0] &&
          BODY_AND.test(text.slice(g.end, near[0]!.start)),
      );
      const subjects = uniq(codesOf([...joined, ...near]));
      const firmStates = new Set(
        before.flatMap((g) => g.mentions.filter((m) => m.kind === 'firm').map((m) => m.code)),
      );
      const seller =
        maker && subjects.includes(maker)
          ? maker
          : subjects.length === 2 && !maker
            ? (subjects.find((c) => firmStates.has(c) && !subjects.every((x) => firmStates.has(x))) ??
              subjects.find((c) => MAJOR_EXPORTERS.has(c) && !subjects.every((x) => MAJOR_EXPORTERS.has(x))))
            : undefined;
      if (seller && subjects.length >= 2) {
        // "the Israeli-American Arrow, which Germany bought": a state before a relative pronoun made the kit
        // or sells it; only those after the pronoun buy.
        const inRelative = near.filter((g) => !RELATIVE_BETWEEN.test(text.slice(g.end, trigger.start)));
        return pair(
          seller,
          inRelative.length > 0 && inRelative.length < near.length ? codesOf(inRelative) : subjects,
        );
      }
      // "bought JF-17s from Pakistan and Super Tucanos from the United States": each source supplies.
      // Within the clause: "an order for jets in 2022 and comes as it weighs buying drones from China" names
      // the seller of the drones only.
      // "from European allies, including Germany, Poland and Spain": the states listed after the source's noun.
      const sourcesAfterAll = after.filter(
        (g) =>
          g.start < clause.to &&
          (g.marker === 'from' ||
            (g.marker === 'including' && SOURCE_THEN_LIST.test(text.slice(trigger.end, g.start)))),
      );
      // "which it bought from Ankara in 2020, played a role in freeing land from the Armenian occupation": past a
      // comma, a demonym "from" names no seller unless what follows it is one (its kit, government, yards).
      const sourcesAfter = sourcesAfterAll.filter(
        (g) =>
          !text.slice(trigger.end, g.start).includes(',') ||
          !g.mentions.every((m) => m.kind === 'demonym') ||
          NAMED_EQUIPMENT_NEXT.test(text.slice(g.end)) ||
          SELLER_NOUN_NEXT.test(text.slice(g.end)),
      );
      // "Ghana's first trainers from Brazil began arriving": the source named with the owner's kit, before
      // the verb and in its clause.
      const sources =
        sourcesAfter.length === 0 && subjectGroup && POSSESSIVE_NEXT.test(text.slice(subjectGroup.end))
          ? usable.filter(
              (g) =>
                g.marker === 'from' &&
                g.start > subjectGroup.end &&
                g.end <= trigger.start &&
                g.start >= clause.from &&
                !text.slice(g.end, trigger.start).includes(','),
            )
          : sourcesAfter.length > 0
            ? sourcesAfter
            : // "From Spain, the navy has ordered two ships": a source set before the clause it opens.
              // "buying two corvettes built by Dutch yards": the yards that build the kit bought sell it.
              usable.filter(
                (g) =>
                  (g.marker === 'from' &&
                    /^\s*From\s+(?:the\s+)?$/.test(text.slice(0, g.start)) &&
                    /^\s*,/.test(text.slice(g.end))) ||
                  (g.start >= trigger.end &&
                    g.start < clause.to &&
                    BUILT_BY_BEFORE.test(text.slice(trigger.end, g.start)) &&
                    SELLER_NOUN_NEXT.test(text.slice(g.end))),
              );
      // "signed a letter of intent with his Danish counterpart for the purchase of F-16s": the counterpart
      // sells, whoever made the jets.
      // Not across a comma: "Australia, which signed a pact with Britain, will receive ..." names a partner of
      // something else.
      const inClause = usable.filter(
        (g) =>
          g.end <= trigger.start &&
          g.marker === 'with' &&
          g.start >= clause.from &&
          !text.slice(g.end, trigger.start).includes(','),
      );
      // "Under a deal struck with Seoul in 2019, the Peruvian navy is buying two frigates": the
      // partner of a contract the sentence opens on sells what the clause after it buys.
      const counterpart =
        inClause.length > 0
          ? inClause
          : usable.filter(
              (g) =>
                g.end <= trigger.start &&
                g.marker === 'with' &&
                FRONTED_CONTRACT_WITH.test(text.slice(0, g.start)),
            );
      // "buying Korean tanks and American helicopters": each maker named in the object supplies its own.
      // Only a list that runs on from the object: "... submarine, after delays over German engines" names
      // the maker of a part, not a second seller.
      // A demonym before a catalogued system ("French Rafale jets") names its maker too.
      const objects = after.filter(
        (g) =>
          (g.mentions.at(-1)!.kind === 'demonym' ||
            /^-(?:made|built)\b/.test(text.slice(g.end, g.end + 8))) &&
          (NAMED_EQUIPMENT_NEXT.test(text.slice(g.end)) ||
            (equipmentOrigin(text, g.end)?.index ?? Infinity) <= g.end + 1),
      );
      const listed = objects.filter(
        (g, i) => i === 0 || !NOT_A_LIST.test(text.slice(objects[i - 1]!.end, g.start).replace(ADDED_TO, '')),
      );
      // "Norwegian-American NASAMS": each maker of a system the demonyms join by a hyphen made together.
      const objectMakers = uniq(
        listed.flatMap((g) =>
          HYPHEN_JOINED.test(text.slice(g.start, g.end)) ? g.codes : [g.mentions.at(-1)!.code],
        ),
      );
      // "a contract for 24 used F-16s": second-hand kit comes from its last owner, not its maker; the seller
      // of the transfer just told, else a state the sentence names beside the buyer ("in the Danish city").
      // Not where the sentence names the maker itself: "two retired Italian frigates" are Italy's own.
      const secondHand =
        SECOND_HAND.test(text.slice(trigger.end, trigger.end + 60)) &&
        !usable.some((g) => g.codes.includes(maker ?? ''));
      const lastOwner = secondHand
        ? (recent(discourse.lastSupplier, sentence, RECENT)?.code ??
          uniq(codesOf(groups)).find((c) => c !== maker && !buyers.includes(c)) ??
          null)
        : null;
      // "relies on Israeli drones and Turkish howitzers": a source that is only the first of the object's makers
      // gives way to all of them.
      const sourcesAreMakers = objectMakers.length > 1 && sources.every((g) => listed.includes(g));
      // A contract, deal or order as the trigger: the words around it tell its buyer and its kit.
      const dealNoun = DEAL_NOUN.test(text.slice(trigger.start, trigger.end));
      const from =
        sources.length > 0 && !sourcesAreMakers
          ? codesOf(sources)
          : lastOwner && lastOwner !== maker
            ? // "negotiating with A and B to buy used jets": the counterparts are the last owners, each of them.
              counterpart.length > 0
              ? codesOf(counterpart)
              : [lastOwner]
            : // "bought by ...", not "with part of the fleet assembled by Embraer" further on.
              (after.find((g) => g.marker === 'by' && g.start - trigger.end <= 50)?.codes ??
              (counterpart.length > 0
                ? codesOf(counterpart)
                : objectMakers.length > 1
                  ? objectMakers
                  : maker
                    ? [maker]
                    : // "Norway bought its fleet in 2017": from the supplier of the transfer just told.
                      // A seller's own story tells its sales paragraph by paragraph: the supplier stays in play.
                      // Not where the sentence names another state, which may be where the kit came from
                      // ("served in the Belgian navy before Sofia bought it").
                      // So too a deal that names no kit at all ("placed a $900 million order last May").
                      (TOLD_EQUIPMENT_OBJECT.test(text.slice(trigger.end, trigger.end + 30)) ||
                          (dealNoun && NO_KIT_AFTER.test(text.slice(trigger.end, trigger.end + 12)))) &&
                        (!PRONOUN_OBJECT.test(text.slice(trigger.end, trigger.end + 8)) ||
                          groups
                            .filter((g) => g.end <= trigger.start)
                            .every((g) => g.codes.every((c) => buyers.includes(c))))
                      ? [toldMaker(discourse, sentence)].filter((c): c is PartyCode => !!c)
                      : []));
      // "Six F-16s bought from Denmark touched down ..., giving the Argentine Air Force its first ...": kit
      // the verb follows as a participle has no subject buying it; the other state named buys, else the
      // state the article is about.
      // So too kit the verb takes in the passive: "The jets were first acquired from the Netherlands".
      // So too a contract or order that opens the sentence, its buyer unnamed: "The contract for ten trainers
      // with Embraer, inked in May, runs to 2027".
      const dealOpening = dealNoun && DEAL_AS_SUBJECT.test(text.slice(0, trigger.start));
      // "An Egyptian order for jets was confirmed": the demonym right before the deal names its buyer.
      const dealOwner =
        buyers.length === 0 && dealNoun
          ? usable.find(
              (g) =>
                g.end <= trigger.start &&
                /^\s*$/.test(text.slice(g.end, trigger.start)) &&
                DEAL_DETERMINER.test(text.slice(0, g.start)),
            )
          : undefined;
      let recipients = dealOwner ? dealOwner.codes.filter((c) => !from.includes(c)) : buyers;
      if (
        recipients.length === 0 &&
        (KIT_BEFORE_PARTICIPLE.test(text.slice(0, trigger.start)) ||
          ((sources.length > 0 || maker !== null) &&
            (KIT_BEFORE_PASSIVE.test(text.slice(Math.max(0, trigger.start - 80), trigger.start)) ||
              dealOpening)))
      ) {
        // "In May the navy received corvettes from A. Two tankers acquired from B entered service in June":
        // the buyer of the transfer just told buys again, before the state most named.
        const toldBuyer = recent(discourse.lastTransfer, sentence, TOLD_BUYER_SPAN)?.codes[1];
        const focal =
          toldBuyer && !from.includes(toldBuyer)
            ? toldBuyer
            : discourse.focal && !from.includes(discourse.focal)
              ? discourse.focal
              : null;
        // Another clause's states are another tie's ("..., while the force also flies Russian-built jets"):
        // those of the participle's own clause, else the state the article is about.
        const others = uniq(
          codesOf(
            usable.filter(
              // Another supplier on the list ("..., two jets supplied by B") is none of the buyers.
              (g) =>
                g.start >= clause.from && g.start < clause.to && g.marker !== 'by' && g.marker !== 'from',
            ),
          ),
        ).filter((c) => !from.includes(c));
        const about = aboutState(discourse, null);
        recipients = focal
          ? [focal]
          : others.length > 0
            ? others
            : about && !from.includes(about)
              ? [about]
              : [];
      }
      return from.flatMap((supplier) => pair(supplier, recipients));
    }
    case 'request': {
      // "would weigh a request from Accra for boats": the requester receives, the one weighing it supplies.
      const requester = after.find((g) => g.marker === 'by' && g.start - trigger.end <= 12);
      if (requester) return pair(subject, requester.codes);
      // "Quito then sent Madrid a formal request for boats": the state right after a verb of sending is asked,
      // the one before the verb asks.
      const [asker, told] = before.slice(-2);
      if (told && asker && SENT_BETWEEN.test(text.slice(asker.end, told.start)) && told.codes.length === 1)
        return pair(told.codes[0]!, asker.codes);
      // "Chad asked Ankara for drones", "Ghana requested boats from Brazil": the subject asks the state after.
      const asked = after.find((g) => g.marker === null || g.marker === 'from')?.codes[0] ?? maker;
      return subject ? pair(asked, [subject]) : [];
    }
    case 'aid': {
      // A list names the recipients ("Bangladesh, the Philippines and Fiji are the beneficiaries of ..."); else
      // the subject gives and the others receive ("Japan is considering adding Mongolia to ...").
      const codes = uniq(codesOf(usable));
      // "an aid agreement between Rome and Tunis": the two sides of the deal, not a list of its beneficiaries.
      const sides = usable.find((g) => g.marker === 'between' && g.codes.length === 2);
      if (sides) return pair(giverOfTwo(sides.codes, usable, trigger), sides.codes);
      const list = usable.find((g) => g.codes.length >= 2);
      // A programme known by name has its donor, whichever state the sentence names first, or where it names
      // only the recipients ("under OSA, the first grants went to Fiji and Bangladesh").
      const programme = aidProgrammeDonor(text);
      if (programme) return pair(programme, codes);
      // "... under which Beijing will provide military assistance": the state that gives it, to the others of
      // the clause (not "..., as Indian troops leave").
      const giver = usable.find(
        (g) =>
          g.end <= trigger.start && g.codes.length === 1 && AID_GIVER.test(text.slice(g.end, trigger.start)),
      )?.codes[0];
      if (giver) {
        const inClause = usable.filter((g) => g.start >= clause.from && g.start < clause.to);
        return pair(giver, uniq(codesOf(inClause)));
      }
      // "Kyiv received a package of military aid from Oslo": the state the aid comes from gives it, to the
      // others of the clause.
      const source = after.find(
        (g) =>
          g.marker === 'from' && g.codes.length === 1 && g.start < clause.to && !isGroupingCode(g.codes[0]!),
      )?.codes[0];
      if (source) {
        const inClause = usable.filter((g) => g.start >= clause.from && g.start < clause.to);
        return pair(source, uniq(codesOf(inClause)));
      }
      // "Maldives signs military assistance deal with China": the partner of an aid deal gives it, unless the
      // subject is the arms exporter of the two; no state beyond the clause ("as Indian troops leave").
      const partner = usable.find((g) => g.marker === 'with' && g.start < clause.to && g.codes.length === 1);
      const subjectState = subjectGroup?.codes.length === 1 ? subjectGroup.codes[0]! : null;
      if (partner && subjectState && partner.start > trigger.start) {
        const giver = partner.codes[0]!;
        return MAJOR_EXPORTERS.has(subjectState) && !MAJOR_EXPORTERS.has(giver)
          ? pair(subjectState, [giver])
          : pair(giver, [subjectState]);
      }
      // "getting millions a year in Taiwanese military aid": the state the aid is named for gives it.
      const owner = usable.find(
        (g) =>
          g.codes.length === 1 &&
          g.end <= trigger.start &&
          /^(?:['’]s?)?\s*$/.test(text.slice(g.end, trigger.start)),
      )?.codes[0];
      if (owner && !list && AID_NAMED.test(text.slice(trigger.start, trigger.end))) return pair(owner, codes);
      // A list with no donor named: the article's state; but "Recipients include A, B and C" are those of the
      // supplier just told ("Since 2018 Canberra has delivered boats across the region").
      // "Tokyo set up OSA in 2023. Fiji and Tonga were its first recipients": the donor of the programme just named.
      const toldSupplier = /^recipients\s/i.test(text.slice(trigger.start, trigger.end))
        ? (recent(discourse.lastSupplier, sentence, 3)?.code ?? null)
        : /\brecipients$/i.test(text.slice(trigger.start, trigger.end))
          ? (recent(discourse.lastAidProgramme, sentence, AID_PROGRAMME_SPAN)?.code ??
            recent(discourse.lastSupplier, sentence, 3)?.code ??
            null)
          : null;
      // The paragraph's state gives where the article names none more than once ("Japan launched its aid
      // programme in 2023. Fiji and Tonga were picked as the first recipients.").
      const topic = aboutState(discourse, null);
      const donor = list
        ? (codes.find((c) => !list.codes.includes(c)) ??
          toldSupplier ??
          discourse.focal ??
          (topic && !list.codes.includes(topic) ? topic : null))
        : (usable[0]?.codes[0] ?? null);
      return pair(donor, list ? list.codes : codes);
    }
    case 'supplierNoun': {
      // "A has been B's largest arms supplier": the possessor right before the noun receives, whatever word
      // stands before it ("one of B's main arms suppliers").
      const possessor = usable.find(
        (g) => g.end <= trigger.start && SUPPLIER_POSSESSOR.test(text.slice(g.end, trigger.start)),
      );
      // The supplier is the nearest other state before it ("Abuja fears ..., while Beijing is Nigeria's ...").
      const supplier =
        before.filter((g) => g !== possessor && !g.codes.some((c) => possessor?.codes.includes(c))).at(-1)
          ?.codes[0] ?? null;
      if (possessor) return pair(supplier, possessor.codes);
      // "A is the largest arms supplier of B", "one of the top arms suppliers to B": the state right after
      // "of" or "to" receives.
      const of = after.find((g) => (g.marker === 'of' || g.marker === 'to') && g.start - trigger.end <= 8);
      return of ? pair(subject, of.codes) : [];
    }
    case 'bids': {
      // "Formal bids have also come from A, B and C": each state listed after the words (or the state of each firm)
      // offers its kit to the buyer: the state that received them ("Peru's navy has received offers from ..."),
      // else the one the paragraph or the article is about.
      const bidders = uniq(codesOf(after.filter((g) => g.start < clause.to)));
      const buyer =
        before.filter((g) => g.start >= clause.from && g.codes.length === 1).at(-1)?.codes[0] ??
        aboutState(discourse, null);
      return buyer && !bidders.includes(buyer) ? bidders.flatMap((b) => pair(b, [buyer])) : [];
    }
    case 'rivals': {
      // "Seoul and Madrid are competing to supply Lima with frigates": each state of the clause before the words
      // offers its kit to the one after them, else to the state the article is about.
      const rivals = uniq(codesOf(before.filter((g) => g.start >= clause.from)));
      const buyer = after.find((g) => g.start < clause.to)?.codes[0] ?? aboutState(discourse, null);
      return buyer && !rivals.includes(buyer) ? rivals.flatMap((r) => pair(r, [buyer])) : [];
    }
    case 'toldAgain': {
      // "Egypt placed a similar order", "Hanwha is negotiating a similar package with Hanoi": a sale like the
      // one just told, to the clause's buyer. The maker or firm the clause names supplies; else the state a
      // buyer deals "with"; else the seller just told.
      const inClause = usable.filter((g) => g.start >= clause.from && g.start < clause.to);
      const firm = inClause.find((g) => g.mentions.every((m) => m.kind === 'firm'))?.codes[0];
      const partner = inClause.find((g) => g.marker === 'with' && g.start >= trigger.end);
      const told = toldMaker(discourse, sentence);
      // A buyer dealing "with" the seller just told names no other seller.
      const toldNamed = told !== null && (buyers.includes(told) || partner?.codes.includes(told) === true);
      const dealsWith = partner?.codes.length === 1 && !toldNamed ? partner.codes[0]! : null;
      const seller = maker ?? firm ?? dealsWith ?? told;
      const own = buyers.filter((c) => c !== seller);
      // "a further order" with no buyer named is one more from the buyer just told.
      const toldBuyer = FURTHER_ORDER.test(text.slice(trigger.start, trigger.end))
        ? recent(discourse.lastTransfer, sentence, TOLD_BUYER_SPAN)?.codes[1]
        : undefined;
      return pair(seller, own.length > 0 ? own : (partner?.codes ?? (toldBuyer ? [toldBuyer] : [])));
    }
    case 'customerOf': {
      // "Qatar is a leading client of the Italian arms industry": the subject buys from the state
      // whose arms follow (its demonym or name), or from the maker of a system named.
      // "India, China and Kazakhstan remained the main recipients of Russian weapons": every one listed.
      // "Malaysia became its second foreign buyer": the system or the supplier just told sells.
      // The state after the words sells in their own clause, not one a later clause names as a buyer again
      // ("..., and two launchers went to the Peruvian marines").
      const seller =
        after.find(
          (g) => g.start < clause.to && !(buyers.length === 1 && g.codes.every((c) => c === buyers[0])),
        )?.codes[0] ??
        maker ??
        toldMaker(discourse, sentence);
      return subject ? pair(seller, buyers) : [];
    }
    case 'clients': {
      // "the jets bought by A from B": the state after "from" in the buyers' own clause sold them, whoever
      // made them; the others after the noun bought.
      // Not the buyers of "orders from A and B": the words' own "from" names who ordered.
      const ordersFrom = /\bfrom$/i.test(text.slice(trigger.start, trigger.end));
      const source = ordersFrom ? undefined : after.find((g) => g.marker === 'from' && g.start < clause.to);
      if (source) return pair(source.codes[0]!, codesOf(after.filter((g) => g !== source)));
      // "Kuwait, one of the Italian naval industry's best customers": the possessor sells to the state
      // before it, or to those listed after the noun ("Italy's top clients include Qatar and Kuwait").
      const earlier = usable.filter((g) => g.end <= trigger.start);
      const possessor = earlier.at(-1);
      // "Minsk's arms deliveries to Bamako": sales or deliveries name their buyers after "to", not before.
      const toBuyers = /\bto$/i.test(text.slice(trigger.start, trigger.end)) && after.length > 0;
      if (possessor && CUSTOMER_POSSESSOR.test(text.slice(possessor.end, trigger.start)))
        return pair(
          possessor.codes[0]!,
          toBuyers ? codesOf(after) : (earlier.at(-2)?.codes ?? codesOf(after)),
        );
      // "Turkey has export clients including A, B and C", "sales of the K9 to A and B": every state listed
      // after the noun buys from the subject named, the maker of the system, or the supplier of the transfer
      // just told ("It has since found buyers abroad").
      const named = before.at(-1)?.codes[0] ?? null;
      // "Lima signed for 24 trainers, the biggest export order yet won by the Korean industry": the agent
      // of the deal exports, to the state named before it.
      const exporter = /^export\b/i.test(text.slice(trigger.start, trigger.end))
        ? after.find((g) => g.marker === 'by' && g.start - trigger.end <= 40)?.codes[0]
        : undefined;
      if (exporter && named && named !== exporter) return pair(exporter, [named]);
      const told = recent(discourse.lastSupplier, sentence, 3)?.code ?? null;
      // "The Akinci, a twin-engine drone able to carry ..., is in service with A and B": the system the
      // sentence is about, however long its apposition, before the supplier told earlier.
      const subjectSystem = equipmentOrigin(text);
      const system = subjectSystem && subjectSystem.index < trigger.start ? subjectSystem.code : null;
      // "It is already in service with A and B": "it" the system the sentence before named, else the state.
      const toldSystem = recent(discourse.lastSystem, sentence, SYSTEM_SPAN)?.code ?? null;
      // "launchers seen in Armenian service": the state inside the words uses the system.
      const users =
        after.length > 0 ? after : usable.filter((g) => g.start >= trigger.start && g.end <= trigger.end);
      return pair(
        named ??
          maker ??
          system ??
          told ??
          toldSystem ??
          (IT_THEY_SUBJECT.test(text) ? aboutState(discourse, null) : null),
        codesOf(users),
      );
    }
    case 'deal': {
      // "signed the LOA covering two dozen jets": an instrument only one state's sales programme issues has
      // that state sell, to the one other state named, else to the state the article is about.
      if (trigger.seller) {
        const seller = trigger.seller;
        const others = uniq(codesOf(usable)).filter((c) => c !== seller && !isGroupingCode(c));
        if (others.length === 1) return pair(seller, others);
        const about = others.length === 0 ? aboutState(discourse, seller) : null;
        if (about) return pair(seller, [about]);
      }
      // "approved an arms sale to Fiji": the state right after "to" receives, from the maker of what is
      // sold or else the state nearest before the deal (the one announcing or making it).
      const to = after.find((g) => g.marker === 'to' && g.start - trigger.end <= 4);
      // "arms transfers from A to B": the state after "from" sells to the one right after it.
      const source = after.find((g) => g.marker === 'from' && g.start - trigger.end <= 6);
      const sourceTo =
        source && after.find((g) => g.marker === 'to' && g.start > source.end && g.start - source.end <= 6);
      if (source && sourceTo && source.codes.length === 1) return pair(source.codes[0]!, sourceTo.codes);
      const teller = usable.filter((g) => g.end <= trigger.start && g.start >= clause.from).at(-1);
      const seller = maker ?? (teller?.codes.length === 1 ? teller.codes[0]! : null);
      if (to && seller) return pair(seller, to.codes);
      // "Nigeria, which flies Chinese drones, is negotiating with Ankara for ...": where the clause opened on a relative
      // pronoun whose aside closes before the words, the aside's states are not the deal's; the state it hangs
      // on is.
      const aside = asideBefore(text, clause.from, trigger.start);
      const inClause = usable.filter(
        (g) => g.start >= clause.from && g.start < clause.to && !(aside && g.end <= aside.end),
      );
      const hangsOn = aside
        ? usable.filter((g) => g.end <= aside.start && /^\s*$/.test(text.slice(g.end, aside.start))).at(-1)
        : undefined;
      const codes = uniq(codesOf(hangsOn ? [hangsOn, ...inClause] : inClause));
      // "Greece, which signed a letter of offer and acceptance for 20 F-35s": the one state named buys from
      // the maker of what the deal is for.
      const named = uniq(codesOf(usable));
      if (named.length === 1 && maker && maker !== named[0]) return pair(maker, named);
      // "Talks with Paris on three Scorpene boats are stuck", "Talks on more Rafales resumed": talks that name no
      // buyer, only the maker if anyone, are the article's state's.
      // Not talks of unnamed buyers ("several customers were in talks for"), nor on making the kit.
      if (
        maker &&
        named.every((c) => c === maker) &&
        TALKS_WORD.test(text.slice(trigger.start, trigger.end)) &&
        !UNNAMED_BUYERS_BEFORE.test(text.slice(clause.from, trigger.start)) &&
        !MAKING_NEXT.test(text.slice(trigger.end, trigger.end + 20))
      ) {
        const buyer = aboutState(discourse, maker);
        if (buyer) return pair(maker, [buyer]);
      }
      // "The engine deal it struck with Washington": the state the pronoun stands for buys from its counterpart.
      const counterpartOfIt = after.find(
        (g) =>
          g.marker === 'with' &&
          g.codes.length === 1 &&
          IT_SIGNED_WITH.test(text.slice(trigger.end, g.start)),
      );
      if (counterpartOfIt && named.length === 1)
        return pair(
          counterpartOfIt.codes[0]!,
          [aboutState(discourse, counterpartOfIt.codes[0]!)].filter((c) => c !== null),
        );
      // "It ordered jets from Paris, and a month later halted talks with Seoul on the purchase of
      // drones": a second predicate shares the sentence's subject, which buys from the counterpart.
      if (codes.length === 1 && SECOND_PREDICATE_BEFORE.test(text.slice(0, clause.from))) {
        const counterpart = usable.find(
          (g) =>
            g.start >= trigger.start && g.start < clause.to && g.marker === 'with' && g.codes.length === 1,
        )?.codes[0];
        const opening = usable.find((g) => g.marker === null && g.start <= SUBJECT_REACH);
        const buyer =
          opening?.codes.length === 1
            ? opening.codes[0]!
            : IT_THEY_SUBJECT.test(text)
              ? aboutState(discourse, counterpart ?? null)
              : null;
        if (counterpart && buyer) return pair(counterpart, [buyer]);
      }
      if (codes.length !== 2) return [];
      const exporter =
        codes.find((c) => c === maker) ??
        codes.find((c) => MAJOR_EXPORTERS.has(c) && !codes.every((x) => MAJOR_EXPORTERS.has(x)));
      // Two exporters and no maker named ("China halts exchanges with the US over arms deal"): who sells is
      // not said, so no reading.
      if (!exporter && codes.every((c) => MAJOR_EXPORTERS.has(c))) return [];
      // "Manila signed a helicopter contract with Warsaw": a government contracts with its supplier; so does
      // one "negotiating with Accra on the purchase of" kit (the counterpart inside the words).
      const counterpart = usable.find(
        (g) =>
          g.start >= trigger.start &&
          g.start < contrast() &&
          g.marker === 'with' &&
          g.codes.length === 1 &&
          codes.includes(g.codes[0]!),
      );
      const supplier = exporter ?? counterpart?.codes[0] ?? codes[0]!;
      return pair(supplier, codes);
    }
    default: {
      // "used US-supplied missiles to strike Crimea": the state joined to the verb by a hyphen supplied the kit,
      // and the clause's subject, who uses it, holds it; a state after the verb (the target) takes no part.
      // A maker's hyphen ("Thales-built") names who made the kit, not who handed it over.
      const hyphened = HYPHEN_SUPPLY.test(text.slice(trigger.start, trigger.end))
        ? usable.find((g) => g.codes.length === 1 && g.end === trigger.start - 1 && text[g.end] === '-')
        : undefined;
      if (hyphened) {
        const user = before.find(
          (g) => g !== hyphened && g.start >= clause.from && g.end < hyphened.start && g.marker === null,
        );
        return user ? pair(hyphened.codes[0]!, user.codes) : [];
      }
      // "trucks donated to the coast guard", "boats handed over by Spain": in the passive the maker or agent supplies.
      // "vehicles which were delivered to Armenia": the relative pronoun between kit and auxiliary too.
      // "the boats Kenya ordered were finally handed over": a form of "be" right before, past an adverb.
      const passive =
        /^\w+ed\b/i.test(text.slice(trigger.start, trigger.end)) &&
        (PASSIVE_BEFORE.test(text.slice(0, trigger.start)) ||
          RELATIVE_PASSIVE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) ||
          PASSIVE_AUXILIARY.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)));
      const agentGroup = after.find((g) => g.marker === 'by');
      const agent = agentGroup?.codes[0] ?? null;
      // "supplied by a venture of Israel Aerospace Industries and Singapore's ST Engineering": a list the
      // agent's runs on into, past a firm's name, is of agents too.
      const coAgents = agentGroup
        ? after.filter(
            (g) => g.start > agentGroup.end && /^\s*,?\s+and\s+$/.test(text.slice(agentGroup.end, g.start)),
          )
        : [];
      // "Lima declined an offer from Beijing of two patrol boats": the offer's maker supplies, its subject would
      // receive.
      const offeredBy = /^offers?$/i.test(text.slice(trigger.start, trigger.end))
        ? after.find((g) => g.marker === 'from' && g.start - trigger.end <= 12 && g.codes.length === 1)
        : undefined;
      if (offeredBy && subject && subject !== offeredBy.codes[0]) return pair(offeredBy.codes[0]!, [subject]);
      // "Vietnam and India discussed the transfer of boats built under India's credit line": the maker among
      // the subjects supplies the others.
      const subjectList = adjacent ?? before.at(-1);
      const subjects = subjectList?.codes ?? [];
      if (!passive && maker && subjects.length >= 2 && subjects.includes(maker)) return pair(maker, subjects);
      // "Thales and the Chilean navy are to discuss supplying radars": with no maker known, an
      // arms firm on one side of the two subjects supplies the other.
      if (!passive && !maker && subjectList && subjects.length === 2) {
        const firms = subjectList.mentions.filter((m) => m.kind === 'firm').map((m) => m.code);
        const seller = firms.length === 1 ? firms[0]! : null;
        if (seller && subjectList.mentions.some((m) => m.kind !== 'firm' && m.code !== seller))
          return pair(seller, subjects);
      }
      // "frigates built in China for the Pakistan Navy": who builds kit for another is its maker.
      const built = /^(?:built|made|manufactured|produced|constructed)$/i.test(
        text.slice(trigger.start, trigger.end),
      );
      // "the armoured vehicles which were delivered to Armenia", after a sale told in the same breath: with no
      // agent or maker named, the supplier of the transfer just told delivered them.
      const lastSupplier = recent(discourse.lastSupplier, sentence, 1)?.code ?? null;
      // "Two launchers of the Akash system, bought under a 2023 contract, reached the Armenian gunners":
      // the kit a passive verb tells of is its subject, which may open the sentence well before the verb, past
      // an apposition; where no state stands before the verb, its maker supplies.
      const subjectMaker =
        passive && !maker && !agent && !usable.some((g) => g.start < trigger.start)
          ? headKitMaker(text, trigger.start)
          : null;
      const supplyNoun = SUPPLY_NOUN.test(text.slice(trigger.start, trigger.end));
      // "the transfer of missiles from Pyongyang to Moscow": a supply noun names its source after "from", before
      // the recipient after "to".
      const nounSource = supplyNoun
        ? after.find(
            (g) =>
              g.marker === 'from' &&
              g.codes.length === 1 &&
              after.some((t) => t.marker === 'to' && t.start > g.end && t.start < clause.to),
          )?.codes[0]
        : undefined;
      // "Rome's help to Nairobi, notably the provision of trucks": the support's giver and its receiver.
      const supported = supplyNoun
        ? usable.find(
            (g) =>
              g.marker === 'to' &&
              g.end <= trigger.start &&
              SUPPORT_TO.test(text.slice(Math.max(0, g.start - 60), g.start)) &&
              SUPPORT_INCLUDING.test(text.slice(g.end, trigger.start)),
          )
        : undefined;
      const supporter = supported
        ? usable.find(
            (g) =>
              g.end <= supported.start &&
              g.codes.length === 1 &&
              (g.marker === 'by' || /^['’]s?\s/.test(text.slice(g.end))),
          )?.codes[0]
        : undefined;
      if (supported && supporter) return pair(supporter, supported.codes);
      // "London vetoed the sale of Korean jets to Buenos Aires": a state that blocks the sale of kit another
      // makes (over its parts, its licence) is no seller; the maker is.
      const blockedSale =
        SALE_NOUN.test(text.slice(trigger.start, trigger.end)) &&
        maker !== null &&
        maker !== subject &&
        BLOCKED_SALE_BEFORE.test(text.slice(Math.max(0, trigger.start - 30), trigger.start));
      const supplier =
        nounSource ??
        (passive || (built && maker)
          ? (agent ?? maker ?? subjectMaker ?? lastSupplier ?? subject)
          : blockedSale
            ? maker
            : (subject ?? maker));
      // "to 15 countries including A and B": the list after "to" receives; a bare "including" list may not.
      // "to nine countries, including A and B": the states listed after the recipients' noun receive, too.
      const toAll = after.filter(
        (g) =>
          g.marker === 'to' ||
          (g.marker === 'including' && RECIPIENTS_THEN_LIST.test(text.slice(trigger.end, g.start))),
      );
      // "ship interceptors back to Washington, helping it refill what it sent to Kyiv": the verb's own clause
      // names its recipient; a "to" past it is another clause's, unless it goes on the list ("..., and to Iraq").
      const to = toAll.some((g) => g.start < clause.to)
        ? toAll.filter(
            (g) => g.start < clause.to || AND_TO_BEFORE.test(text.slice(Math.max(0, g.start - 20), g.start)),
          )
        : toAll;
      // "supplies the bulk of India's military inventory": the possessor of what is supplied receives it.
      const possessor = (g: PartyGroup) =>
        g.marker === 'of' &&
        SHARE_OF.test(text.slice(trigger.end, g.start)) &&
        /^['’]s?\b/.test(text.slice(g.end));
      const recipients =
        to.length > 0
          ? after.filter((g) => to.includes(g) || (g.marker === 'including' && g.start > to[0]!.start))
          : after.filter(
              (g) => (g.marker === null || possessor(g)) && g.start < clause.to && !coAgents.includes(g),
            );
      // The supplier named again after the verb ("by a Korean yard, now renamed Hanwha") receives nothing:
      // the recipient is still to be found.
      let codes = codesOf(recipients).filter((c) => !(passive && agent !== null && c === agent));
      // "signed a deal with the Philippines for the supply of ...": the counterpart of the deal receives.
      if (codes.length === 0) {
        // Not "with A, B and C sending ships": the list right before the participle is its subject.
        const counterpart = usable.filter(
          (g) =>
            g.end <= trigger.start &&
            g.marker === 'with' &&
            g.start >= clause.from &&
            !/^\s*$/.test(text.slice(g.end, trigger.start)),
        );
        codes = codesOf(counterpart);
      }
      // "delivered four boats to the port of Mombasa": kit delivered to a city goes to its state.
      if (codes.length === 0) {
        const port = groups.find(
          (g) =>
            g.start >= trigger.end &&
            g.start < clause.to &&
            g.codes.length === 1 &&
            g.mentions.every((m) => m.kind === 'capital') &&
            DELIVERED_TO_CITY.test(text.slice(trigger.end, g.start)),
        );
        if (port) codes = port.codes;
      }
      if (codes.length === 0 && RECIPIENT_ANAPHOR.test(text.slice(trigger.end))) {
        const other = recent(discourse.lastPair, sentence)?.codes.find((c) => c !== supplier);
        if (other) codes = [other];
      }
      // "The first battery for Chile was handed over by Israel": the kit a passive verb tells of may name its
      // recipient itself, before the verb, in the same clause with no pause between.
      if (codes.length === 0 && passive) {
        const bound = usable.find(
          (g) =>
            g.marker === 'to' &&
            g.end <= trigger.start &&
            g.start >= clause.from &&
            KIT_FOR_THEN_PASSIVE.test(text.slice(g.end, trigger.start)),
        );
        if (bound) codes = bound.codes.filter((c) => c !== supplier);
      }
      // "Ukraine's air force flies ... and Mirage jets supplied by France": kit supplied in the passive, in the
      // object of the sentence's verb, goes to the sentence's subject. "The two submarines of Bangladesh's navy
      // were delivered by China": to the owner the kit is named with.
      if (codes.length === 0 && passive && agent) {
        const subject = before.find((g) => (g.marker === null || g.marker === 'of') && g.start < 40);
        if (subject) codes = subject.codes.filter((c) => c !== agent);
        // "Two tankers supplied by B entered service in June", after "In May the navy received corvettes
        // from A": kit that is the sentence's subject, with no state named but its supplier, goes to
        // the buyer of the transfer just told.
        const toldBuyer = recent(discourse.lastTransfer, sentence, TOLD_BUYER_SPAN)?.codes[1];
        if (
          codes.length === 0 &&
          toldBuyer &&
          toldBuyer !== agent &&
          !usable.some(
            (g) => g.start < trigger.start || (g.start > trigger.end && !g.codes.includes(agent)),
          ) &&
          // The kit is the subject, not an object of another verb ("The jet is powered by an engine supplied
          // by ..." is a part sold to its maker).
          !FINITE_BE_HAVE.test(text.slice(0, trigger.start).replace(OWN_AUXILIARY, ''))
        )
          codes = [toldBuyer];
        // "Its fleet now counts six helicopters delivered by China, four trainers supplied by Pakistan": kit
        // whose owner the sentence names by a pronoun or not at all, and no state but its suppliers, goes to
        // the state the article is about.
        const about = aboutState(discourse, agent);
        if (
          codes.length === 0 &&
          about &&
          usable.every((g) => g.codes.includes(about) || g.marker === 'by' || g.marker === 'from') &&
          !PART_OF_KIT.test(text.slice(0, trigger.start))
        )
          codes = [about];
      }
      // "The Dutch ambassador to Ghana handed over four pick-ups to the Signals Regiment": where no recipient is
      // named, the state the envoy serves in receives what the envoy hands over.
      if (codes.length === 0 && supplier && HANDED_OVER.test(text.slice(trigger.start, trigger.end))) {
        const host = groups.find(
          (g) =>
            g.end <= trigger.start &&
            g.codes.length === 1 &&
            !g.codes.includes(supplier) &&
            ENVOY_TO.test(text.slice(Math.max(0, g.start - 40), g.start)),
        );
        if (host) codes = host.codes;
      }
      // "Washington has since handed over three cutters", in an article about Vietnam: where the sentence
      // names no recipient, nor any "to" it leaves unnamed ("to buyers abroad"), the state the article is
      // about receives.
      // Only a hand-over: ships "sent" to drills or "deployed" go to no one.
      // The state its paragraph opens on, if not the supplier: "Colombo has never had one supplier. ... The
      // United States has handed over two cutters" in an article that names India more often.
      // But where the sentence just before told another supplier's transfer to a third state, the supplier
      // named next in its place hands its kit to that same state ("China handed a submarine to Myanmar's navy.
      // India delivered one the year before"): the paragraph's opening state was then the first supplier.
      const told = recent(discourse.lastTransfer, sentence, 1);
      const focal =
        supplier && told && !told.codes.includes(supplier) ? told.codes[1] : aboutState(discourse, supplier);
      if (
        codes.length === 0 &&
        focal &&
        HANDED_OVER.test(text.slice(trigger.start, trigger.end)) &&
        !passive &&
        !PASSIVE_AUXILIARY.test(text.slice(Math.max(0, trigger.start - 20), trigger.start)) &&
        // "F-16s donated by Denmark": a participle with its agent after it names its recipient elsewhere.
        !/^\s+by\b/.test(text.slice(trigger.end)) &&
        // Named, if at all, before the verb ("Palau's police rely on a boat that Australia handed over"), with
        // the supplier named as the verb's own subject, not a pronoun that might stand for either.
        !usable.some((g) => g.codes.includes(focal) && (g.start > trigger.start || !adjacent)) &&
        !UNNAMED_RECIPIENT.test(text.slice(trigger.end))
      )
        codes = [focal];
      // "Under the deal between Rome and Tunis, boats were handed to the Tunisian navy": the second party of the
      // deal the sentence names gives what one side received.
      if (!supplier && codes.length === 1) {
        const sides = usable.find(
          (g) => g.marker === 'between' && g.codes.length === 2 && g.codes.includes(codes[0]!),
        );
        const other = sides?.codes.find((c) => c !== codes[0]);
        if (other) return pair(other, codes);
      }
      // "helicopters being supplied by Italy, France and Spain": each state of the agent's list supplies.
      const agents = uniq([...(agentGroup?.codes ?? []), ...codesOf(coAgents)]);
      if (passive && supplier === agent && agents.length > 1) return agents.flatMap((a) => pair(a, codes));
      return pair(supplier, codes);
    }
  }
}

/**
 * Kit right after a maker's demonym, then the verb, past one word ("were") or a perfect's auxiliaries ("have all
 * been"): "Indian howitzers have been delivered to ...".
 */
const EQUIPMENT_AFTER = new RegExp(
  `^\\s+(?:[a-z-]+\\s+){0,2}(?:${EQUIPMENT.source})\\s+(?:(?:have|has|had)\\s+(?:(?:all|also|now|already|since|finally)\\s+)?)?(?:[a-z]+\\s+)?$`,
);
/** Between a verb of acquiring and the demonym of what it acquires: a number or a word or two ("two new"). */
/** A maker's demonym right before the kit it names: "Indian BrahMos missiles". */
const DEMONYM_KIT_NEXT = new RegExp(String.raw`^[\s-]+(?:[\w-]+\s+){0,3}(?:${EQUIPMENT.source})\b`, 'i');
/** "will purchase two", "took its first lot of": what opens the object before a maker's demonym. */
const OBJECT_OPENING =
  /^\s+(?:[\w$.,-]+\s+){0,3}(?:(?:batch|batches|shipment|shipments|consignment|lot|squadron|fleet|set|pair|number|dozens|hundreds)\s+of\s+)?$/;
const EQUIPMENT_NEXT = new RegExp(
  `^[\\s-]+(?:made\\s+|built\\s+)?(?:[a-z-]+\\s+){0,2}(?:${EQUIPMENT.source})\\b`,
);
const WHICH_THEN_VERB = compileFamily(WHICH_THEN_VERB_FAMILY);
/** ", which has", ", which was": the relative's verb in the singular. */
const SINGULAR_WHICH = /^\s*,\s*which\s+(?:[\w-]+\s+){0,3}?(?:has|is|was)\b/i;
/** Recipients named by a noun, then the states among them: "to nine countries, including ". */
const RECIPIENTS_THEN_LIST =
  /\bto\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:countries|nations|customers|buyers|clients|states|governments|armies|air\s+forces|navies|militaries|operators|users)\s*,?\s+(?:including|such\s+as|among\s+them|notably|like)\s*:?\s*$/i;

/** A source named by a noun, then the states it stands for: "from European allies, including ". */
const SOURCE_THEN_LIST =
  /\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,3}[\w\u00c0-\u024f'’-]+,?\s+(?:including|such\s+as|among\s+them|notably|like)\s*:?\s*$/i;
/** "bought it", "ordered them": an object that names nothing, only points back. */
const PRONOUN_OBJECT = /^\s+(?:it|them)\b/i;
const POSSESSIVE_NEXT = /^['’]s?\s/;
/** The kit between the verb and a city it went to: "four boats to the port of ", "two jets to ". */
const DELIVERED_TO_CITY =
  /^\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,6}to\s+(?:the\s+)?(?:(?:port|naval\s+base|air\s+base|base|city|airport|harbou?r|shipyard)\s+(?:of|at|in)\s+)?$/i;
const BODY_AND = /^['’]s?\s+(?:[\w-]+\s+){1,3}and\s+(?:the\s+)?$/;
/** A sentence opened by the pair as its subject ("Both countries", "The two navies"). */
const PAIR_SUBJECT =
  /^(?:(?:[A-Z][\w-]*\s+){0,3}\d{4},\s+)?(?:both|the\s+two)\s+(?:countries|nations|navies|air\s+forces|armies|militaries|governments|sides)\b/i;
const SYSTEM_NAME_NEXT =
  /^\s+(?!(?:The|A|An|In|On|At|And|Of|Inc|Corp|Corporation|AB|SA|AG|ASA|Ltd|PLC|GmbH|Group|Co)\b)[A-Z][\w-]*/;
/** How many sentences after a sale "ordered two more", "received its first" still speak of its seller. */
const TOLD_SUPPLIER_SPAN = 5;
const RELATIVE_PASSIVE = compileFamily(RELATIVE_PASSIVE_FAMILY);
const SHARE_OF = compileFamily(SHARE_OF_FAMILY);
/** The kit a purchase replaces, named right after the verb: "to replace its ", "succeeding the ". */
const REPLACED_BEFORE =
  /\b(?:replace|replaces|replacing|succeed|succeeds|succeeding|retire|retiring|supplant|supplanting)\s+(?:its|their|the|ageing|aging|old|older)?\s*(?:ageing\s+|aging\s+|old\s+|older\s+)?$/i;
/** A sentence opening on the contract it is under, with its partner: "Under the deal signed with ". */
const FRONTED_CONTRACT_WITH =
  /^\s*(?:Under|Through|Via)\s+(?:a|an|the|its|their)\s+[^,;]{0,80}?\b(?:contract|deal|agreement|accord|arrangement)\s+(?:(?:it|they)\s+)?(?:[\w-]+\s+){0,2}?(?:signed|agreed|concluded|struck|reached)\s+with\s+(?:the\s+)?$/i;
/** A demonym that names a maker of kit, not an actor: "US-made", "Korean-built". */
const MAKER_DEMONYM_NEXT = /^-(?:made|built|designed|produced)\b/;
/** Another recipient added to the list: "..., and to Iraq", "and also to the Philippines". */
const AND_TO_BEFORE = /\b(?:and|as\s+well\s+as)\s+(?:also\s+)?to\s+(?:the\s+)?$/i;
/**
 * The noun of a supply, not its verb: "the transfer of", "the provision of", "deliveries of". Not an export
 * or a sale: "blocked the re-export of Swiss-made shells from Germany to Kyiv" is the maker's to allow.
 */
const SUPPLY_NOUN = /^(?:transfers?|deliver(?:y|ies)|suppl(?:y|ies)|provision|shipments?|donations?)$/i;
/** Support given to a state, right before it: "Japan's support to", "the assistance extended by Washington to". */
const SUPPORT_TO = /\b(?:support|assistance|aid|help)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,6}?to\s+(?:the\s+)?$/i;
/** Between the supported state and the supply noun: ", including the", "such as". */
const SUPPORT_INCLUDING =
  /^(?:['’]s\s+(?:[\w-]+\s+){0,3}?)?[\s,]+(?:(?:notably|especially|in\s+particular|including|such\s+as|through|with)\s+)(?:the\s+)?$/i;
/** A demonym that gives the kit after it: "Danish-donated", "Danish- and Dutch-donated", "Egyptian aircraft carrying". */
const GIVING_DEMONYM_NEXT =
  /^-(?:\s*(?:and|or|,)\s+[\w\u00c0-\u024f]+-)*(?:donated|supplied|gifted|funded|provided)\b|^\s+(?:[\w-]+\s+){0,3}(?:aircraft|planes?|jets?|ships?|vessels?|flights?|convoys?|trucks?)\s+(?:carrying|loaded\s+with|laden\s+with|with\s+a\s+cargo\s+of)\b/i;
/** A sale blocked by a third state: "blocked the sale of", "vetoed the export of". */
const SALE_NOUN = /^(?:sales?|exports?|transfers?|deliver(?:y|ies)|suppl(?:y|ies))$/i;
const BLOCKED_SALE_BEFORE = /\b(?:blocked|blocks|blocking|vetoed|vetoes|vetoing)\s+(?:the\s+|a\s+|any\s+)?$/i;
/** A relative clause whose subject is a pronoun, right before the verb: "two of which it gave". */
const WHICH_IT_BEFORE = /\b(?:which|that)\s+it\s+(?:(?:had|has|later|then|also)\s+)?$/i;
/** "Beijing's share of Serbian arms imports": the owner's possessive, the share, and the imports after it. */
const OWNED_SHARE_BEFORE = /['’]s\s+share\s+of\s+(?:[\w.'’-]+\s+){0,3}?$/i;

/**
 * The parties of a supplier's share of another's arms imports, read from either of its two triggers (the
 * share, the imports): null where the trigger is neither.
 */
function shareOfImports(text: string, trigger: Trigger, groups: PartyGroup[]): PartySet[] | null {
  const words = text.slice(trigger.start, trigger.end);
  const atShare = /^share$/i.test(words);
  if (!atShare && !(trigger.direction === 'acquire' && OWNED_SHARE_BEFORE.test(text.slice(0, trigger.start))))
    return null;
  if (!atShare) return [];
  const owner = groups
    .filter((g) => g.end <= trigger.start && /^['’]s\s+$/.test(text.slice(g.end, trigger.start)))
    .at(-1);
  const importer = groups.find((g) => g.start >= trigger.end && g.start - trigger.end <= 30);
  const supplier = owner?.codes.length === 1 ? owner.codes[0]! : null;
  return supplier && importer
    ? importer.codes
        .filter((c) => c !== supplier && !isGroupingCode(c))
        .map((c) => ({ parties: [supplier, c] }))
    : [];
}
const SECOND_HAND = compileFamily(SECOND_HAND_FAMILY);
/** An envoy and the state it serves in: "the ambassador to", "the high commissioner in". */
const ENVOY_TO =
  /\b(?:ambassador|envoy|high\s+commissioner|charg[eé]\s+d['’]affaires|embassy|high\s+commission|defen[cs]e\s+attach[eé])\s+(?:in|to)\s+(?:the\s+)?$/i;
/** A demonym that names the maker of the kit right after it: "US-built F-5s", "French Rafale jets". */
function namesKitMaker(text: string, g: PartyGroup): boolean {
  const next = text.slice(g.end, g.end + 40);
  if (MAKER_DEMONYM_NEXT.test(next)) return true;
  return (
    g.mentions.at(-1)!.kind === 'demonym' &&
    (KIT_RIGHT_AFTER.test(next) || (equipmentOrigin(text, g.end)?.index ?? Infinity) <= g.end + 1)
  );
}
/** Kit right after a demonym, past names only: "Chinese drones", "Russian MiG-29 jets", not "navy handed two corvettes". */
const KIT_RIGHT_AFTER = new RegExp(String.raw`^[\s-]+(?:[A-Z0-9][\w.-]*\s+){0,2}(?:${EQUIPMENT.source})\b`);
/** One more order, not one like it: "a further order", "another contract". */
const FURTHER_ORDER = compileEntries([FURTHER_ORDER_ENTRY], 'i');
/** A system by its name in the plural, counted or definite: "the 36 Rafales", "its Kfirs". */
const NAMED_KIT_PLURAL = String.raw`\b(?:the|its|their|\d+)\s+(?:[\w-]+\s+)?[A-Z][\w-]*[a-z]s`;
/**
 * Kit named right before a participle that takes it: "Four Hawk trainers bought from ...", and set off by a
 * comma: "The navy's corvette, ordered from Spain in 2019, is late".
 */
const KIT_BEFORE_PARTICIPLE = new RegExp(
  String.raw`(?:${EQUIPMENT.source}|[A-Z][\w-]*\s+[A-Z][\w-]*s|${NAMED_KIT_PLURAL})(?:,?\s+(?:that|which)(?:\s+(?:have|has|had))?|\s+(?:it|they)(?:\s+(?:have|has|had))?)?,?\s+$`,
);
/**
 * A recipient the sentence gives without naming a state ("to buyers abroad", "to 15 countries"), or names by a
 * place ("to Kyiv", read as a city).
 */
const UNNAMED_RECIPIENT =
  /\b(?:to|for)\s+(?:the\s+|its\s+|their\s+|some\s+|several\s+|many\s+|other\s+|\d+\s+|[a-z]+\s+)?(?:[\w-]+\s+){0,3}(?:countries|nations|states|buyers|customers|clients|partners|allies|militaries|forces|armies|navies|governments|units|brigades|front|troops|users|operators)\b|\bto\s+(?:the\s+)?[A-Z]/;
const HANDED_OVER = compileFamily(HANDED_OVER_FAMILY);
/** Between a state and the aid it gives: "will provide", "has extended". */
/** The makers of kit told in an apposition: "co-produced by", "that it builds together with", "developed jointly by". */
const CO_MAKER_BEFORE =
  /\b(?:co-?produced|co-?developed|co-?built|(?:developed|produced|built|made|fabricated|fabricates|builds|makes|produces|develops)\s+(?:jointly|together)|jointly\s+(?:developed|produced|built|made))\s+(?:by|with)\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$/i;
/** Aid named as such, not a buyer's "package": "U.S. military aid", "Chinese assistance". */
const AID_NAMED = /\b(?:aid|assistance|grants?|donations?)\b/i;
const AID_GIVER = compileFamily(AID_GIVER_FAMILY);
/** Between a deal and its counterpart, a pronoun signing it: "deal it struck with", "contract they signed with the". */
const IT_SIGNED_WITH =
  /^\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:signed|struck|agreed|concluded|inked|reached|sealed|placed)\s+with\s+(?:the\s+)?$/i;
/** A relative pronoun between a state and the verb: the state is not the verb's subject. */
/** A relative clause on a source, running up to the verb of buying: ", from which it is weighing buying". */
const FROM_WHICH = /^\s*,\s*from\s+wh(?:ich|om)\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,8}$/i;
const RELATIVE_BETWEEN = /\b(?:which|who|whom|whose)\b/i;
/** Between the state asking and the one asked: a verb of sending (" then sent "). */
const SENT_BETWEEN = /\b(?:sent|sends|submitted|submits|handed|hands|addressed|presented|made|makes)\s+$/i;
/** The close of a subject's apposition right before its verb: ", have since", ", also". */
const APPOSITION_THEN_VERB = /^\s*,\s+(?:[a-z][\w'’-]*\s+){0,3}$/;
/** How far the agent of a passive verb may stand after it: "by", "by the", "by Spain's". */
const AGENT_GAP = 8;
/**
 * Which side of a deal between two states gives its aid: the one not named as receiving it ("to the Tunisian
 * navy"), else the one arms exporter of the two; null where nothing tells.
 */
function giverOfTwo(sides: PartyCode[], usable: PartyGroup[], trigger: Trigger): PartyCode | null {
  const received = usable.find(
    (g) => g.marker === 'to' && g.start >= trigger.end && g.codes.length === 1 && sides.includes(g.codes[0]!),
  )?.codes[0];
  if (received) return sides.find((c) => c !== received) ?? null;
  const exporters = sides.filter((c) => MAJOR_EXPORTERS.has(c));
  return exporters.length === 1 ? exporters[0]! : null;
}

/** What stands between "kit for B" and its passive verb: its auxiliary, with no pause or other verb. */
/** The verbs a supplier's name joins by a hyphen: "US-supplied", "Danish-donated", "Turkish-provided". */
const HYPHEN_SUPPLY = /^(?:supplied|donated|provided|gifted|delivered|given|sent)$/i;
const KIT_FOR_THEN_PASSIVE = /^[^,;:()]{0,30}?\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
/** "the first units were delivered": in the passive, the one before the verb receives, if anyone. */
const PASSIVE_AUXILIARY = /\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?$/i;
/**
 * Kit, then a passive auxiliary and perhaps an adverb, right before the verb: "The jets were first "; or a
 * participle between ("The jets still flying today were once bought from ...").
 */
const KIT_BEFORE_PASSIVE = new RegExp(
  String.raw`(?:${EQUIPMENT.source}|${NAMED_KIT_PLURAL})(?:\s+(?:now\s+|still\s+|currently\s+)?\w+ing(?:\s+[\w-]+){0,3})?\s+(?:(?:have|has|had)\s+)?(?:was|were|been|are|is)\s+(?:\w+\s+)?$`,
  'i',
);
/** A contract, deal or order named as a trigger's first word. */
const DEAL_NOUN = /^(?:contracts?|deals?|orders?|agreement)\b/i;
/** The determiners a deal's subject opens on. */
const DEAL_OPENERS = String.raw`[Tt]he|[Aa]n?|[Tt]his|[Tt]hat`;
/** Nothing but a determiner and a few words of worth or date before it: the sentence's subject. */
const DEAL_AS_SUBJECT = new RegExp(
  String.raw`^\s*(?:${DEAL_OPENERS}|[Ii]ts)\s+(?:[a-z0-9$€£][\w$€£.,'’-]*\s+){0,3}$`,
);
/** Nothing a deal is for, right after it: a date, its worth, or the clause's end ("an order in May"). */
const NO_KIT_AFTER = /^(?:\s+(?:in|on|last|earlier|this|worth|valued)\b|\s*[,.;]|\s*$)/;
/** Two or more demonyms joined by hyphens, one origin of a system made together: "Norwegian-American". */
const HYPHEN_JOINED = /^[A-Z][\w\u00c0-\u024f]*(?:-[A-Z][\w\u00c0-\u024f]*)+$/;
/** A determiner opening the sentence, right before the demonym of a deal's buyer: "An Egyptian order". */
const DEAL_DETERMINER = new RegExp(String.raw`^\s*(?:${DEAL_OPENERS})\s+$`);
/** Kit as the subject, then a verb and "under" a contract: "The corvettes were made under the ". */
const KIT_UNDER_CONTRACT = new RegExp(
  String.raw`(?:${EQUIPMENT.source}|${NAMED_KIT_PLURAL})\s+(?:(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+(?:being\s+)?)?(?:built|made|produced|assembled|bought|acquired|supplied|delivered|ordered|procured)\s+under\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,3}$`,
  'i',
);
/** Between two makers of one list of systems bought: no preposition that opens another phrase. */
const NOT_A_LIST = /\b(?:over|after|because|amid|for|with|from|to|in|of|by|than|while|but)\b/i;
/** Words that add to a list whatever prepositions they hold: "..., in addition to American F-16s". */
const ADDED_TO = /\b(?:in\s+addition\s+to|apart\s+from|on\s+top\s+of)\b/gi;

/** "The first frigate", "the remaining jets", "all boats": equipment already told, named before the verb. */
const DEFINITE_EQUIPMENT = new RegExp(
  `\\b(?:the|its|their|all)\\s+(?:(?:first|second|third|last|final|remaining|new|other|\\w+)\\s+){0,2}(?:${EQUIPMENT.source})\\b|${compileFamily(TOLD_KIT_COUNT_FAMILY).source}`,
  'i',
);
/** The same, through a system's name ("American Apache helicopters", "Korean K9 howitzers"). */
/** A demonym's noun that sells: "from the French government", "from Korean yards". */
/** The kit's object, then its builder: "buying two corvettes built by Dutch yards". */
const BUILT_BY_BEFORE =
  /^\s+(?:[\w-]+\s+){1,4}(?:built|made|produced|constructed)\s+(?:in|at|by)\s+(?:the\s+)?$/i;
const SELLER_NOUN_NEXT =
  /^\s+(?:government|state|navy|army|air\s+force|military|firms?|compan(?:y|ies)|makers?|manufacturers?|yards?|shipyards?|industry|stocks?|inventory|side|defen[cs]e\s+ministry)\b/i;
const NAMED_EQUIPMENT_NEXT = new RegExp(`^[\\s-]+(?:[\\w-]+\\s+){0,2}(?:${EQUIPMENT.source})\\b`);
const COUNTED_OFF = compileFamily(COUNTED_OFF_FAMILY);
/** The contract of a sale already told: "the contract", "the original contract", "the agreement for". */
const DEFINITE_CONTRACT =
  /\bthe\s+(?:(?:original|first|initial|framework|main|underlying|executive|same)\s+)?(?:contract|agreement)\b/i;
// "much of it supplied at cost": a share of kit just named, in the passive too.
const PASSIVE_BEFORE = new RegExp(
  `(?:(?:${EQUIPMENT.source})|\\b(?:much|most|some|part|all|many|each|one)\\s+of\\s+(?:it|them|these|those)),?\\s+(?:(?:were|was|being|been|to be)\\s+)?$`,
  'i',
);

/**
 * The last state before the verb, unless it sits in an aside set off by commas right after an earlier one:
 * "Armenia, a big buyer of Indian guns, signed a deal with France" is Armenia's deal.
 */
function outsideApposition(text: string, before: PartyGroup[], verb: number): PartyGroup | undefined {
  const last = before.at(-1);
  const prev = before.at(-2);
  if (!last || !prev) return last;
  const opens = text.slice(prev.end, last.start);
  const closes = text.slice(last.end, verb);
  return /^,\s/.test(opens) && !opens.slice(1).includes(',') && closes.includes(',') ? prev : last;
}

/**
 * A relative aside the clause opened on, closed before the words by a comma and the main clause's verb
 * ("Nigeria, which flies Chinese drones, is in talks ..."): where its opening comma stands and where it closes.
 */
function asideBefore(
  text: string,
  clauseFrom: number,
  wordsAt: number,
): { start: number; end: number } | null {
  const opening = RELATIVE_EDGE_BEFORE.exec(text.slice(Math.max(0, clauseFrom - 12), clauseFrom));
  if (!opening) return null;
  const close = ASIDE_THEN_MAIN_VERB.exec(text.slice(clauseFrom, wordsAt));
  return close ? { start: clauseFrom - opening[0].length, end: clauseFrom + close[0].length } : null;
}
/** The edge a relative aside opens at: ", which", ", whose". */
const RELATIVE_EDGE_BEFORE = /,\s(?:which|who|whose)$/i;
/** The aside's words up to its closing comma, then the main clause's verb. */
const ASIDE_THEN_MAIN_VERB =
  /^[^,;()]{1,120},\s(?=(?:is|are|was|were|has|have|had|will|would|also|now|still|remains)\s)/i;

/** Where the last clause joined by a conjunction and opening on "it" or "they" before a verb starts, else -1. */
function lastPronounClause(text: string): number {
  let at = -1;
  for (const m of text.matchAll(PRONOUN_CLAUSE)) at = m.index;
  return at;
}
/**
 * ", and it has since", "; they will", ", but it is now ordering": a clause of its own whose subject is a pronoun
 * (not an empty "it": ", and it is simple to ...").
 */
const PRONOUN_CLAUSE =
  /[,;]\s+(?:and|but|while|whereas)\s+(?:it|they)\s+(?:has|have|had|will|would|also|now|then|still|(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?[a-z]+ing)\b/gi;

/** Whether a clause joined to the one before ("..., while it ...", "...; the navy ...") opens on a pronoun or an institution. */
function clauseOpensOnAnaphor(text: string, from: number): boolean {
  return from > 0 && CLAUSE_JOINED_BEFORE.test(text.slice(0, from)) && IT_THEY_SUBJECT.test(text.slice(from));
}
/** The edge of a clause joined to the one before it: a comma or semicolon, and a conjunction. */
const CLAUSE_JOINED_BEFORE = /[,;]\s*(?:and|but|while|whereas|though|although)?\s*$/i;

/**
 * "The last six howitzers reached Callao in May", told many sentences after the sale of tanks: the one sale
 * the article told of that kind of kit, from its supplier to its buyer. Only kit named definitely before the
 * verb ("the last six howitzers", "the frigates"), and only where every sale of that kit told was between
 * the same two: with tanks sold to two buyers, which one's arrived is not told.
 */
function saleOfSameKit(
  text: string,
  trigger: Trigger,
  discourse: Discourse,
): { codes: [PartyCode, PartyCode]; sentence: number } | null {
  if (discourse.transfersTold.length === 0) return null;
  const definite = DEFINITE_KIT_BEFORE.exec(text.slice(0, trigger.start));
  const kinds = definite ? kitKinds(definite[0]) : [];
  // Or a system by its name: "The first Peruvian K9 was delivered by sea".
  const kind = kinds.length === 1 ? kinds[0]! : definiteSystemBefore(text, trigger.start);
  if (!kind) return null;
  const sales = discourse.transfersTold.filter((t) => t.kit.includes(kind));
  const first = sales[0];
  if (!first || sales.some((t) => t.codes[0] !== first.codes[0] || t.codes[1] !== first.codes[1]))
    return null;
  return sales.at(-1)!;
}

/** Kit named definitely, and the rest of the clause up to the verb: "The last six howitzers were", "The frigates". */
const DEFINITE_KIT_BEFORE = new RegExp(
  `\\b(?:the|its|their|all)\\s+(?:(?:first|second|third|last|final|remaining|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen)\\s+){0,3}(?:[\\w-]+\\s+){0,2}?(?:${EQUIPMENT.source})\\b[^,;:.]{0,40}$`,
  'i',
);

/**
 * Who supplies kit an object points back to ("ordered it", "bought 54"): the supplier of the transfer just
 * told, or the maker of the system the sentence before named, whichever was told later; else the maker of the
 * systems the article is about.
 */
function toldMaker(discourse: Discourse, sentence: number): PartyCode | null {
  const supplier = recent(discourse.lastSupplier, sentence, TOLD_SUPPLIER_SPAN);
  const system = recent(discourse.lastSystem, sentence, SYSTEM_SPAN);
  if (supplier && system) return system.sentence > supplier.sentence ? system.code : supplier.code;
  return (supplier ?? system)?.code ?? discourse.topicMaker();
}

/** Recipients stop at a contrast: "..., while Serbia has supplied Kenya" is another transfer. */
function contrastEdge(text: string, from: number): number {
  const m = CONTRAST_EDGE.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * "Chile, which already flies Swedish jets, ordered more fighters from Washington": a trigger inside a relative
 * aside tells of its own kit; the states after the aside's closing comma are the main clause's.
 */
function asideClose(text: string, trigger: Trigger): number {
  if (!RELATIVE_ASIDE_OPEN.test(text.slice(Math.max(0, trigger.start - 48), trigger.start)))
    return text.length;
  const m = RELATIVE_ASIDE_CLOSE.exec(text.slice(trigger.end));
  return m ? trigger.end + m.index : text.length;
}

/** The maker of the system named first in the sentence, before `end` and in the verb's own clause. */
function headKitMaker(text: string, end: number): PartyCode | null {
  const found = equipmentOrigin(text);
  return found && found.index < end && !CONTRAST_EDGE.test(text.slice(found.index, end)) ? found.code : null;
}

/** "US-made F-16s", "Mitsubishi-made gyros", or a system whose maker is known ("Tomahawk missiles"). */
function makerOf(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  /** contrastEdge(text, trigger.end), found once for the transfer. */
  contrast: () => number,
): PartyCode | null {
  // "the Korean patrol boats handed to ...": a demonym right before the equipment it made.
  for (const g of groups) {
    const m = g.mentions.at(-1)!;
    if (m.kind !== 'demonym' || g.end > trigger.start) continue;
    if (EQUIPMENT_AFTER.test(text.slice(g.end, trigger.start))) return m.code;
  }
  // "will purchase two Turkish corvettes": a demonym opening the object, before the equipment it made.
  for (const g of groups) {
    const m = g.mentions.at(-1)!;
    if (m.kind !== 'demonym' || g.start < trigger.end || g.mentions.length > 1) continue;
    if (OBJECT_OPENING.test(text.slice(trigger.end, g.start)) && EQUIPMENT_NEXT.test(text.slice(g.end)))
      return m.code;
  }
  // "US-made F-35s that Poland ordered" puts the maker before the verb; "ordered F-35s, US-made" after it.
  const window = Math.max(0, trigger.start - NEAR_BEFORE);
  const made = MADE_BY.exec(text.slice(window));
  // "picked the Gripen to replace its Israeli-built Kfir jets": the kit replaced is another maker's.
  // "flies US-made F-5s and will now purchase the Gripen": a known system as the verb's own object is what is
  // bought; a maker told before the verb made other kit.
  const object = made && window + made.index < trigger.start ? equipmentOrigin(text, trigger.end) : null;
  if (object && OBJECT_OPENING.test(text.slice(trigger.end, object.index))) return object.code;
  if (made && !REPLACED_BEFORE.test(text.slice(Math.max(0, window + made.index - 30), window + made.index))) {
    // At the state the expression captured ("India" in "under India's credit line"), else at its start.
    const named = made.slice(1).find((g) => g !== undefined);
    const at = window + made.index + (named ? made[0].indexOf(named) : 0);
    const g = groups.find((x) => x.start <= at && x.end >= at);
    if (g) return g.codes[0]!;
  }
  // "..., according to Dassault": a firm cited for the delivery, after it, made what it tells of.
  const cited = groups.find(
    (g) =>
      g.start >= trigger.end &&
      g.codes.length === 1 &&
      g.mentions.every((m) => m.kind === 'firm') &&
      /\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, g.start - 20), g.start)),
  );
  if (cited) return cited.codes[0]!;
  const teller = FIRM_TELLS.exec(text.slice(0, trigger.start));
  if (teller) {
    const at = teller.index + teller[0].indexOf(teller[1]!);
    const g = groups.find((x) => x.start <= at && x.end >= at);
    if (g) return g.codes[0]!;
  }
  // The system nearest the verb, on this side of a contrast ("..., while Korea's K2 tanks are arriving").
  const edge = contrast();
  // "engines to power Tejas fighters": the platform the kit goes into is not what is bought.
  const found = equipmentOrigin(text, trigger.start);
  const after =
    found && !PLATFORM_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index)) ? found : null;
  const before = equipmentOrigin(text, window);
  const candidates = [after, before && before.index < trigger.start ? before : null].filter(
    (o): o is NonNullable<typeof o> => !!o && o.index < edge,
  );
  const distance = (o: { index: number }) =>
    o.index >= trigger.start ? o.index - trigger.end : trigger.start - o.index;
  return candidates.sort((a, b) => distance(a) - distance(b))[0]?.code ?? null;
}

/** Before a system named as the platform of what is bought: "to power", "to equip", "to replace". */
const PLATFORM_BEFORE = compileFamily(PLATFORM_BEFORE_FAMILY);

/** Between a subject and its verb: auxiliaries and adverbs only ("has also recently bought"). */
const SUBJECT_GAP = compileFamily(SUBJECT_GAP_FAMILY);

/** How far before a verb its object may stand ("the F-35s that Poland ordered"). */
const NEAR_BEFORE = 40;

/** Talks as the deal's words, where they open them ("talks with Paris on"). */
const TALKS_WORD = /^(?:talks|negotiations|discussions)\b/i;
/** Buyers left unnamed as the talks' subject ("customers", "several states"). */
const UNNAMED_BUYERS_BEFORE =
  /\b(?:customers|buyers|clients|countries|nations|states|governments|militaries)\b/i;
/** Talks on making the kit, not on buying it: "on producing missiles". */
const MAKING_NEXT = /^\s+(?:producing|building|making|co-producing|developing|manufacturing|assembling)\b/i;

/** A comma and "and" between a clause and the next verb's: what came before is another clause's. */
const JOINED_CLAUSE = /,\s+and\s/;
/** How far into a sentence a state stands as the subject it opens on. */
const OPENING_SUBJECT_WITHIN = 30;
/** A clause that opens on a state's force or government, named by its role alone. */
const FORCE_OPENING =
  /^\s*(?:the|its)\s+(?:army|navy|air\s+force|coast\s+guard|marines|military|armed\s+forces|government|ministry|defen[cs]e\s+ministry)\b/i;
