// Each fact's card (the fact as the API writes it) and its top quotes in context, rendered by the query layer at the
// end of every write transaction on a store that keeps them (SQLite, migration 0006): the server's read workers read a
// pair page from them as a few index ranges. Triggers mark a fact stale on every change its card depends on; this
// renders the stale ones, so what a reader finds is what the query layer computes (fact-cards.test.ts).
import { StatusSchema } from '../../schema/fact.js';
import { quoteOrigin } from '../../schema/quote.js';
import type { Db } from '../database.js';
import { evidenceRows, type EvidenceRow } from '../repos/evidence.repo.js';
import { anyStale, markAllStale, staleFactIds, writeFactCards } from '../repos/fact-cards.repo.js';
import { getMeta, setMeta } from '../repos/meta.repo.js';
import { factRows } from '../repos/queries.repo.js';
import { quoteInContext } from '../rules/evidence-context.js';
import { toCanonicalFact } from './query.service.js';

/** Characters of the document on either side of a quote. */
export const CONTEXT_CHARS = 240;
/** Claims above which a fact's top quotes are read as their own index range rather than ranked with the others'. */
export const BIG_FACT = 100;
/** Quotes kept on each card: the pair page's default; a page asking for more reads them through the query layer. */
export const CARD_QUOTES = 3;
/** What the cards were rendered with: a store whose cards say otherwise renders them all again when opened. */
const CARDS_VERSION = `1 quotes=${CARD_QUOTES} around=${CONTEXT_CHARS}`;
const META_KEY = 'fact_cards';
const BATCH = 500;

/** A quote with its text around it and where it comes from, as the API writes it. */
export function toEvidence(r: EvidenceRow) {
  const status = StatusSchema.parse(r.status);
  const origin = quoteOrigin(r.document, r);
  if (origin.kind === 'reference') return { ...origin, claim: r.claim, status, date: r.date };
  const context = r.context ?? '';
  const asked = r.ev_end - r.ev_start + 2 * CONTEXT_CHARS;
  const cut = quoteInContext(
    context,
    Number(r.context_start),
    r.ev_start,
    r.ev_text,
    context.length >= asked,
  );
  return {
    kind: 'article' as const,
    claim: r.claim,
    doc: r.document,
    url: r.url,
    title: r.title,
    source: r.source,
    published: r.published,
    nearDuplicateOf: r.near_duplicate_of,
    status,
    date: r.date,
    ...cut,
  };
}

export type EvidenceInContext = ReturnType<typeof toEvidence>;

/** Renders every stale fact's card inside the write transaction `trx`; returns how many. */
export async function refreshFactCards(trx: Db): Promise<number> {
  let rendered = 0;
  for (;;) {
    const ids = await staleFactIds(trx, BATCH);
    if (ids.length === 0) return rendered;
    // A stale id whose fact is gone has no card to render (its delete dropped it): it is only cleared.
    const facts = (await factRows(trx, { ids, includeRejected: true })).map(toCanonicalFact);
    const big = new Set(facts.filter((f) => f.claims > BIG_FACT).map((f) => f.id));
    const rows = await evidenceRows(
      trx,
      facts.map((f) => f.id),
      CARD_QUOTES,
      CONTEXT_CHARS,
      big,
    );
    const quotes = new Map<number, string[]>();
    for (const r of rows) {
      const own = quotes.get(r.fact_id);
      const json = JSON.stringify(toEvidence(r));
      if (own) own.push(json);
      else quotes.set(r.fact_id, [json]);
    }
    const cards = facts.map((f) => {
      const own = quotes.get(f.id) ?? [];
      let end = -1;
      const ends = own.map((q) => (end += q.length + 1));
      return {
        fact_id: f.id,
        claims: f.claims,
        card: JSON.stringify(f),
        quotes: own.join(','),
        quote_ends: ends.join(','),
      };
    });
    await writeFactCards(trx, ids, cards);
    rendered += facts.length;
  }
}

/**
 * Makes the cards of a store that keeps them current when it is opened: a store migrated to them, or whose cards were
 * rendered by another version, has every fact rendered again (once, in one write transaction).
 */
export async function ensureFactCards(
  db: Db,
  write: (fn: (trx: Db) => Promise<void>) => Promise<void>,
): Promise<void> {
  if ((await getMeta(db, META_KEY)) === CARDS_VERSION && !(await anyStale(db))) return;
  await write(async (trx) => {
    if ((await getMeta(trx, META_KEY)) === CARDS_VERSION) return;
    await markAllStale(trx);
    await setMeta(trx, META_KEY, CARDS_VERSION);
  });
}
