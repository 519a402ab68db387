// Runtime configuration, parsed once into a frozen object (conventions: flag > env > default).
import { z } from 'zod';
import { AppError, err, ok, type Result } from './errors.js';

export type DatabaseTarget =
  { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly database: DatabaseTarget;
  /** How long one page or feed fetch may take before it counts as a failed document. */
  readonly fetchTimeoutMs: number;
}

export const DEFAULT_DB_FILE = './entente.db';
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;

/** The command-line flags that override the environment. */
export interface ConfigFlags {
  db?: string | undefined;
  fetchTimeout?: string | number | undefined;
}

const TimeoutSchema = z.coerce.number().int().positive().max(600_000);

/** A postgres:// or postgresql:// URL selects PostgreSQL; anything else is an SQLite file (or :memory:). */
export function databaseTarget(value: string): DatabaseTarget {
  return /^postgres(?:ql)?:\/\//i.test(value)
    ? Object.freeze({ kind: 'postgres', url: value })
    : Object.freeze({ kind: 'sqlite', file: value });
}

export function parseConfig(
  flags: ConfigFlags = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Result<Config> {
  const db = nonEmpty(flags.db) ?? nonEmpty(env.ENTENTE_DB) ?? DEFAULT_DB_FILE;
  const rawTimeout = flags.fetchTimeout ?? nonEmpty(env.ENTENTE_FETCH_TIMEOUT_MS) ?? DEFAULT_FETCH_TIMEOUT_MS;
  const timeout = TimeoutSchema.safeParse(rawTimeout);
  if (!timeout.success) {
    return err(
      new AppError(
        'INVALID_INPUT',
        `fetch timeout must be a whole number of milliseconds up to 600000, got '${String(rawTimeout)}'`,
        flags.fetchTimeout === undefined ? 'ENTENTE_FETCH_TIMEOUT_MS' : '--fetch-timeout',
      ),
    );
  }
  return ok(Object.freeze({ database: databaseTarget(db), fetchTimeoutMs: timeout.data }));
}

/** Shows a database target without a password, for messages and logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return target.file;
  try {
    const url = new URL(target.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}
