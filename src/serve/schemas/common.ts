// Schemas every endpoint shares: errors, pages, party codes and names, lists in one query parameter, dates.
import { z } from 'zod';
import { FactTypeSchema, StatusSchema } from '../../schema/fact.js';
import { CalendarDateSchema, LimitSchema, PAGE_LIMIT_MAX } from '../../schema/query-args.js';

export const ApiErrorSchema = z.object({
  code: z
    .string()
    .describe('A stable code: INVALID_INPUT, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, PAYLOAD_TOO_LARGE, ...'),
  message: z.string().describe('What was expected and what was found, naming the field'),
});

// The date, range and limit rules are the CLI's too: src/schema/query-args.ts.
export const PageQuery = {
  limit: LimitSchema(PAGE_LIMIT_MAX).default(50),
  offset: z.coerce.number().int().min(0).default(0).describe('Items to skip'),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function paginate<T>(all: readonly T[], limit: number, offset: number): Page<T> {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

/** A party as a code or a name; routes resolve it (JPN, jpn, Japan) before use. */
export const PartyArg = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .describe('A party: ISO alpha-3 code, grouping, or name (JPN, NATO, Japan)');

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== ''),
    )
    .pipe(z.array(item));

export const TypeList = commaList(FactTypeSchema).describe(
  'Fact types, comma separated (acsa,reciprocal_access)',
);
export const StatusList = commaList(StatusSchema).describe('Statuses, comma separated (concluded,in_force)');
export const DateArg = CalendarDateSchema;
