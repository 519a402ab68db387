// SQL for the pair page's read model (migration 0006, SQLite only): the stale facts to render, their cards and quotes.
// The tables are not in the Database interface, which every dialect has: the statements are written out.
import { sql } from 'kysely';
import type { Db } from '../database.js';

export interface FactCardRow {
  fact_id: number;
  /** The fact's claim count, for how many quotes a page leaves out. */
  claims: number;
  /** The fact as the API writes it. */
  card: string;
  /** Its top quotes as the API writes them, joined by commas. */
  quotes: string;
  /** Where each quote ends in `quotes` (UTF-16 units), comma-separated: the first k are `quotes` cut there. */
  quote_ends: string;
}

/** Up to `limit` of the facts whose cards are stale, by id. */
export async function staleFactIds(db: Db, limit: number): Promise<number[]> {
  const { rows } = await sql<{
    fact_id: number;
  }>`select fact_id from stale_facts order by fact_id limit ${limit}`.execute(db);
  return rows.map((r) => r.fact_id);
}

/** Marks every fact stale (a new store, or cards rendered by another version): each loses its card until rendered. */
export async function markAllStale(db: Db): Promise<void> {
  await sql`insert or ignore into stale_facts (fact_id) select id from facts`.execute(db);
}

/** Whether any fact waits for its card. */
export async function anyStale(db: Db): Promise<boolean> {
  const { rows } = await sql<{ one: number }>`select 1 as one from stale_facts limit 1`.execute(db);
  return rows.length > 0;
}

/** Writes the cards of facts rendered from the store, and marks `ids` fresh. */
export async function writeFactCards(
  db: Db,
  ids: readonly number[],
  cards: readonly FactCardRow[],
): Promise<void> {
  for (let i = 0; i < cards.length; i += 200) {
    const rows = cards
      .slice(i, i + 200)
      .map((c) => sql`(${c.fact_id}, ${c.claims}, ${c.card}, ${c.quotes}, ${c.quote_ends})`);
    await sql`insert or replace into fact_cards (fact_id, claims, card, quotes, quote_ends)
      values ${sql.join(rows)}`.execute(db);
  }
  if (ids.length > 0) await sql`delete from stale_facts where fact_id in (${sql.join([...ids])})`.execute(db);
}
