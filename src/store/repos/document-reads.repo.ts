// SQL behind the document reads: a page of documents without their text, one document with its text and claims,
// and the counts of what the knowledge base holds. No rules here.
import { sql } from 'kysely';
import type { Db } from '../database.js';

export interface DocumentsFilter {
  source?: string;
  /** Words in the title or id. */
  q?: string;
  limit: number;
  offset: number;
}

function filtered(db: Db, f: DocumentsFilter) {
  let q = db.selectFrom('documents');
  if (f.source !== undefined) q = q.where('source', '=', f.source);
  if (f.q !== undefined) {
    // Lower-cased on both sides and an explicit escape: SQLite and PostgreSQL then match alike.
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(
      sql<boolean>`(lower(coalesce(title, '')) like ${like} escape '\\' or lower(id) like ${like} escape '\\')`,
    );
  }
  return q;
}

export async function documentPageRows(db: Db, f: DocumentsFilter) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .select([
        'id',
        'url',
        'source',
        'title',
        'published',
        'content_hash',
        'near_duplicate_of',
        'ingested_at',
        'claim_count',
      ])
      .orderBy('ingested_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function documentWithClaimRows(db: Db, id: string) {
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!doc) return null;
  const claims = await db
    .selectFrom('claims as c')
    .leftJoin('fact_claims as fc', 'fc.claim_id', 'c.id')
    .select([
      'c.id',
      'c.type',
      'c.parties',
      'c.status',
      'c.date',
      'c.item',
      'c.ev_start',
      'c.ev_end',
      'c.ev_text',
      'fc.fact_id',
    ])
    .where('c.document', '=', id)
    .orderBy('c.ord')
    .execute();
  return { doc, claims };
}

/** Documents, facts, conflicts and the parties any fact names. */
export async function knowledgeCountRows(db: Db) {
  const count = async (table: 'documents' | 'facts' | 'conflicts') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const parties = await db
    .selectFrom('fact_parties')
    .select((eb) => eb.fn.count<number>('party').distinct().as('n'))
    .executeTakeFirstOrThrow();
  return {
    documents: await count('documents'),
    facts: await count('facts'),
    conflicts: await count('conflicts'),
    parties: Number(parties.n),
  };
}
