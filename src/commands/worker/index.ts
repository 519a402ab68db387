// `entente worker [--concurrency N]`: takes jobs from the PostgreSQL queue and stores their documents, beside any
// number of other workers on any number of machines.
import type { Command } from 'commander';
import { parseConfig, type Config } from '../../config.js';
import { escapeControls } from '../../errors.js';
import { extractForStore } from '../../extract/pipeline.js';
import type { Extractor } from '../../ingest/ingest-run.js';
import { describeEvent } from '../../ingest/progress.js';
import { openJobQueue, queueUrl } from '../../queue/job-queue.js';
import { runWorker, type WorkerEvent } from '../../queue/worker.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

export interface WorkerCommandOptions extends StoreCommandOptions {
  concurrency?: string;
  drain?: boolean;
  quiet?: boolean;
}

const MAX_CONCURRENCY = 64;

export async function workerCommand(
  store: Store,
  config: Config,
  options: WorkerCommandOptions,
  io: CommandIo,
  signal?: AbortSignal,
  extract: Extractor = extractForStore,
): Promise<number> {
  const concurrency = Number(options.concurrency ?? 1);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    io.stderr.write(
      `entente worker: --concurrency: must be a whole number from 1 to ${MAX_CONCURRENCY}, got '${options.concurrency}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const url = queueUrl(config.database, '--db');
  if (!url.ok) {
    io.stderr.write(`entente worker: ${url.error.toLine()}\n`);
    return 2;
  }
  const opened = await openJobQueue(
    url.value,
    (line) => io.stderr.write(`entente worker: ${line}\n`),
    2 * concurrency + 2,
  );
  if (!opened.ok) {
    io.stderr.write(`entente worker: ${opened.error.toLine()}\n`);
    return 1;
  }
  try {
    const summary = await runWorker({
      store,
      queue: opened.value,
      concurrency,
      extract,
      fetchTimeoutMs: config.fetchTimeoutMs,
      drain: options.drain === true,
      ...(signal ? { signal } : {}),
      onEvent: (event) => {
        const line = describe(event);
        if (!options.quiet || event.kind === 'failed') io.stderr.write(`entente worker: ${line}\n`);
      },
    });
    io.stdout.write(
      options.json
        ? `${JSON.stringify(summary)}\n`
        : `stored ${summary.stored}, duplicates ${summary.duplicates}, failed tries ${summary.failed}, parked ${summary.parked}\n`,
    );
    return summary.parked > 0 ? 1 : 0;
  } finally {
    await opened.value.close();
  }
}

/** One line per job, written after its document is committed (tests count them to choose a kill point). */
export function describe(event: WorkerEvent): string {
  switch (event.kind) {
    case 'stored':
      return `${describeEvent({ subject: escapeControls(event.subject), outcome: event.outcome })} [job ${event.job}]`;
    case 'polled':
      return `polled     ${escapeControls(event.subject)} (${event.queued} feed items queued) [job ${event.job}]`;
    case 'failed': {
      const next =
        event.attempt >= event.maxAttempts ? 'parked: see entente queue failed' : 'will be retried';
      return `failed     ${event.failure.toLine()} (try ${event.attempt} of ${event.maxAttempts}, ${next}) [job ${event.job}]`;
    }
    case 'unlocked':
      return `freed the jobs of ${event.workers.length} dead worker slot(s) for retry: ${event.workers.join(', ')}`;
  }
}

export function registerWorker(program: Command): void {
  addDbOption(
    program
      .command('worker')
      .description(
        'take jobs from the PostgreSQL queue (ingest --queue, watch --queue) and store their documents',
      )
      .option('--concurrency <n>', 'jobs in flight in this process (run one process per core for CPU)', '1')
      .option('--drain', 'exit once no job is waiting, running or due for a retry')
      .option('--fetch-timeout <ms>', 'time limit for each fetched page or feed (default 15000)')
      .option('--quiet', 'print only failures and the summary'),
  ).action(async (opts: WorkerCommandOptions) => {
    // Refused before an SQLite file is created for nothing.
    const config = parseConfig(opts);
    const url = config.ok ? queueUrl(config.value.database, '--db') : null;
    if (url && !url.ok) {
      process.stderr.write(`entente worker: ${url.error.toLine()}\n`);
      process.exitCode = 2;
      return;
    }
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await withKnowledgeBase('worker', opts, (store, config) =>
        workerCommand(store, config, opts, { stdout: process.stdout, stderr: process.stderr }, stop.signal),
      );
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
