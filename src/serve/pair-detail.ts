// One pair's page: its facts (each with quotes in context and source links), its ladder and its conflicts.
import { ladderOf, type LadderFact } from '../analyze/ladder.js';
import type { CanonicalFact, Conflict } from '../schema/canonical.js';
import { BIG_FACT, CONTEXT_CHARS, toEvidence } from '../store/services/fact-cards.service.js';
import type { PageReads } from '../store/services/page-reads.service.js';
import type { EvidenceRow, PairFactSummary } from '../store/services/query.service.js';
import { TYPE_ORDER } from '../analyze/vocabulary.js';
import type { FactWithEvidence, PairDetail } from './schemas/records.js';

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
  const light = pageOrder(await reads.pairFacts(a, b));
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

/**
 * The same page as `pairDetail`, byte for byte as JSON.stringify writes it, from the facts' stored cards where the
 * reads have them (SQLite's read model: each card already the fact's JSON, so nothing is built or serialized per fact);
 * a fact without a card is read and written as `pairDetail` does.
 */
export async function pairDetailJson(
  reads: PageReads,
  a: string,
  b: string,
  name: (code: string) => string,
  page: PairPage,
): Promise<string> {
  const light = pageOrder(await reads.pairFacts(a, b));
  const pageIds = light.slice(page.offset, page.offset + page.limit).map((f) => f.id);
  const [cards, conflicts] = await Promise.all([
    reads.factCards?.(pageIds, page.evidence) ?? new Map<number, never>(),
    conflictsOf(reads, pageIds),
  ]);
  const missing = pageIds.filter((id) => !cards.has(id));
  const read = new Map<number, string>();
  if (missing.length > 0) {
    const full = await reads.factsById(missing);
    for (const f of await withEvidence(reads, full, page.evidence)) read.set(f.id, JSON.stringify(f));
  }
  const facts: string[] = [];
  for (const id of pageIds) {
    const card = cards.get(id);
    // `{...fact, evidence, moreEvidence}`: the fact's own keys, then the two the page adds.
    if (card)
      facts.push(
        `${card.card.slice(0, -1)},"evidence":[${card.quotes}],"moreEvidence":${Math.max(0, card.claims - card.count)}}`,
      );
    else if (read.has(id)) facts.push(read.get(id)!);
  }
  const json = JSON.stringify;
  return (
    `{"parties":${json([a, b])},"names":${json([name(a), name(b)])},"ladder":${json(ladderOf(light))}` +
    `,"facts":[${facts.join(',')}],"total":${light.length},"limit":${json(page.limit)},"offset":${json(page.offset)}` +
    `,"conflicts":${json(conflicts)},"conflictTotal":${light.reduce((n, f) => n + f.conflicts, 0)}}`
  );
}

const TYPE_RANK: ReadonlyMap<string, number> = new Map(TYPE_ORDER.map((t, i) => [t, i]));

/**
 * The ontology's type order, then the latest first within a type, then by id: the page reads like the ladder. Each
 * fact is keyed by one number (type, then date) before sorting, as comparing two facts field by field cost a tenth of
 * a page's CPU (measured).
 */
function pageOrder(light: PairFactSummary[]): PairFactSummary[] {
  const keyed = light.map((f) => ({ f, key: TYPE_RANK.get(f.type)! * 2e10 - dateNumber(f.date) }));
  keyed.sort((x, y) => x.key - y.key || x.f.id - y.f.id);
  return keyed.map((k) => k.f);
}

/**
 * A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as a number in the order of its text (code units, which is the order
 * `localeCompare` gives digits and hyphens at fixed places): a shorter date before the longer ones it begins; no date
 * (null) first of all.
 */
export function dateNumber(date: string | null): number {
  if (date === null) return -1;
  const month = date.length >= 7 ? Number(date.slice(5, 7)) + 1 : 0;
  const day = date.length >= 10 ? Number(date.slice(8, 10)) + 1 : 0;
  return Number(date.slice(0, 4)) * 1e6 + month * 1e3 + day;
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

export async function conflictsOf(reads: PageReads, factIds: readonly number[]): Promise<Conflict[]> {
  return factIds.length === 0 ? [] : reads.conflicts(factIds);
}
