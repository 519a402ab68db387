// `entente worker`: job slots that take queue jobs and store their documents, any number of them on any number of
// machines over one PostgreSQL database. A worker holds a liveness lock while it runs; the jobs of a worker that died
// are freed by the others, and retried.
import { run, type Runner, type RunnerOptions, type Task } from 'graphile-worker';
import { AppError } from '../errors.js';
import type { Extractor } from '../ingest/ingest-run.js';
import type { StoreOutcome } from '../store/services/store-document.service.js';
import type { Store } from '../store/store.js';
import type { JobQueue } from './job-queue.js';
import { INGEST_TASK } from './jobs.js';
import { holdLiveness } from './liveness.js';
import { JobFailure, processJob } from './process-job.js';

/** How often a worker frees dead workers' jobs (and, with `drain`, looks whether the queue is done). */
const TICK_MS = 1000;
/** How often a slot looks for jobs whose retry time has come (new jobs arrive at once, by LISTEN/NOTIFY). */
const POLL_MS = 1000;

export type WorkerEvent =
  | { kind: 'stored'; job: string; subject: string; outcome: StoreOutcome }
  | { kind: 'polled'; job: string; subject: string; queued: number }
  | { kind: 'failed'; job: string; failure: AppError; attempt: number; maxAttempts: number }
  | { kind: 'unlocked'; workers: string[] };

export interface WorkerOptions {
  store: Store;
  queue: JobQueue;
  /** Jobs in flight in this process. */
  concurrency: number;
  extract: Extractor;
  fetchTimeoutMs: number;
  /** Stop once no job is waiting, running or due for a retry (parked jobs stay parked). */
  drain?: boolean;
  signal?: AbortSignal;
  onEvent(event: WorkerEvent): void;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  failed: number;
  parked: number;
}

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { queue, onEvent } = options;
  const summary: WorkerSummary = { stored: 0, duplicates: 0, failed: 0, parked: 0 };
  const liveness = await holdLiveness(queue.url);
  const task: Task = async (payload, helpers) => {
    const { job } = helpers;
    try {
      const result = await processJob(payload, {
        store: options.store,
        extract: options.extract,
        fetchTimeoutMs: options.fetchTimeoutMs,
        enqueue: (payloads) => queue.enqueue(payloads, job.max_attempts),
      });
      if (result.kind === 'polled') onEvent({ ...result, job: job.id });
      else {
        if (result.outcome.kind === 'duplicate') summary.duplicates++;
        else summary.stored++;
        onEvent({ ...result, job: job.id });
      }
    } catch (e) {
      const failure =
        e instanceof JobFailure
          ? e.failure
          : new AppError('STORE_ERROR', (e as Error).message ?? String(e), `job ${job.id}`);
      if (job.attempts >= job.max_attempts) summary.parked++;
      else summary.failed++;
      onEvent({ kind: 'failed', job: job.id, failure, attempt: job.attempts, maxAttempts: job.max_attempts });
      throw e instanceof JobFailure ? e : new JobFailure(failure);
    }
  };
  const runners: Runner[] = [];
  try {
    // One runner per slot, each with an id that names this process's liveness lock (graphile-worker assigns random
    // ids to the slots of one pool, which no other worker could tie to a process).
    for (let slot = 0; slot < options.concurrency; slot++) {
      // `workerId` is read by run() for a pool of one (graphile-worker's typings leave it out of RunnerOptions).
      const slotOptions: RunnerOptions & { workerId: string } = {
        pgPool: queue.pool,
        taskList: { [INGEST_TASK]: task },
        concurrency: 1,
        workerId: liveness.workerId(slot),
        noHandleSignals: true,
        pollInterval: POLL_MS,
        logger: queue.logger,
      };
      runners.push(await run(slotOptions));
    }
    const crashed = Promise.race([liveness.lost, ...runners.map((r) => r.promise.then(() => never()))]);
    crashed.catch(() => undefined);
    for (;;) {
      const freed = await queue.unlockDead(liveness);
      if (freed.length > 0) onEvent({ kind: 'unlocked', workers: freed });
      if (options.signal?.aborted) break;
      if (options.drain) {
        const s = await queue.status();
        if (s.waiting + s.running + s.retrying === 0) break;
      }
      const stop = await Promise.race([crashed, tick(options.signal)]);
      if (stop === 'aborted') break;
    }
  } finally {
    // Slots finish their current job first; only then is the liveness lock let go (others would take the jobs).
    await Promise.allSettled(runners.map((r) => r.stop()));
    await liveness.release();
  }
  return summary;
}

function never(): Promise<never> {
  return Promise.reject(new Error('a job slot stopped on its own'));
}

function tick(signal?: AbortSignal): Promise<'tick' | 'aborted'> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve('aborted');
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve('tick');
    }, TICK_MS);
    function onAbort() {
      clearTimeout(timer);
      resolve('aborted');
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
