// Dates at the precision the text supports (YYYY, YYYY-MM, YYYY-MM-DD), compared at the precision both share.
import type { PartialDate } from '../../schema/fact.js';

/** True when the two dates can name the same day: '2024-07' agrees with '2024-07-08', not with '2024-08'. */
export function agree(a: PartialDate, b: PartialDate): boolean {
  return compareShared(a, b) === 0;
}

/** Orders two dates at their shared precision: '2024' and '2024-05-01' compare equal. */
export function compareShared(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The more precise of two agreeing dates. */
export function finer(a: PartialDate, b: PartialDate): PartialDate {
  return b.length > a.length ? b : a;
}

/** Month precision where known ('2024-07-08' -> '2024-07'), else the year. */
export function monthOf(date: PartialDate): PartialDate {
  return date.slice(0, 7);
}

/** First and last day a date can mean, as YYYYMMDD integers (collation-proof range filters in SQL). */
export function dateRange(date: PartialDate | null): { lo: number | null; hi: number | null } {
  if (date === null) return { lo: null, hi: null };
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  return {
    lo: y * 10000 + (m ?? 1) * 100 + (d ?? 1),
    hi: y * 10000 + (m ?? 12) * 100 + (d ?? 31),
  };
}
