// Version 6 (SQLite only): a read model for the pair page, kept by the write path so the server's read workers read a
// page as a few index ranges instead of joining facts, claims and documents row by row (each row a random read of the
// file). Three tables:
// - pair_fact_summaries: what a pair's ladder and page order read of each fact (fact_pairs' key plus type, status,
//   date, conflicts), rejected facts left out; kept by the triggers below, in SQL, whatever writes the facts.
// - fact_cards: each fact as the API writes it (its JSON) and its top quotes in context (their JSON, one row with the
//   fact: a page's fact is one read), rendered by the store's query layer (services/fact-cards.service.ts) at the end
//   of every write transaction.
// - stale_facts: the facts whose card a change made stale. Every change a card depends on (the fact, its claim links,
//   a claim, a document a quote or best quote comes from) marks the fact here by trigger, and marking deletes its card
//   at once, so a card in the file is never stale: a reader that finds none reads the fact through the query layer.
// PostgreSQL has none of this: its pages are read through the query layer (see DialectAdapter.factCards).
import { sql, type Kysely, type Migration } from 'kysely';

// Migrations see an untyped database: they must keep working as the Database interface moves on.
type AnyDb = Kysely<unknown>;

const NOT_REJECTED = (f: string) => `(${f}.review is null or ${f}.review != 'rejected')`;

/** Inserts the summary rows of a fact's pairs (`f` is the fact's row: `new`, or a joined facts row). */
const SUMMARIES_OF = (f: string, pairs: string) =>
  `insert or replace into pair_fact_summaries (a, b, fact_id, type, status, date, conflict_count)
   select ${pairs}.a, ${pairs}.b, ${f}.id, ${f}.type, ${f}.status, ${f}.date, ${f}.conflict_count`;

const STATEMENTS = [
  `create table pair_fact_summaries (
     a text not null, b text not null, fact_id integer not null,
     type text not null, status text not null, date text, conflict_count integer not null,
     primary key (a, b, fact_id)) without rowid`,
  // quotes: the top quotes' JSON joined by commas; quote_ends: where each ends in that text, comma-separated.
  `create table fact_cards (
     fact_id integer primary key, claims integer not null, card text not null,
     quotes text not null, quote_ends text not null)`,
  `create table stale_facts (fact_id integer primary key)`,
  `insert into pair_fact_summaries (a, b, fact_id, type, status, date, conflict_count)
   select p.a, p.b, f.id, f.type, f.status, f.date, f.conflict_count
   from fact_pairs p join facts f on f.id = p.fact_id where ${NOT_REJECTED('f')}`,
  // Every fact starts stale: the store renders the cards when it is next opened (ensureFactCards).
  `insert into stale_facts (fact_id) select id from facts`,
  `create trigger stale_facts_drop_card after insert on stale_facts begin
     delete from fact_cards where fact_id = new.fact_id;
   end`,
  `create trigger facts_card_insert after insert on facts begin
     insert or ignore into stale_facts (fact_id) values (new.id);
   end`,
  `create trigger facts_card_update after update on facts begin
     insert or ignore into stale_facts (fact_id) values (old.id), (new.id);
     delete from pair_fact_summaries where fact_id = old.id
       and (a, b) in (select a, b from fact_pairs where fact_id = old.id);
     ${SUMMARIES_OF('new', 'p')} from fact_pairs p where p.fact_id = new.id and ${NOT_REJECTED('new')};
   end`,
  `create trigger facts_card_delete after delete on facts begin
     delete from stale_facts where fact_id = old.id;
     delete from fact_cards where fact_id = old.id;
   end`,
  `create trigger fact_pairs_summary_insert after insert on fact_pairs begin
     ${SUMMARIES_OF('f', 'new')} from facts f where f.id = new.fact_id and ${NOT_REJECTED('f')};
   end`,
  `create trigger fact_pairs_summary_update after update on fact_pairs begin
     delete from pair_fact_summaries where a = old.a and b = old.b and fact_id = old.fact_id;
     ${SUMMARIES_OF('f', 'new')} from facts f where f.id = new.fact_id and ${NOT_REJECTED('f')};
   end`,
  `create trigger fact_pairs_summary_delete after delete on fact_pairs begin
     delete from pair_fact_summaries where a = old.a and b = old.b and fact_id = old.fact_id;
   end`,
  `create trigger fact_claims_card_insert after insert on fact_claims begin
     insert or ignore into stale_facts (fact_id) values (new.fact_id);
   end`,
  `create trigger fact_claims_card_update after update on fact_claims begin
     insert or ignore into stale_facts (fact_id) values (old.fact_id), (new.fact_id);
   end`,
  `create trigger fact_claims_card_delete after delete on fact_claims begin
     insert or ignore into stale_facts (fact_id) values (old.fact_id);
   end`,
  `create trigger claims_card_update after update on claims begin
     insert or ignore into stale_facts (fact_id) select fact_id from fact_claims where claim_id in (old.id, new.id);
   end`,
  // A quote shows its document's link, title, outlet, date, near-duplicate mark and text around it.
  `create trigger documents_card_update
   after update of id, url, title, source, published, near_duplicate_of, text on documents begin
     insert or ignore into stale_facts (fact_id)
     select fc.fact_id from claims c join fact_claims fc on fc.claim_id = c.id where c.document in (old.id, new.id);
   end`,
  // A fact's best quote shows its document's link, title, outlet and date (no update does this today: a full scan).
  `create trigger documents_best_quote_update
   after update of id, url, title, source, published on documents begin
     insert or ignore into stale_facts (fact_id) select id from facts where best_doc in (old.id, new.id);
   end`,
];

const TABLES = ['stale_facts', 'fact_cards', 'pair_fact_summaries'];

export function factCardsMigration(): Migration {
  return {
    async up(db: AnyDb) {
      for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
    },
    async down(db: AnyDb) {
      // Dropping a table drops its triggers; those on the store's own tables are dropped by name.
      for (const t of [
        'facts_card_insert',
        'facts_card_update',
        'facts_card_delete',
        'fact_pairs_summary_insert',
        'fact_pairs_summary_update',
        'fact_pairs_summary_delete',
        'fact_claims_card_insert',
        'fact_claims_card_update',
        'fact_claims_card_delete',
        'claims_card_update',
        'documents_card_update',
        'documents_best_quote_update',
      ])
        await sql.raw(`drop trigger if exists ${t}`).execute(db);
      for (const t of TABLES) await sql.raw(`drop table if exists ${t}`).execute(db);
    },
  };
}
