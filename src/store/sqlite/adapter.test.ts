import { describe, expect, it } from 'vitest';
import { sqliteAdapter } from './adapter.js';

/** An error as better-sqlite3 throws it: a message and an SQLite result code. */
const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('the SQLite adapter', () => {
  const adapter = sqliteAdapter(':memory:');

  it('retries a lost race to create a new database, however SQLite reports it', () => {
    expect(adapter.isBusy(sqliteError('SQLITE_BUSY', 'database is locked'))).toBe(true);
    expect(adapter.isBusy(sqliteError('SQLITE_ERROR', 'table "documents" already exists'))).toBe(true);
    // The schema changed under a prepared statement: another process created the tables first.
    expect(adapter.isBusy(sqliteError('SQLITE_SCHEMA', 'table "documents" already exists'))).toBe(true);
  });

  it('does not retry other errors', () => {
    expect(adapter.isBusy(sqliteError('SQLITE_ERROR', 'no such table: facts'))).toBe(false);
    expect(adapter.isBusy(sqliteError('SQLITE_CONSTRAINT', 'UNIQUE constraint failed'))).toBe(false);
    expect(adapter.isBusy(new Error('not an SQLite error'))).toBe(false);
  });
});
