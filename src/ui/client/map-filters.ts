// Which facts the map shows: types, statuses, a date range, and the year the time slider has reached.
import type { NetworkFact } from '../../analyze/network.js';
import type { FactType, Status } from '../../schema/fact.js';

export interface MapFilter {
  types: ReadonlySet<FactType>;
  statuses: ReadonlySet<Status>;
  from: number | null;
  to: number | null;
  /** The time slider's year; null when it stands at "now" (undated facts show only then). */
  upTo: number | null;
}

export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

export function visible(f: NetworkFact, filter: MapFilter): boolean {
  if (filter.types.size > 0 && !filter.types.has(f.type)) return false;
  if (filter.statuses.size > 0 && !filter.statuses.has(f.status)) return false;
  const year = yearOf(f.date);
  if ((filter.from !== null || filter.to !== null || filter.upTo !== null) && year === null) return false;
  if (year !== null) {
    if (filter.from !== null && year < filter.from) return false;
    if (filter.to !== null && year > filter.to) return false;
    if (filter.upTo !== null && year > filter.upTo) return false;
  }
  return true;
}

/** The span of years the facts cover, for the slider's ends. */
export function yearSpan(facts: readonly NetworkFact[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of facts) {
    const y = yearOf(f.date);
    if (y === null) continue;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return lo <= hi ? [lo, hi] : null;
}
