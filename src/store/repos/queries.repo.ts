// SQL behind the read commands (ties, timeline, facts, export). No rules here.
import type { Db } from '../database.js';

export interface FactFilter {
  /** Facts naming every one of these parties. */
  parties?: readonly string[];
  ids?: readonly number[];
  type?: string;
  status?: string;
  /** YYYYMMDD: facts whose date can fall on or after it. */
  sinceLo?: number;
  /** YYYYMMDD: facts whose date can fall on or before it. */
  untilHi?: number;
  includeRejected?: boolean;
  limit?: number;
}

/** Canonical facts with the URL of their best quote's document; a pair is one range of fact_pairs' key. */
export async function factRows(db: Db, filter: FactFilter) {
  let q = db
    .selectFrom('facts as f')
    .leftJoin('documents as d', 'd.id', 'f.best_doc')
    .selectAll('f')
    .select([
      'd.url as best_url',
      'd.title as best_title',
      'd.source as best_source',
      'd.published as best_published',
    ]);
  const parties = [...new Set(filter.parties ?? [])].sort();
  if (parties.length === 1) {
    q = q.where('f.id', 'in', (eb) =>
      eb.selectFrom('fact_parties').select('fact_id').where('party', '=', parties[0]!),
    );
  } else if (parties.length >= 2) {
    const [a, b, ...rest] = parties as [string, string, ...string[]];
    q = q.where('f.id', 'in', (eb) => {
      let sub = eb
        .selectFrom('fact_pairs as p')
        .select('p.fact_id')
        .where('p.a', '=', a)
        .where('p.b', '=', b);
      rest.forEach((party, i) => {
        const alias = `r${i}` as 'r0';
        sub = sub.innerJoin(`fact_parties as ${alias}`, (join) =>
          join.onRef(`${alias}.fact_id`, '=', 'p.fact_id').on(`${alias}.party`, '=', party),
        );
      });
      return sub;
    });
  }
  if (filter.ids !== undefined) q = q.where('f.id', 'in', filter.ids.length > 0 ? [...filter.ids] : [-1]);
  if (filter.type !== undefined) q = q.where('f.type', '=', filter.type);
  if (filter.status !== undefined) q = q.where('f.status', '=', filter.status);
  if (filter.sinceLo !== undefined) q = q.where('f.date_hi', '>=', filter.sinceLo);
  if (filter.untilHi !== undefined) q = q.where('f.date_lo', '<=', filter.untilHi);
  if (!filter.includeRejected)
    q = q.where((eb) => eb.or([eb('f.review', 'is', null), eb('f.review', '!=', 'rejected')]));
  q = q.orderBy('f.type').orderBy('f.parties').orderBy('f.date_lo').orderBy('f.id');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return q.execute();
}

export type FactQueryRow = Awaited<ReturnType<typeof factRows>>[number];

/** Parties that appear in any fact, with how many facts each has. */
export async function partyCounts(db: Db) {
  return db
    .selectFrom('fact_parties')
    .select(['party', (eb) => eb.fn.countAll<number>().as('facts')])
    .groupBy('party')
    .orderBy('party')
    .execute();
}
