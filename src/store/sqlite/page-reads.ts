// The pair and fact pages' reads as SQLite statements prepared once on a read-only connection: what each of the
// server's read workers holds. Kysely builds and compiles every query anew (about a fifth of a page's CPU) and a list
// of ids makes a new statement for each length; here an id list is one JSON parameter and each statement is compiled
// once. The rows have the columns of the store's repos and are mapped by the same functions, so the pages are the
// same (src/store/sqlite/page-reads.test.ts checks it on every pair). A pair's facts and the page's fact cards are
// read from the read model the store keeps with every write (migration 0006, services/fact-cards.service.ts).
import type BetterSqlite3 from 'better-sqlite3';
import type { EvidenceRow } from '../repos/evidence.repo.js';
import type { PairFactRow } from '../repos/queries.repo.js';
import type { ConflictRow } from '../repos/conflicts.repo.js';
import { CARD_QUOTES } from '../services/fact-cards.service.js';
import type { FactCard, PageReads } from '../services/page-reads.service.js';
import {
  toCanonicalFact,
  toConflict,
  toPairFacts,
  type CanonicalFactRow,
} from '../services/query.service.js';
import { connectSqliteReader } from './connect.js';

/** A row's columns, written as `expression as name` (or a bare `t.name`): its SQL and the names it is mapped to. */
interface Columns {
  /** `json_array(a, b, ...)`: values only, no key per row (a pair's facts 0.43 ms, 0.50 with json_object, measured). */
  sql: string;
  names: readonly string[];
}

function columns(list: readonly string[]): Columns {
  const split = list.map((c) =>
    c.includes(' as ') ? c.split(' as ').map((x) => x.trim()) : [c, c.slice(c.indexOf('.') + 1)],
  );
  return { sql: `json_array(${split.map(([e]) => e).join(', ')})`, names: split.map(([, n]) => n!) };
}

const PAIR_FACT = columns(['f.fact_id as id', 'f.type', 'f.status', 'f.date', 'f.conflict_count']);

/**
 * A pair is one range of pair_fact_summaries' key (a < b): the summaries the triggers keep beside fact_pairs, rejected
 * facts left out (migration 0006), read in place rather than each fact found by its id across the file.
 */
const PAIR_FACTS = `
  select json_group_array(${PAIR_FACT.sql})
  from pair_fact_summaries f
  where f.a = ? and f.b = ?`;

/** Each fact's stored card (migration 0006): one row per fact, its top quotes beside it. */
const FACT_CARDS = `
  select c.fact_id, c.claims, c.card, c.quotes, c.quote_ends
  from json_each(?) j join fact_cards c on c.fact_id = j.value`;

/** The columns of a CanonicalFact only (not `f.*`: the rest is never shown, and each column read costs). */
const FACT = columns(
  [
    ...[
      'id',
      'key',
      'type',
      'parties',
      'item',
      'status',
      'date',
      'milestones',
      'source_count',
      'claim_count',
    ],
    ...['best_quote', 'best_doc', 'conflict_count', 'review', 'updated_at'],
  ]
    .map((c) => `f.${c}`)
    .concat(['url', 'title', 'source', 'published'].map((c) => `d.${c} as best_${c}`)),
);

const FACTS_BY_ID = `
  select json_group_array(${FACT.sql})
  from facts f left join documents d on d.id = f.best_doc
  where f.id in (select value from json_each(?))`;

const CONTEXT_START = 'case when c.ev_start > @around then c.ev_start - @around else 0 end';

const EVIDENCE = columns([
  'j.value as fact_id',
  'fc.rank',
  'c.id as claim',
  ...['document', 'status', 'date', 'ev_start', 'ev_end', 'ev_text'].map((c) => `c.${c}`),
  ...['url', 'title', 'source', 'published', 'near_duplicate_of'].map((c) => `d.${c}`),
  `${CONTEXT_START} as context_start`,
  `substr(d.text, ${CONTEXT_START} + 1, c.ev_end - c.ev_start + 2 * @around) as context`,
]);

/**
 * Each fact's top links are the first `limit` entries of its range of the index (fact_id, rank desc, claim_id), read
 * per fact: a fact with thousands of claims costs what a fact with three does, so no fact needs a path of its own.
 * The context window is cut in SQL (`around` characters on either side), as the repo's query does.
 */
const TOP_EVIDENCE = `
  select json_group_array(${EVIDENCE.sql} order by j.value, fc.rank desc, c.id)
  from json_each(@ids) j
  join fact_claims fc on fc.claim_id in (
    select x.claim_id from fact_claims x where x.fact_id = j.value order by x.rank desc, x.claim_id limit @limit)
  join claims c on c.id = fc.claim_id
  join documents d on d.id = c.document`;

const CONFLICT = columns([
  ...['id', 'fact_id', 'kind', 'status', 'claim_a', 'claim_b', 'value_a', 'value_b', 'detected_at'].map(
    (c) => `k.${c}`,
  ),
  ...['type', 'parties', 'item'].map((c) => `f.${c}`),
  ...['a', 'b'].flatMap((x) => [`c${x}.document as doc_${x}`, `c${x}.ev_text as quote_${x}`]),
  ...['published', 'url', 'title', 'source'].flatMap((c) => [`da.${c} as ${c}_a`, `db.${c} as ${c}_b`]),
]);

/**
 * The page's ids first, each looked up in conflicts' index (CROSS JOIN keeps that order): the planner would otherwise
 * read every fact's row first, a random read of the file for each, though most facts have no conflict.
 */
const CONFLICTS = `
  select json_group_array(${CONFLICT.sql} order by k.id desc)
  from json_each(?) j
  cross join conflicts k on k.fact_id = j.value
  join facts f on f.id = k.fact_id
  join claims ca on ca.id = k.claim_a
  join claims cb on cb.id = k.claim_b
  join documents da on da.id = ca.document
  join documents db on db.id = cb.document`;

export interface SqlitePageReads extends PageReads {
  close(): void;
}

/** Opens `file` read-only and prepares the page reads on it. */
export function openSqlitePageReads(file: string): SqlitePageReads {
  const db = connectSqliteReader(file);
  try {
    return pageReadsOn(db);
  } catch (e) {
    db.close();
    throw e;
  }
}

function pageReadsOn(db: BetterSqlite3.Database): SqlitePageReads {
  // Each statement answers one JSON array, parsed at once by V8: building a JS object per row, column by column,
  // cost better-sqlite3 more than SQLite's own reading (0.35 of 0.46 ms for a pair's 119 ladder rows, measured).
  const rows = <P extends unknown[], R>(source: string, { names }: Columns) => {
    const statement = db.prepare<P, string>(source).pluck();
    return (...params: P): R[] =>
      (JSON.parse(statement.get(...params) ?? '[]') as unknown[][]).map((values) => {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) row[names[i]!] = values[i];
        return row as R;
      });
  };
  const pairFacts = rows<[string, string], PairFactRow>(PAIR_FACTS, PAIR_FACT);
  const factsById = rows<[string], CanonicalFactRow>(FACTS_BY_ID, FACT);
  const topEvidence = rows<[{ ids: string; limit: number; around: number }], EvidenceRow>(
    TOP_EVIDENCE,
    EVIDENCE,
  );
  const conflicts = rows<[string], ConflictRow>(CONFLICTS, CONFLICT);
  const factCards = db.prepare<[string], [number, number, string, string, string]>(FACT_CARDS).raw();
  return {
    async pairFacts(a, b) {
      // The repo's order: fact_pairs holds each pair once, its smaller code first.
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return toPairFacts(pairFacts(lo, hi));
    },
    async factsById(ids) {
      return ids.length === 0 ? [] : factsById(JSON.stringify(ids)).map(toCanonicalFact);
    },
    async topEvidence(facts, perFact, around) {
      if (facts.length === 0) return [];
      return topEvidence({ ids: JSON.stringify(facts.map((f) => f.id)), limit: perFact, around });
    },
    async conflicts(factIds) {
      return factIds.length === 0 ? [] : conflicts(JSON.stringify(factIds)).map(toConflict);
    },
    async factCards(ids, perFact) {
      const cards = new Map<number, FactCard>();
      if (ids.length === 0 || perFact > CARD_QUOTES) return cards;
      for (const [id, claims, card, quotes, quoteEnds] of factCards.all(JSON.stringify(ids))) {
        const ends = quoteEnds === '' ? [] : quoteEnds.split(',');
        const count = Math.min(perFact, ends.length);
        const cut = count === ends.length ? quotes : quotes.slice(0, Number(ends[count - 1]));
        cards.set(id, { claims, card, count, quotes: count === 0 ? '' : cut });
      }
      return cards;
    },
    close: () => db.close(),
  };
}
