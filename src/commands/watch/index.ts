// `entente watch FEED... --every 30m`: keeps ingesting feeds (or any ingest input) and reports what changed each round.
import type { Command } from 'commander';
import type { Config } from '../../config.js';
import type { Extractor, IngestResult } from '../../ingest/ingest-run.js';
import { parseInterval, watchLoop } from '../../ingest/watch-loop.js';
import type { CanonicalFact } from '../../schema/canonical.js';
import { listFactsById } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { formatSummary } from '../ingest/format-summary.js';
import { watchQueueCommand, type QueueFlags, type WatchQueueOptions } from '../queue/enqueue-command.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

export interface WatchCommandOptions extends StoreCommandOptions {
  every?: string;
  maxIterations?: string;
  allowPrivateUrls?: boolean;
}

export async function watchCommand(
  store: Store,
  config: Config,
  inputs: readonly string[],
  options: WatchCommandOptions,
  io: CommandIo,
  signal?: AbortSignal,
  extract?: Extractor,
): Promise<number> {
  const every = parseInterval(options.every ?? '30m');
  const max = Number(options.maxIterations ?? 0);
  if (!every.ok || !Number.isInteger(max) || max < 0) {
    const why = every.ok
      ? `--max-iterations must be a whole number, got '${options.maxIterations}'`
      : every.error.toLine();
    io.stderr.write(`entente watch: ${why}\n`);
    return 2;
  }
  let failedRounds = 0;
  await watchLoop(store, inputs, {
    everyMs: every.value,
    maxIterations: max,
    fetchTimeoutMs: config.fetchTimeoutMs,
    allowPrivateUrls: options.allowPrivateUrls === true,
    ...(signal ? { signal } : {}),
    ...(extract ? { extract } : {}),
    onRound: async (round, result) => {
      if (result.summary.documents.failed > 0) failedRounds++;
      for (const f of result.summary.failures)
        io.stderr.write(`entente watch: ${f.subject}: ${f.message} [${f.code}]\n`);
      const changed = await listFactsById(store, [...result.newFacts, ...result.changedFacts]);
      io.stdout.write(options.json ? roundJson(round, result, changed) : roundText(round, result, changed));
    },
  });
  return failedRounds > 0 ? 1 : 0;
}

function roundJson(round: number, result: IngestResult, facts: CanonicalFact[]): string {
  const isNew = new Set(result.newFacts);
  return `${JSON.stringify({
    round,
    at: new Date().toISOString(),
    summary: result.summary,
    newFacts: facts.filter((f) => isNew.has(f.id)),
    changedFacts: facts.filter((f) => !isNew.has(f.id)),
  })}\n`;
}

function roundText(round: number, result: IngestResult, facts: CanonicalFact[]): string {
  const isNew = new Set(result.newFacts);
  const lines = [`round ${round} at ${new Date().toISOString()}`, formatSummary(result.summary).trimEnd()];
  for (const f of facts) {
    lines.push(
      `  ${isNew.has(f.id) ? 'new    ' : 'changed'} ${f.type} ${f.parties.join('+')} ${f.status} ${f.date ?? 'no date'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function registerWatch(program: Command): void {
  addDbOption(
    program
      .command('watch')
      .description('keep ingesting feeds (or any ingest input) and report new and changed facts each round')
      .argument('<inputs...>', 'feed URLs, page URLs, files or directories')
      .option('--every <duration>', 'time between rounds: 30m, 1h, 10s', '30m')
      .option('--max-iterations <n>', 'stop after this many rounds (0: run until interrupted)', '0')
      .option('--fetch-timeout <ms>', 'time limit for each fetched page or feed (default 15000)')
      .option(
        '--allow-private-urls',
        'fetch URLs on loopback, private, link-local and cloud metadata addresses (refused by default)',
      )
      .option('--queue', 'each round, add the inputs to the PostgreSQL job queue for `entente worker`')
      .option('--max-attempts <n>', 'with --queue: tries before a document is parked (default 5)'),
  ).action(async (inputs: string[], opts: WatchCommandOptions & WatchQueueOptions & QueueFlags) => {
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      if (opts.queue) {
        const io = { stdout: process.stdout, stderr: process.stderr };
        process.exitCode = await watchQueueCommand(inputs, opts, io, stop.signal);
        return;
      }
      await withKnowledgeBase('watch', opts, (store, config) =>
        watchCommand(
          store,
          config,
          inputs,
          opts,
          { stdout: process.stdout, stderr: process.stderr },
          stop.signal,
        ),
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
