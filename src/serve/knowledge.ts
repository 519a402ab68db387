// What the analysis endpoints read: a snapshot of the facts, party names and a version that moves when the store
// changes (a write here, or another process's ingest); the snapshot reloads only when the version moved. The snapshot
// holds a few fields per fact (no quotes, no milestones: the pair page, the timeline and the latest changes read the
// store per request), so it stays small next to the store.
import { formedYear } from '../analyze/ties-per-year.js';
import type { CanonicalFact } from '../schema/canonical.js';
import { displayName } from '../store/services/parties.service.js';
import { loadedPartyNames } from '../store/services/reference.service.js';
import { analysisFacts, changeMarker, type AnalysisFact } from '../store/services/snapshot.service.js';
import type { Store } from '../store/store.js';
import { RawJson, ResponseCache, cacheLimitsFromEnv, type CacheLimits } from './response-cache.js';

export interface Names {
  record: Readonly<Record<string, string>>;
  name(code: string): string;
}

/** What the snapshot keeps of a fact: the network, pairs, matrix, gaps, search and ties per year read these only. */
export type SnapshotFact = Pick<
  CanonicalFact,
  'id' | 'type' | 'parties' | 'status' | 'date' | 'item' | 'conflicts'
> & {
  /** The year its first step was taken (`formedYear`), found once at load from the milestones, which are not kept. */
  formed: number | null;
};

export function snapshotFact(f: AnalysisFact): SnapshotFact {
  // Written out, not a rest-spread of `f`: one hidden class for every fact, about 100 bytes each (measured on the
  // 1M-claim store), where a spread copy became a dictionary of four times that.
  const { id, type, parties, status, date, item, conflicts } = f;
  return { id, type, parties, status, date, item, conflicts, formed: formedYear(f) };
}

export interface Snapshot extends Names {
  facts: readonly SnapshotFact[];
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
  /**
   * A result read from the store (a timeline), kept while the store's version holds, in the snapshot's memo and
   * budget (weighed once it arrives; two requests at once may both read it), without loading the snapshot.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** The memo of the current version (zeros before anything is kept). */
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
  let memo: { version: string; value: Memo } | null = null;
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

  const memoOf = (v: string): Memo => {
    if (memo?.version !== v) memo = { version: v, value: makeMemo(memoLimits) };
    return memo.value;
  };

  return {
    version,
    responses,
    async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const m = memoOf(await version());
      const hit = m.recall(key);
      return hit ? (hit.value as T) : m.keep(key, await compute());
    },
    memoStats: () => memo?.value.stats() ?? { entries: 0, weight: 0 },
    async names() {
      const v = await version();
      if (names?.version !== v) names = { version: v, value: loadNames() };
      return names.value;
    },
    async current() {
      const v = await version();
      if (snapshot?.version !== v) {
        const kept = memoOf(v);
        const value = (async () =>
          makeSnapshot(await analysisFacts(store, snapshotFact), await this.names(), kept))();
        snapshot = { version: v, value };
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
  facts: readonly SnapshotFact[],
  names: Names,
  memo: Memo = makeMemo(DEFAULT_MEMO_LIMITS),
): Snapshot {
  return {
    ...names,
    facts,
    memo<T>(key: string, compute: () => T): T {
      const hit = memo.recall(key);
      return hit ? (hit.value as T) : memo.keep(key, compute());
    },
    memoStats: () => memo.stats(),
  };
}

/** Results kept for one version of the store, least recently used first out, by entries and by weight. */
interface Memo {
  recall(key: string): { value: unknown } | undefined;
  keep<T>(key: string, value: T): T;
  stats(): { entries: number; weight: number };
}

function makeMemo(limits: MemoLimits): Memo {
  // Ego networks, filters and timelines are keyed per distinct query: the budget, not the keys, bounds the memory.
  const entries = new Map<string, { value: unknown; weight: number }>();
  let weight = 0;
  return {
    recall(key) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    keep(key, value) {
      const w = weigh(value);
      if (limits.maxEntries === 0 || w > limits.maxWeight) return value;
      const old = entries.get(key);
      if (old) weight -= old.weight;
      entries.delete(key);
      entries.set(key, { value, weight: w });
      weight += w;
      for (const [k, v] of entries) {
        if (weight <= limits.maxWeight && entries.size <= limits.maxEntries) break;
        entries.delete(k);
        weight -= v.weight;
      }
      return value;
    },
    stats: () => ({ entries: entries.size, weight }),
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
