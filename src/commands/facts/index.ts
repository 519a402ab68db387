// `entente facts --type T --status S --since DATE --party P`: canonical facts matching every filter given.
import type { Command } from 'commander';
import { z } from 'zod';
import type { CanonicalFact } from '../../schema/canonical.js';
import { FactTypeSchema, StatusSchema } from '../../schema/fact.js';
import { CalendarDateSchema, CLI_LIMIT_MAX, LimitSchema, checkDateRange } from '../../schema/query-args.js';
import { resolveParty } from '../../store/services/parties.service.js';
import { listFacts, type FactQuery } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { formatColumns } from '../columns.js';
import { originLine } from '../quote-line.js';
import { formatMilestones } from '../ties/format-ties.js';
import {
  addDbOption,
  clip,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

// Dates, the range and the limit follow the rules the HTTP API uses (src/schema/query-args.ts).
export const FactsOptionsSchema = z
  .object({
    type: FactTypeSchema.optional(),
    status: StatusSchema.optional(),
    since: CalendarDateSchema.optional(),
    until: CalendarDateSchema.optional(),
    party: z.string().min(1).optional(),
    limit: LimitSchema(CLI_LIMIT_MAX).optional(),
    json: z.boolean().optional(),
  })
  .superRefine(checkDateRange('since', 'until', '--until'));
export type FactsOptions = z.input<typeof FactsOptionsSchema>;

/** Id, type, parties (with the item of a transfer), status, milestones, sources, quote and origin: each cut to fit. */
const FACT_COLUMNS = [
  { max: 7 },
  { max: 28 },
  { max: 32 },
  { max: 11 },
  { max: 64 },
  { max: 8 },
  { max: 100 },
];

/** Outlet and date first, so a cut quote keeps them; a reference entry is named as one, never quoted. */
function quoteCell(quote: CanonicalFact['quote']): string {
  if (quote === null) return '';
  if (quote.kind === 'reference') return originLine(quote);
  const where = `${quote.source ?? 'outlet not recorded'}, ${quote.published ?? 'date not recorded'}`;
  return clip(`${where}: "${quote.text}"`, 100);
}

export function formatFacts(facts: readonly CanonicalFact[]): string {
  if (facts.length === 0) return 'no facts match\n';
  const lines = formatColumns(
    facts.map((f) => [
      `#${f.id}`,
      f.type,
      f.parties.join('+') + (f.item ? ` (${f.item})` : ''),
      f.status,
      formatMilestones(f.milestones),
      `${f.sources} src`,
      quoteCell(f.quote),
    ]),
    FACT_COLUMNS,
  );
  return `${facts.length} facts\n${lines.join('\n')}\n`;
}

export async function factsCommand(store: Store, raw: FactsOptions, io: CommandIo): Promise<number> {
  const parsed = FactsOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    io.stderr.write(`entente facts: --${String(issue?.path[0] ?? 'option')}: ${issue?.message}\n`);
    return 2;
  }
  const { party, json, ...rest } = parsed.data;
  const query: FactQuery = { ...stripUndefined(rest) };
  if (party !== undefined) {
    const code = await resolveParty(store, party);
    if (!code.ok) {
      io.stderr.write(`entente facts: ${code.error.toLine()}\n`);
      return 2;
    }
    query.party = code.value;
  }
  const facts = await listFacts(store, query);
  io.stdout.write(json ? `${JSON.stringify({ facts }, null, 1)}\n` : formatFacts(facts));
  return 0;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function registerFacts(program: Command): void {
  addDbOption(
    program
      .command('facts')
      .description('canonical facts, filtered by type, status, date and party')
      .option('--type <type>', 'a fact type, e.g. acsa, reciprocal_access, joint_exercise')
      .option('--status <status>', 'a status, e.g. concluded, in_force, held')
      .option('--since <date>', 'facts dated on or after YYYY, YYYY-MM or YYYY-MM-DD')
      .option('--until <date>', 'facts dated on or before YYYY, YYYY-MM or YYYY-MM-DD')
      .option('--party <party>', 'facts naming this party (code or name)')
      .option('--limit <n>', `at most this many facts (1 to ${CLI_LIMIT_MAX})`),
  ).action(async (opts: FactsOptions & StoreCommandOptions) => {
    const { db, fetchTimeout, ...filters } = opts;
    await withKnowledgeBase('facts', { db, fetchTimeout }, (store) =>
      factsCommand(store, filters, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
