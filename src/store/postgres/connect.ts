// Opens a PostgreSQL pool; 64-bit counts come back as numbers, not strings.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database, Db } from '../database.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Per-pool type parsers rather than pg.types.setTypeParser: no global state changed on import.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export function connectPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 4, types, connectionTimeoutMillis: 10_000 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
