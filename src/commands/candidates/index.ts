// `entente candidates --party P --min-confidence X`: readings below the confidence threshold, kept for review, newest first.
import type { Command } from 'commander';
import { z } from 'zod';
import { resolveParty } from '../../store/services/parties.service.js';
import {
  listCandidates,
  type CandidateClaim,
  type CandidateQuery,
} from '../../store/services/candidates.service.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  clip,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { originLine } from '../quote-line.js';

const FLAGS: Readonly<Record<string, string>> = {
  party: '--party',
  minConfidence: '--min-confidence',
  limit: '--limit',
  json: '--json',
};
const UNIT = 'expected a number from 0 to 1';

export const CandidatesOptionsSchema = z.object({
  party: z.string().min(1).optional(),
  minConfidence: z
    .string()
    .trim()
    .regex(/^(?:\d+(?:\.\d*)?|\.\d+)$/, UNIT)
    .transform(Number)
    .pipe(z.number().min(0, UNIT).max(1, UNIT))
    .optional(),
  limit: z.coerce.number().int().positive().optional(),
  json: z.boolean().optional(),
});
export type CandidatesOptions = z.input<typeof CandidatesOptionsSchema>;

export function formatCandidates(candidates: readonly CandidateClaim[]): string {
  if (candidates.length === 0) return 'no candidates match\n';
  const lines = candidates.map((c) => {
    const who = c.parties.join('+') + (c.item ? ` (${c.item})` : '');
    const score = c.confidence === null ? '  -  ' : c.confidence.toFixed(3);
    return `#${String(c.id).padEnd(6)} ${score} ${c.type.padEnd(28)} ${who.padEnd(14)} ${c.status.padEnd(11)} ${(c.date ?? 'no date').padEnd(10)} "${clip(c.evidence.text, 70)}" ${originLine(c.origin)}`;
  });
  return `${candidates.length} candidates\n${lines.join('\n')}\n`;
}

export async function candidatesCommand(
  store: Store,
  raw: CandidatesOptions,
  io: CommandIo,
): Promise<number> {
  const parsed = CandidatesOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'option');
    const given = (raw as Record<string, unknown>)[key];
    const got = typeof given === 'string' ? `, got '${given}'` : '';
    io.stderr.write(`entente candidates: ${FLAGS[key] ?? `--${key}`}: ${issue?.message}${got}\n`);
    return 2;
  }
  const { party, minConfidence, limit, json } = parsed.data;
  const query: CandidateQuery = {};
  if (minConfidence !== undefined) query.minConfidence = minConfidence;
  if (limit !== undefined) query.limit = limit;
  if (party !== undefined) {
    const code = await resolveParty(store, party);
    if (!code.ok) {
      io.stderr.write(`entente candidates: ${code.error.toLine()}\n`);
      return 2;
    }
    query.party = code.value;
  }
  const candidates = await listCandidates(store, query);
  io.stdout.write(json ? `${JSON.stringify({ candidates }, null, 1)}\n` : formatCandidates(candidates));
  return 0;
}

export function registerCandidates(program: Command): void {
  addDbOption(
    program
      .command('candidates')
      .description('readings below the confidence threshold, kept for review instead of merged, newest first')
      .option('--party <party>', 'candidates naming this party (code or name)')
      .option('--min-confidence <x>', 'only candidates scored at least this (0 to 1)')
      .option('--limit <n>', 'at most this many candidates'),
  ).action(async (opts: CandidatesOptions & StoreCommandOptions) => {
    const { db, fetchTimeout, ...filters } = opts;
    await withKnowledgeBase('candidates', { db, fetchTimeout }, (store) =>
      candidatesCommand(store, filters, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
