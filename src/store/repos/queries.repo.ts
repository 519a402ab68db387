// SQL behind the reads of the CLI and the API (ties, timeline, facts lists). No rules here.
import type { Db } from '../database.js';

export interface FactFilter {
  /** Facts naming every one of these parties. */
  parties?: readonly string[];
  ids?: readonly number[];
  /** Facts of any of these types (none given: every type). */
  types?: readonly string[];
  /** Facts at any of these statuses (none given: every status). */
  statuses?: readonly string[];
  /** YYYYMMDD: facts whose date can fall on or after it. */
  sinceLo?: number;
  /** YYYYMMDD: facts whose date can fall on or before it. */
  untilHi?: number;
  /** Facts with at least one claim from a document of this source (a host name, or "reference"). */
  source?: string;
  /** Facts in this review state ('none': never reviewed); without it, every fact but the rejected ones. */
  review?: 'confirmed' | 'rejected' | 'edited' | 'none';
  includeRejected?: boolean;
}

/** The facts a filter keeps; a pair is one range of fact_pairs' key. */
function filteredFacts(db: Db, filter: FactFilter) {
  let q = db.selectFrom('facts as f');
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
  if (filter.types !== undefined && filter.types.length > 0) q = q.where('f.type', 'in', [...filter.types]);
  if (filter.statuses !== undefined && filter.statuses.length > 0)
    q = q.where('f.status', 'in', [...filter.statuses]);
  if (filter.sinceLo !== undefined) q = q.where('f.date_hi', '>=', filter.sinceLo);
  if (filter.untilHi !== undefined) q = q.where('f.date_lo', '<=', filter.untilHi);
  if (filter.source !== undefined) {
    const source = filter.source;
    q = q.where('f.id', 'in', (eb) =>
      eb
        .selectFrom('fact_claims as fc')
        .innerJoin('claims as c', 'c.id', 'fc.claim_id')
        .innerJoin('documents as d', 'd.id', 'c.document')
        .select('fc.fact_id')
        .where('d.source', '=', source),
    );
  }
  if (filter.review === 'none') q = q.where('f.review', 'is', null);
  else if (filter.review !== undefined) q = q.where('f.review', '=', filter.review);
  else if (!filter.includeRejected)
    q = q.where((eb) => eb.or([eb('f.review', 'is', null), eb('f.review', '!=', 'rejected')]));
  return q;
}

/** Every fact column with the URL, title, outlet and date of its best quote's document. */
function withBestDocument(db: Db, filter: FactFilter) {
  return filteredFacts(db, filter)
    .leftJoin('documents as d', 'd.id', 'f.best_doc')
    .selectAll('f')
    .select([
      'd.url as best_url',
      'd.title as best_title',
      'd.source as best_source',
      'd.published as best_published',
    ]);
}

/** Canonical facts by type, parties and date (what the CLI lists). */
export async function factRows(db: Db, filter: FactFilter & { limit?: number }) {
  let q = withBestDocument(db, filter)
    .orderBy('f.type')
    .orderBy('f.parties')
    .orderBy('f.date_lo')
    .orderBy('f.id');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return q.execute();
}

/** One page of canonical facts, newest first (undated last), and how many the filter keeps in all. */
export async function factPageRows(db: Db, filter: FactFilter & { limit: number; offset: number }) {
  const [rows, count] = await Promise.all([
    withBestDocument(db, filter)
      .orderBy((eb) => eb.fn.coalesce('f.date_lo', eb.lit(0)), 'desc')
      .orderBy('f.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    filteredFacts(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** What a pair's ladder and page order need of each of its facts, and no more (the pair page reads the rest per page). */
export async function pairFactRows(db: Db, a: string, b: string) {
  return filteredFacts(db, { parties: [a, b] })
    .select(['f.id', 'f.type', 'f.status', 'f.date', 'f.conflict_count'])
    .execute();
}

export type FactQueryRow = Awaited<ReturnType<typeof factRows>>[number];
export type PairFactRow = Awaited<ReturnType<typeof pairFactRows>>[number];

/** What a timeline reads of each fact a filter keeps, in id order: no source counts, no best quote's document. */
export async function timelineRows(db: Db, filter: Pick<FactFilter, 'parties' | 'types'>) {
  return filteredFacts(db, filter)
    .select(['f.id', 'f.type', 'f.parties', 'f.item', 'f.milestones'])
    .orderBy('f.id')
    .execute();
}

/** Parties that appear in any fact, with how many facts each has. */
export async function partyCounts(db: Db) {
  return db
    .selectFrom('fact_parties')
    .select(['party', (eb) => eb.fn.countAll<number>().as('facts')])
    .groupBy('party')
    .orderBy('party')
    .execute();
}
