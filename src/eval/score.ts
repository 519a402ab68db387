// Scores predicted facts against gold by the rules of ontology.md ("Gold files and scoring").
import type { GoldDocument } from './gold.js';

export interface PredictedFact {
  type: string;
  parties: string[];
  status: string;
  date: string | null;
}

export interface ScoreLine {
  doc: string;
  kind: 'FP' | 'FN' | 'DATE';
  text: string;
}

export interface Score {
  docs: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  dateAccuracy: number;
  lines: ScoreLine[];
}

interface GoldKeyed {
  type: string;
  parties: string;
  accepted: Set<string>;
  date: string | null;
  dates: string[];
  optional: boolean;
  quote: string;
  used: boolean;
}

/** Parties as a key: order matters only for a transfer (supplier first). */
export function partiesKey(type: string, parties: readonly string[]): string {
  return (type === 'equipment_transfer' ? [...parties] : [...parties].sort()).join('+');
}

function keyOf(f: { type: string; parties: readonly string[]; status: string }): string {
  return `${f.type}|${partiesKey(f.type, f.parties)}|${f.status}`;
}

/** Gold facts with one key count once; their statuses, dates and optionality are pooled. */
function keyGold(doc: GoldDocument): GoldKeyed[] {
  const byKey = new Map<string, GoldKeyed>();
  for (const f of doc.facts) {
    const key = keyOf(f);
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, {
        type: f.type,
        parties: partiesKey(f.type, f.parties),
        accepted: new Set([f.status, ...f.alt_status]),
        date: f.date,
        dates: [...f.alt_dates],
        optional: f.optional,
        quote: f.quote,
        used: false,
      });
      continue;
    }
    for (const s of f.alt_status) had.accepted.add(s);
    had.dates = [...new Set([...had.dates, ...(f.date ? [f.date] : []), ...f.alt_dates])];
    had.date = had.date ?? f.date;
    had.optional = had.optional && f.optional;
  }
  return [...byKey.values()];
}

export function score(gold: GoldDocument[], predictions: Map<string, PredictedFact[]>): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dated = 0;
  let dateOk = 0;
  const lines: ScoreLine[] = [];
  for (const g of gold) {
    const keyed = keyGold(g);
    const seen = new Set<string>();
    for (const f of predictions.get(g.doc) ?? []) {
      const key = keyOf(f);
      if (seen.has(key)) continue;
      seen.add(key);
      const pk = partiesKey(f.type, f.parties);
      const fits = (x: GoldKeyed) =>
        !x.used && x.type === f.type && x.parties === pk && x.accepted.has(f.status);
      const hit = keyed.find((x) => fits(x) && !x.optional) ?? keyed.find(fits);
      if (!hit) {
        fp++;
        lines.push({ doc: g.doc, kind: 'FP', text: `${f.type} ${pk} ${f.status} ${f.date ?? ''}`.trim() });
        continue;
      }
      hit.used = true;
      if (hit.optional) continue;
      tp++;
      if (!hit.date) continue;
      dated++;
      const good = [hit.date, ...hit.dates].some(
        (d) => typeof f.date === 'string' && f.date.slice(0, d.length) === d,
      );
      if (good) dateOk++;
      else
        lines.push({
          doc: g.doc,
          kind: 'DATE',
          text: `${f.type} ${pk}: got ${f.date ?? 'null'}, want ${hit.date}`,
        });
    }
    for (const x of keyed) {
      if (x.used || x.optional) continue;
      fn++;
      lines.push({
        doc: g.doc,
        kind: 'FN',
        text: `${x.type} ${x.parties} ${[...x.accepted][0]} - ${x.quote.slice(0, 90)}`,
      });
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    docs: gold.length,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    dateAccuracy: dated ? dateOk / dated : 0,
    lines,
  };
}

/**
 * What a fact is worth as a training example: 1 when it matches a required gold fact, 0 when it matches
 * none, null when it matches only an optional one (neither required nor penalized, so no lesson either way).
 */
export function labelOf(gold: GoldDocument, fact: PredictedFact): 1 | 0 | null {
  const pk = partiesKey(fact.type, fact.parties);
  const fits = keyGold(gold).filter(
    (x) => x.type === fact.type && x.parties === pk && x.accepted.has(fact.status),
  );
  if (fits.some((x) => !x.optional)) return 1;
  return fits.length > 0 ? null : 0;
}
