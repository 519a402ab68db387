// SQL for the facts list of the API: filters the CLI does not offer (date range, source, review), a total and a page.
import type { Db } from '../../store/database.js';

export interface FactsPageFilter {
  /** Facts naming every one of these parties. */
  parties: readonly string[];
  types: readonly string[];
  statuses: readonly string[];
  /** YYYYMMDD bounds: facts whose date can fall in [fromLo, toHi]. */
  fromLo?: number;
  toHi?: number;
  /** Facts with at least one claim from a document of this source (a host name, or "reference"). */
  source?: string;
  review?: 'confirmed' | 'rejected' | 'edited' | 'none';
  limit: number;
  offset: number;
}

function filtered(db: Db, f: FactsPageFilter) {
  let q = db.selectFrom('facts as f');
  f.parties.forEach((party, i) => {
    const alias = `p${i}` as 'p0';
    q = q.where('f.id', 'in', (eb) =>
      eb
        .selectFrom(`fact_parties as ${alias}`)
        .select(`${alias}.fact_id`)
        .where(`${alias}.party`, '=', party),
    );
  });
  if (f.types.length > 0) q = q.where('f.type', 'in', [...f.types]);
  if (f.statuses.length > 0) q = q.where('f.status', 'in', [...f.statuses]);
  if (f.fromLo !== undefined) q = q.where('f.date_hi', '>=', f.fromLo);
  if (f.toHi !== undefined) q = q.where('f.date_lo', '<=', f.toHi);
  if (f.source !== undefined) {
    const source = f.source;
    q = q.where('f.id', 'in', (eb) =>
      eb
        .selectFrom('fact_claims as fc')
        .innerJoin('claims as c', 'c.id', 'fc.claim_id')
        .innerJoin('documents as d', 'd.id', 'c.document')
        .select('fc.fact_id')
        .where('d.source', '=', source),
    );
  }
  if (f.review === 'none') q = q.where('f.review', 'is', null);
  else if (f.review !== undefined) q = q.where('f.review', '=', f.review);
  else q = q.where((eb) => eb.or([eb('f.review', 'is', null), eb('f.review', '!=', 'rejected')]));
  return q;
}

/** Rows shaped like the store's factRows (every fact column and the best quote's document columns), newest first. */
export async function factsPage(db: Db, f: FactsPageFilter) {
  const [rows, count] = await Promise.all([
    filtered(db, f)
      .leftJoin('documents as d', 'd.id', 'f.best_doc')
      .selectAll('f')
      .select([
        'd.url as best_url',
        'd.title as best_title',
        'd.source as best_source',
        'd.published as best_published',
      ])
      .orderBy((eb) => eb.fn.coalesce('f.date_lo', eb.lit(0)), 'desc')
      .orderBy('f.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
