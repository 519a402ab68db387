// The PostgreSQL job queue (graphile-worker) behind `ingest --queue`, `watch --queue`, `worker` and `queue`: opening
// it, adding jobs, its state, parked jobs and putting them back. Needs PostgreSQL; SQLite ingests in one process.
import { Logger, makeWorkerUtils, runMigrations, type LogLevel, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import { describeTarget, type DatabaseTarget } from '../config.js';
import { AppError, err, ok, type Result } from '../errors.js';
import { jobKey, type JobPayload } from './jobs.js';
import { deadWorkers, liveWorkerCount, type Liveness } from './liveness.js';
import {
  addJobs,
  countJobs,
  parkedJobs,
  rescheduleNow,
  type ParkedJobRow,
  type QueueCounts,
} from './queue.repo.js';

/** Serializes graphile-worker's schema migration across processes starting at once ("ENTQ"). */
const MIGRATE_LOCK_KEY = 0x454e5451;
const BATCH = 200;

export interface QueueStatus extends QueueCounts {
  /** Worker processes connected now. */
  workers: number;
}

export interface ParkedJob {
  id: string;
  /** The document id or URL. */
  subject: string;
  attempts: number;
  maxAttempts: number;
  error: string;
  at: string;
}

export interface JobQueue {
  readonly url: string;
  readonly pool: pg.Pool;
  readonly utils: WorkerUtils;
  /** graphile-worker's log lines: warnings and errors only, one line each (no stack traces). */
  readonly logger: Logger;
  /** Adds the jobs; a job already waiting for the same document or URL is replaced, not doubled. */
  enqueue(payloads: readonly JobPayload[], maxAttempts: number): Promise<number>;
  status(): Promise<QueueStatus>;
  parked(limit?: number): Promise<ParkedJob[]>;
  /** Puts parked (or retrying) jobs back to run now with a fresh set of tries; unknown or running ids fail. */
  retry(ids: readonly string[]): Promise<Result<string[]>>;
  /** Frees the jobs of worker processes that died, so other workers take them; returns the workers freed. */
  unlockDead(self?: Liveness): Promise<string[]>;
  close(): Promise<void>;
}

/** The queue lives in the store's PostgreSQL database; an SQLite target is refused in one line. */
export function queueUrl(target: DatabaseTarget, flag: string): Result<string> {
  if (target.kind === 'postgres') return ok(target.url);
  return err(
    new AppError(
      'INVALID_INPUT',
      `the job queue needs PostgreSQL (--db postgres://...); '${target.file}' is an SQLite file, which one process ingests without a queue`,
      flag,
    ),
  );
}

/**
 * `connections`: a worker needs two per job slot (graphile-worker's LISTEN client and its job queries).
 * `log` gets graphile-worker's warnings and errors, first line only; a job's failure is reported by the worker itself.
 */
export async function openJobQueue(
  url: string,
  log: (line: string) => void = () => {},
  connections = 4,
): Promise<Result<JobQueue>> {
  const location = describeTarget({ kind: 'postgres', url });
  const pool = new pg.Pool({ connectionString: url, max: connections, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  const logger = new Logger(() => (level: LogLevel, message: string) => {
    if ((level === 'error' || level === 'warning') && !message.startsWith('Failed task ')) {
      log(message.split('\n')[0]!);
    }
  });
  try {
    await migrate(pool, logger);
    const utils = await makeWorkerUtils({ pgPool: pool, logger });
    return ok(queue(url, pool, utils, logger));
  } catch (e) {
    await pool.end().catch(() => undefined);
    const reason = e instanceof Error ? e.message : String(e);
    return err(new AppError('STORE_ERROR', `cannot open the job queue: ${reason}`, location, { cause: e }));
  }
}

async function migrate(pool: pg.Pool, logger: Logger): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATE_LOCK_KEY]);
    try {
      await runMigrations({ pgPool: pool, logger });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATE_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}

function queue(url: string, pool: pg.Pool, utils: WorkerUtils, logger: Logger): JobQueue {
  return {
    url,
    pool,
    utils,
    logger,
    async enqueue(payloads, maxAttempts) {
      // One key once per statement: add_jobs cannot touch a row twice.
      const byKey = new Map(payloads.map((p) => [jobKey(p), p]));
      const specs = [...byKey].map(([key, payload]) => ({ key, payload, maxAttempts }));
      let added = 0;
      for (let i = 0; i < specs.length; i += BATCH) added += await addJobs(pool, specs.slice(i, i + BATCH));
      return added;
    },
    async status() {
      const [counts, workers] = await Promise.all([countJobs(pool), liveWorkerCount(pool)]);
      return { ...counts, workers };
    },
    async parked(limit = 1000) {
      return (await parkedJobs(pool, limit)).map(parkedJob);
    },
    async retry(ids) {
      const bad = ids.find((id) => !/^\d+$/.test(id));
      if (bad !== undefined) {
        return err(new AppError('INVALID_INPUT', `a job id is a whole number, got '${bad}'`, 'ID'));
      }
      const found = new Set(await rescheduleNow(pool, ids));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length > 0) {
        return err(
          new AppError(
            'NOT_FOUND',
            `no such job waiting or parked (it finished, or a worker runs it now)`,
            missing.join(', '),
          ),
        );
      }
      return ok([...found]);
    },
    async unlockDead(self) {
      const dead = await deadWorkers(pool, self);
      if (dead.length > 0) await utils.forceUnlockWorkers(dead);
      return dead;
    },
    async close() {
      await utils.release();
      await pool.end();
    },
  };
}

function parkedJob(row: ParkedJobRow): ParkedJob {
  const key = row.key ?? '';
  return {
    id: row.id,
    subject: key.replace(/^(?:document|url|poll):/, '').replace(/@[0-9a-f]{12}$/, ''),
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    error: row.last_error ?? '',
    at: row.updated_at.toISOString(),
  };
}
