// Stage 6: candidates become ontology facts: parties ordered, one fact per (type, parties, status), every
// sentence that states it kept as evidence, sliced from the original text.
import type { Evidence, Fact } from '../../schema/fact.js';
import type { AnalyzedDocument, Candidate } from '../document.js';

export function orderParties(type: Fact['type'], parties: string[]): string[] {
  const unique = [...new Set(parties)];
  return type === 'equipment_transfer' ? unique : unique.sort();
}

/**
 * "Signed" and "in force" said of one agreement in one article are one fact seen twice (a text rarely
 * separates the two), so they share a key; the first stated status stands.
 */
function statusKey(status: Candidate['status']): string {
  return status === 'in_force' ? 'concluded' : status;
}

export function facts(doc: AnalyzedDocument): void {
  const byKey = new Map<string, Fact>();
  const stated = new Set<string>();
  for (const c of withoutRestatedMeetings(doc.candidates)) {
    const parties = orderParties(c.type, c.parties);
    if (parties.length < 2) continue;
    const key = `${c.type}|${parties.join('+')}|${statusKey(c.status)}`;
    const evidence = evidenceOf(doc, c);
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, {
        type: c.type,
        parties,
        status: c.status,
        date: c.date,
        item: c.item,
        evidence: [evidence],
      });
      if (c.dateStated) stated.add(key);
      continue;
    }
    if (!had.evidence.some((e) => e.start === evidence.start)) had.evidence.push(evidence);
    // A date the text states for this fact beats one inferred from the narrative around it.
    if (c.dateStated && !stated.has(key)) {
      had.date = c.date;
      stated.add(key);
    } else if (c.dateStated === stated.has(key)) had.date = better(had.date, c.date);
    had.item ??= c.item;
  }
  doc.facts = withoutSupersededProposals([...byKey.values()]);
}

/**
 * "During the meeting, the ministers discussed ..." after a 2+2 is that 2+2 again: a meeting of the same
 * parties without a date of its own is dropped.
 */
function withoutRestatedMeetings(candidates: Candidate[]): Candidate[] {
  const twoPlusTwo = new Set(
    candidates.filter((c) => c.type === 'two_plus_two').map((c) => orderParties(c.type, c.parties).join('+')),
  );
  return candidates.filter(
    (c) =>
      c.type !== 'high_level_meeting' ||
      !twoPlusTwo.has(orderParties(c.type, c.parties).join('+')) ||
      (c.dateStated && !RESTATED_MEETING.test(c.trigger)),
  );
}

/** Words that name a meeting already told (a visit or a summit is a different event). */
const RESTATED_MEETING =
  /^(?:met|meets|meeting|meetings|talks|held talks|their talks|the talks|consultations|dialogue)$/i;

/** "The two sides aim to reach an agreement" while they negotiate it is the negotiation, not a new proposal. */
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
