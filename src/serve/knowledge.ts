// What the analysis endpoints read: a snapshot of the facts, party names and a version that moves when the store
// changes (a write here, or another process's ingest); the snapshot reloads only when the version moved.
import { displayName } from '../store/services/parties.service.js';
import { loadedPartyNames } from '../store/services/reference.service.js';
import { analysisFacts, changeMarker, type AnalysisFact } from '../store/services/snapshot.service.js';
import type { Store } from '../store/store.js';
import { RawJson, ResponseCache, cacheLimitsFromEnv, type CacheLimits } from './response-cache.js';

export interface Names {
  record: Readonly<Record<string, string>>;
  name(code: string): string;
}

export interface Snapshot extends Names {
  facts: readonly AnalysisFact[];
  /** Results derived from this snapshot (a network, a matrix), kept while the snapshot is current, within a budget. */
  memo<T>(key: string, compute: () => T): T;
  /** What the memo holds: entries and their estimated weight (characters of JSON, or items of lists). */
  memoStats(): { entries: number; weight: number };
}

export interface Knowledge {
  current(): Promise<Snapshot>;
  names(): Promise<Names>;
  /** Changes whenever the store does (checked at most every `checkEveryMs`): a key for cached answers. */
  version(): Promise<string>;
  /** After a write by this server: the version moves at once. */
  invalidate(): void;
  /** Serialized answers of the per-request endpoints (pair pages), bounded, keyed by `version()`. */
  responses: ResponseCache;
  /** The snapshot's memo now (zeros before the snapshot loads). */
  memoStats(): { entries: number; weight: number };
}

export interface KnowledgeOptions {
  checkEveryMs?: number;
  now?: () => number;
  /** Bounds of the response cache (default: `ENTENTE_RESPONSE_CACHE` entries, else 2,000 entries, 32M characters). */
  cache?: Partial<CacheLimits>;
  /** Bounds of each snapshot's memo. */
  memo?: Partial<MemoLimits>;
}

export interface MemoLimits {
  maxEntries: number;
  /** Estimated: a serialized answer weighs its characters, a list ITEM_WEIGHT per item. */
  maxWeight: number;
}

export const DEFAULT_MEMO_LIMITS: MemoLimits = { maxEntries: 200, maxWeight: 48 * 1024 * 1024 };
const ITEM_WEIGHT = 200;

export function knowledgeOf(store: Store, options: KnowledgeOptions = {}): Knowledge {
  const checkEvery = options.checkEveryMs ?? 1000;
  const now = options.now ?? Date.now;
  let local = 0;
  let marker: Promise<string> | null = null;
  let markerAt = 0;
  let names: { version: string; value: Promise<Names> } | null = null;
  let snapshot: { version: string; value: Promise<Snapshot> } | null = null;
  let loaded: Snapshot | null = null;
  const memoLimits = { ...DEFAULT_MEMO_LIMITS, ...options.memo };
  const responses = new ResponseCache({ ...cacheLimitsFromEnv(), ...options.cache });

  const version = async (): Promise<string> => {
    if (marker === null || now() - markerAt >= checkEvery) {
      markerAt = now();
      const fresh = changeMarker(store);
      marker = fresh;
      fresh.catch(() => {
        if (marker === fresh) marker = null;
      });
    }
    return `${await marker}#${local}`;
  };

  const loadNames = async (): Promise<Names> => {
    const record = await loadedPartyNames(store.db);
    const cache = new Map<string, string>();
    return {
      record,
      name(code) {
        let n = cache.get(code);
        if (n === undefined) cache.set(code, (n = displayName(code, record)));
        return n;
      },
    };
  };

  return {
    version,
    responses,
    memoStats: () => loaded?.memoStats() ?? { entries: 0, weight: 0 },
    async names() {
      const v = await version();
      if (names?.version !== v) names = { version: v, value: loadNames() };
      return names.value;
    },
    async current() {
      const v = await version();
      if (snapshot?.version !== v) {
        const value = (async () =>
          makeSnapshot(await analysisFacts(store), await this.names(), memoLimits))();
        snapshot = { version: v, value };
        value.then((s) => (loaded = s)).catch(() => undefined);
        value.catch(() => (snapshot = null));
      }
      return snapshot.value;
    },
    invalidate() {
      local++;
    },
  };
}

export function makeSnapshot(
  facts: readonly AnalysisFact[],
  names: Names,
  limits: MemoLimits = DEFAULT_MEMO_LIMITS,
): Snapshot {
  // Least recently used first out, by entries and by weight: ego networks and filters are keyed per distinct query.
  const memo = new Map<string, { value: unknown; weight: number }>();
  let weight = 0;
  return {
    ...names,
    facts,
    memo<T>(key: string, compute: () => T): T {
      const hit = memo.get(key);
      if (hit) {
        memo.delete(key);
        memo.set(key, hit);
        return hit.value as T;
      }
      const value = compute();
      const w = weigh(value);
      if (limits.maxEntries === 0 || w > limits.maxWeight) return value;
      memo.set(key, { value, weight: w });
      weight += w;
      for (const [k, v] of memo) {
        if (weight <= limits.maxWeight && memo.size <= limits.maxEntries) break;
        memo.delete(k);
        weight -= v.weight;
      }
      return value;
    },
    memoStats: () => ({ entries: memo.size, weight }),
  };
}

function weigh(value: unknown): number {
  if (value instanceof RawJson) return value.json.length;
  if (Array.isArray(value)) return 64 + value.length * ITEM_WEIGHT;
  if (value instanceof Map) {
    let n = 0;
    for (const v of value.values()) n += Array.isArray(v) ? v.length : 1;
    return 64 + n * ITEM_WEIGHT;
  }
  return 1024;
}
