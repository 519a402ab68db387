// SQL on graphile-worker's tables for the queue commands: add jobs in bulk, count them by state, list parked ones. No rules here.
import type pg from 'pg';
import { INGEST_TASK } from './jobs.js';

/** graphile-worker's schema (its default). */
export const SCHEMA = 'graphile_worker';

export interface JobSpec {
  payload: unknown;
  key: string;
  maxAttempts: number;
}

/** Adds or replaces (by key) each job in one statement; returns how many jobs the queue now holds for them. */
export async function addJobs(db: pg.Pool | pg.PoolClient, specs: readonly JobSpec[]): Promise<number> {
  if (specs.length === 0) return 0;
  const rows = specs.map((s) => ({
    identifier: INGEST_TASK,
    payload: s.payload,
    max_attempts: s.maxAttempts,
    job_key: s.key,
  }));
  const result = await db.query<{ n: number }>(
    `select count(*)::int as n from ${SCHEMA}.add_jobs(array(
       select row(x.identifier, x.payload, null, null, x.max_attempts, x.job_key, null, null)::${SCHEMA}.job_spec
       from json_to_recordset($1::json) as x(identifier text, payload json, max_attempts smallint, job_key text)
     ))`,
    [JSON.stringify(rows)],
  );
  return result.rows[0]?.n ?? 0;
}

export interface QueueCounts {
  /** Never tried yet, not running. */
  waiting: number;
  running: number;
  /** Failed at least once, waiting for their next try. */
  retrying: number;
  /** Out of tries: kept with their error until retried. */
  parked: number;
}

export async function countJobs(db: pg.Pool): Promise<QueueCounts> {
  const result = await db.query<QueueCounts>(
    `select
       count(*) filter (where locked_by is null and attempts = 0)::int as waiting,
       count(*) filter (where locked_by is not null)::int as running,
       count(*) filter (where locked_by is null and attempts > 0 and attempts < max_attempts)::int as retrying,
       count(*) filter (where locked_by is null and attempts >= max_attempts)::int as parked
     from ${SCHEMA}.jobs where task_identifier = $1`,
    [INGEST_TASK],
  );
  return result.rows[0] ?? { waiting: 0, running: 0, retrying: 0, parked: 0 };
}

export interface ParkedJobRow {
  id: string;
  key: string | null;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  updated_at: Date;
}

export async function parkedJobs(db: pg.Pool, limit: number): Promise<ParkedJobRow[]> {
  const result = await db.query<ParkedJobRow>(
    `select id::text as id, key, attempts, max_attempts, last_error, updated_at from ${SCHEMA}.jobs
     where task_identifier = $1 and locked_by is null and attempts >= max_attempts
     order by id limit $2`,
    [INGEST_TASK, limit],
  );
  return result.rows;
}

/** The worker ids holding jobs now (running, or held by a worker that died). */
export async function lockingWorkers(db: pg.Pool, prefix: string): Promise<string[]> {
  const result = await db.query<{ locked_by: string }>(
    `select distinct locked_by from ${SCHEMA}.jobs where locked_by like $1
     union select distinct locked_by from ${SCHEMA}._private_job_queues where locked_by like $1`,
    [`${prefix}%`],
  );
  return result.rows.map((r) => r.locked_by);
}

/**
 * Runs the jobs again now with their tries reset (not locked ones). graphile-worker's SQL API: its JavaScript
 * `rescheduleJobs` drops `attempts: 0` (it passes `attempts || null`), so 0 is given here.
 */
export async function rescheduleNow(db: pg.Pool, ids: readonly string[]): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    `select id::text as id from ${SCHEMA}.reschedule_jobs($1::bigint[], run_at := now(), attempts := 0)`,
    [ids],
  );
  return result.rows.map((r) => r.id);
}
