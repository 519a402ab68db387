// Stage 6: candidates become ontology facts: parties ordered, one fact per (type, parties, status), every
// sentence that states it kept as evidence, sliced from the original text.
import type { Evidence, Fact } from '../../schema/fact.js';
import type { AnalyzedDocument, Candidate } from '../document.js';

export function orderParties(type: Fact['type'], parties: string[]): string[] {
  const unique = [...new Set(parties)];
  return type === 'equipment_transfer' ? unique : unique.sort();
}

export function facts(doc: AnalyzedDocument): void {
  const byKey = new Map<string, Fact>();
  for (const c of doc.candidates) {
    const parties = orderParties(c.type, c.parties);
    if (parties.length < 2) continue;
    const key = `${c.type}|${parties.join('+')}|${c.status}`;
    const evidence = evidenceOf(doc, c);
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, { type: c.type, parties, status: c.status, date: c.date, item: c.item, evidence: [evidence] });
      continue;
    }
    if (!had.evidence.some((e) => e.start === evidence.start)) had.evidence.push(evidence);
    had.date = better(had.date, c.date);
    had.item ??= c.item;
  }
  doc.facts = [...byKey.values()];
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
