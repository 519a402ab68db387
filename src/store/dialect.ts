// What a storage backend provides; every folder under store/ (sqlite/, postgres/) exports one (conventions: Kysely's dialects).
import type { Migration } from 'kysely';
import type { Db } from './database.js';

/** Column types that differ between backends, so one migration serves both (capabilities, not branches). */
export interface ColumnTypes {
  /** An auto-numbered integer primary key. */
  readonly autoId: 'integer' | 'serial';
  readonly real: 'real' | 'double precision';
}

export interface DialectAdapter {
  readonly name: 'sqlite' | 'postgres';
  /** Whether many processes may write at once (PostgreSQL) or writes serialize on a file lock (SQLite). */
  readonly concurrentWriters: boolean;
  /**
   * A file other threads may open read-only to read beside this connection (SQLite on a file), or null: PostgreSQL's
   * server already reads in parallel over the pool's connections, and an in-memory SQLite database has no file.
   */
  readonly readerFile: string | null;
  /**
   * Whether the store keeps each fact's rendered card and its pairs' summaries (migration 0006), rendered at the end of
   * every write transaction: SQLite, whose read workers read pair pages from them. PostgreSQL reads pages through the
   * query layer; its concurrent writers could each render a card from a snapshot missing the other's change.
   */
  readonly factCards: boolean;
  readonly migrations: Readonly<Record<string, Migration>>;
  /** Opens the connection (or pool) with the session settings the store relies on. */
  connect(): Promise<Db>;
  /**
   * Runs `fn` in one transaction that holds the database's write lock from its first statement,
   * so two ingests at once serialize instead of failing or interleaving half-merged facts.
   * With `locks` (names of what `fn` reads to decide and then writes), a backend with concurrent writers holds the
   * write lock shared and takes only those named locks, all before `fn` and in one sorted order (no deadlock), so
   * writers with disjoint names run at once while a transaction without `locks` still waits for all of them.
   * A backend whose writers serialize anyway ignores `locks`.
   */
  writeTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>, locks?: readonly string[]): Promise<T>;
  /** A transient lock error that is safe to retry (another process holds the database). */
  isBusy(error: unknown): boolean;
}
