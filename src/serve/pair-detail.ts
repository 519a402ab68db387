// One pair's page: its facts (each with quotes in context and source links), its ladder and its conflicts.
import { ladderOf, type LadderFact } from '../analyze/ladder.js';
import type { CanonicalFact, Conflict } from '../schema/canonical.js';
import { StatusSchema } from '../schema/fact.js';
import { quoteOrigin } from '../schema/quote.js';
import type { PageReads } from '../store/services/page-reads.service.js';
import type { EvidenceRow } from '../store/services/query.service.js';
import { TYPE_ORDER } from '../analyze/vocabulary.js';
import { quoteInContext } from './evidence-context.js';
import type { EvidenceInContext, FactWithEvidence, PairDetail } from './schemas/records.js';

export const CONTEXT_CHARS = 240;
/** Claims above which a fact's top quotes are read as their own index range rather than ranked with the page's. */
const BIG_FACT = 100;

export interface PairPage {
  limit: number;
  offset: number;
  /** Quotes per fact. */
  evidence: number;
}

/** The ladder reads every fact of the pair (a light query); quotes and conflicts are fetched for one page of facts. */
export async function pairDetail(
  reads: PageReads,
  a: string,
  b: string,
  name: (code: string) => string,
  page: PairPage,
): Promise<PairDetail> {
  const light = await reads.pairFacts(a, b);
  // The ontology's type order, then the latest first within a type: the page reads like the ladder.
  light.sort(
    (x, y) =>
      TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type) ||
      (y.date ?? '').localeCompare(x.date ?? '') ||
      x.id - y.id,
  );
  const pageIds = light.slice(page.offset, page.offset + page.limit).map((f) => f.id);
  const full = new Map((await reads.factsById(pageIds)).map((f) => [f.id, f]));
  const facts = pageIds.map((id) => full.get(id)).filter((f): f is CanonicalFact => f !== undefined);
  const [evidence, conflicts] = await Promise.all([
    withEvidence(reads, facts, page.evidence),
    conflictsOf(reads, pageIds),
  ]);
  return {
    parties: [a, b],
    names: [name(a), name(b)],
    ladder: ladderOf(light),
    facts: evidence,
    total: light.length,
    limit: page.limit,
    offset: page.offset,
    conflicts,
    conflictTotal: light.reduce((n, f) => n + f.conflicts, 0),
  };
}

/** What the ladder reads of every fact of a pair, in id order (as the snapshot holds them). */
export async function pairLadderFacts(reads: PageReads, a: string, b: string): Promise<LadderFact[]> {
  return (await reads.pairFacts(a, b)).map(({ id, type, status, date }) => ({ id, type, status, date }));
}

export async function withEvidence(
  reads: PageReads,
  facts: readonly CanonicalFact[],
  perFact: number,
): Promise<FactWithEvidence[]> {
  const rows = await reads.topEvidence(facts, perFact, CONTEXT_CHARS, BIG_FACT);
  const byFact = new Map<number, EvidenceRow[]>();
  for (const r of rows) {
    const list = byFact.get(r.fact_id);
    if (list) list.push(r);
    else byFact.set(r.fact_id, [r]);
  }
  return facts.map((f) => {
    const own = byFact.get(f.id) ?? [];
    // The fact's claim count is the number of its links: no count over its claims needed.
    return { ...f, evidence: own.map(toEvidence), moreEvidence: Math.max(0, f.claims - own.length) };
  });
}

function toEvidence(r: EvidenceRow): EvidenceInContext {
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
    kind: 'article',
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

export async function conflictsOf(reads: PageReads, factIds: readonly number[]): Promise<Conflict[]> {
  return factIds.length === 0 ? [] : reads.conflicts(factIds);
}
