// Ties formed per year: each fact counted once, in the year its first step was taken.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType } from '../schema/fact.js';
import { STATE_OF_STATUS } from './vocabulary.js';

export type YearFact = Pick<CanonicalFact, 'type' | 'status' | 'date' | 'milestones'>;

export interface YearCount {
  year: number;
  total: number;
  byType: Partial<Record<FactType, number>>;
}

export interface TiesPerYear {
  years: YearCount[];
  /** Facts with no dated step taken (talks only, or no date in any source). */
  undated: number;
}

/** The earliest dated milestone whose status is a step taken (signed, held, in force, completed). */
export function formedYear(fact: YearFact): number | null {
  const dates = Object.entries(fact.milestones)
    .filter(
      ([status, m]) => m?.date && STATE_OF_STATUS[status as keyof typeof STATE_OF_STATUS] !== 'under_way',
    )
    .map(([, m]) => m!.date!);
  if (dates.length === 0 && fact.date !== null && STATE_OF_STATUS[fact.status] !== 'under_way')
    dates.push(fact.date);
  if (dates.length === 0) return null;
  return Number(dates.sort()[0]!.slice(0, 4));
}

/** `yearOf` is `formedYear`, or the year already found by it (the API's snapshot keeps that, not the milestones). */
export function tiesPerYear<F extends Pick<CanonicalFact, 'type'>>(
  facts: readonly F[],
  yearOf: (fact: F) => number | null,
): TiesPerYear {
  const years = new Map<number, YearCount>();
  let undated = 0;
  for (const f of facts) {
    const year = yearOf(f);
    if (year === null) {
      undated++;
      continue;
    }
    const row = years.get(year) ?? { year, total: 0, byType: {} };
    row.total++;
    row.byType[f.type] = (row.byType[f.type] ?? 0) + 1;
    years.set(year, row);
  }
  return { years: [...years.values()].sort((a, b) => a.year - b.year), undated };
}
