// Turns a parsed date's known components into a partial date, the way news is written: a weekday or a
// month without a year means the latest one before the reference date, unless the sentence speaks of the future.
import type { ParsedComponents } from 'chrono-node';

export interface Reference {
  year: number;
  month: number;
  day: number;
}

export interface ResolveContext {
  reference: Reference | null;
  contextYear: number | null;
  future: boolean;
  /** The words name no number and no month ("yesterday", "last year"): their value came from the reference. */
  relativeWords: boolean;
}

export interface Resolved {
  value: string;
  relative: boolean;
  /** Set when the value is a whole day: it may become the reference date. */
  full: Reference | null;
}

export function referenceFrom(date: string | null): Reference | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

function ymd(t: number): Reference {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function formatReference(r: Reference): string {
  return format(r, 'day');
}

function format(r: Reference, precision: 'year' | 'month' | 'day'): string {
  if (precision === 'year') return String(r.year);
  if (precision === 'month') return `${r.year}-${pad(r.month)}`;
  return `${r.year}-${pad(r.month)}-${pad(r.day)}`;
}

/**
 * Whether resolveMention reads `future` for these components: only a month or a weekday without a year, counted
 * from a reference date. Telling the tense of a date costs more than resolving it; most dates name their year.
 */
export function tenseMatters(c: ParsedComponents, reference: Reference | null): boolean {
  return reference !== null && !c.isCertain('year');
}

export function resolveMention(c: ParsedComponents, ctx: ResolveContext): Resolved | null {
  const known = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
  const { reference } = ctx;
  if (known('year')) {
    // Relative words ("last year", "yesterday") come back as certain values computed from the reference,
    // which without a reference date is a placeholder: such a value means nothing.
    if (ctx.relativeWords && !reference) return null;
    const year = c.get('year')!;
    const relative = ctx.relativeWords;
    const month = known('month') ? c.get('month')! : null;
    const day = month !== null && known('day') ? c.get('day')! : null;
    if (month === null) return { value: String(year), relative, full: null };
    const r = { year, month, day: day ?? 1 };
    return day === null
      ? { value: format(r, 'month'), relative, full: null }
      : { value: format(r, 'day'), relative, full: r };
  }
  if (known('month')) {
    const month = c.get('month')!;
    const day = known('day') ? c.get('day')! : null;
    const year = yearForMonth(month, day, ctx);
    if (year === null) return null;
    const r = { year, month, day: day ?? 1 };
    return {
      value: format(r, day === null ? 'month' : 'day'),
      relative: true,
      full: day === null ? null : r,
    };
  }
  if (known('weekday') && reference) {
    const weekday = c.get('weekday')!;
    const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
    const refWeekday = new Date(ref).getUTCDay();
    const back = (refWeekday - weekday + 7) % 7;
    const t = ctx.future && back !== 0 ? ref + (7 - back) * DAY_MS : ref - back * DAY_MS;
    const r = ymd(t);
    return { value: format(r, 'day'), relative: true, full: r };
  }
  return null;
}

/** The year of a month named without one: the latest such month not after the reference (or the next, for the future). */
function yearForMonth(month: number, day: number | null, ctx: ResolveContext): number | null {
  const { reference, contextYear } = ctx;
  if (!reference) return contextYear;
  // A month with no day ("from mid-March", said on March 9) is the reference's own month, past or future.
  if (day === null) {
    if (month === reference.month) return reference.year;
    if (ctx.future) return month > reference.month ? reference.year : reference.year + 1;
    return month < reference.month ? reference.year : reference.year - 1;
  }
  const refKey = reference.month * 100 + reference.day;
  const key = month * 100 + day;
  if (ctx.future) return key >= refKey ? reference.year : reference.year + 1;
  return key <= refKey ? reference.year : reference.year - 1;
}
