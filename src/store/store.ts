// The one Store abstraction: a migrated Kysely database plus its backend's write transaction; callers never ask which backend.
import { Migrator, type MigrationProvider } from 'kysely';
import { describeTarget, type DatabaseTarget } from '../config.js';
import { AppError, err, ok, type Result } from '../errors.js';
import type { Db } from './database.js';
import type { DialectAdapter } from './dialect.js';
import { postgresAdapter } from './postgres/adapter.js';
import { ensureFactCards, refreshFactCards } from './services/fact-cards.service.js';
import { sqliteAdapter } from './sqlite/adapter.js';

export interface Store {
  /** For reads; writes go through `write`. */
  readonly db: Db;
  readonly backend: DialectAdapter['name'];
  /** Where the data lives, without secrets. */
  readonly location: string;
  /** See `DialectAdapter.readerFile`. */
  readonly readerFile: string | null;
  /**
   * One transaction holding the write lock: all of `fn` is stored or none of it. With `locks` (the names of
   * everything `fn` reads to decide and then writes), writers whose names differ may run at once where the backend
   * allows it; see `DialectAdapter.writeTransaction`.
   */
  write<T>(fn: (trx: Db) => Promise<T>, locks?: readonly string[]): Promise<T>;
  close(): Promise<void>;
}

export function adapterFor(target: DatabaseTarget): DialectAdapter {
  return target.kind === 'postgres' ? postgresAdapter(target.url) : sqliteAdapter(target.file);
}

const MAX_BUSY_RETRIES = 20;

/** Opens (creating if needed) and migrates the database; any failure is one line naming the database. */
export async function openStore(target: DatabaseTarget): Promise<Result<Store>> {
  const adapter = adapterFor(target);
  const location = describeTarget(target);
  let db: Db;
  try {
    db = await adapter.connect();
  } catch (e) {
    return err(storeError(location, 'cannot open database', e));
  }
  const migrated = await migrate(db, adapter);
  if (!migrated.ok) {
    await db.destroy().catch(() => undefined);
    return err(storeError(location, 'cannot prepare database', migrated.error));
  }
  // A store that keeps fact cards renders those its transaction made stale before it commits (fact-cards.service.ts).
  const withCards = <T>(fn: (trx: Db) => Promise<T>) =>
    adapter.factCards
      ? async (trx: Db) => {
          const result = await fn(trx);
          await refreshFactCards(trx);
          return result;
        }
      : fn;
  const store: Store = {
    db,
    backend: adapter.name,
    location,
    readerFile: adapter.readerFile,
    write: (fn, locks) => retryBusy(adapter, () => adapter.writeTransaction(db, withCards(fn), locks)),
    close: () => db.destroy(),
  };
  if (adapter.factCards) {
    try {
      await ensureFactCards(db, (fn) => store.write(fn));
    } catch (e) {
      await db.destroy().catch(() => undefined);
      return err(storeError(location, 'cannot render the fact cards', e));
    }
  }
  return ok(store);
}

async function migrate(db: Db, adapter: DialectAdapter): Promise<Result<void, unknown>> {
  const provider: MigrationProvider = { getMigrations: async () => ({ ...adapter.migrations }) };
  const migrator = new Migrator({ db, provider });
  try {
    // Two processes opening a new database at once: the loser of the race sees a busy or duplicate error and retries.
    await retryBusy(adapter, async () => {
      const outcome = await migrator.migrateToLatest();
      if (outcome.error !== undefined) throw outcome.error;
    });
    return ok(undefined);
  } catch (e) {
    return err(e);
  }
}

async function retryBusy<T>(adapter: DialectAdapter, run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt >= MAX_BUSY_RETRIES || !adapter.isBusy(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30 * (attempt + 1)));
    }
  }
}

function storeError(location: string, what: string, cause: unknown): AppError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AppError('STORE_ERROR', `${what}: ${reason}`, location, { cause });
}
