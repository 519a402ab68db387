// Who a trigger ties together: the list after "between", a subject paired with each partner after "with",
// the supplier and the recipient of a transfer, or the pair an anaphor points back to.
import { GROUPING_MEMBERS, isMemberOf } from '../../parties/grouping-members.js';
import type { GroupingCode } from '../../parties/groupings.js';
import { isGroupingCode } from '../../parties/groupings.js';
import { weaponOrigin } from '../catalogues/index.js';
import { GROUPINGS } from '../catalogues/groupings.js';
import { PARTICIPATION, TRAVEL } from '../lexicon/event-words.js';
import { findPartyMentions } from '../lexicon/find-party-mentions.js';
import { EVENT_TYPES, type FactType, type PartyCode, type Status } from '../../schema/fact.js';
import {
  aboutState,
  GROUP_ANAPHOR,
  groupAnaphor,
  PAIR_ANAPHOR,
  pairInPlay,
  pronounSubject,
  recent,
  uniq,
  type Discourse,
} from './discourse.js';
import {
  ALSO_WITH_FAMILY,
  EVENTS_WITH_MANY_FAMILY,
  COVERED_BY_FAMILY,
  EVENT_OPENING_FAMILY,
  NEXT_ROUND_BEFORE_FAMILY,
  GROUPING_ANAPHOR_FAMILY,
  MEMBERSHIP_SOUGHT_FAMILY,
  IT_ITS_FAMILY,
  JOIN_THE_FAMILY,
  BID_BY_FAMILY,
  MEMBERSHIP_BID_FAMILY,
  MEMBERSHIP_WORD_FAMILY,
  ROLE_BESIDE_FAMILY,
  THE_EVENT_GATHERS_FAMILY,
} from '../phrasebook/anaphora.js';
import { compileEach, compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  ALONGSIDE_FAMILY,
  BARE_JOIN_FAMILY,
  EACH_AFTER_SUBJECT_FAMILY,
  NEWCOMER_AFTER_FAMILY,
  OWN_INSTRUMENT_FAMILY,
  UNNAMED_OFFICIAL_FAMILY,
  OWN_COUNTERPART_FAMILY,
  PAIR_OPENING_FAMILY,
  PAIR_SIGNED_AFTER_FAMILY,
  PAIR_SUBJECT_FAMILY,
  PAIR_FORCES_SUBJECT_FAMILY,
  UNNAMED_FORCE_SUBJECT_FAMILY,
  PAIR_SUBJECT_IN_CLAUSE_FAMILY,
  RELATIVE_WITH_FAMILY,
  SIGNED_AFTER_SIGNERS_FAMILY,
  SIGNERS_OPENING_FAMILY,
  SMALL_GROUPING_PARTNERS_FAMILY,
  SMALL_GROUPING_SUMMIT_FAMILY,
  GROUPING_OWN_SUMMIT_FAMILY,
  SOME_OF_FAMILY,
} from '../phrasebook/party-links.js';
import { PARTICIPATION_FAMILY, VENUE_EVENT_FAMILY } from '../phrasebook/event-words.js';
import { PUT_OUT } from '../phrasebook/triggers.js';
import type { Trigger } from './find-triggers.js';
import { clauseAround } from './decide-status.js';
import { codesOf, type PartyGroup } from './party-groups.js';
import { transferParties } from './transfer-parties.js';

const MULTILATERAL: ReadonlySet<FactType> = new Set([
  'joint_exercise',
  'high_level_meeting',
  'joint_development',
]);

export interface PartySet {
  parties: PartyCode[];
  /**
   * Background facts ("after Britain, Canada ...") take this status whatever the clause says; so does a state
   * told joining a programme ("Riyadh has asked to join GCAP": proposed).
   */
  status?: Status;
  /** The parties of the exercise just told, which this set adds to ("Chile and Peru also sent ships"). */
  extends?: PartyCode[];
  /** The sentence the exercise it extends was first told in: readings before it are other exercises. */
  extendsSince?: number;
  /** The parties the joining sentence names. */
  joiners?: PartyCode[];
}

export function chooseParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  const sets = chooseReadParties(text, trigger, groups, sentence, discourse);
  // "include trilateral air drills with Japan", after drills of two allies: the trilateral is theirs and Japan's.
  if (!TRILATERAL.test(text.slice(Math.max(0, trigger.start - 25), trigger.end))) return sets;
  const told = recent(discourse.exerciseBefore, sentence) ?? recent(discourse.lastPair, sentence);
  return sets.map((set) => {
    if (set.parties.length !== 2 || !told) return set;
    const all = uniq([...set.parties, ...told.codes]);
    return all.length === 3 ? { ...set, parties: all } : set;
  });
}

const TRILATERAL = /\btrilateral\b/i;
/** The verb that holds a meeting noun, right before it: "held a ", "chaired the joint ". */
const HELD_A_BEFORE =
  /\b(?:held|had|chaired|hosted|attended|joined)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+)?$/;
/** Between a subject and its verb: no clause break, or only a relative pronoun's ("X, who ..."). */
/** Words right before a gathering that tell it as the place of others' talks: "at the fringes of ". */
const SIDELINES_OF = compileEntries(
  VENUE_EVENT_FAMILY.entries.filter((e) => /sidelines/.test(e.name)),
  VENUE_EVENT_FAMILY.flags,
);
/** A state put out of another's ground, told in an apposition (find-triggers.ts's forces sent home). */
const PUT_OUT_FROM = new RegExp(String.raw`^${PUT_OUT}\s+from\b`, 'i');

// An aside set off by commas may stand between ("Oman and Qatar, meanwhile, host ...").
const OWN_CLAUSE_GAP =
  /^(?:[^,;.]*|[^,;.]*,\s+(?:who|which|that)\b[^,;.]*|,\s+(?:meanwhile|too|also|for\s+(?:its|their)\s+part|in\s+turn),\s+[^,;.]*)$/i;

/**
 * Forces told as the subject's own: "its soldiers", "their camp", the troops a state keeps, maintains or has
 * based abroad (not those it has hosted: a host's guests are another state's).
 */
const OWNED_FORCES =
  /\b(?:its|their)\b|^(?:keeps|has\s+kept|have\s+kept|maintains|has\s+maintained|have\s+maintained|(?:has|have)(?!\s+(?:long\s+)?hosted))\b/i;

/**
 * "Chad and Sudan expelled Italian troops", "the last Italian troops left Chad": the forces' state, named in the
 * trigger, with each host: the subjects before it, else a state it left or a place the sentence opens on, else
 * the state the article is about. A partner named by "with" ("signed a pact with Moscow and ordered US forces
 * out") is another tie's.
 */
function forcesSentHome(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  discourse: Discourse,
): PartySet[] {
  // "France, evicted from Mali in 2022, ...": the state the apposition hangs on was the guest,
  // the state right after "from" its host.
  if (PUT_OUT_FROM.test(text.slice(trigger.start, trigger.end))) {
    const guest = groups
      .filter((g) => !g.place && g.end <= trigger.start && /^\s*,\s*$/.test(text.slice(g.end, trigger.start)))
      .at(-1)?.codes[0];
    const host = groups.find(
      (g) => g.start >= trigger.end && /^\s*(?:the\s+)?$/i.test(text.slice(trigger.end, g.start)),
    )?.codes[0];
    return guest && host && guest !== host && !isGroupingCode(guest) && !isGroupingCode(host)
      ? [{ parties: [host, guest] }]
      : [];
  }
  const inside = groups.filter((g) => !g.place && g.start >= trigger.start && g.end <= trigger.end);
  // The subject of the trigger's own clause: nothing but a relative pronoun between ("Niger's rulers, who
  // forced out ..."); "With Mali and Niger having expelled ..." set off by "with".
  const subjects = groups.filter(
    (g) =>
      !g.place &&
      g.end <= trigger.start &&
      (g.marker === null || (g.marker === 'with' && /^\s+having\b/i.test(text.slice(g.end)))) &&
      OWN_CLAUSE_GAP.test(text.slice(g.end, trigger.start)),
  );
  // "Rome finished pulling back its soldiers from Chad", "Spanish troops vacated their camp": "its" soldiers,
  // "their" camp are the subject's own; so are the troops a state "keeps" somewhere.
  const owners =
    inside.length === 0 && OWNED_FORCES.test(text.slice(trigger.start, trigger.end))
      ? subjects.slice(-1)
      : [];
  const guests = uniq(codesOf(owners.length > 0 ? owners : inside)).filter((c) => !isGroupingCode(c));
  if (guests.length !== 1) return [];
  // The state left or sent out of, right after: "left Niger", "out of Mali"; or where the forces were:
  // "the basing of Spanish troops in Gabon", "on Malian ground".
  const left = groups.filter(
    (g) =>
      g.start >= trigger.end &&
      /^\s*(?:of\s+|from\s+|in\s+|on\s+|at\s+)?(?:the\s+)?$/i.test(text.slice(trigger.end, g.start)),
  );
  // A place, or the state a sentence opens on ("In Chad, the council that ...").
  const places = groups.filter(
    (g) => g.end <= trigger.start && (g.place || /^\s*in\s+$/i.test(text.slice(0, g.start))),
  );
  // "the last Greek troops stationed in Libya have gone": the place the trigger names them in.
  const stationedIn = groups.filter(
    (g) =>
      g.place &&
      g.start >= trigger.start &&
      g.end <= trigger.end &&
      STATIONED_IN_BEFORE.test(text.slice(Math.max(trigger.start, g.start - 30), g.start)),
  );
  // "... from its last base in Niger": the place the owner's forces left, a few words on.
  // "vacated their camp at the airfield beside Bamako's airport": where they were, past a few words.
  const leftFrom = groups.filter(
    (g) =>
      g.start >= trigger.end &&
      (/^\s+(?:from|at|in|near)\s+[^,;]{0,60}$/i.test(text.slice(trigger.end, g.start)) ||
        // "handed their camp to the Gabonese army": the host's own forces take it back.
        /^\s+to\s+(?:the\s+)?$/i.test(text.slice(trigger.end, g.start))),
  );
  const hosts = uniq(
    codesOf(
      owners.length > 0
        ? leftFrom
        : subjects.length > 0
          ? subjects
          : left.length > 0
            ? left
            : stationedIn.length > 0
              ? stationedIn
              : places.length > 0
                ? places
                : leftFrom,
    ),
  ).filter((c) => c !== guests[0] && !isGroupingCode(c));
  const focal = discourse.focal;
  // Forces kept somewhere are kept where the sentence says; only forces sent home fall back on the article's state.
  const each =
    hosts.length > 0 ? hosts : focal && focal !== guests[0] && trigger.status === 'ended' ? [focal] : [];
  return each.map((host) => ({ parties: [host, guests[0]!] }));
}

function chooseReadParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  if (trigger.forcesHome) return forcesSentHome(text, trigger, groups, discourse);
  // "Both Bangkok and Canberra are treaty allies of Washington": each subject is allied to the state after
  // "of", not all three in one treaty.
  if (trigger.type === 'security_treaty' && /\ball(?:y|ies)$/i.test(text.slice(trigger.start, trigger.end))) {
    const of = /^\s+of\s+(?:the\s+)?$/i;
    const partner = groups.find((g) => g.start >= trigger.end && of.test(text.slice(trigger.end, g.start)));
    const subjects = uniq(
      codesOf(groups.filter((g) => g.end <= trigger.start && g.marker === null && !g.place)),
    );
    if (
      partner &&
      partner.codes.length === 1 &&
      subjects.length >= 2 &&
      !subjects.includes(partner.codes[0]!)
    )
      return subjects.map((c) => ({ parties: [c, partner.codes[0]!] }));
  }
  // "an access pact like the ones Madrid has with Lima and Quito": the state before the verb has one with
  // each state after "with".
  if (
    trigger.kind === 'generic' &&
    /^ones?$/i.test(text.slice(trigger.start, trigger.end)) &&
    /^\s+(?:that\s+)?[^,.;]{1,40}?\s(?:already\s+)?(?:has|have|had|holds?|signed)\s+with\b/i.test(
      text.slice(trigger.end, trigger.end + 60),
    )
  ) {
    const holder = groups.find((g) => g.start >= trigger.end && g.start - trigger.end <= 12 && !g.place);
    const partners = holder ? codesOf(groups.filter((g) => g.start > holder.end && g.marker === 'with')) : [];
    return holder && holder.codes.length === 1
      ? uniq(partners)
          .filter((c) => c !== holder.codes[0])
          .map((c) => ({ parties: [holder.codes[0]!, c] }))
      : [];
  }
  // "They signed a logistics pact in 2021. It took effect a year later.": "it" is the instrument just told,
  // between the parties the rules read it between.
  if (trigger.kind === 'generic' && /^it$/i.test(text.slice(trigger.start, trigger.end))) {
    const told = recent(discourse.lastInstrument, sentence, 2);
    return told?.codes && told.type === trigger.type ? [{ parties: [...told.codes] }] : [];
  }
  // "From Nairobi, the minister flew to Dodoma": where a traveller comes from is no party to the visit.
  const travel = trigger.kind === 'meeting' && TRAVELLED.test(text.slice(trigger.start, trigger.end));
  const sets = readParties(
    text,
    trigger,
    travel ? groups.filter((g) => g.marker !== 'from' || g.start < trigger.end) : groups,
    sentence,
    discourse,
  );
  if (trigger.kind !== 'meeting') return sets;
  // "at the fringes of an ASEAN ministers' forum, A and B signed ...": the gathering is where the
  // states named met, not a party to their meeting, whoever belongs to it.
  // So is a grouping named as the gathering whose fringes they met at, after the meeting's words.
  const sidelines = SIDELINES_OF.test(text.slice(Math.max(0, trigger.start - 90), trigger.start));
  const venues = new Set(
    groups
      .filter(
        (g) =>
          g.codes.every(isGroupingCode) && SIDELINES_OF.test(text.slice(Math.max(0, g.start - 90), g.start)),
      )
      .flatMap((g) => g.codes),
  );
  const out: PartySet[] = [];
  for (const set of sets)
    out.push(
      ...withoutOwnGrouping(
        sidelines || venues.size > 0
          ? { ...set, parties: set.parties.filter((c) => !(sidelines ? isGroupingCode(c) : venues.has(c))) }
          : set,
      ),
    );
  return out;
}

/** The parties of the latest event of a kind told within ROUND_SPAN sentences that all of `hosts` took part in. */
function toldEvent(
  discourse: Discourse,
  sentence: number,
  kind: Discourse['eventsTold'][number]['type'],
  hosts: readonly PartyCode[],
): PartyCode[] | null {
  for (let i = discourse.eventsTold.length - 1; i >= 0; i--) {
    const told = discourse.eventsTold[i]!;
    if (sentence - told.sentence > ROUND_SPAN) break;
    if (told.type === kind && told.codes.length >= 2 && hosts.every((c) => told.codes.includes(c)))
      return told.codes;
  }
  return null;
}

/**
 * The states of the last round told of a catalogued exercise series, however far back in the article: its name
 * is its own, where "the next round" is of whichever event was told last.
 */
function toldSeries(discourse: Discourse, series: string, hosts: readonly PartyCode[]): PartyCode[] | null {
  const told = discourse.eventsTold.findLast((e) => e.series === series && e.codes.length >= 2);
  return told && hosts.every((c) => told.codes.includes(c)) ? told.codes : null;
}

/** "a base next to the US camp": a state named beside the base only says where it stands, and hosts nothing. */
const NEXT_TO_BASE =
  /^(?:\s+[\w-]+){0,6}?\s+(?:next\s+to|beside|alongside|near|close\s+to|adjacent\s+to)\s+(?:the\s+)?[\w.-]+\s+(?:base|camp|facility|post|outpost)\b/i;
/** A base one side keeps on the other's soil, or a presence (triggers.ts). */
const HOST_ADJECTIVES =
  /^\s*(?:(?:the|neighbou?ring|nearby|tiny|small|northern|southern|eastern|western|central|coastal)\s+)*$/i;
const FOREIGN_BASE =
  /(?:base|bases|facility|facilities)\s+in$|^overseas\b|^(?:ending|ended|end\s+to|ends|withdrawing|withdrew|withdrawal\s+of)\b.*\bmilitary\s+presence$/i;

/**
 * "Chile has kept a naval base in Peru since 2015, a few miles from the Bolivian one": the clause's
 * subject owns the base, the place after it hosts it; the other states of the sentence are neither.
 */
function foreignBaseParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  discourse: Discourse,
): PartySet[] {
  const clause = clauseAround(text, trigger.start, trigger.end);
  // "Japan, Ghana's second lender, has had a base in ...": a list closed by a possessive is a subject and its
  // apposition; the first is the owner.
  const owner = groups.find(
    (g) =>
      !g.place &&
      g.start >= clause.from &&
      g.end <= trigger.start &&
      (g.codes.length === 1 || /^['’]s\s/.test(text.slice(g.end))),
  );
  const host = groups.find(
    (g) =>
      g.start >= trigger.end &&
      g.start < clause.to &&
      g.codes.length === 1 &&
      (g.place || HOST_ADJECTIVES.test(text.slice(trigger.end, g.start))),
  );
  const a = owner?.codes[0];
  // "China opened its first overseas base in 2017 near the port": the clause names no host, so the state the
  // article is about hosts it (an article about the owner names no host: none is read).
  const b =
    host?.codes[0] ??
    (a && groups.every((g) => g.codes.every((c) => c === a) || g.end <= clause.from || g.start >= clause.to)
      ? aboutState(discourse, a)
      : undefined);
  return a && b && a !== b && !isGroupingCode(a) && !isGroupingCode(b) ? [{ parties: [a, b] }] : [];
}

/**
 * "The Canadian prime minister joined the G7 summit", "two presidents met at the NATO summit": a member at its own
 * grouping's table meets no one by that; the grouping is the setting. Those left, if two or more, met.
 */
function withoutOwnGrouping(set: PartySet): PartySet[] {
  const states = set.parties.filter((c) => !isGroupingCode(c));
  const parties = set.parties.filter(
    (c) => !isGroupingCode(c) || !states.some((state) => isMemberOf(c, state)),
  );
  return parties.length >= 2 ? [{ ...set, parties }] : [];
}

function readParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  // "a naval base in Abu Dhabi under a 2009 agreement": a state named inside an instrument's words is its
  // party, not a place; so is one inside a programme's ("a partner in South Korea's KF-21 programme").
  if (trigger.kind === 'instrument' || trigger.type === 'joint_development')
    groups = groups.map((g) =>
      g.place && g.start >= trigger.start && g.end <= trigger.end ? { ...g, place: false } : g,
    );
  // "Exercise Bersama Lima": a capital inside a named exercise is part of its name, no participant.
  if (trigger.type === 'joint_exercise' && /^[A-Z]/.test(text.slice(trigger.start, trigger.end)))
    groups = groups.filter(
      (g) =>
        !(g.start >= trigger.start && g.end <= trigger.end && g.mentions.every((m) => m.kind === 'capital')),
    );
  if (trigger.type === 'equipment_transfer')
    return transferParties(text, trigger, groups, sentence, discourse);
  // "the first in-person Quad leaders' summit": a summit of a small grouping's leaders is one of its members.
  if (trigger.kind === 'meeting') {
    const summit = SMALL_GROUPING_SUMMIT.exec(text.slice(Math.max(0, trigger.start - 40), trigger.end));
    const members = summit ? GROUPING_MEMBERS[summit[1]!.toUpperCase() as GroupingCode]?.members : undefined;
    if (members) return [{ parties: [...members] }];
    // A large grouping's own summit is no meeting between the states the sentence names.
    if (GROUPING_OWN_SUMMIT.test(text.slice(Math.max(0, trigger.start - 80), trigger.end))) return [];
  }
  if (trigger.type === 'membership') return membershipParties(text, trigger, groups, sentence, discourse);
  // "The three AUKUS governments signed an arrangement to develop ...": a small grouping's partners, all of
  // them, where the sentence names no state.
  if (trigger.kind !== 'meeting' && groups.every((g) => g.codes.every(isGroupingCode))) {
    const partners = SMALL_GROUPING_PARTNERS.exec(text);
    const members = partners
      ? GROUPING_MEMBERS[partners[1]!.toUpperCase() as GroupingCode]?.members
      : undefined;
    if (members) return [{ parties: [...members] }];
  }
  if (trigger.type === 'reciprocal_access' && FOREIGN_BASE.test(text.slice(trigger.start, trigger.end))) {
    const base = foreignBaseParties(text, trigger, groups, discourse);
    if (base.length > 0 || NEXT_TO_BASE.test(text.slice(trigger.end, trigger.end + 40))) return base;
  }
  const joined = joinedExercise(text, trigger, groups, sentence, discourse);
  if (joined) return [joined];
  // "comes a month after Iran's president and his Russian counterpart signed a treaty": "after" opens a
  // clause, and the states right after it are the subject of its verb, no earlier partners.
  const usable = groups
    .filter((g) => !g.place)
    .map((g) =>
      g.marker === 'after' &&
      g.end <= trigger.start &&
      AFTER_CLAUSE_VERB.test(text.slice(g.end, trigger.start))
        ? { ...g, marker: null }
        : g,
    );
  const between = usable.find((g) => g.marker === 'between' && g.codes.length >= 2);
  // "Doha hosted talks between the Kenyan and Ugandan leaders": the host sits at the table too.
  const host =
    between && trigger.kind === 'meeting'
      ? usable.find(
          (g) =>
            g.marker === null &&
            g.end <= trigger.start &&
            g.codes.length === 1 &&
            // The hosting verb is before the talks, or is itself the trigger ("Doha hosted talks between").
            HOSTED_BEFORE.test(
              text.slice(g.end, trigger.start) +
                (HOSTING_TRIGGER.test(text.slice(trigger.start, trigger.end))
                  ? text.slice(trigger.start, trigger.end) + ' '
                  : ''),
            ),
        )
      : undefined;
  if (between) return [{ parties: uniq([...between.codes, ...(host?.codes ?? [])]) }];
  // "a joint venture of Israel's IAI and Singapore's ST Engineering": the venture's owners, whoever it supplies.
  // "the trainer built jointly by Brazil and Chile": its makers, whoever buys it.
  const owners = usable.find(
    (g) =>
      trigger.type === 'joint_development' &&
      (g.marker === 'of' || g.marker === 'by') &&
      g.codes.length >= 2 &&
      g.start >= trigger.end &&
      g.start - trigger.end <= 6,
  );
  if (owners) return [{ parties: owners.codes }];
  const signers = signersAfter(text, trigger, usable);
  if (signers) return [{ parties: signers }];
  // "The two countries signed a treaty in 2024 that ..., and North Korean troops ...": the pair a subject
  // points back to, with no state before the words; "the agreement the two neighbours signed in 2024": the
  // pair its relative clause points back to.
  const told = recent(discourse.lastPair, sentence);
  if (told && PAIR_SUBJECT.test(text.slice(0, trigger.start)) && !usable.some((g) => g.end <= trigger.start))
    return [{ parties: told.codes }];
  // "Marines of the two nations drilled in May ..., an exercise that also had crews from Fiji and Tonga", "about
  // 300 sailors of both navies and a unit from Samoa joined ...": drills whose subject is the forces of the pair
  // just told are the pair's, with the forces the sentence adds to them.
  if (
    told &&
    trigger.type === 'joint_exercise' &&
    !usable.some((g) => g.end <= trigger.start && g.marker === null) &&
    PAIR_FORCES_SUBJECT.test(text.slice(0, trigger.start))
  )
    return [{ parties: uniq([...told.codes, ...codesOf(usable.filter((g) => !g.place))]) }];
  // "Spanish officers have served in Mauritania since both governments inked a defence accord": the pair is the
  // two states the sentence named before its time clause.
  if (PAIR_SUBJECT_IN_CLAUSE.test(text.slice(0, trigger.start))) {
    // A place counts: "officers in Mauritania" name the host.
    const own = uniq(codesOf(groups.filter((g) => g.end <= trigger.start)));
    if (own.length === 2 && !own.some(isGroupingCode)) return [{ parties: own }];
  }
  if (
    (trigger.kind === 'instrument' || trigger.kind === 'generic') &&
    PAIR_SIGNED_AFTER.test(text.slice(trigger.end, trigger.end + 60))
  ) {
    // The pair this sentence names, else the one told before it.
    const own = uniq(codesOf(usable));
    const pair = own.length === 2 ? own : told?.codes;
    if (pair) return [{ parties: pair }];
  }
  // "Denmark and Finland signed their own agreements", "Britain was the first to sign such a pact": each
  // state named signs one with the partner the instruments just told share.
  const hub = recent(discourse.lastInstrument, sentence, 6)?.hub;
  if (
    hub &&
    (trigger.kind === 'instrument' || trigger.kind === 'generic') &&
    OWN_INSTRUMENT.test(text.slice(Math.max(0, trigger.start - 30), trigger.end))
  ) {
    // Only the signers, as the subject before the words: a partner named ("a similar pact with Japan") is
    // the sentence's own.
    const own = uniq(codesOf(usable)).filter((c) => !isGroupingCode(c));
    const subjectsOnly = usable.every((g) => g.end <= trigger.start && g.marker === null);
    if (subjectsOnly && own.length > 0 && !own.includes(hub)) return own.map((c) => ({ parties: [hub, c] }));
  }
  const compound = compoundBefore(text, trigger, usable);
  if (compound) return [{ parties: compound }];

  const partners = usable.filter((g) => g.marker === 'with' || g.marker === 'including');
  const predecessors = usable.filter((g) => g.marker === 'after');
  // "Marines from Chile trained with Peruvian units": those an event's actors come from before it
  // are its subject too.
  const subjects = usable.filter(
    (g) =>
      g.marker === null ||
      g.marker === 'of' ||
      g.marker === 'by' ||
      (g.marker === 'from' && EVENT_TYPES.includes(trigger.type) && g.end <= trigger.start),
  );
  const out: PartySet[] = [];

  // Predecessors are earlier partners to an instrument ("the eighth partner after A and B"); "after meeting X"
  // or "after the summit" names no partner.
  if (
    predecessors.length > 0 &&
    (trigger.kind === 'instrument' || trigger.kind === 'generic') &&
    !EVENT_TYPES.includes(trigger.type)
  ) {
    // The hub: the partner the new instrument is with, else its subject ("Seoul's first after ..."), else
    // the party the article is about.
    // "Germany would become the second country after Britain with one": the subject is the newcomer, and the
    // hub is the state the article is about.
    const newcomer = subjects.find(
      (g) =>
        g.start < predecessors[0]!.start && NEWCOMER_AFTER.test(text.slice(g.end, predecessors[0]!.start)),
    );
    const hub =
      usable.find((g) => g.marker === 'to' || g.marker === 'with')?.codes[0] ??
      (newcomer && discourse.focal && !newcomer.codes.includes(discourse.focal)
        ? discourse.focal
        : subjects.find((g) => g.start < predecessors[0]!.start)?.codes[0]) ??
      discourse.focal;
    if (hub)
      for (const g of predecessors)
        for (const c of g.codes) if (c !== hub) out.push({ parties: [hub, c], status: 'in_force' });
  }

  if (partners.length > 0) {
    const spokeCodes = new Set(codesOf(partners));
    // "Male accepted Indian help, and the Maldivian minister visited for talks with his Indian counterpart":
    // a first subject that is the partner itself is another clause's; the one nearest the trigger is its own.
    const own = (g: PartyGroup) => g.codes.some((c) => !spokeCodes.has(c));
    const before = subjects.filter((g) => g.start < partners[0]!.start);
    // "Canberra acted after Fiji signed a pact with China": the subject of a time or reason clause the
    // trigger's verb is in, not the main clause's.
    const clauseSubject = before
      .filter(
        (g) =>
          g.end <= trigger.start &&
          own(g) &&
          SUBORDINATOR_BEFORE.test(text.slice(Math.max(0, g.start - 14), g.start)) &&
          !/[,;]/.test(text.slice(g.end, trigger.start)),
      )
      .at(-1);
    // "a pact like those Lima has signed with A and B": the state that signed with them.
    const signer = before.find(
      (g) =>
        (g.end <= trigger.start || g.start >= trigger.end) &&
        own(g) &&
        SIGNED_WITH_AFTER.test(text.slice(g.end, partners[0]!.start)),
    );
    const subject =
      signer ??
      clauseSubject ??
      (before[0] && own(before[0])
        ? before[0]
        : before.filter((g) => g.end <= trigger.start && own(g)).at(-1)) ??
      before[0] ??
      frontedSubject(text, partners[0]!, subjects);
    // "troops from 13 nations, including A, B and C, began the exercise": one exercise of all those named,
    // with those added after it ("..., with D and E joining as partners").
    if (!subject && MULTILATERAL.has(trigger.type) && partners[0]!.marker === 'including') {
      const all = uniq(codesOf(partners));
      if (all.length >= 2) return [...out, { parties: all }];
    }
    // "Both sides looked forward to drills with Australia and Japan": the pair in play, with those partners.
    const pairOpening = !subject && told && PAIR_OPENING.test(text.slice(0, partners[0]!.start));
    // "A visiting forces agreement with Canada was signed in Lima": with no subject, the capital an
    // instrument with a partner was signed in is the other side, before the state the article is about.
    const signedIn =
      trigger.kind === 'instrument'
        ? groups.find((g) => g.place && g.start > partners[0]!.end && !g.codes.some((c) => spokeCodes.has(c)))
        : undefined;
    const hubs = subject
      ? subject.codes
      : pairOpening
        ? told.codes
        : // With no state named more than once, the one its paragraph opens on.
          [
            frontedTopic(text) ??
              pronounSubject(text, sentence, discourse) ??
              signedIn?.codes[0] ??
              discourse.focal ??
              aboutState(discourse, null),
          ].filter(isCode);
    // "drills with Japanese and Australian troops taking part alongside Filipino and American personnel":
    // those an event's partners act alongside take part too.
    const beside = MULTILATERAL.has(trigger.type)
      ? usable.filter(
          (g) =>
            !partners.includes(g) &&
            g.start > partners[0]!.start &&
            ALONGSIDE.test(text.slice(Math.max(0, g.start - 50), g.start)),
        )
      : [];
    const spokes = uniq(codesOf([...partners, ...beside]));
    if (MULTILATERAL.has(trigger.type) && hubs.length > 1) {
      // "drills between the pair and also with Canada" are two exercises; "drills, with the
      // US taking part" is one with three participants.
      const both = ALSO_WITH.test(text.slice(0, partners[0]!.start));
      if (both) out.push({ parties: uniq(hubs) });
      out.push({ parties: uniq([...hubs, ...spokes]) });
      return out;
    }
    // "a fighter developed with Britain and Italy", "drills with the US and Australia", "an exercise with
    // troops from 23 countries including A, B and C": one project or exercise with all of them, where an
    // agreement "with Britain and Italy" is one per partner.
    // "sailed with a British group that exercised with Japanese forces": the partner's own partner, in a
    // relative clause, is in the same drills.
    const chained =
      partners.length === 2 && RELATIVE_WITH.test(text.slice(partners[0]!.end, partners[1]!.start));
    // "..., with Kazakh troops rehearsing alongside American units": a "with" that names the subject's own
    // forces again adds no partner, and leaves the one list of partners one.
    const others = partners.filter((g) => g.codes.some((c) => !hubs.includes(c)));
    const oneList = (others.length === 1 && spokes.filter((c) => !hubs.includes(c)).length > 1) || chained;
    // "held bilateral talks with his Indian and Pakistani counterparts": one meeting with each.
    // "holds drills with several partners, such as A and B": one with each of them.
    // A meeting word in the object of "separate talks" belongs to them ("separate talks with the chiefs of
    // visiting delegations from A, B and C"), so a meeting looks that far back.
    const separate =
      SEPARATE.test(
        text.slice(
          Math.max(0, trigger.start - (trigger.kind === 'meeting' ? SEPARATE_MEETING_REACH : 25)),
          partners[0]!.start,
        ),
      ) || EVENTS_WITH_MANY.test(text.slice(trigger.start, partners[0]!.start));
    // "The exercise opened with Philippine and US squadrons", in an article about no one state: with no
    // subject to hang them on, those listed together after "with" are the event's participants.
    if (MULTILATERAL.has(trigger.type) && oneList && hubs.length <= 1 && !separate) {
      const parties = uniq([...hubs, ...spokes]);
      if (parties.length >= 2) out.push({ parties });
      return out;
    }
    // "Spain and Greece host US forces under bilateral agreements with Washington", "A, B and C have security
    // treaties with Russia": plural instruments, one of each subject's with each partner.
    // "Finland, Sweden and Denmark each signed a DCA with Washington": one each.
    if (
      hubs.length > 1 &&
      (trigger.kind === 'instrument' || trigger.kind === 'generic') &&
      (PLURAL_INSTRUMENT.test(text.slice(trigger.start, trigger.end)) ||
        (subject !== undefined && EACH_AFTER_SUBJECT.test(text.slice(subject.end, trigger.start))))
    ) {
      for (const hub of hubs)
        for (const spoke of spokes) if (spoke !== hub) out.push({ parties: [hub, spoke] });
      return out;
    }
    for (const hub of hubs.slice(0, 1))
      for (const spoke of spokes) if (spoke !== hub) out.push({ parties: [hub, spoke] });
    if (hubs.length > 1) out.push({ parties: uniq(hubs) });
    return out;
  }

  // "Beijing protested the US defence secretary's visit to Taiwan": a visit owned by its visitor, named right
  // before it, is between the visitor and the place visited, whoever else the sentence names (a protester, a
  // state that recalled its envoy over it).
  if (trigger.kind === 'meeting' && VISIT.test(text.slice(trigger.start, trigger.end))) {
    const owner = usable
      .filter((g) => g.end <= trigger.start && VISITOR_OWNS.test(text.slice(g.end, trigger.start)))
      .at(-1);
    // The place visited reads as a venue ("visit to" is a place word): looked for among all the groups.
    const place = owner
      ? groups.find(
          (g) =>
            g.start >= trigger.end &&
            /^\s+(?:to\s+)?(?:the\s+)?$/.test(text.slice(trigger.end, g.start)) &&
            (g.marker === 'to' || /\bto$/i.test(text.slice(trigger.start, trigger.end))),
        )
      : undefined;
    if (
      owner?.codes.length === 1 &&
      place?.codes.length === 1 &&
      owner.codes[0] !== place.codes[0] &&
      owner.mentions.every((m) => m.kind !== 'capital')
    )
      return [...out, { parties: [owner.codes[0]!, place.codes[0]!] }];
  }
  // "Yoon will visit Poland and Czechia": one visit to each state on the tour, not one meeting of all three.
  if (
    trigger.kind === 'meeting' &&
    (VISIT.test(text.slice(trigger.start, trigger.end)) ||
      TRAVELLED.test(text.slice(trigger.start, trigger.end)))
  ) {
    let visitor = usable.filter((g) => g.end <= trigger.start && g.marker === null).at(-1);
    // "the tour of Raisi, the President of Iran, to A, B and C": the traveller named after "tour of", the stops
    // after "to".
    const tourTo = !visitor && TOUR_OF_TRAVELLER.test(text.slice(trigger.start, trigger.end));
    if (tourTo) {
      const traveller = usable.find((g) => g.start >= trigger.end);
      const firstStop = traveller && usable.find((g) => g.start > traveller.end && g.marker === 'to');
      if (traveller?.codes.length === 1 && firstStop) {
        visitor = traveller;
        const stops = uniq(codesOf(usable.filter((g) => g.start >= firstStop.start))).filter(
          (c) => c !== traveller.codes[0],
        );
        if (stops.length >= 1) return [...out, ...stops.map((c) => ({ parties: [traveller.codes[0]!, c] }))];
      }
    }
    // "a tour of A, B and C": the list the trigger's own "of" opens.
    const tourOf = /\bof$/i.test(text.slice(trigger.start, trigger.end));
    const first = usable.find(
      (g) =>
        g.start >= trigger.end &&
        (g.marker === null || g.marker === 'to' || (tourOf && g.marker === 'of')) &&
        /^\s+(?:to\s+)?(?:the\s+)?$/.test(text.slice(trigger.end, g.start)),
    );
    // "flies to Nairobi on Monday and then to Kigali": the stops of the tour told one after another.
    const stops = first ? [...first.codes] : [];
    for (let last = first, i = first ? usable.indexOf(first) + 1 : usable.length; i < usable.length; i++) {
      const g = usable[i]!;
      if (!TOUR_NEXT.test(text.slice(last!.end, g.start))) break;
      stops.push(...g.codes);
      last = g;
    }
    // "toured the Andes, with stops in Lima and La Paz": on a tour, every state named after it.
    if (stops.length < 2 && /tour/i.test(text.slice(trigger.start, trigger.end)))
      stops.push(...codesOf(usable.filter((g) => g.start >= trigger.end)));
    const toured = uniq(stops).filter((c) => c !== visitor?.codes[0]);
    if (visitor?.codes.length === 1 && toured.length >= 2)
      return [...out, ...toured.map((c) => ({ parties: [visitor.codes[0]!, c] }))];
  }
  // "Participants include A and B, alongside the host C": beside an event, those "alongside" take part too.
  const alongside = (g: PartyGroup) =>
    MULTILATERAL.has(trigger.type) && ALONGSIDE.test(text.slice(Math.max(0, g.start - 50), g.start));
  const named = uniq(codesOf(usable.filter((g) => g.marker !== 'after' || alongside(g))));
  // "Canada, Italy and Denmark signed similar accords": each signed one of the kind told, with the state
  // the article is about, not one accord among themselves.
  if (
    trigger.kind === 'generic' &&
    named.length >= 2 &&
    discourse.focal &&
    !named.includes(discourse.focal) &&
    SAME_KIND_WORDS.test(text.slice(trigger.start, trigger.end))
  )
    return [...out, ...named.map((c) => ({ parties: [c, discourse.focal!] }))];
  // "signed by the defence ministers of the three countries, A, B and C": the states last named together in that
  // number, two of them named again after the count (through their ministers, where the third's name is
  // unknown). Not a pair named before it: "once a drill of A and B alone, it now takes in all four countries".
  if (named.length === 2) {
    const group = groupAnaphor(text, sentence, discourse);
    const at = group ? text.search(GROUP_ANAPHOR) : -1;
    if (group && usable.every((g) => g.start > at) && named.every((c) => group.includes(c)))
      return [...out, { parties: group }];
  }
  // "had separate meetings with heads of delegations from A, B and C": the subject met each of them, and a
  // meeting word inside that object ("visiting") is of those meetings.
  if (
    trigger.kind === 'meeting' &&
    named.length >= 3 &&
    SEPARATE.test(text.slice(Math.max(0, trigger.start - SEPARATE_MEETING_REACH), trigger.end))
  ) {
    const hosts = uniq(codesOf(usable.filter((g) => g.end <= trigger.start)));
    if (hosts.length === 1)
      return [...out, ...named.filter((c) => c !== hosts[0]).map((c) => ({ parties: [hosts[0]!, c] }))];
  }
  // "At the forum, the President chaired talks with the leaders of A, B and C": in a release of the state
  // the article is about, its official named by rank alone sits at the table too.
  if (
    named.length >= 2 &&
    trigger.type === 'high_level_meeting' &&
    discourse.focal &&
    !named.includes(discourse.focal) &&
    usable.every((g) => g.start >= trigger.start) &&
    UNNAMED_OFFICIAL.test(text.slice(0, trigger.start).replace(HELD_A_BEFORE, ''))
  )
    return [...out, { parties: uniq([discourse.focal, ...named]) }];
  // "Last May, soldiers of the Home Army trained alongside Greek and US troops": drills whose subject is a force
  // no state is named for are those of the state the paragraph or article is about, with the forces named.
  const home = trigger.type === 'joint_exercise' ? aboutState(discourse, null) : null;
  if (
    home &&
    named.length >= 1 &&
    !named.includes(home) &&
    !usable.some((g) => g.marker === null && g.end <= trigger.start) &&
    UNNAMED_FORCE_SUBJECT.test(text.slice(0, trigger.start))
  )
    return [...out, { parties: uniq([home, ...named]) }];
  if (named.length >= 2) return [...out, { parties: named }];
  // "Minister Papikyan held a meeting with the Minister of Defence of Cyprus": in a ministry's own release,
  // the official no state is named for is the state the article is about.
  if (
    (trigger.type === 'high_level_meeting' || trigger.type === 'two_plus_two') &&
    named.length === 1 &&
    discourse.focal &&
    named[0] !== discourse.focal &&
    // The state named is the guest's (after the verb), not the subject's own.
    usable.every((g) => g.start >= trigger.start) &&
    UNNAMED_OFFICIAL.test(text.slice(0, trigger.start))
  )
    return [...out, { parties: [named[0]!, discourse.focal] }];
  // "the AFRICOM chief then met Defence Minister A B": the host named by rank alone, after the verb.
  if (
    (trigger.type === 'high_level_meeting' || trigger.type === 'two_plus_two') &&
    named.length === 1 &&
    discourse.focal &&
    named[0] !== discourse.focal &&
    usable.every((g) => g.end <= trigger.start) &&
    UNNAMED_GUEST.test(text.slice(trigger.end, trigger.end + 80))
  )
    return [...out, { parties: [named[0]!, discourse.focal] }];
  // "ACCRA, Ghana - Niger's army chief met his counterpart on Friday": a counterpart named for no state is the
  // dateline's, where the story is filed from.
  if ((trigger.type === 'high_level_meeting' || trigger.type === 'two_plus_two') && named.length === 1) {
    const filedFrom = discourse.filedFrom;
    if (
      filedFrom &&
      filedFrom !== named[0] &&
      !isGroupingCode(filedFrom) &&
      BARE_COUNTERPART.test(text.slice(trigger.start, trigger.end + 60))
    )
      return [...out, { parties: [named[0]!, filedFrom] }];
  }
  // "The footing of the Chadian garrison in eastern Niger is a 2019 accord", "Spain keeps a training team in
  // Nouakchott under a defence accord": an instrument a state's forces abroad stand on is between it and their
  // host, named as the place they are in.
  if ((trigger.kind === 'instrument' || trigger.kind === 'generic') && named.length === 1) {
    const hosts = groups.filter(
      (g) =>
        g.place &&
        g.codes.length === 1 &&
        g.codes[0] !== named[0] &&
        !isGroupingCode(g.codes[0]!) &&
        FORCES_IN_BEFORE.test(text.slice(Math.max(0, g.start - 60), g.start)),
    );
    if (hosts.length === 1) return [...out, { parties: [named[0]!, hosts[0]!.codes[0]!] }];
  }
  // "She then saw her Barbadian counterpart": the one state named is the counterpart's; the subject's is
  // the one the sentence's pronoun stands for, else the one the article is about.
  if ((trigger.type === 'high_level_meeting' || trigger.type === 'two_plus_two') && named.length === 1) {
    const counterpart = usable.find(
      (g) =>
        OWN_COUNTERPART.test(text.slice(Math.max(0, g.start - 12), g.start)) &&
        /^\s+counterparts?\b/i.test(text.slice(g.end)),
    );
    const own = counterpart ? (pronounSubject(text, sentence, discourse) ?? discourse.focal) : null;
    if (own && own !== named[0] && !isGroupingCode(own)) return [...out, { parties: [named[0]!, own] }];
  }
  const places = uniq(codesOf(groups.filter((g) => g.place)));
  // A later round of drills said to be hosted by A, or the next session set for a city of B: another round of
  // the event told, held by those who held the last one, its host or venue among them.
  const nextRound = EVENT_TYPES.includes(trigger.type) && anotherRound(text, trigger);
  // "The next 2+2 is set for Canberra", after a visit elsewhere was told: the pair whose 2+2 it is,
  // before any pair in play.
  const twoPlusTwo =
    named.length <= 1 && nextRound && trigger.type === 'two_plus_two'
      ? toldEvent(discourse, sentence, 'two_plus_two', [...named, ...places])
      : null;
  if (twoPlusTwo) return [...out, { parties: twoPlusTwo }];
  // "The next Garuda Shield drills are set for August", after other drills were told: a catalogued series told
  // before with its states is held by them again, the state named or the venue among them.
  const series =
    named.length <= 1 && trigger.series ? toldSeries(discourse, trigger.series, [...named, ...places]) : null;
  if (series) return [...out, { parties: series }];
  // "The ACSA is signed in Berlin", "The second 2+2 is held in Tokyo", in a piece on the pair: a venue that is
  // one of the pair in play names no other party; the pair's instrument or meeting it is. Not where a count
  // points back to more ("signed in Tokyo, when the three ministers ..."): groupAnaphor below reads those.
  const inPlay = recent(discourse.lastPair, sentence);
  if (
    named.length === 0 &&
    inPlay &&
    !GROUP_ANAPHOR.test(text) &&
    places.length > 0 &&
    places.every((c) => inPlay.codes.includes(c)) &&
    (trigger.kind === 'instrument' || trigger.kind === 'meeting')
  )
    return [...out, { parties: inPlay.codes }];
  if (named.length <= 1 && nextRound) {
    const last = recent(
      trigger.type === 'joint_exercise' ? discourse.lastExercise : discourse.lastMeeting,
      sentence,
      JOINED_SPAN,
    );
    if (last && last.codes.length >= 2 && [...named, ...places].every((c) => last.codes.includes(c)))
      return [...out, { parties: last.codes }];
    // Not the last one told, where its venue or host took no part in it: the latest earlier one it did.
    const hosts = [...named, ...places];
    const told =
      hosts.length > 0
        ? toldEvent(discourse, sentence, trigger.type === 'joint_exercise' ? 'exercise' : 'meeting', hosts)
        : null;
    if (told) return [...out, { parties: told }];
  }
  // "The three defence chiefs initialled a protocol": the states last named together in that number, one of them
  // perhaps named again as host.
  const group = named.length <= 1 ? groupAnaphor(text, sentence, discourse) : null;
  if (group && named.every((c) => group.includes(c))) return [...out, { parties: group }];
  if (named.length === 1) {
    const one = named[0]!;
    // "Turkey was ejected from the F-35 programme": a programme named for a system is its maker's.
    if (trigger.type === 'joint_development') {
      const system = weaponOrigin(text, trigger.start);
      if (system && system.index < trigger.end && system.code !== one)
        return [...out, { parties: [one, system.code] }];
    }
    const partner = partnerFromContext(text, one, sentence, discourse, trigger);
    if (partner) return [...out, { parties: [one, partner] }];
    // Not the seat of the alliances and agencies that meet there ("the donors' group gathers in Brussels"): a
    // meeting in Brussels or Vienna is most often one of NATO, the EU or the UN, not one with the host.
    const seats = groups.filter((g) => g.place && g.mentions.every((m) => SEATS.test(m.text)));
    const host = places.find((c) => c !== one && !seats.some((g) => g.codes.includes(c)));
    // So too the state an access or status-of-forces agreement lets the other's troops into ("an agreement
    // on the status of Dutch troops in Estonia").
    if (
      host &&
      (trigger.kind === 'meeting' ||
        trigger.type === 'joint_exercise' ||
        trigger.type === 'reciprocal_access')
    )
      return [...out, { parties: [one, host] }];
    return out;
  }
  const pair = recent(discourse.lastPair, sentence);
  // "The US, Japan and Korea held drills in June. In July they agreed to hold them again": "they" are the
  // states the sentence before named together, where it named more than a pair.
  const together = recent(discourse.lastGroup, sentence, 1);
  if (
    named.length === 0 &&
    together &&
    (!pair || together.sentence > pair.sentence) &&
    THEY_ACTED.test(text.slice(0, trigger.start))
  )
    return [...out, { parties: together.codes }];
  if (pair && (PAIR_ANAPHOR.test(text) || nextRound)) return [...out, { parties: pair.codes }];
  // "The two countries" well after the last pair named: the pair the article keeps naming.
  const kept = !pair && named.length === 0 ? pairInPlay(discourse, sentence, text) : null;
  if (kept) return [...out, { parties: kept }];
  // "The deal builds on the 1995 security treaty": an instrument named by its name in a sentence that names no
  // party is the pair's of the sentence just before.
  const justBefore = recent(discourse.lastPair, sentence, 1);
  if (justBefore && trigger.kind === 'instrument' && named.length === 0 && places.length === 0)
    return [...out, { parties: justBefore.codes }];
  // "The same agreement covers the joint production of ...": what it provides for is its parties'.
  if (justBefore && named.length === 0 && COVERED_BY.test(text.slice(0, trigger.start)))
    return [...out, { parties: justBefore.codes }];
  return out;
}

/**
 * "a treaty on allied relations that Astana and Tashkent signed in 2022": an instrument's parties are those
 * its own relative clause says signed it, whoever else the sentence names.
 */
function signersAfter(text: string, trigger: Trigger, usable: PartyGroup[]): PartyCode[] | null {
  if (trigger.kind !== 'instrument' && trigger.kind !== 'generic') return null;
  const first = usable.find((g) => g.start >= trigger.end);
  if (!first || !SIGNERS_OPENING.test(text.slice(trigger.end, first.start))) return null;
  const codes = [...first.codes];
  let last = first;
  for (const g of usable)
    if (g.start > last.end && /^\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,3}$/.test(text.slice(last.end, g.start))) {
      codes.push(...g.codes);
      last = g;
    }
  const parties = uniq(codes);
  return parties.length >= 2 && SIGNED_AFTER_SIGNERS.test(text.slice(last.end, last.end + 30))
    ? parties
    : null;
}

/**
 * "the Japan-Philippines-United States trilateral summit": states joined by hyphens right before the words
 * are the event's or instrument's parties, whoever else the sentence names.
 */
function compoundBefore(text: string, trigger: Trigger, usable: PartyGroup[]): PartyCode[] | null {
  const g = usable.filter((x) => x.end <= trigger.start).at(-1);
  if (!g || g.codes.length < 2 || !COMPOUND_GAP.test(text.slice(g.end, trigger.start))) return null;
  // The hyphenated run that ends the group: "BrahMos Aerospace, the India-Russia joint venture" is India and
  // Russia's venture, whatever the apposition before it names.
  const offset = g.mentions[0]!.start - g.start;
  let first = g.mentions.length - 1;
  while (
    first > 0 &&
    /^\s?[-–/]\s?$/.test(text.slice(g.mentions[first - 1]!.end - offset, g.mentions[first]!.start - offset))
  )
    first--;
  const run = g.mentions.slice(first);
  if (run.length < 2) return null;
  // "Ghana joins Nigeria-US war games": a verb before the compound brings its own subject in.
  if (!COMPOUND_OPENING.test(text.slice(0, run[0]!.start - offset))) return null;
  return uniq(run.map((m) => m.code));
}

/** Before the compound: the sentence's start, an article or a preposition, not a verb. */
const COMPOUND_OPENING =
  /(?:^|\b(?:the|a|an|this|that|its|their|of|at|in|on|during|for|after|before|since|under)\s+)$/i;
// Ties and cooperation are each subject's own too: "A and B suspended defence cooperation with C" ended two.
const PLURAL_INSTRUMENT =
  /(?:agreements|accords|pacts|treaties|arrangements|deals|memoranda|cooperation|ties)$/i;
/** Between a hyphenated list of states and the words it qualifies: an adjective or two at most. */
const COMPOUND_GAP = /^\s+(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * "Speaking at a joint press conference with his Kenyan counterpart, the Turkish minister said ...": a partner
 * in a phrase put before the clause belongs to that clause's subject, the party that opens it after the comma.
 */
function frontedSubject(text: string, partner: PartyGroup, subjects: PartyGroup[]): PartyGroup | undefined {
  const comma = text.indexOf(',', partner.end);
  if (comma < 0 || text.lastIndexOf(',', partner.start) >= 0) return undefined;
  return subjects.find((g) => g.start > comma && FRONTED_SUBJECT_GAP.test(text.slice(comma + 1, g.start)));
}

/**
 * "For Ecuador, this would be a first: the country has none with ...": a state fronted by "for" and
 * a comma is what the sentence is about, the holder its pronouns and "the country" stand for.
 */
export function frontedTopic(text: string): PartyCode | null {
  const fronted = FRONTED_FOR.exec(text);
  if (!fronted) return null;
  const named = findPartyMentions(fronted[1]!);
  return named.length === 1 && named[0]!.kind !== 'firm' && !isGroupingCode(named[0]!.code)
    ? named[0]!.code
    : null;
}
/** A sentence opening on "For" and a name, then a comma: "For the Philippines, ", "But for Manila, ". */
const FRONTED_FOR = /^\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o)\s+)?[Ff]or\s+(?:the\s+)?([A-Z][^,;:]{1,40}),/;

/** Between the comma that closes a fronted phrase and the subject: at most an article and a title word or two. */
const FRONTED_SUBJECT_GAP = /^\s*(?:the\s+|[A-Z][\w\u00c0-\u024f'’-]*\s+){0,3}$/;

/** "Chilean marines will also take part in the drills": the drills told before, with the newcomers added. */
function joinedExercise(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet | null {
  if (trigger.type !== 'joint_exercise') return null;
  // "..., with ships from A and B joining", or those "taking part" in the sentences right after the drills.
  // The trigger may hold its determiner ("joined the naval drills"): the words up to its noun count.
  const lead = DETERMINER_LEAD.exec(text.slice(trigger.start, trigger.end))?.[0].length ?? 0;
  const definite = JOIN_THE.test(text.slice(0, trigger.start + lead));
  const participation = TAKING_PART.test(text.slice(trigger.start, trigger.end));
  // "The biennial exercise this year involves 19 nations, including A and B": the drills just told, gathering more.
  const gathers =
    trigger.kind === 'activity' &&
    THE_EVENT_OPENING.test(text.slice(0, trigger.end)) &&
    THE_EVENT_GATHERS.test(text.slice(trigger.end));
  const joining = definite || participation || gathers || BESIDE_HOSTS.test(text);
  if (!joining) return null;
  // "joined the drills", "took part in a phase of the exercise" point back to the one told, however far back.
  // Words of taking part are read as drills only right after some were named (find-triggers.ts): drills
  // named with no state ("at the start of Sea Breeze") have none told yet.
  const before =
    recent(discourse.lastExercise, sentence, definite ? JOINED_SPAN : gathers ? GATHERS_SPAN : undefined) ??
    (participation && trigger.kind === 'activity' ? { codes: [], sentence } : null);
  if (!before) return null;
  // "Besides Norway and Sweden, contingents came from A and B": the states set aside are the ones told, not
  // joiners; those after them join.
  const joiners = uniq(
    codesOf(
      groups.filter(
        (g) =>
          !g.place &&
          !(
            SET_ASIDE_BEFORE.test(text.slice(Math.max(0, g.start - 24), g.start)) &&
            g.codes.every((c) => before.codes.includes(c))
          ),
      ),
    ),
  );
  return {
    parties: uniq([...before.codes, ...joiners]),
    extends: before.codes,
    extendsSince: 'since' in before && before.since !== undefined ? before.since : before.sentence,
    joiners,
  };
}

/** The groupings the catalogue knows that are no party to a tie (catalogues/groupings.ts), by name or code. */
const NON_PARTY_GROUPING = new RegExp(
  String.raw`\b(?:${GROUPINGS.filter((g) => !g.party)
    .flatMap((g) => [g.code, g.name])
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, ' '))
    .join('|')})\b`,
);
/** How far back "joined the drills" looks for the drills: the last exercise told, within an article's body. */
const JOINED_SPAN = 10;
/** How far back "The exercise involves ..." looks: the drills of the sentence before or the one before it. */
const GATHERS_SPAN = 2;
const [THE_EVENT_OPENING, THE_EVENT_GATHERS] = compileEach(THE_EVENT_GATHERS_FAMILY).map(
  (e) => e.pattern,
) as [RegExp, RegExp];
/** How far back the round an event's next edition continues may have been told. */
const ROUND_SPAN = 15;

/** "they" as the subject of a verb of acting together, before the trigger. */
const THEY_ACTED =
  /\b(?:they|the\s+(?:ministers|leaders|defen[cs]e\s+ministers|defen[cs]e\s+chiefs|delegations))\s+(?:(?:also|then|later|jointly|formally|have|had|will|would)\s+)?(?:signed|agreed|inked|concluded|launched|held|staged|conducted|decided|pledged|vowed)\b/i;
const PAIR_SUBJECT = compileFamily(PAIR_SUBJECT_FAMILY);
const PAIR_FORCES_SUBJECT = compileFamily(PAIR_FORCES_SUBJECT_FAMILY);
const UNNAMED_FORCE_SUBJECT = compileFamily(UNNAMED_FORCE_SUBJECT_FAMILY);
const PAIR_SUBJECT_IN_CLAUSE = compileFamily(PAIR_SUBJECT_IN_CLAUSE_FAMILY);
const PAIR_SIGNED_AFTER = compileFamily(PAIR_SIGNED_AFTER_FAMILY);
const SIGNERS_OPENING = compileFamily(SIGNERS_OPENING_FAMILY);
const SIGNED_AFTER_SIGNERS = compileFamily(SIGNED_AFTER_SIGNERS_FAMILY);
const RELATIVE_WITH = compileFamily(RELATIVE_WITH_FAMILY);
const ALONGSIDE = compileFamily(ALONGSIDE_FAMILY);
const NEWCOMER_AFTER = compileFamily(NEWCOMER_AFTER_FAMILY);
const SMALL_GROUPING_SUMMIT = compileFamily(SMALL_GROUPING_SUMMIT_FAMILY);
const GROUPING_OWN_SUMMIT = compileFamily(GROUPING_OWN_SUMMIT_FAMILY);
const SMALL_GROUPING_PARTNERS = compileFamily(SMALL_GROUPING_PARTNERS_FAMILY);
const EACH_AFTER_SUBJECT = compileFamily(EACH_AFTER_SUBJECT_FAMILY);
/** The host's verb between it and the talks it hosted: "Ankara subsequently hosted", "Doha has brokered". */
const HOSTED_BEFORE =
  /^\s+(?:(?:has|have|had|also|then|later|subsequently|recently|again)\s+){0,2}(?:hosted|hosts|convened|brokered|mediated)\s+(?:[\w-]+\s+){0,3}$/i;
const HOSTING_TRIGGER = /^(?:hosted|hosts|convened|brokered|mediated)$/i;
const STATIONED_IN_BEFORE =
  /\b(?:stationed|based|deployed|posted|serving|presence|base|camp|garrison)\s+(?:in|on)\s+(?:the\s+)?$/i;
/** A tour told by its traveller: "the tour of President Raisi ... to A, B and C". */
const TOUR_OF_TRAVELLER = /\btour\s+of$/i;
/** A partner that is no recognised state: "with a breakaway province", "with a self-declared republic". */
const NON_STATE_PARTNER =
  /^[^.;]{0,20}?\bwith\s+(?:the\s+|a\s+)?(?:breakaway|self-declared|self-proclaimed|separatist|secessionist|rebel|unrecogni[sz]ed|autonomous)\b/i;
/** A signer's verb right before its partners: "India has signed with", "Oslo concluded one with". */
const SIGNED_WITH_AFTER =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+)?(?:signed|concluded|inked|struck)\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?$/i;
/** A subordinating word right before a subject: "after Fiji", "as the United States", "when Oslo". */
const SUBORDINATOR_BEFORE =
  /\b(?:after|before|when|since|as|while|because|until|once|whereas|although|though)\s+(?:the\s+)?$/i;
const BARE_JOIN = compileFamily(BARE_JOIN_FAMILY);
const SOME_OF = compileFamily(SOME_OF_FAMILY);
const OWN_INSTRUMENT = compileFamily(OWN_INSTRUMENT_FAMILY);
const UNNAMED_OFFICIAL = compileFamily(UNNAMED_OFFICIAL_FAMILY);
/** An official named by rank and name alone right after a meeting's verb: "talks with Defence Minister A B". */
const UNNAMED_GUEST =
  /^\s+(?:with\s+)?(?:the\s+)?(?:(?:Defen[cs]e|Foreign|Prime|Deputy|Interior|Army|Navy|Air\s+Force)\s+)?(?:Minister|Secretary|President|Chief|Commander|General|Admiral)\b(?:\s+(?:of|for)\s+(?:Defen[cs]e|Foreign\s+Affairs|National\s+Defen[cs]e|the\s+(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Staff|General\s+Staff)))?\s+[A-Z]/;
const OWN_COUNTERPART = compileFamily(OWN_COUNTERPART_FAMILY);
/** Forces or a presence right before the place they are in: "the Chadian garrison in eastern Niger". */
const FORCES_IN_BEFORE =
  /\b(?:presence|troops|forces|soldiers|personnel|unit|units|contingent|garrison|stationed|deployed|based|instructors|advisers|advisors|trainers|officers|teams?|missions?|bases?|camps?|battalions?|detachments?)\s+(?:[\w'’-]+\s+){0,3}?(?:in|on|at)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$/i;
/** "talks with his counterpart", no state named for the counterpart. */
const BARE_COUNTERPART = /\b(?:his|her|their)\s+counterparts?\b(?!\s+(?:from|of|in)\b)/i;
const PAIR_OPENING = compileFamily(PAIR_OPENING_FAMILY);

/** An event right after a grouping's name: "the G7 summit", "a NATO exercise". */
// "joined a NATO operation to patrol the Baltic", "a NATO mission in Kosovo": an undertaking of the grouping's,
// which states join without joining the grouping.
const GROUPING_EVENT =
  /^(?:['’]s)?\s+(?:[\w\u00c0-\u024f'’-]+\s+)?(?:summit|meeting|talks|conference|forum|exercise|drills?|ministerial|operations?|missions?|patrols?|deployments?)\b/i;

const ALLIANCE_ANAPHOR =
  /\b(?:the|this|that)\s+(?:military\s+|security\s+|western\s+|transatlantic\s+)?alliance\b/i;
/** Words that stand for the grouping named before. */
const GROUPING_ANAPHOR = compileFamily(GROUPING_ANAPHOR_FAMILY);
const MEMBERSHIP_SOUGHT = compileFamily(MEMBERSHIP_SOUGHT_FAMILY);
const JOIN_THE = compileFamily(JOIN_THE_FAMILY);
const EVENT_OPENING = compileFamily(EVENT_OPENING_FAMILY);
const NEXT_ROUND_BEFORE = compileFamily(NEXT_ROUND_BEFORE_FAMILY);

/** Whether an event's trigger is another round of one told: its sentence opens on one, or it is named as one. */
function anotherRound(text: string, trigger: Trigger): boolean {
  return (
    EVENT_OPENING.test(text) ||
    NEXT_ROUND_BEFORE.test(text.slice(Math.max(0, trigger.start - NEXT_ROUND_REACH), trigger.start))
  );
}
/** How far before an event's word its "the next trilateral ministerial" may start. */
const NEXT_ROUND_REACH = 60;
/** A determiner and perhaps one word opening a trigger that is only drills: "the ", "the naval " (not a name). */
const DETERMINER_LEAD =
  /^(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?(?=(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)$)/;
/** A phrase that sets states aside, opening the sentence or a clause: "Besides ", "Apart from the ". */
const SET_ASIDE_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|beyond)\s+(?:the\s+)?$/i;
/** "are training alongside the two host forces": anywhere in the sentence, beside the drills it names. */
const BESIDE_HOSTS = compileEntries(
  PARTICIPATION_FAMILY.entries.filter((e) => e.yields.role === 'beside-hosts'),
  'i',
);
/** Taking part: read as an exercise only right after one was told (find-triggers.ts). */
const TAKING_PART = new RegExp(PARTICIPATION.source, 'i');
/** Travel words, tested (not scanned): without the scan's /g state. */
const TRAVELLED = new RegExp(TRAVEL.source, 'i');
/** Between two stops of a tour: "and then", "on Tuesday, then on to", "before heading to". */
const TOUR_NEXT =
  /^(?:\s+(?:on|in|at|this|next|later|early|late)\b[^,;.]{0,25}?)?\s*,?\s+(?:and\s+then|then|and\s+later|before\s+(?:going|travelling|traveling|heading|flying|moving)|followed\s+by)\s+(?:on\s+)?(?:to\s+)?(?:visit\s+)?(?:the\s+)?$/i;
/** Capitals that seat the alliances and agencies meeting in them (NATO and the EU; the UN, OSCE and IAEA). */
const SEATS = /^(?:Brussels|Vienna)$/;

/**
 * Between a state and a visit that is its visitor's: "'s", or an office then "'s" ("the US defence secretary's",
 * "Finland's president's"), and the visit's kind ("first official", "two-day").
 */
const VISITOR_OWNS =
  /^(?:['’]s)?\s+(?:(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+)?(?:(?:first|second|official|state|working|recent|planned|surprise|latest|upcoming|historic|[\w]+-day)\s+)*$|^['’]s\s+(?:(?:first|second|official|state|working|recent|planned|surprise|latest|upcoming|historic|[\w]+-day)\s+)*$/;
/** "visit", "visited", "a state visit to", "a tour of": a meeting at each place visited. */
const VISIT = /\b(?:visit|tour)/i;
const ALSO_WITH = compileFamily(ALSO_WITH_FAMILY);
const EVENTS_WITH_MANY = compileFamily(EVENTS_WITH_MANY_FAMILY);
const SAME_KIND_WORDS = /^(?:similar|such|comparable|equivalent|parallel)\b/i;
/**
 * What follows the subject of a clause "after" opens, up to its verb: the rest of the subject (a second
 * party, an apposition), then the verb of a step taken ("after A and B's leader signed").
 */
const AFTER_CLAUSE_VERB =
  /^(?:['’]s(?:\s+[a-z-]+){1,2})?(?:\s+[A-Z][\w\u00c0-\u024f'’.-]*){0,4}(?:\s+and\s+(?:his|her|their|its|the)(?:\s+[\w\u00c0-\u024f'’.-]+){1,5}|\s*,[^,;]{1,60},)?(?:\s+(?:had|have|has|also|jointly|formally))?\s+(?:signed|inked|concluded|agreed|sealed|struck|initial(?:l)?ed|adopted|exchanged)\s/;
/** "separate meetings", "bilateral talks", "met separately": one event per partner, never one of them all. */
export const SEPARATE = /\b(?:bilateral|separate|separately|one-on-one|one-to-one|respective)\b/i;
/** How far before a meeting word "separate" may stand and still be of it ("separate talks with the chiefs of
 * visiting delegations"); other events take it only from just before (25 characters). */
const SEPARATE_MEETING_REACH = 60;
const MEMBERSHIP_WORD = compileFamily(MEMBERSHIP_WORD_FAMILY);
const ROLE_BESIDE = compileFamily(ROLE_BESIDE_FAMILY);
const MEMBERSHIP_BID = compileFamily(MEMBERSHIP_BID_FAMILY);
const BID_BY = compileFamily(BID_BY_FAMILY);
const IT_ITS = compileFamily(IT_ITS_FAMILY);
const COVERED_BY = compileFamily(COVERED_BY_FAMILY);

/**
 * Joining a grouping pairs the joiners with it: the subject and those "along with" it ("Sweden, along with
 * Finland, applied to join NATO"); the members the grouping is described by ("the Quad, which brings
 * together India, Japan, Australia and the US") are not joining it.
 */
function membershipParties(
  text: string,
  trigger: Trigger,
  groups: PartyGroup[],
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  // "joined the two-day G7 summit": a grouping that names an event is that event, not a grouping to join.
  const usable = groups.filter(
    (g) => !g.place && !(g.codes.every(isGroupingCode) && GROUPING_EVENT.test(text.slice(g.end, g.end + 40))),
  );
  const groupings = uniq(codesOf(usable).filter((c) => isGroupingCode(c)));
  // "approved Sweden's membership in the alliance": the grouping named before.
  // "the alliance" is the last alliance named, in an article about it however far back; else the last grouping.
  // "Greece and Turkey joined in 1952": joining with no object named joins the grouping in play, in an
  // article about it however far back it was named.
  const bare = BARE_JOIN.test(text.slice(trigger.start, trigger.end + 20));
  const named =
    (ALLIANCE_ANAPHOR.test(text) ? recent(discourse.lastAlliance, sentence, 40) : null) ??
    recent(discourse.lastGrouping, sentence, 6) ??
    (bare
      ? (recent(discourse.lastAlliance, sentence, 40) ?? recent(discourse.lastGrouping, sentence, 40))
      : null);
  // "are members of the BRICS group ... the bloc's chair": a grouping no party names is the one meant, not one
  // told before.
  if (
    groupings.length === 0 &&
    named &&
    (GROUPING_ANAPHOR.test(text) || MEMBERSHIP_SOUGHT.test(text) || bare) &&
    !NON_PARTY_GROUPING.test(text)
  )
    groupings.push(named.code);
  // "Kazakhstan joined the Partnership for Peace": the programme's own grouping.
  if (groupings.length === 0 && trigger.grouping) groupings.push(trigger.grouping);
  return chosenGroupings(text, trigger, usable, groupings).flatMap((grouping) =>
    membershipOf(text, trigger, usable, grouping, groupings, named, sentence, discourse),
  );
}

/**
 * The grouping a membership trigger is about: the only one named; where several are, the one inside the
 * words ("are EU members but not NATO members") or the list right after them ("applied to join the EU
 * and NATO": each of them).
 */
function chosenGroupings(
  text: string,
  trigger: Trigger,
  usable: PartyGroup[],
  groupings: string[],
): string[] {
  if (groupings.length <= 1) return groupings;
  const inside = usable.find(
    (g) => g.start >= trigger.start && g.end <= trigger.end && g.codes.some(isGroupingCode),
  );
  if (inside) return inside.codes.filter((c) => isGroupingCode(c));
  const next = usable.find((g) => g.start >= trigger.end);
  if (next && next.start - trigger.end <= 12 && next.codes.every(isGroupingCode)) return next.codes;
  return [];
}

function membershipOf(
  text: string,
  trigger: Trigger,
  usable: PartyGroup[],
  grouping: string,
  groupings: string[],
  named: { code: string } | null,
  sentence: number,
  discourse: Discourse,
): PartySet[] {
  const words = text.slice(trigger.start, trigger.end);
  // "role in the Quad", "part of AUKUS": the grouping must be what the words are about, right after them
  // (or inside them: "NATO's oldest partner").
  const inside =
    usable.some((g) => g.start >= trigger.start && g.end <= trigger.end && g.codes.includes(grouping)) ||
    // "the alliance's oldest partner": the anaphor opens the role.
    (groupings[0] === named?.code &&
      GROUPING_ANAPHOR.test(text.slice(Math.max(0, trigger.start - 4), trigger.end)));
  // A grouping's partnership programme known by name ("Mongolia and NATO signed an IPCP"): the states of the
  // sentence take part in the grouping named anywhere in it.
  // Not the grouping's own members, who run the programme ("Canberra, London and Washington would consult with
  // Tokyo on Pillar II projects": Japan's part in it).
  if (trigger.kind === 'instrument' && !inside)
    return uniq(codesOf(usable))
      .filter((c) => !isGroupingCode(c) && !(trigger.grouping && isMemberOf(grouping, c)))
      .map((c) => ({ parties: [grouping, c] }));
  // A step told by ellipsis ("and Sweden followed") carries its grouping: no membership word needed.
  if (!trigger.status && !MEMBERSHIP_WORD.test(words) && !inside && !GROUPING_ANAPHOR.test(words)) {
    const next = usable.find((g) => g.start >= trigger.end);
    if (!next || next.start - trigger.end > 40 || !next.codes.includes(grouping)) return [];
    // "part of a group of EU countries developing a drone": of some members, not of the grouping.
    if (SOME_OF.test(text.slice(trigger.end, next.start))) return [];
  }
  // "NATO member Norway", "Poland, a fellow EU member": a role names the state right beside it.
  if (inside) {
    const after = usable.find(
      (g) => g.start >= trigger.end && /^[\s,]*$/.test(text.slice(trigger.end, g.start)),
    );
    const before = usable.filter((g) => g.end <= trigger.start && !g.codes.includes(grouping)).at(-1);
    const beside =
      after ?? (before && ROLE_BESIDE.test(text.slice(before.end, trigger.start)) ? before : undefined);
    if (beside)
      return beside.codes.filter((c) => !isGroupingCode(c)).map((c) => ({ parties: [grouping, c] }));
  }
  // "Finland and Sweden, NATO's newest members": the list runs on into the role set beside it, one group.
  const listed = usable.find(
    (g) =>
      g.start < trigger.start && g.end > trigger.start && g.end <= trigger.end && g.codes.includes(grouping),
  );
  if (listed && /,\s*(?:the\s+|an?\s+)?$/.test(text.slice(listed.start, trigger.start)))
    return listed.codes.filter((c) => !isGroupingCode(c)).map((c) => ({ parties: [grouping, c] }));
  // "among them Portugal, a member of the alliance since its founding": the state the role is set beside.
  const nearest = usable.filter((g) => g.end <= trigger.start && !g.codes.includes(grouping)).at(-1);
  const gap = nearest ? text.slice(nearest.end, trigger.start) : '';
  // A comma or a copula between them; "Sweden applied to join" is a verb's subject, read below with its partners.
  if (nearest && MEMBERSHIP_WORD.test(words) && /[,\p{L}]/u.test(gap) && ROLE_BESIDE.test(gap))
    return nearest.codes.filter((c) => !isGroupingCode(c)).map((c) => ({ parties: [grouping, c] }));
  // "Georgia's bid to join": the possessor of the bid is the one joining, whoever else the sentence names.
  // "the bids by Oslo and Helsinki": the states after "by" or "of" own it.
  const bidder = usable.find(
    (g) =>
      MEMBERSHIP_BID.test(text.slice(g.end)) || BID_BY.test(text.slice(Math.max(0, g.start - 50), g.start)),
  );
  if (bidder) return bidder.codes.filter((c) => !isGroupingCode(c)).map((c) => ({ parties: [grouping, c] }));
  const joiners = usable.filter(
    (g) => (g.end <= trigger.start && g.marker === null) || (g.start >= trigger.end && g.marker === 'with'),
  );
  let states = uniq(codesOf(joiners).filter((c) => !isGroupingCode(c)));
  // "Five years after joining NATO, Albania sent ...": a fronted participle's subject is the main clause's,
  // the first state after its comma.
  if (states.length === 0 && FRONTED_PARTICIPLE.test(text.slice(0, trigger.start))) {
    const subject = usable.find(
      (g) =>
        g.start >= trigger.end &&
        g.marker === null &&
        !g.codes.every(isGroupingCode) &&
        /,\s*(?:[\w'’-]+\s+){0,2}$/.test(text.slice(trigger.end, firstStateAt(g))),
    );
    if (subject) states = subject.codes.filter((c) => !isGroupingCode(c));
  }
  // "all four nations are full members of the Quad" or "the two countries joined in 2004": the states last named
  // together in that number, or the pair in play.
  if (states.length === 0)
    states = countedMembers(text.slice(0, trigger.start), sentence, discourse, grouping);
  if (states.length === 0) {
    const subject = pronounSubject(text, sentence, discourse) ?? (IT_ITS.test(text) ? discourse.focal : null);
    states = subject ? [subject] : [];
  }
  return states.map((c) => ({ parties: [grouping, c] }));
}

/**
 * Where a list's first state starts, in the sentence: the grouping joined may open the same list as the
 * subject after it ("joining NATO, Albania"). Mentions count from the document's start, lists from the sentence's.
 */
function firstStateAt(g: PartyGroup): number {
  const offset = g.mentions[0]!.start - g.start;
  const state = g.mentions.find((m) => !isGroupingCode(m.code));
  return state ? state.start - offset : g.start;
}

/** A sentence opened by a time phrase around a participle: "After", "Fifteen years after", "Since". */
const FRONTED_PARTICIPLE = /^\s*(?:[\w-]+\s+){0,3}(?:after|since|before|upon|on|by|when|while)\s+$/i;

/** "they" as the subject right before the words, past an auxiliary or adverb or two. */
const THEY_BEFORE = /\bthey\s+(?:(?:had|have|both|all|later|then|finally|formally|eventually)\s+){0,2}$/i;

/** The states a count or a pair's anaphor before a membership word points back to, without the grouping. */
function countedMembers(
  before: string,
  sentence: number,
  discourse: Discourse,
  grouping: string,
): PartyCode[] {
  // "... until they became members in 2009": "they" right before the words is the pair in play too.
  const pair =
    PAIR_ANAPHOR.test(before) || THEY_BEFORE.test(before) ? pairInPlay(discourse, sentence, before) : null;
  const codes = groupAnaphor(before, sentence, discourse) ?? pair ?? [];
  return codes.filter((c) => c !== grouping && !isGroupingCode(c));
}

function isCode(c: PartyCode | null): c is PartyCode {
  return c !== null;
}

/** The other side of a tie whose sentence names one party: the pair in play, when this party is in it. */
function partnerFromContext(
  text: string,
  one: PartyCode,
  sentence: number,
  discourse: Discourse,
  trigger: Trigger,
): PartyCode | null {
  // "inked a pact with a breakaway province": the partner named is no state, and no other stands in for it.
  if (NON_STATE_PARTNER.test(text.slice(trigger.end, trigger.end + 60))) return null;
  const pair = recent(discourse.lastPair, sentence);
  if (pair && pair.codes.length === 2 && pair.codes.includes(one)) {
    const anaphoric = PAIR_ANAPHOR.test(text) || trigger.kind === 'generic' || trigger.kind === 'instrument';
    if (anaphoric) return pair.codes.find((c) => c !== one) ?? null;
  }
  return null;
}
