// `entente conflicts`: where sources disagree (two dates for one milestone, contradicting statuses, the reference).
import type { Command } from 'commander';
import type { Conflict } from '../../schema/canonical.js';
import { resolveParty } from '../../store/services/parties.service.js';
import { listConflicts } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  clip,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { originLine } from '../quote-line.js';

export function formatConflicts(conflicts: readonly Conflict[]): string {
  if (conflicts.length === 0) return 'no conflicts\n';
  const out: string[] = [`${conflicts.length} conflicts`];
  for (const c of conflicts) {
    const what = c.kind.endsWith('date') ? `${c.status} date` : 'status';
    const fact = `${c.fact.type} ${c.fact.parties.join('+')}${c.fact.item ? ` (${c.fact.item})` : ''}`;
    out.push(`#${c.id} ${c.kind}: ${fact}: ${what} ${c.a.value} vs ${c.b.value} (fact #${c.factId})`);
    for (const side of [c.a, c.b]) out.push(`    ${side.value.padEnd(11)} ${sideLine(side)}`);
  }
  return `${out.join('\n')}\n`;
}

/** An article's words with outlet, date and link; a reference entry as one (its line is generated, not quoted). */
function sideLine(side: Conflict['a']): string {
  return side.origin.kind === 'reference'
    ? originLine(side.origin)
    : `"${clip(side.quote, 90)}" ${originLine(side.origin)}`;
}

export async function conflictsCommand(
  store: Store,
  options: StoreCommandOptions & { party?: string },
  io: CommandIo,
): Promise<number> {
  let party: string | undefined;
  if (options.party !== undefined) {
    const code = await resolveParty(store, options.party);
    if (!code.ok) {
      io.stderr.write(`entente conflicts: ${code.error.toLine()}\n`);
      return 2;
    }
    party = code.value;
  }
  const conflicts = await listConflicts(store, party === undefined ? {} : { party });
  io.stdout.write(options.json ? `${JSON.stringify({ conflicts }, null, 1)}\n` : formatConflicts(conflicts));
  return 0;
}

export function registerConflicts(program: Command): void {
  addDbOption(
    program
      .command('conflicts')
      .description('disagreements between sources, and between articles and the reference data')
      .option('--party <party>', 'only conflicts about facts naming this party'),
  ).action(async (opts: StoreCommandOptions & { party?: string }) => {
    await withKnowledgeBase('conflicts', opts, (store) =>
      conflictsCommand(store, opts, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
