// SQL for canonical facts: find-or-create by key, party index, summary updates. No rules here.
import type { Db, FactRow, FactsTable } from '../database.js';
import type { Updateable } from 'kysely';

export interface NewFactKey {
  key: string;
  type: string;
  parties: readonly string[];
  item: string | null;
  now: string;
}

/** The fact's id and whether this call created it (two writers racing on one key both get the one row). */
export async function findOrCreateFact(db: Db, f: NewFactKey): Promise<{ id: number; created: boolean }> {
  const existing = await db.selectFrom('facts').select('id').where('key', '=', f.key).executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  await db
    .insertInto('facts')
    .values({
      key: f.key,
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
    })
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
