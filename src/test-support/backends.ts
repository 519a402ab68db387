// The backends every store contract test runs against: SQLite in a temp file and a real PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../config.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { postgresUnavailable, startPostgres, type TestPostgres } from './postgres-server.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why this backend cannot run here; in CI that is a failure, elsewhere the suite is skipped. */
  unavailable: string | null;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** A fresh database, with the reference dataset already loaded or empty. */
  newTarget(withReference: boolean): Promise<DatabaseTarget>;
}

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export function sqliteBackend(): Backend {
  let dir = '';
  let n = 0;
  return {
    name: 'sqlite',
    unavailable: null,
    async setup() {
      dir = mkdtempSync(join(tmpdir(), 'entente-sqlite-'));
    },
    async teardown() {
      rmSync(dir, { recursive: true, force: true });
    },
    async newTarget() {
      return { kind: 'sqlite', file: join(dir, `db-${n++}.sqlite`) };
    },
  };
}

export function postgresBackend(): Backend {
  let server: TestPostgres | null = null;
  let template = '';
  const unavailable = postgresUnavailable();
  return {
    name: 'postgres',
    unavailable,
    async setup() {
      if (unavailable) {
        throw new Error(
          `PostgreSQL store tests cannot run: ${unavailable}. CI must install Debian's postgresql.`,
        );
      }
      server = await startPostgres();
      // One database with the reference loaded, copied per test (CREATE DATABASE ... TEMPLATE is fast).
      const url = await server.createDatabase();
      const opened = await openKnowledgeBase({ kind: 'postgres', url });
      if (!opened.ok) throw opened.error;
      await opened.value.close();
      template = new URL(url).pathname.slice(1);
    },
    async teardown() {
      await server?.stop();
    },
    async newTarget(withReference) {
      if (!server) throw new Error('postgres backend not set up');
      return { kind: 'postgres', url: await server.createDatabase(withReference ? template : undefined) };
    },
  };
}

export const BACKENDS: readonly Backend[] = [sqliteBackend(), postgresBackend()];

/** A suite title that says why it is skipped, when it is (outside CI; in CI an unavailable backend fails). */
export function suiteTitle(what: string, backend: Backend): string {
  return backend.unavailable
    ? `${what} on ${backend.name} (${backend.unavailable})`
    : `${what} on ${backend.name}`;
}

/** Opens a fresh store on the backend; the reference dataset loaded unless `reference` is false. */
export async function freshStore(backend: Backend, reference = true): Promise<Store> {
  const target = await backend.newTarget(reference);
  const opened = await openKnowledgeBase(target, { reference: reference ? 'auto' : 'skip' });
  if (!opened.ok) throw opened.error;
  return opened.value;
}
