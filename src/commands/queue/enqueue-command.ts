// `entente ingest --queue` and `entente watch --queue`: the inputs become jobs for `entente worker` on PostgreSQL.
import { AppError, type Result } from '../../errors.js';
import { parseInterval, sleep } from '../../ingest/watch-loop.js';
import { enqueueInputs, type EnqueueResult } from '../../queue/enqueue.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../queue/jobs.js';
import type { CommandIo, StoreCommandOptions } from '../knowledge-base.js';
import { withJobQueue } from './with-queue.js';

export interface EnqueueCommandOptions extends StoreCommandOptions {
  maxAttempts?: string;
  allowPrivateUrls?: boolean;
  quiet?: boolean;
}

/** The flags `ingest` and `watch` take for the queue. */
export interface QueueFlags extends EnqueueCommandOptions {
  queue?: boolean;
}

export interface WatchQueueOptions extends EnqueueCommandOptions {
  every?: string;
  maxIterations?: string;
}

/** Enqueues once; exits 1 when an input could not be read (the others are still queued). */
export async function enqueueCommand(
  inputs: readonly string[],
  options: EnqueueCommandOptions,
  io: CommandIo,
): Promise<number> {
  const attempts = parseAttempts(options.maxAttempts);
  if (!attempts.ok) return usage('ingest', attempts.error, io);
  return withJobQueue('ingest', options, io, async (queue, config) => {
    const result = await enqueueInputs(queue, inputs, {
      allowPrivateUrls: options.allowPrivateUrls === true,
      fetchTimeoutMs: config.fetchTimeoutMs,
      maxAttempts: attempts.value,
    });
    report('ingest', result, options, io, null);
    return result.failures.length > 0 ? 1 : 0;
  });
}

/** Enqueues every period (feeds are polled by the workers); exits 1 if any round had an unreadable input. */
export async function watchQueueCommand(
  inputs: readonly string[],
  options: WatchQueueOptions,
  io: CommandIo,
  signal?: AbortSignal,
): Promise<number> {
  const attempts = parseAttempts(options.maxAttempts);
  if (!attempts.ok) return usage('watch', attempts.error, io);
  const every = parseInterval(options.every ?? '30m');
  if (!every.ok) return usage('watch', every.error, io);
  const max = Number(options.maxIterations ?? 0);
  if (!Number.isInteger(max) || max < 0) {
    const e = new AppError(
      'INVALID_INPUT',
      `must be a whole number, got '${options.maxIterations}'`,
      '--max-iterations',
    );
    return usage('watch', e, io);
  }
  return withJobQueue('watch', options, io, async (queue, config) => {
    let failed = 0;
    for (let round = 1; !signal?.aborted; round++) {
      const result = await enqueueInputs(queue, inputs, {
        allowPrivateUrls: options.allowPrivateUrls === true,
        fetchTimeoutMs: config.fetchTimeoutMs,
        maxAttempts: attempts.value,
      });
      if (result.failures.length > 0) failed++;
      report('watch', result, options, io, round);
      if (max > 0 && round >= max) break;
      await sleep(every.value, signal);
    }
    return failed > 0 ? 1 : 0;
  });
}

function report(
  name: string,
  result: EnqueueResult,
  options: EnqueueCommandOptions,
  io: CommandIo,
  round: number | null,
): void {
  for (const f of result.failures) io.stderr.write(`entente ${name}: failed     ${f.toLine()}\n`);
  const failures = result.failures.map((f) => ({
    subject: f.subject ?? '',
    code: f.code,
    message: f.message,
  }));
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ ...(round !== null ? { round } : {}), queued: result.queued, failures })}\n`,
    );
    return;
  }
  const head = round !== null ? `round ${round} at ${new Date().toISOString()}: ` : '';
  io.stdout.write(
    `${head}queued ${result.queued} jobs for the workers (entente worker); ${failures.length} inputs failed\n`,
  );
}

function parseAttempts(value: string | undefined): Result<number> {
  const n = Number(value ?? DEFAULT_MAX_ATTEMPTS);
  if (Number.isInteger(n) && n >= 1 && n <= 100) return { ok: true, value: n };
  return {
    ok: false,
    error: new AppError(
      'INVALID_INPUT',
      `must be a whole number from 1 to 100, got '${value}'`,
      '--max-attempts',
    ),
  };
}

function usage(name: string, error: AppError, io: CommandIo): number {
  io.stderr.write(`entente ${name}: ${error.toLine()}\n`);
  return 2;
}
