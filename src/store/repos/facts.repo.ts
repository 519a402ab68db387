// SQL for canonical facts: find-or-create by key, party index, summary updates. No rules here.
import type { Db, FactRow, FactsTable } from '../database.js';
import type { Insertable, Updateable } from 'kysely';

export interface NewFactKey {
  key: string;
  type: string;
  parties: readonly string[];
  item: string | null;
  now: string;
  /** type | parties | item (rules/event-identity.ts). */
  base?: string | null;
  name?: string | null;
}

/** Facts that share a base: the events a new claim may be about. */
export async function factsOfBase(db: Db, base: string) {
  return db
    .selectFrom('facts')
    .select(['id', 'name', 'milestones'])
    .where('base', '=', base)
    .orderBy('id')
    .execute();
}

/** The facts of several bases in one query, each row with its base, by id. */
export async function factsOfBases(db: Db, bases: readonly string[]) {
  if (bases.length === 0) return [];
  return db
    .selectFrom('facts')
    .select(['id', 'base', 'name', 'milestones'])
    .where('base', 'in', [...bases])
    .orderBy('id')
    .execute();
}

/** The keys already held among those of `bases` and the exact `keys` given (what `freeKey` reads, for many at once). */
export async function takenKeys(
  db: Db,
  bases: readonly string[],
  keys: readonly string[],
): Promise<Set<string>> {
  if (bases.length === 0 && keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('facts')
    .select('key')
    .where((eb) =>
      eb.or([
        ...(bases.length > 0 ? [eb('base', 'in', [...bases])] : []),
        ...(keys.length > 0 ? [eb('key', 'in', [...keys])] : []),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.key));
}

/**
 * Creates facts whose keys the caller found free (under the locks of their bases), with their party and pair rows,
 * in three statements; returns the new ids in the order given.
 */
export async function insertNewFacts(db: Db, facts: readonly NewFactKey[]): Promise<number[]> {
  if (facts.length === 0) return [];
  const rows = await db.insertInto('facts').values(facts.map(newFactRow)).returning(['id', 'key']).execute();
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  const ids = facts.map((f) => idOf.get(f.key)!);
  const parties = facts.flatMap((f, i) =>
    [...new Set(f.parties)].map((party) => ({ party, fact_id: ids[i]! })),
  );
  const pairs = facts.flatMap((f, i) => partyPairs(f.parties).map(([a, b]) => ({ a, b, fact_id: ids[i]! })));
  if (parties.length > 0)
    await db
      .insertInto('fact_parties')
      .values(parties)
      .onConflict((oc) => oc.doNothing())
      .execute();
  if (pairs.length > 0)
    await db
      .insertInto('fact_pairs')
      .values(pairs)
      .onConflict((oc) => oc.doNothing())
      .execute();
  return ids;
}

function newFactRow(f: NewFactKey): Insertable<FactsTable> {
  return {
    key: f.key,
    base: f.base ?? null,
    name: f.name ?? null,
    type: f.type,
    parties: f.parties.join('|'),
    item: f.item,
    status: 'proposed',
    date: null,
    date_lo: null,
    date_hi: null,
    milestones: '{}',
    source_count: 0,
    claim_count: 0,
    conflict_count: 0,
    best_claim: null,
    best_quote: null,
    best_doc: null,
    review: null,
    override: null,
    updated_at: f.now,
  };
}

/** A key no fact holds yet: `key`, else `key|2`, `key|3`, ... (keys of one base are found by the base's index). */
export async function freeKey(db: Db, base: string, key: string): Promise<string> {
  const sameBase = await db.selectFrom('facts').select('key').where('base', '=', base).execute();
  const exact = await db.selectFrom('facts').select('key').where('key', '=', key).execute();
  const taken = new Set([...sameBase, ...exact].map((r) => r.key));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? key : `${key}|${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export async function setFactIdentity(
  db: Db,
  id: number,
  values: { key?: string; base?: string; name?: string | null },
): Promise<void> {
  await db.updateTable('facts').set(values).where('id', '=', id).execute();
}

/** The fact's id and whether this call created it (two writers racing on one key both get the one row). */
export async function findOrCreateFact(db: Db, f: NewFactKey): Promise<{ id: number; created: boolean }> {
  const existing = await db.selectFrom('facts').select('id').where('key', '=', f.key).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  await db
    .insertInto('facts')
    .values(newFactRow(f))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('facts').select('id').where('key', '=', f.key).executeTakeFirstOrThrow();
  await db
    .insertInto('fact_parties')
    .values([...new Set(f.parties)].map((party) => ({ party, fact_id: row.id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  await db
    .insertInto('fact_pairs')
    .values(partyPairs(f.parties).map(([a, b]) => ({ a, b, fact_id: row.id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  return { id: row.id, created: true };
}

export async function getFact(db: Db, id: number): Promise<FactRow | undefined> {
  return db.selectFrom('facts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Several facts by id, in one query. */
export async function getFacts(db: Db, ids: readonly number[]): Promise<FactRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('facts')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function updateFact(db: Db, id: number, values: Updateable<FactsTable>): Promise<void> {
  await db.updateTable('facts').set(values).where('id', '=', id).execute();
}

export async function deleteFact(db: Db, id: number): Promise<void> {
  await db.deleteFrom('conflicts').where('fact_id', '=', id).execute();
  await db.deleteFrom('fact_parties').where('fact_id', '=', id).execute();
  await db.deleteFrom('fact_pairs').where('fact_id', '=', id).execute();
  await db.deleteFrom('facts').where('id', '=', id).execute();
}

export async function countFacts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('facts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every unordered pair of distinct parties, each as [smaller, larger]. */
export function partyPairs(parties: readonly string[]): [string, string][] {
  const sorted = [...new Set(parties)].sort();
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) out.push([sorted[i]!, sorted[j]!]);
  return out;
}
