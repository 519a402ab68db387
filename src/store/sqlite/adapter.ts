// The SQLite backend: one file, writers serialize on its lock (BEGIN IMMEDIATE waits out the busy timeout).
import { sql } from 'kysely';
import type { DialectAdapter } from '../dialect.js';
import { connectSqlite } from './connect.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

export function sqliteAdapter(file: string): DialectAdapter {
  return {
    name: 'sqlite',
    concurrentWriters: false,
    readerFile: file === ':memory:' ? null : file,
    factCards: true,
    migrations: SQLITE_MIGRATIONS,
    connect: async () => connectSqlite(file),
    async writeTransaction(db, fn) {
      // A deferred BEGIN would take the write lock at the first write and fail at once (SQLITE_BUSY)
      // if another process wrote meanwhile; IMMEDIATE takes it up front, where the busy timeout applies.
      return db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          await sql`rollback`.execute(conn);
          throw e;
        }
      });
    },
    isBusy(error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code !== 'string') return false;
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
      // Two processes creating a new database: the one that lost the race retries and finds the schema in place
      // (SQLite reports it as SQLITE_SCHEMA when the schema changed under a prepared statement).
      return (
        (code === 'SQLITE_ERROR' || code === 'SQLITE_SCHEMA') &&
        /already exists/.test((error as Error).message)
      );
    },
  };
}
