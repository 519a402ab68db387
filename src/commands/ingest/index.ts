// `entente ingest PATH|URL...`: files, directories, HTML pages, RSS/Atom feeds and URLs into the knowledge base.
import type { Command } from 'commander';
import type { Config } from '../../config.js';
import { runIngest, type Extractor } from '../../ingest/ingest-run.js';
import { progressReporter } from '../../ingest/progress.js';
import { checkSingleFile } from '../../ingest/sources.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { enqueueCommand, type QueueFlags } from '../queue/enqueue-command.js';
import { formatSummary } from './format-summary.js';
import { addMetadataFlags, metadataFromFlags, type MetadataFlags } from './metadata-flags.js';

export interface IngestCommandOptions extends StoreCommandOptions, MetadataFlags {
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
  // The one file's URL, title, outlet and date: refused before any work when malformed or not for one file.
  const metadata = metadataFromFlags(options);
  const flags = metadata.ok ? Object.keys(metadata.value).map((k) => `--${k}`) : [];
  const single = flags.length > 0 ? await checkSingleFile(inputs, flags) : null;
  const refused = !metadata.ok ? metadata.error : single !== null && !single.ok ? single.error : null;
  if (refused !== null) {
    io.stderr.write(`entente ingest: ${refused.toLine()}\n`);
    return 2;
  }
  const reporter = progressReporter(io.stderr, 'entente ingest', options.quiet ?? false);
  let result;
  try {
    result = await runIngest(store, inputs, {
      fetchTimeoutMs: config.fetchTimeoutMs,
      allowPrivateUrls: options.allowPrivateUrls === true,
      hooks: reporter,
      ...(metadata.ok && flags.length > 0 ? { metadata: metadata.value } : {}),
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
    addMetadataFlags(program.command('ingest'))
      .description('ingest articles: files, directories (recursive), HTML pages, RSS/Atom feeds, URLs')
      .argument('<inputs...>', 'paths or http(s) URLs'),
  )
    .option('--fetch-timeout <ms>', 'time limit for each fetched page or feed (default 15000)')
    .option(
      '--allow-private-urls',
      'fetch URLs on loopback, private, link-local and cloud metadata addresses (refused by default)',
    )
    .option('--quiet', 'print only failures and the summary')
    .option('--queue', 'add the inputs to the job queue for `entente worker` (PostgreSQL) instead')
    .option('--max-attempts <n>', 'with --queue: tries before a document is parked (default 5)')
    .action(async (inputs: string[], opts: IngestCommandOptions & QueueFlags) => {
      if (opts.queue) {
        // A queued job carries no flags: refused rather than storing the document without the metadata asked for.
        const given = ['url', 'title', 'source', 'published'].filter((k) => opts[k as keyof MetadataFlags]);
        if (given.length > 0) {
          process.stderr.write(
            `entente ingest: ${given.map((k) => `--${k}`).join(', ')} cannot be used with --queue [INVALID_INPUT]\n`,
          );
          process.exitCode = 2;
          return;
        }
        process.exitCode = await enqueueCommand(inputs, opts, {
          stdout: process.stdout,
          stderr: process.stderr,
        });
        return;
      }
      await withKnowledgeBase('ingest', opts, (store, config) =>
        ingestCommand(store, config, inputs, opts, { stdout: process.stdout, stderr: process.stderr }),
      );
    });
}
