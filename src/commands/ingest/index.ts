// `entente ingest PATH|URL...`: files, directories, HTML pages, RSS/Atom feeds and URLs into the knowledge base.
import type { Command } from 'commander';
import type { Config } from '../../config.js';
import { runIngest, type Extractor } from '../../ingest/ingest-run.js';
import { progressReporter } from '../../ingest/progress.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { formatSummary } from './format-summary.js';

export interface IngestCommandOptions extends StoreCommandOptions {
  quiet?: boolean;
  allowPrivateUrls?: boolean;
}

/** Runs one ingest and prints its summary; the exit code is 1 when any document failed. */
export async function ingestCommand(
  store: Store,
  config: Config,
  inputs: readonly string[],
  options: IngestCommandOptions,
  io: CommandIo,
  extract?: Extractor,
): Promise<number> {
  const reporter = progressReporter(io.stderr, 'entente ingest', options.quiet ?? false);
  let result;
  try {
    result = await runIngest(store, inputs, {
      fetchTimeoutMs: config.fetchTimeoutMs,
      allowPrivateUrls: options.allowPrivateUrls === true,
      hooks: reporter,
      ...(extract ? { extract } : {}),
    });
  } finally {
    reporter.stop();
  }
  io.stdout.write(
    options.json ? `${JSON.stringify(result.summary, null, 1)}\n` : formatSummary(result.summary),
  );
  return result.summary.documents.failed > 0 ? 1 : 0;
}

export function registerIngest(program: Command): void {
  addDbOption(
    program
      .command('ingest')
      .description('ingest articles: files, directories (recursive), HTML pages, RSS/Atom feeds, URLs')
      .argument('<inputs...>', 'paths or http(s) URLs'),
  )
    .option('--fetch-timeout <ms>', 'time limit for each fetched page or feed (default 15000)')
    .option(
      '--allow-private-urls',
      'fetch URLs on loopback, private, link-local and cloud metadata addresses (refused by default)',
    )
    .option('--quiet', 'print only failures and the summary')
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      await withKnowledgeBase('ingest', opts, (store, config) =>
        ingestCommand(store, config, inputs, opts, { stdout: process.stdout, stderr: process.stderr }),
      );
    });
}
