// Which workers are alive: each worker process holds a session advisory lock for as long as it runs, so a worker that
// died (SIGKILL, power loss, lost network) is seen at once by PostgreSQL releasing its lock, never by a timer guessing.
import { randomInt } from 'node:crypto';
import pg from 'pg';
import { lockingWorkers } from './queue.repo.js';

/** The high 32 bits of every worker's lock key ("ENTW"), so `queue status` can count live workers in pg_locks. */
const LIVENESS_TAG = 0x454e5457n;
const PREFIX = 'entente-';

export interface Liveness {
  /** What every one of this process's worker ids starts with: `entente-<lock key>-`. */
  readonly prefix: string;
  /** graphile-worker ids for this process's job slots: `entente-<lock key>-<slot>`. */
  workerId(slot: number): string;
  /** Rejects when the lock's connection is lost: the worker must stop, its jobs are no longer its own. */
  readonly lost: Promise<never>;
  release(): Promise<void>;
}

/** Takes a fresh liveness lock on its own connection (not a pooled one: the lock lives as long as the session). */
export async function holdLiveness(url: string): Promise<Liveness> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  let reject: (e: Error) => void = () => undefined;
  const lost = new Promise<never>((_, r) => (reject = r));
  lost.catch(() => undefined);
  let releasing = false;
  client.on('error', (e) =>
    reject(new Error(`lost the database connection holding this worker's lock: ${e.message}`)),
  );
  client.on('end', () => {
    if (!releasing) reject(new Error("lost the database connection holding this worker's lock"));
  });
  await client.connect();
  let key = 0n;
  for (;;) {
    key = (LIVENESS_TAG << 32n) | BigInt(randomInt(1, 2 ** 31));
    const taken = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [
      key.toString(),
    ]);
    if (taken.rows[0]?.ok) break;
  }
  return {
    prefix: `${PREFIX}${key}-`,
    workerId: (slot) => `${PREFIX}${key}-${slot}`,
    lost,
    async release() {
      releasing = true;
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * The workers holding jobs whose process is gone: their lock is free. Checked with a try-lock released in the same
 * statement, on a pooled connection other than any worker's liveness session.
 */
export async function deadWorkers(db: pg.Pool, self?: Liveness): Promise<string[]> {
  const holders = await lockingWorkers(db, PREFIX);
  const dead: string[] = [];
  const verdict = new Map<string, boolean>();
  for (const id of holders) {
    const key = /^entente-(\d+)-\d+$/.exec(id)?.[1];
    if (key === undefined || (self?.prefix !== undefined && id.startsWith(self.prefix))) continue;
    if (!verdict.has(key)) {
      const result = await db.query<{ free: boolean }>(
        'select case when pg_try_advisory_lock($1::bigint) then pg_advisory_unlock($1::bigint) else false end as free',
        [key],
      );
      verdict.set(key, result.rows[0]?.free === true);
    }
    if (verdict.get(key)) dead.push(id);
  }
  return dead;
}

/** Live worker processes: the liveness locks held in this database. */
export async function liveWorkerCount(db: pg.Pool): Promise<number> {
  const result = await db.query<{ n: number }>(
    `select count(*)::int as n from pg_locks where locktype = 'advisory' and granted and classid = $1::oid
     and objsubid = 1 and database = (select oid from pg_database where datname = current_database())`,
    [Number(LIVENESS_TAG)],
  );
  return result.rows[0]?.n ?? 0;
}
