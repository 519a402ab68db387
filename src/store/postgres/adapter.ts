// The PostgreSQL backend: a pool; ingest transactions serialize on one advisory lock so merges never interleave.
import { sql } from 'kysely';
import type { DialectAdapter } from '../dialect.js';
import { connectPostgres } from './connect.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/** Arbitrary but fixed: the advisory lock every Entente writer takes ("ENTE" in ASCII). */
const WRITE_LOCK_KEY = 0x454e5445;

export function postgresAdapter(url: string): DialectAdapter {
  return {
    name: 'postgres',
    concurrentWriters: true,
    migrations: POSTGRES_MIGRATIONS,
    connect: async () => connectPostgres(url),
    async writeTransaction(db, fn) {
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK_KEY})`.execute(trx);
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
