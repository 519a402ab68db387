// The date of a candidate: the date mention nearest its trigger in the sentence; else the last date the
// narrative gave in the same paragraph; else the reference date in force (news reports today's events),
// unless the fact is background ("already has") or still to come.
import type { AnalyzedDocument, Candidate } from '../document.js';
import { clauseAround } from './decide-status.js';

const UNDATED = new Set(['in_force', 'ended', 'planned']);

/** How many sentences back, within one paragraph, a stated date still dates what follows. */
export const CARRY = 2;

export function pickDate(doc: AnalyzedDocument, c: Candidate): Pick<Candidate, 'date' | 'dateStated'> {
  const stated = nearestDate(doc, c);
  if (stated) return { date: stated, dateStated: true };
  if (UNDATED.has(c.status)) return { date: null, dateStated: false };
  const paragraph = doc.sentences[c.sentence]!.paragraph;
  for (let i = c.sentence - 1; i >= Math.max(0, c.sentence - CARRY); i--) {
    if (doc.sentences[i]!.paragraph !== paragraph) break;
    const last = doc.dates.get(i)?.at(-1);
    if (last) return { date: last.value, dateStated: false };
  }
  return { date: doc.references[c.sentence] ?? null, dateStated: false };
}

function nearestDate(doc: AnalyzedDocument, c: Candidate): string | null {
  let best: { value: string; distance: number } | null = null;
  const sentence = doc.sentences[c.sentence]!;
  const clause = clauseAround(sentence.text, c.anchor - sentence.start, c.anchorEnd - sentence.start);
  for (const m of doc.dates.get(c.sentence) ?? []) {
    // A date after the trigger usually belongs to it ("signed on Tuesday"); one before it, less often; one
    // across a comma belongs to another clause more often than not.
    const after = m.start >= c.anchorEnd;
    const between = after
      ? doc.normalized.slice(c.anchorEnd, m.start)
      : doc.normalized.slice(m.end, c.anchor);
    const commas = (between.match(/[,;(]/g) ?? []).length;
    // Across a clause edge (", while Armenia received ... in 2022") a date dates another statement.
    const otherClause = m.start < sentence.start + clause.from || m.start >= sentence.start + clause.to;
    const distance =
      (after ? between.length : between.length * 1.5 + 10) + commas * 30 + (otherClause ? 200 : 0);
    if (!best || distance < best.distance) best = { value: m.value, distance };
  }
  return best?.value ?? null;
}
