// The date of a candidate: the date mention nearest its trigger in the sentence, else the reference date in
// force (news reports today's events) unless the fact is background ("already has").
import type { AnalyzedDocument, Candidate } from '../document.js';

const BACKGROUND = new Set(['in_force', 'ended']);

export function pickDate(doc: AnalyzedDocument, c: Candidate): string | null {
  const mentions = doc.dates.get(c.sentence) ?? [];
  let best: { value: string; distance: number } | null = null;
  for (const m of mentions) {
    // A date after the trigger usually belongs to it ("signed on Tuesday"); one before it, less often.
    const distance = m.start >= c.anchor ? m.start - c.anchor : (c.anchor - m.end) * 1.5 + 10;
    if (!best || distance < best.distance) best = { value: m.value, distance };
  }
  if (best) return best.value;
  if (BACKGROUND.has(c.status) || c.status === 'planned') return null;
  return doc.references[c.sentence] ?? null;
}
