// Stage 7: candidates become ontology facts: parties ordered, one fact per (type, parties, status), every
// sentence that states it kept as evidence, sliced from the original text.
import type { Evidence, Fact } from '../../schema/fact.js';
import type { AnalyzedDocument, Candidate, FactScorer, ScoredFact } from '../document.js';
import { documentContext, factFeatures, factStatusKey, type FeatureList } from '../scorer/features.js';
import { partySetKey, sortedParties } from '../../parties/party-set.js';

export function orderParties(type: Fact['type'], parties: string[]): string[] {
  // Most readings are of two parties: no set to make them unique.
  if (parties.length === 2 && parties[0] !== parties[1])
    return type === 'equipment_transfer' ? [parties[0]!, parties[1]!] : sortedParties(parties);
  const unique = [...new Set(parties)];
  return type === 'equipment_transfer' ? unique : sortedParties(unique);
}

/**
 * orderParties(type, parties) joined by "+", or null when the reading has fewer than two distinct parties: the
 * parties' part of a fact's key. Most readings are of two parties, and most restate a fact already read: their
 * key is built without the array of ordered parties.
 */
function factPartiesKey(type: Fact['type'], parties: string[]): string | null {
  if (parties.length === 2 && parties[0] !== parties[1])
    return type === 'equipment_transfer' ? `${parties[0]!}+${parties[1]!}` : partySetKey(parties);
  const ordered = orderParties(type, parties);
  return ordered.length < 2 ? null : ordered.join('+');
}

/**
 * Per fact, what its readings gathered, found by its type, status key and parties' key, and listed in the
 * order the facts were first read. Type and status are strings of a few (their hashes kept); a key joined of
 * all three for each reading was a new string to build and hash, the stage's costliest look-up.
 */
class FactIndex<E> {
  readonly values: E[] = [];
  private readonly byType = new Map<string, Map<string, Map<string, E>>>();

  get(type: string, status: string, parties: string): E | undefined {
    return this.byType.get(type)?.get(status)?.get(parties);
  }

  add(type: string, status: string, parties: string, value: E): void {
    let byStatus = this.byType.get(type);
    if (!byStatus) this.byType.set(type, (byStatus = new Map()));
    let byParties = byStatus.get(status);
    if (!byParties) byStatus.set(status, (byParties = new Map()));
    byParties.set(parties, value);
    this.values.push(value);
  }
}

export function facts(doc: AnalyzedDocument): void {
  // Most news reads no candidate at all: nothing to weigh, and the document context is not worth building.
  if (doc.candidates.length === 0) {
    doc.scored = [];
    doc.facts = [];
    return;
  }
  // Per fact: its readings, whether the rules read it, and where its evidence starts (a long document can
  // restate one fact thousands of times: every check here is constant time), and how well its date is attested:
  // 2 stated for it, 1 stated only as a report's date, 0 inferred.
  const byKey = new FactIndex<{
    fact: Fact;
    candidates: Candidate[];
    rule: boolean;
    starts: Set<number>;
    attested: number;
  }>();
  const attestation = (c: Candidate): number => (c.dateStated ? (c.dateReported ? 1 : 2) : 0);
  // One key per fact: "signed" and "in force" share one, and the first stated status stands.
  const candidates = withoutRestatedMeetings(doc.candidates);
  const signedNames = signedInstruments(candidates);
  for (const c of candidates) {
    const partiesKey = factPartiesKey(c.type, c.parties);
    if (partiesKey === null) continue;
    const statusKey = statusKeyOf(c, signedNames);
    const had = byKey.get(c.type, statusKey, partiesKey);
    if (!had) {
      const evidence = evidenceOf(doc, c);
      const parties = orderParties(c.type, c.parties);
      byKey.add(c.type, statusKey, partiesKey, {
        fact: { type: c.type, parties, status: c.status, date: c.date, item: c.item, evidence: [evidence] },
        candidates: [c],
        rule: c.origin === 'rule',
        starts: new Set([evidence.start]),
        attested: attestation(c),
      });
      continue;
    }
    had.candidates.push(c);
    const fact = had.fact;
    const ruleBefore = had.rule;
    had.rule ||= c.origin === 'rule';
    // The rules' reading speaks first: its status and date stand over another reading's.
    if (c.origin === 'rule' && !ruleBefore) {
      const evidence = evidenceOf(doc, c);
      fact.status = c.status;
      // Its sentence first, once: the evidence holds each sentence once, in the order it was first given.
      if (had.starts.has(evidence.start))
        fact.evidence = fact.evidence.filter((e) => e.start !== evidence.start);
      fact.evidence.unshift(evidence);
      had.starts.add(evidence.start);
      fact.date = c.date;
      had.attested = attestation(c);
      fact.item = c.item ?? fact.item;
      continue;
    }
    // Most readings restate a sentence the fact already has: its evidence is built only when it is new.
    const start = doc.sentences[c.sentence]!.start;
    if (!had.starts.has(start)) {
      fact.evidence.push(evidenceOf(doc, c));
      had.starts.add(start);
    }
    // Once the rules read the fact, other readings add evidence but never its date.
    if (c.origin !== 'rule' && ruleBefore) continue;
    // A date the text states for this fact beats one inferred from the narrative around it.
    const level = attestation(c);
    if (level > had.attested) {
      fact.date = c.date;
      had.attested = level;
    } else if (level === had.attested) fact.date = better(fact.date, c.date);
    fact.item ??= c.item;
  }
  const context = documentContext(doc, candidates);
  doc.scored = byKey.values.map(({ fact, candidates: own }) => {
    const features = factFeatures(fact, own, context);
    // Spelled out in the fact's own order, not spread: a spread object per fact costs more than scoring it.
    const scoredFact: ScoredFact['fact'] = {
      type: fact.type,
      parties: fact.parties,
      status: fact.status,
      date: fact.date,
      item: fact.item,
      evidence: fact.evidence,
      confidence: round(confidenceOf(doc.scorer, features, fact)),
    };
    return { fact: scoredFact, features };
  });
  doc.facts = keptFacts(doc.scored, doc.scorer.threshold);
}

/** The scorer's confidence in a fact, from its listed features when the scorer reads them. */
function confidenceOf(scorer: FactScorer, features: FeatureList, fact: Fact): number {
  return scorer.listConfidence
    ? scorer.listConfidence(features, fact)
    : scorer.confidence(features.record, fact);
}

/**
 * The status part of a fact's identity. "Signed" and "in force" said of one agreement are one fact; but an
 * agreement in force beside another of its type that was signed (a SOFA signed years ago, and an access pact
 * under another name the two states now have) is a fact of its own: told apart by the instruments' names.
 */
function statusKeyOf(c: Candidate, signedNames: Map<string, Set<string>>): string {
  if (c.status !== 'in_force') return factStatusKey(c.status);
  // Told as a later step of the instrument signed in the same sentence: two steps, two dates, two facts.
  if (c.milestone) return 'in_force';
  const name = instrumentName(c.trigger);
  const signed = signedNames.get(`${c.type}|${partySetKey(c.parties)}`);
  return name && signed && signed.size > 0 && ![...signed].some((n) => sameName(n, name))
    ? 'in_force'
    : factStatusKey(c.status);
}

/**
 * Whether two instruments' initials name one instrument: equal, or one the other with a letter or two of
 * the small words the acronym keeps ("Logistics Exchange Memorandum of Agreement" and "LEMOA").
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 2) return false;
  let i = 0;
  for (const ch of long) if (ch.toUpperCase() === short[i]) i++;
  return i === short.length;
}

/** The names of instruments read as signed, per type and parties. */
function signedInstruments(candidates: readonly Candidate[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.status !== 'concluded' || c.origin !== 'rule') continue;
    const name = instrumentName(c.trigger);
    if (!name) continue;
    const key = `${c.type}|${partySetKey(c.parties)}`;
    out.set(key, (out.get(key) ?? new Set()).add(name));
  }
  return out;
}

/**
 * An instrument's name as its initials ("Visiting Forces Agreement" and "VFA" are both "VFA"), or null for a
 * name that is no proper name ("the pact", "a logistics agreement"), which may be any instrument.
 */
function instrumentName(trigger: string): string | null {
  const words = trigger.trim().split(/\s+/);
  if (words.length === 1) return /^[A-Z]{2,8}s?$/.test(words[0]!) ? words[0]!.replace(/s$/, '') : null;
  const capitalised = words.filter((w) => /^[A-Z]/.test(w));
  if (capitalised.length < 2 || capitalised.length < words.length - 2) return null;
  return capitalised.map((w) => w[0]).join('');
}

/** The output: facts at or above the threshold, less proposals the same text shows under negotiation. */
export function keptFacts(scored: readonly ScoredFact[], threshold: number): Fact[] {
  const passing = scored.filter((s) => s.fact.confidence >= threshold).map((s) => s.fact);
  return withoutPartsOfLargerExercises(withoutSupersededProposals(onePerTie(passing, threshold)));
}

/**
 * A multinational exercise told over several sentences ("co-led by A and B ... the participating nations were
 * C, D ...; they were joined by E ..."): the readings of some of its participants, told beside the reading of
 * them all, are that exercise, not smaller ones.
 */
function withoutPartsOfLargerExercises(facts: Fact[]): Fact[] {
  const large = facts.filter((f) => f.type === 'joint_exercise' && f.parties.length >= LARGE_EXERCISE);
  if (large.length === 0) return facts;
  const year = (d: string | null) => d?.slice(0, 4) ?? null;
  const near = (a: Fact, b: Fact) =>
    a.evidence.some((e) => b.evidence.some((x) => Math.abs(x.start - e.start) <= EXERCISE_TOLD_WITHIN_CHARS));
  // Drills of some of them told wholly before the larger exercise was first named are drills of their own: two
  // fleets' yearly drills told first, then a multinational exercise one of them also joins.
  const toldBefore = (a: Fact, b: Fact) => {
    const first = Math.min(...b.evidence.map((x) => x.start));
    return a.evidence.every((e) => e.start < first);
  };
  // "started as a bilateral exercise of A and B": drills told as bilateral are two parties' own.
  const toldBilateral = (f: Fact) => f.parties.length === 2 && f.evidence.some((e) => BILATERAL.test(e.text));
  return facts.filter(
    (f) =>
      f.type !== 'joint_exercise' ||
      toldBilateral(f) ||
      !large.some(
        (b) =>
          b !== f &&
          b.status === f.status &&
          (f.parties.length === 2 || (f.parties.length <= 3 && b.parties.length >= VERY_LARGE_EXERCISE)) &&
          b.parties.length >= LARGE_EXERCISE &&
          f.parties.every((p) => b.parties.includes(p)) &&
          (year(f.date) === null || year(b.date) === null || year(f.date) === year(b.date)) &&
          near(f, b) &&
          !toldBefore(f, b),
      ),
  );
}

/**
 * How many participants make an exercise whose pairs told around it are parts of it; a smaller group of three
 * or more told beside it is an exercise of its own more often ("the three navies will also hold ...").
 */
const LARGE_EXERCISE = 5;
/** Beside drills of this many participants, a group of three told around them is a part of them too. */
const VERY_LARGE_EXERCISE = 8;
/** How far from the larger exercise's own sentences a part of it is told. */
const EXERCISE_TOLD_WITHIN_CHARS = 700;
const BILATERAL = /\bbilateral\b/i;

/**
 * One tie between the same parties is told with one status and one direction far more often than with two:
 * the likeliest reading stands, and another only when the scorer is sure of it too.
 */
function onePerTie(facts: Fact[], threshold: number): Fact[] {
  const best = new Map<string, number>();
  // Each fact's key is built once: a string joined and hashed per look-up costs more than the comparison.
  const ties = facts.map((f) => `${f.type}|${partySetKey(f.parties)}`);
  facts.forEach((f, i) => best.set(ties[i]!, Math.max(best.get(ties[i]!) ?? 0, f.confidence ?? 0)));
  const sure = Math.max(SURE, threshold);
  return facts.filter((f, i) => (f.confidence ?? 0) >= best.get(ties[i]!)! || (f.confidence ?? 0) >= sure);
}

/** A second status or direction for one tie needs this much confidence. */
const SURE = 0.6;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * "At the talks, the ministers also reviewed ..." after a 2+2 is that 2+2 again: a meeting of the same
 * parties without a date of its own is dropped.
 */
function withoutRestatedMeetings(candidates: Candidate[]): Candidate[] {
  const twoPlusTwos = candidates.filter((c) => c.type === 'two_plus_two');
  // Most documents tell no 2+2: no meeting restates one, and no key is built per meeting.
  if (twoPlusTwos.length === 0) return candidates;
  const twoPlusTwo = new Set(twoPlusTwos.map((c) => orderParties(c.type, c.parties).join('+')));
  // "held their 2+2 security talks in Manila": the talks of the 2+2's own sentence are the 2+2.
  const sameSentence = new Set(
    twoPlusTwos.map((c) => `${c.sentence}|${orderParties(c.type, c.parties).join('+')}`),
  );
  return candidates.filter((c) => {
    if (c.type !== 'high_level_meeting') return true;
    const parties = orderParties(c.type, c.parties).join('+');
    if (sameSentence.has(`${c.sentence}|${parties}`)) return false;
    return !twoPlusTwo.has(parties) || (c.dateStated && !RESTATED_MEETING.test(c.trigger));
  });
}

/** Words that name a meeting already told (a visit or a summit is a different event). */
const RESTATED_MEETING =
  /^(?:met|meets|meeting|meetings|talks|held talks|their talks|the talks|consultations|dialogue)$/i;

/** "Both governments hope to conclude a pact" while they negotiate it is the negotiation, not a new proposal. */
function withoutSupersededProposals(list: Fact[]): Fact[] {
  const negotiating = new Set(
    list.filter((f) => f.status === 'negotiating').map((f) => `${f.type}|${f.parties.join('+')}`),
  );
  return list.filter((f) => f.status !== 'proposed' || !negotiating.has(`${f.type}|${f.parties.join('+')}`));
}

function evidenceOf(doc: AnalyzedDocument, c: Candidate): Evidence {
  const s = doc.sentences[c.sentence]!;
  return { doc: doc.id, start: s.start, end: s.end, text: doc.original.slice(s.start, s.end) };
}

/** The first stated date wins unless a later sentence states it more precisely. */
function better(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length && b.startsWith(a) ? b : a;
}
