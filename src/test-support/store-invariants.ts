// Checks an SQLite knowledge base is whole: every document with all its claims, every claim merged (candidates never), counts that add up.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';

export interface Invariants {
  problems: string[];
  documents: Map<string, number>;
}

/** Reads with a separate connection, as another process would; `expected` maps document id to its claim count. */
export function checkStore(file: string, expected?: ReadonlyMap<string, number>): Invariants {
  // Killed before it created the file: an empty store is a whole one.
  if (!existsSync(file)) return { problems: [], documents: new Map() };
  const db = new BetterSqlite3(file, { readonly: true });
  db.pragma('busy_timeout = 30000');
  const problems: string[] = [];
  try {
    const docs = db
      .prepare(
        `select d.id, d.claim_count, (select count(*) from claims c where c.document = d.id and c.candidate = 0) as stored
         from documents d where d.source is null or d.source <> 'reference'`,
      )
      .all() as { id: string; claim_count: number; stored: number }[];
    const documents = new Map<string, number>();
    for (const d of docs) {
      documents.set(d.id, d.stored);
      if (d.claim_count !== d.stored) problems.push(`${d.id}: says ${d.claim_count} claims, has ${d.stored}`);
      const want = expected?.get(d.id);
      if (want !== undefined && want !== d.stored)
        problems.push(`${d.id}: has ${d.stored} claims, extraction gives ${want}`);
    }
    const unlinked = db
      .prepare(
        'select count(*) as n from claims c where c.candidate = 0 and not exists (select 1 from fact_claims l where l.claim_id = c.id)',
      )
      .get() as { n: number };
    if (unlinked.n > 0) problems.push(`${unlinked.n} claims not merged into any fact`);
    const mergedCandidates = db
      .prepare(
        'select count(*) as n from claims c join fact_claims l on l.claim_id = c.id where c.candidate = 1',
      )
      .get() as { n: number };
    if (mergedCandidates.n > 0) problems.push(`${mergedCandidates.n} candidate claims merged into facts`);
    const badCounts = db
      .prepare(
        `select f.id, f.claim_count, count(l.claim_id) as links from facts f
         left join fact_claims l on l.fact_id = f.id group by f.id having f.claim_count <> count(l.claim_id)`,
      )
      .all() as { id: number }[];
    for (const f of badCounts) problems.push(`fact ${f.id}: claim count does not match its claims`);
    const reference = db.prepare("select count(*) as n from documents where source = 'reference'").get() as {
      n: number;
    };
    const meta = db.prepare("select count(*) as n from meta where key = 'reference'").get() as { n: number };
    if (!(reference.n === 0 && meta.n === 0) && !(reference.n === 88 && meta.n === 1)) {
      problems.push(`reference data half-loaded: ${reference.n} rows, meta ${meta.n}`);
    }
    const dupHashes = db
      .prepare(
        'select count(*) as n from (select content_hash from documents group by content_hash having count(*) > 1)',
      )
      .get() as { n: number };
    if (dupHashes.n > 0) problems.push(`${dupHashes.n} contents stored twice`);
    return { problems, documents };
  } finally {
    db.close();
  }
}
