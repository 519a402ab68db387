// The rules for what people type as filters (dates, date ranges, limits): one zod place the CLI and the HTTP API share.
import { z } from 'zod';

const DATE_FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EXPECTED_DATE = 'expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD';

/** Why `text` is not a real date at the precision it gives (month 13, February 30), or null when it is one. */
export function calendarDateProblem(text: string): string | null {
  const m = DATE_FORMAT.exec(text);
  if (!m) return 'not of that form';
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return null;
  const month = Number(mo);
  if (month < 1 || month > 12) return `there is no month ${mo}`;
  if (d === undefined) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Number(d);
  return day < 1 || day > last ? `${y}-${mo} has no day ${d}` : null;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day: '2024-13-45' and '2023-02-29' are refused. */
export const CalendarDateSchema = z
  .string({ error: (issue) => `${EXPECTED_DATE}, got ${shown(issue.input)}` })
  .superRefine((text, ctx) => {
    const problem = calendarDateProblem(text);
    if (problem === null) return;
    const why = DATE_FORMAT.test(text) ? ` (${problem})` : '';
    ctx.addIssue({ code: 'custom', message: `${EXPECTED_DATE}, got '${text}'${why}` });
  })
  .describe('YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)');

/**
 * A count people type (`limit=abc`, `--limit 0`): a whole number from `min` to `max`, from a string or a number.
 * The message names the range and repeats what was given, not what coercion made of it ("received NaN").
 */
export function wholeNumberSchema(min: number, max: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z
    .union([z.number(), z.string()], { error: (issue) => `${expected}, got ${shown(issue.input)}` })
    .transform((value, ctx) => {
      const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `${expected}, got ${shown(value)}` });
      return z.NEVER;
    });
}

/** The most items one page of the HTTP API answers. */
export const PAGE_LIMIT_MAX = 500;
/** The most facts one CLI listing prints. */
export const CLI_LIMIT_MAX = 100_000;

export const LimitSchema = (max: number) => wholeNumberSchema(1, max).describe(`Items per page, 1 to ${max}`);

/**
 * Refuses a range whose start is after its end (`from=2025&to=2020` matches nothing, silently): the issue names the
 * start field. Dates compare at the precision each gives: from=2024-06&to=2024 is a real range.
 */
export function checkDateRange<T extends Record<string, unknown>>(
  fromKey: keyof T & string,
  toKey: keyof T & string,
  /** How the end field is named to the person: '--until', 'query.to'. */
  toLabel: string = toKey,
) {
  return (value: T, ctx: z.RefinementCtx): void => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from !== 'string' || typeof to !== 'string') return;
    // The first day `from` can mean against the last day `to` can mean, as the store's date_lo and date_hi do.
    if (firstDay(from) > lastDay(to)) {
      ctx.addIssue({
        code: 'custom',
        path: [fromKey],
        message: `expected a date on or before ${toLabel} (${to}), got '${from}'`,
      });
    }
  };
}

/** '2024' -> '2024-01-01', '2024-06' -> '2024-06-01'; ISO days compare as strings. */
function firstDay(date: string): string {
  return `${date}${'-01-01'.slice(date.length - 4)}`;
}

/** '2024' -> '2024-12-31', '2024-06' -> '2024-06-31' (a bound, not a day: only its order matters). */
function lastDay(date: string): string {
  return `${date}${'-12-31'.slice(date.length - 4)}`;
}

function shown(input: unknown): string {
  return input === undefined
    ? 'nothing'
    : typeof input === 'string'
      ? `'${input}'`
      : String(JSON.stringify(input));
}
