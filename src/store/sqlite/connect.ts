// Opens an SQLite file with the settings the store relies on: WAL, a busy timeout, enforced foreign keys.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter, type SqliteDatabase } from 'kysely';
import type { Database, Db } from '../database.js';

/** How long a writer waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 60_000;
const STATEMENT_CACHE = 256;
/**
 * Reads through a memory map of the file's first GiB rather than copying each page into SQLite's cache: a pair page
 * (a few hundred rows found by index, scattered over the file) costs about a quarter less CPU on the 1M-claim store
 * (measured, `npm run bench:serve`). The mapped pages are the OS page cache, shared and reclaimable, not the heap.
 */
const MMAP_BYTES = 1024 * 1024 * 1024;

export function connectSqlite(file: string): Db {
  const database = new BetterSqlite3(file);
  // The timeout first: switching to WAL needs a lock another process may hold for a moment.
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (file !== ':memory:') database.pragma('journal_mode = WAL');
  // NORMAL in WAL mode loses no committed transaction when the process dies (only on power loss).
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Checkpoints write the WAL back and sync; fewer, larger ones cost far less per ingested document.
  database.pragma('wal_autocheckpoint = 20000');
  database.pragma('cache_size = -65536');
  if (file !== ':memory:') database.pragma(`mmap_size = ${MMAP_BYTES}`);
  return new Kysely<Database>({
    dialect: new AtomicMigrationsDialect({ database: withStatementCache(database) }),
  });
}

/**
 * A second, read-only connection to a store's file, for a thread that only reads (the server's read workers): it
 * never takes the write lock, sees every transaction committed before each of its statements starts (WAL), and reads
 * through the same memory map (the OS page cache is shared between the connections). Its own page cache is small:
 * the map serves the reads.
 */
export function connectSqliteReader(file: string): BetterSqlite3.Database {
  const database = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  database.pragma('cache_size = -8192');
  database.pragma(`mmap_size = ${MMAP_BYTES}`);
  return database;
}

/**
 * SQLite runs DDL inside transactions, but Kysely's SQLite adapter says it does not, so its migrator applies
 * each statement on its own. Two processes opening a new database at once could then each apply part of a
 * migration and neither record it. Said truthfully, the whole run of pending migrations is one transaction:
 * the process that loses the race gets SQLITE_BUSY, rolls back everything it did, and retries to find the
 * migrations applied.
 */
class AtomicMigrationsAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AtomicMigrationsDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new AtomicMigrationsAdapter();
  }
}

/**
 * Kysely prepares every query anew; the same few statements run for every document, so compiled statements
 * are kept by SQL text. Safe because Kysely runs each statement to completion before the next (no streaming here).
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string) => {
      let stmt = cache.get(sql);
      if (stmt === undefined) {
        stmt = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
      }
      return stmt as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}
