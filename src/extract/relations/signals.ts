// How directly a sentence ties a reading's parties to its trigger: the evidence the trained scorer weighs
// (a party named in the trigger's clause, by name, near it, is a party far more often than a capital named
// three clauses away, a rival, or a venue).
import type { FactType, PartyCode } from '../../schema/fact.js';
import { equipmentOrigin } from '../lexicon/equipment-origin.js';
import { EQUIPMENT } from '../lexicon/event-words.js';
import type { CandidateSignals } from '../document.js';
import { clauseAround } from './decide-status.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceMention } from './party-filter.js';
import type { GroupMarker, PartyGroup } from './party-groups.js';

// A speaker's "we" names its state only through whoever is quoted: as indirect as a person's name.
const INDIRECT = new Set(['capital', 'person', 'firm', 'institution', 'ship', 'speaker']);

/** What every reading of one trigger shares, worked out once: its clause and the makers the sentence names. */
export interface TriggerScope {
  text: string;
  offset: number;
  trigger: Trigger;
  mentions: readonly SentenceMention[];
  clause: { from: number; to: number };
  /** The states whose firms or systems the sentence names (for transfers), computed on first use. */
  makers: () => ReadonlySet<PartyCode>;
  /** The sentence's coordinated lists, for readings that pair one list member with a party outside it. */
  groups: readonly PartyGroup[];
  /** How many parties the sentence names (CandidateSignals.sentenceParties): the same for every reading. */
  sentenceParties: number;
}

/**
 * Kit right after a demonym, past "-made" or a word or two: "Korean-built corvettes", "Turkish armed drones".
 * Not a force's own kit: "Philippine navy ships" may be the recipient's.
 */
const KIT_NEXT = new RegExp(
  String.raw`^[\s-]+(?:made\s+|built\s+|designed\s+)?(?!(?:navy|naval|army|air|coast|marines?|military|armed|border|police)\b)(?:[a-z-]+\s+){0,2}(?:${EQUIPMENT.source})`,
  'i',
);

/**
 * Words before a list that hand each member the same tie with someone outside it ("sales to", "clients
 * including", "agreements with", "purchases by"); "between" binds a list into one event instead.
 */
export const DISTRIBUTIVE_MARKERS: ReadonlySet<GroupMarker> = new Set(['with', 'including', 'to', 'by']);

export function triggerScope(
  text: string,
  offset: number,
  trigger: Trigger,
  mentions: readonly SentenceMention[],
  groups: readonly PartyGroup[] = [],
): TriggerScope {
  let makers: Set<PartyCode> | null = null;
  return {
    text,
    offset,
    trigger,
    mentions,
    clause: clauseAround(text, trigger.start, trigger.end),
    groups,
    sentenceParties: new Set(mentions.map((m) => m.code)).size,
    makers: () => {
      if (makers) return makers;
      makers = new Set(mentions.filter((m) => m.kind === 'firm').map((m) => m.code));
      const origin = equipmentOrigin(text)?.code;
      if (origin) makers.add(origin);
      // "fields American tanks alongside its Korean howitzers": a demonym right before kit names its maker,
      // whichever system the sentence names first.
      for (const m of mentions)
        if (m.kind === 'demonym' && KIT_NEXT.test(text.slice(m.end - offset, m.end - offset + 60)))
          makers.add(m.code);
      return makers;
    },
  };
}

export function signalsOf(
  scope: TriggerScope,
  parties: readonly PartyCode[],
  type: FactType,
  /** 1 when the rules read no parties for the trigger (CandidateSignals.orphan). */
  orphan = 0,
): CandidateSignals {
  const { text, offset, trigger, mentions, clause } = scope;
  const signals: CandidateSignals = {
    fromContext: 0,
    maxDistance: 0,
    outsideClause: 0,
    rival: 0,
    excluded: 0,
    place: 0,
    indirect: 0,
    sentenceParties: scope.sentenceParties,
    bystanders: bystanders(mentions, parties),
    makerSupplies: 0,
    listSiblings: listSiblings(scope.groups, parties),
    orphan,
  };
  if (type === 'equipment_transfer') {
    // The maker of a named system, or a firm's state, supplies far more often than it receives.
    // Both makers of kit the sentence names ("American tanks alongside Korean howitzers") say nothing of which
    // sold to which.
    const makers = scope.makers();
    const supplies = makers.has(parties[0]!);
    const receives = makers.has(parties[1]!);
    if (supplies !== receives) signals.makerSupplies = supplies ? 1 : -1;
  }
  // One loop over the mentions per party, not a filtered copy of its own and four passes over that: asked for
  // every candidate, the copies were most of the cost.
  for (const code of parties) {
    let named = false;
    let distance = Infinity;
    let inClause = false;
    let rival = true;
    let excluded = true;
    let place = true;
    let indirect = true;
    for (const m of mentions) {
      if (m.code !== code) continue;
      named = true;
      const s = m.start - offset;
      const e = m.end - offset;
      distance = Math.min(
        distance,
        s >= trigger.end ? s - trigger.end : e <= trigger.start ? trigger.start - e : 0,
      );
      if (s >= clause.from && s < clause.to) inClause = true;
      rival &&= m.rival;
      excluded &&= m.excluded;
      place &&= m.place;
      indirect &&= INDIRECT.has(m.kind);
    }
    if (!named) {
      signals.fromContext++;
      signals.maxDistance = Math.max(signals.maxDistance, text.length);
      continue;
    }
    signals.maxDistance = Math.max(signals.maxDistance, distance);
    if (!inClause) signals.outsideClause++;
    if (rival) signals.rival++;
    if (excluded) signals.excluded++;
    if (place) signals.place++;
    if (indirect) signals.indirect++;
  }
  return signals;
}

/**
 * Parties the sentence names only as rivals, onlookers or venues, outside the reading: a sentence crowded by
 * them ("held drills amid China's assertiveness") is not crowded by would-be partners.
 */
function bystanders(mentions: TriggerScope['mentions'], parties: readonly PartyCode[]): number {
  // Each code outside the reading once, at its first mention: loops, not a Set, for a sentence's few mentions
  // (asked for every candidate).
  let n = 0;
  for (let i = 0; i < mentions.length; i++) {
    const code = mentions[i]!.code;
    if (parties.includes(code) || namedBefore(mentions, i)) continue;
    if (mentions.every((m) => m.code !== code || m.rival || m.excluded || m.place)) n++;
  }
  return n;
}

/** Whether a mention before the i-th names its code. */
function namedBefore(mentions: TriggerScope['mentions'], i: number): boolean {
  for (let j = 0; j < i; j++) if (mentions[j]!.code === mentions[i]!.code) return true;
  return false;
}

/** The siblings of the one party a distributive list names, when the reading's other parties stand outside it. */
function listSiblings(groups: readonly PartyGroup[], parties: readonly PartyCode[]): number {
  for (const g of groups) {
    if (g.codes.length < 2 || !DISTRIBUTIVE_MARKERS.has(g.marker)) continue;
    let inside = 0;
    for (const p of parties) if (g.codes.includes(p)) inside++;
    if (inside === 1 && parties.length >= 2) return g.codes.length - 1;
  }
  return 0;
}
