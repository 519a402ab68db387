// `entente facts --type T --status S --since DATE --party P`: canonical facts matching every filter given.
import type { Command } from 'commander';
import { z } from 'zod';
import type { CanonicalFact } from '../../schema/canonical.js';
import { FactTypeSchema, PartialDateSchema, StatusSchema } from '../../schema/fact.js';
import { resolveParty } from '../../store/services/parties.service.js';
import { listFacts, type FactQuery } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { formatMilestones } from '../ties/format-ties.js';
import {
  addDbOption,
  clip,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

export const FactsOptionsSchema = z.object({
  type: FactTypeSchema.optional(),
  status: StatusSchema.optional(),
  since: PartialDateSchema.optional(),
  party: z.string().min(1).optional(),
  limit: z.coerce.number().int().positive().optional(),
  json: z.boolean().optional(),
});
export type FactsOptions = z.input<typeof FactsOptionsSchema>;

export function formatFacts(facts: readonly CanonicalFact[]): string {
  if (facts.length === 0) return 'no facts match\n';
  const lines = facts.map((f) => {
    const who = f.parties.join('+') + (f.item ? ` (${f.item})` : '');
    return `#${String(f.id).padEnd(6)} ${f.type.padEnd(28)} ${who.padEnd(14)} ${f.status.padEnd(11)} ${formatMilestones(f.milestones).padEnd(40)} ${f.sources} src  ${clip(f.quote?.text, 70)}`;
  });
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
      .option('--party <party>', 'facts naming this party (code or name)')
      .option('--limit <n>', 'at most this many facts'),
  ).action(async (opts: FactsOptions & StoreCommandOptions) => {
    const { db, fetchTimeout, ...filters } = opts;
    await withKnowledgeBase('facts', { db, fetchTimeout }, (store) =>
      factsCommand(store, filters, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
