// `entente ties PARTY [PARTY]`: one party's ties, or one pair's, by type.
import type { Command } from 'commander';
import { displayName, resolveParty } from '../../store/services/parties.service.js';
import { loadedPartyNames } from '../../store/services/reference.service.js';
import { ties } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { formatTies } from './format-ties.js';

export async function tiesCommand(
  store: Store,
  args: readonly string[],
  options: StoreCommandOptions,
  io: CommandIo,
): Promise<number> {
  const codes: string[] = [];
  for (const arg of args) {
    const code = await resolveParty(store, arg);
    if (!code.ok) {
      io.stderr.write(`entente ties: ${code.error.toLine()}\n`);
      return 2;
    }
    codes.push(code.value);
  }
  const found = await ties(store, codes);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ parties: codes, ties: found }, null, 1)}\n`);
    return 0;
  }
  const names = await loadedPartyNames(store.db);
  const title = codes.map((c) => `${displayName(c, names)} (${c})`).join(' - ');
  io.stdout.write(formatTies(title, found));
  return 0;
}

export function registerTies(program: Command): void {
  addDbOption(
    program
      .command('ties')
      .description(
        "a party's defense ties, or a pair's, by type, with status, dates, sources and the best quote",
      )
      .argument('<party>', 'ISO 3166-1 alpha-3 code, grouping or name: JPN, Japan, NATO')
      .argument('[other]', 'a second party: only the ties between the two'),
  ).action(async (party: string, other: string | undefined, opts: StoreCommandOptions) => {
    await withKnowledgeBase('ties', opts, (store) =>
      tiesCommand(store, other === undefined ? [party] : [party, other], opts, {
        stdout: process.stdout,
        stderr: process.stderr,
      }),
    );
  });
}
