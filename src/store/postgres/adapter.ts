// The PostgreSQL backend: a pool; a document's transaction locks only the names it touches (its content, its facts'
// bases, its near-duplicate buckets), other writes hold one advisory lock exclusively, so merges never interleave.
import { sql } from 'kysely';
import type { DialectAdapter } from '../dialect.js';
import { connectPostgres } from './connect.js';
import { lockIds, NAMED_LOCK_CLASS } from './named-locks.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/** Arbitrary but fixed: the advisory lock every Entente writer takes ("ENTE" in ASCII). */
const WRITE_LOCK_KEY = 0x454e5445;
/**
 * Above this many names a transaction takes the write lock whole instead: the server's lock table is shared by all
 * sessions and sized at max_locks_per_transaction (64 by default) per connection. A typical article names about 30.
 */
const MAX_NAMED_LOCKS = 64;

export function postgresAdapter(url: string): DialectAdapter {
  return {
    name: 'postgres',
    concurrentWriters: true,
    readerFile: null,
    factCards: false,
    migrations: POSTGRES_MIGRATIONS,
    connect: async () => connectPostgres(url),
    async writeTransaction(db, fn, locks) {
      return db.transaction().execute(async (trx) => {
        const ids = locks === undefined ? [] : lockIds(locks);
        if (locks === undefined || ids.length > MAX_NAMED_LOCKS) {
          await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY}::bigint)`.execute(trx);
          return fn(trx);
        }
        // Shared first, then the names: a writer holding a name never waits behind an exclusive writer for the
        // shared lock, which could close a cycle the detector would have to break.
        await sql`select pg_advisory_xact_lock_shared(${WRITE_LOCK_KEY}::bigint)`.execute(trx);
        if (ids.length > 0) {
          // The two-key form (objsubid 2) never meets the one-key locks of the write lock or the queue's workers.
          // The subquery's ORDER BY is not flattened, so the locks are taken in ascending order.
          await sql`select count(pg_advisory_xact_lock(${NAMED_LOCK_CLASS}::int4, k))
            from (select k from unnest(${ids}::int4[]) as k order by k) as sorted`.execute(trx);
        }
        return fn(trx);
      });
    },
    isBusy(error) {
      const code = (error as { code?: unknown } | null)?.code;
      // serialization failure, deadlock, and a unique race while two processes create the schema
      return code === '40001' || code === '40P01' || code === '23505' || code === '42P07';
    },
  };
}
