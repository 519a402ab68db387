// What the analysis endpoints read: a snapshot of the facts, party names and a version that moves when the store
// changes (a write here, or another process's ingest); the snapshot reloads only when the version moved.
import type { CanonicalFact, Milestones } from '../schema/canonical.js';
import type { FactType, Status } from '../schema/fact.js';
import { displayName } from '../store/services/parties.service.js';
import { loadedPartyNames } from '../store/services/reference.service.js';
import type { Store } from '../store/store.js';
import { analysisRows, changeMarker } from './repos/snapshot.repo.js';

/** A fact as the analyses need it (no quote, no source counts): small enough to hold a few hundred thousand. */
export type AnalysisFact = Pick<
  CanonicalFact,
  'id' | 'type' | 'parties' | 'status' | 'date' | 'item' | 'milestones' | 'conflicts' | 'updatedAt'
>;

export interface Names {
  record: Readonly<Record<string, string>>;
  name(code: string): string;
}

export interface Snapshot extends Names {
  facts: readonly AnalysisFact[];
  /** Results derived from this snapshot (a network, a matrix), kept while the snapshot is current. */
  memo<T>(key: string, compute: () => T): T;
}

export interface Knowledge {
  current(): Promise<Snapshot>;
  names(): Promise<Names>;
  /** Changes whenever the store does (checked at most every `checkEveryMs`): a key for cached answers. */
  version(): Promise<string>;
  /** After a write by this server: the version moves at once. */
  invalidate(): void;
}

export interface KnowledgeOptions {
  checkEveryMs?: number;
  now?: () => number;
}

const MEMO_LIMIT = 200;

export function knowledgeOf(store: Store, options: KnowledgeOptions = {}): Knowledge {
  const checkEvery = options.checkEveryMs ?? 1000;
  const now = options.now ?? Date.now;
  let local = 0;
  let marker: Promise<string> | null = null;
  let markerAt = 0;
  let names: { version: string; value: Promise<Names> } | null = null;
  let snapshot: { version: string; value: Promise<Snapshot> } | null = null;

  const version = async (): Promise<string> => {
    if (marker === null || now() - markerAt >= checkEvery) {
      markerAt = now();
      const fresh = changeMarker(store.db);
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
    async names() {
      const v = await version();
      if (names?.version !== v) names = { version: v, value: loadNames() };
      return names.value;
    },
    async current() {
      const v = await version();
      if (snapshot?.version !== v) {
        const value = (async () => makeSnapshot(await loadFacts(store), await this.names()))();
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

async function loadFacts(store: Store): Promise<AnalysisFact[]> {
  const rows = await analysisRows(store.db);
  // Written by the merge code, not by a person: JSON.parse without a schema keeps a 200,000-fact load to seconds.
  return rows.map((r) => ({
    id: r.id,
    type: r.type as FactType,
    parties: r.parties.split('|'),
    status: r.status as Status,
    date: r.date,
    item: r.item,
    milestones: JSON.parse(r.milestones) as Milestones,
    conflicts: r.conflict_count,
    updatedAt: r.updated_at,
  }));
}

export function makeSnapshot(facts: readonly AnalysisFact[], names: Names): Snapshot {
  const memo = new Map<string, unknown>();
  return {
    ...names,
    facts,
    memo<T>(key: string, compute: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
}
