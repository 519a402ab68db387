// The job queue on a real PostgreSQL, in process: one job per document, dead workers' jobs freed (live ones' kept),
// retry's errors, and a job that is not Entente's refused with its reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_CI, postgresBackend, suiteTitle } from '../test-support/backends.js';
import { openJobQueue, type JobQueue } from './job-queue.js';
import type { JobPayload } from './jobs.js';
import { holdLiveness } from './liveness.js';
import { JobFailure, processJob } from './process-job.js';
import { SCHEMA } from './queue.repo.js';

const backend = postgresBackend();
const doc = (id: string, text: string): JobPayload => ({
  kind: 'document',
  doc: { id, text, title: null, url: null, source: null, published: null },
});

describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('job queue', backend), () => {
  let queue: JobQueue;
  let url: string;
  beforeAll(async () => {
    await backend.setup();
    const target = await backend.newTarget(false);
    if (target.kind !== 'postgres') throw new Error('expected PostgreSQL');
    url = target.url;
    const opened = await openJobQueue(url);
    if (!opened.ok) throw opened.error;
    queue = opened.value;
  }, 120_000);
  afterAll(async () => {
    await queue?.close();
    await backend.teardown();
  });

  it('keeps one job for a document enqueued twice, and a second one when its text changed', async () => {
    await queue.enqueue([doc('a.txt', 'Japan and India signed a pact.')], 3);
    await queue.enqueue([doc('a.txt', 'Japan and India signed a pact.'), doc('b.txt', 'Other text.')], 3);
    await queue.enqueue([doc('a.txt', 'Japan and India signed a new pact.')], 3);
    expect(await queue.status()).toEqual({ waiting: 3, running: 0, retrying: 0, parked: 0, workers: 0 });
    await queue.pool.query(`delete from ${SCHEMA}._private_jobs`);
  });

  it('frees the jobs of a worker whose process is gone and leaves a live worker its own', async () => {
    await queue.enqueue([doc('live.txt', 'one'), doc('dead.txt', 'two')], 3);
    const live = await holdLiveness(url);
    const dead = await holdLiveness(url);
    const lock = (worker: string, key: string) =>
      queue.pool.query(
        `update ${SCHEMA}._private_jobs set locked_by = $1, locked_at = now() where key like $2`,
        [worker, `document:${key}@%`],
      );
    await lock(live.workerId(0), 'live.txt');
    await lock(dead.workerId(2), 'dead.txt');
    expect((await queue.status()).workers).toBe(2);
    // The process dies: PostgreSQL ends its session and lets go of its lock.
    await dead.release();
    expect(await queue.unlockDead()).toEqual([dead.workerId(2)]);
    expect(await queue.status()).toMatchObject({ waiting: 1, running: 1, workers: 1 });
    expect(await queue.unlockDead()).toEqual([]);
    await live.release();
    expect(await queue.unlockDead()).toEqual([live.workerId(0)]);
    await queue.pool.query(`delete from ${SCHEMA}._private_jobs`);
  });

  it('refuses to retry a job id that is not a number, or a job no longer waiting or parked', async () => {
    const bad = await queue.retry(['12x']);
    expect(bad.ok ? null : bad.error.toLine()).toBe(
      "ID: a job id is a whole number, got '12x' [INVALID_INPUT]",
    );
    const gone = await queue.retry(['999999']);
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  });

  it('fails a job that is not an Entente job with the field at fault', async () => {
    const run = processJob(
      { kind: 'document', doc: { id: 'x' } },
      {
        store: null as never,
        extract: () => [],
        fetchTimeoutMs: 1000,
        enqueue: async () => 0,
      },
    );
    await expect(run).rejects.toBeInstanceOf(JobFailure);
    await expect(run).rejects.toThrow(/^payload: not an Entente job \(doc\.text: .*\) \[INVALID_INPUT\]$/);
  });
});
