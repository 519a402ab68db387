// What every knowledge-base command shares: the --db option, opening the store once, errors as one line and an exit code.
import type { Command } from 'commander';
import { parseConfig, type Config, type ConfigFlags } from '../config.js';
import { isAppError } from '../errors.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { ProgressStream } from '../ingest/progress.js';
import type { Store } from '../store/store.js';

/** Where a command writes; tests pass their own. */
export interface CommandIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

export interface StoreCommandOptions extends ConfigFlags {
  json?: boolean;
}

export function addDbOption(command: Command): Command {
  return command
    .option('--db <file|url>', 'SQLite file or postgres:// URL (default: $ENTENTE_DB or ./entente.db)')
    .option('--json', 'print JSON instead of text');
}

/**
 * Opens the knowledge base, runs `body`, closes it; `body` returns the exit code.
 * Usage errors exit 2, failures 1; no stack trace reaches the terminal.
 */
export async function withKnowledgeBase(
  name: string,
  flags: ConfigFlags,
  body: (store: Store, config: Config) => Promise<number>,
): Promise<void> {
  const config = parseConfig(flags);
  if (!config.ok) {
    process.stderr.write(`entente ${name}: ${config.error.toLine()}\n`);
    process.exitCode = 2;
    return;
  }
  const opened = await openKnowledgeBase(config.value.database);
  if (!opened.ok) {
    process.stderr.write(`entente ${name}: ${opened.error.toLine()}\n`);
    process.exitCode = 1;
    return;
  }
  try {
    process.exitCode = await body(opened.value, config.value);
  } catch (e) {
    process.stderr.write(
      `entente ${name}: ${isAppError(e) ? e.toLine() : ((e as Error).message ?? String(e))}\n`,
    );
    process.exitCode = 1;
  } finally {
    await opened.value.close();
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 1)}\n`);
}

/** Cuts a quote to one terminal line. */
export function clip(text: string | null | undefined, max = 100): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
