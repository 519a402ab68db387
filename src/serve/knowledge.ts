// The canonical facts the analysis endpoints read, loaded once and reloaded when the store changes (here or elsewhere).
import { sql } from 'kysely';
import type { CanonicalFact } from '../schema/canonical.js';
import { displayName } from '../store/services/parties.service.js';
import { listFacts } from '../store/services/query.service.js';
import { loadedPartyNames } from '../store/services/reference.service.js';
import type { Store } from '../store/store.js';

export interface Snapshot {
  facts: readonly CanonicalFact[];
  byId: ReadonlyMap<number, CanonicalFact>;
  /** Display name of a party code. */
  name(code: string): string;
  names: Readonly<Record<string, string>>;
  /** Results derived from this snapshot (a network, a matrix), kept while the snapshot is current. */
  memo<T>(key: string, compute: () => T): T;
}

export interface Knowledge {
  current(): Promise<Snapshot>;
  /** After a write by this server: the next read reloads. */
  invalidate(): void;
}

export interface KnowledgeOptions {
  /** How often to ask the database whether another process changed it. */
  checkEveryMs?: number;
  now?: () => number;
}

const MEMO_LIMIT = 200;

export function knowledgeOf(store: Store, options: KnowledgeOptions = {}): Knowledge {
  const checkEvery = options.checkEveryMs ?? 2000;
  const now = options.now ?? Date.now;
  let snapshot: Promise<{ snap: Snapshot; fingerprint: string }> | null = null;
  let checkedAt = 0;
  let checking: Promise<void> | null = null;

  const load = async () => {
    const fingerprint = await fingerprintOf(store);
    const [facts, names] = await Promise.all([listFacts(store), loadedPartyNames(store.db)]);
    return { snap: makeSnapshot(facts, names), fingerprint };
  };

  return {
    async current() {
      if (snapshot === null) {
        checkedAt = now();
        snapshot = load();
        snapshot.catch(() => (snapshot = null));
      } else if (now() - checkedAt >= checkEvery) {
        checkedAt = now();
        const held = snapshot;
        checking ??= (async () => {
          const [fingerprint, loaded] = await Promise.all([fingerprintOf(store), held]);
          if (fingerprint !== loaded.fingerprint && snapshot === held) snapshot = load();
        })().finally(() => (checking = null));
        await checking;
      }
      return (await snapshot!).snap;
    },
    invalidate() {
      snapshot = null;
    },
  };
}

/** Cheap to ask: a review or an ingest by another process moves one of these. */
async function fingerprintOf(store: Store): Promise<string> {
  const row = await store.db
    .selectNoFrom([
      sql<number>`(select count(*) from facts)`.as('facts'),
      sql<string | null>`(select max(updated_at) from facts)`.as('updated'),
      sql<number>`(select count(*) from reviews)`.as('reviews'),
    ])
    .executeTakeFirstOrThrow();
  return `${row.facts}|${row.updated ?? ''}|${row.reviews}`;
}

export function makeSnapshot(facts: readonly CanonicalFact[], names: Readonly<Record<string, string>>): Snapshot {
  const memo = new Map<string, unknown>();
  const nameCache = new Map<string, string>();
  return {
    facts,
    byId: new Map(facts.map((f) => [f.id, f])),
    names,
    name(code) {
      let n = nameCache.get(code);
      if (n === undefined) nameCache.set(code, (n = displayName(code, names)));
      return n;
    },
    memo<T>(key: string, compute: () => T): T {
      if (memo.has(key)) return memo.get(key) as T;
      if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
      const value = compute();
      memo.set(key, value);
      return value;
    },
  };
}
