// What the endpoints work on, passed in by the app (no module opens a database by being imported).
import type { Extractor } from '../ingest/ingest-run.js';
import { resolvePartyName } from '../store/services/parties.service.js';
import type { Store } from '../store/store.js';
import { ApiError, fromAppError } from './api-error.js';
import type { ExtractPool } from './extract-pool.js';
import type { Knowledge, Names } from './knowledge.js';
import type { ReadPool } from './read-pool.js';

export interface ServeDeps {
  store: Store;
  knowledge: Knowledge;
  extract: Extractor;
  /**
   * Worker threads that read and extract ingested documents off the request thread (start-server's default).
   * Without one, `extract` runs in-thread (tests inject their own extractors that way).
   */
  extractPool?: Pick<ExtractPool, 'run'>;
  /**
   * Worker threads that read pair pages and ladders from the store's SQLite file (start-server's default on SQLite).
   * Without one (PostgreSQL, tests), those reads run in-thread through the store's query layer.
   */
  readPool?: Pick<ReadPool, 'run'>;
  fetchTimeoutMs: number;
  /** Fetch URLs on loopback, private and link-local addresses (`--allow-private-urls`); off by default. */
  allowPrivateUrls?: boolean;
  version: string;
}

/** A party argument (code or name) as a code, or a 400 naming the argument. */
export function partyCode(names: Names, arg: string, field: string): string {
  const resolved = resolvePartyName(arg, names.record);
  if (!resolved.ok) {
    const e = fromAppError(resolved.error);
    throw new ApiError(e.status, e.code, `${field}: ${e.message}`);
  }
  return resolved.value;
}
