// One pair's page: its facts (each with quotes in context and source links), its ladder and its conflicts.
import { ladderOf } from '../analyze/ladder.js';
import type { CanonicalFact, Conflict } from '../schema/canonical.js';
import { ConflictKindSchema } from '../schema/canonical.js';
import { FactTypeSchema, StatusSchema, type Status } from '../schema/fact.js';
import { ties } from '../store/services/query.service.js';
import type { Store } from '../store/store.js';
import { quoteInContext } from './evidence-context.js';
import { conflictRowsOf, evidenceRows, type EvidenceRow } from './repos/evidence.repo.js';
import type { EvidenceInContext, FactWithEvidence, PairDetail } from './schemas/records.js';

export const EVIDENCE_PER_FACT = 5;
export const CONTEXT_CHARS = 240;

export async function pairDetail(store: Store, a: string, b: string, name: (code: string) => string): Promise<PairDetail> {
  const found = await ties(store, [a, b]);
  const facts = found.map(({ partners: _partners, ...fact }) => fact);
  const ids = facts.map((f) => f.id);
  const [evidence, conflicts] = await Promise.all([withEvidence(store, facts), conflictsOf(store, ids)]);
  return {
    parties: [a, b],
    names: [name(a), name(b)],
    ladder: ladderOf(facts),
    facts: evidence,
    conflicts,
  };
}

export async function withEvidence(
  store: Store,
  facts: readonly CanonicalFact[],
  perFact = EVIDENCE_PER_FACT,
): Promise<FactWithEvidence[]> {
  const rows = await evidenceRows(
    store.db,
    facts.map((f) => f.id),
    perFact,
    CONTEXT_CHARS,
  );
  const byFact = new Map<number, EvidenceRow[]>();
  for (const r of rows) {
    const list = byFact.get(r.fact_id);
    if (list) list.push(r);
    else byFact.set(r.fact_id, [r]);
  }
  return facts.map((f) => {
    const own = byFact.get(f.id) ?? [];
    const total = own.length > 0 ? Number(own[0]!.total) : 0;
    return { ...f, evidence: own.map(toEvidence), moreEvidence: Math.max(0, total - own.length) };
  });
}

function toEvidence(r: EvidenceRow): EvidenceInContext {
  const cut = quoteInContext(r.context ?? '', Number(r.context_start), r.ev_start, r.ev_text);
  return {
    claim: r.claim,
    doc: r.document,
    url: r.url,
    title: r.title,
    source: r.source,
    published: r.published,
    nearDuplicateOf: r.near_duplicate_of,
    status: StatusSchema.parse(r.status),
    date: r.date,
    ...cut,
  };
}

export async function conflictsOf(store: Store, factIds: readonly number[]): Promise<Conflict[]> {
  const rows = await conflictRowsOf(store.db, factIds);
  return rows.map((r) => ({
    id: r.id,
    factId: r.fact_id,
    kind: ConflictKindSchema.parse(r.kind),
    status: StatusSchema.parse(r.status) as Status,
    a: { claim: r.claim_a, doc: r.doc_a, published: r.published_a, value: r.value_a, quote: r.quote_a },
    b: { claim: r.claim_b, doc: r.doc_b, published: r.published_b, value: r.value_b, quote: r.quote_b },
    fact: { type: FactTypeSchema.parse(r.type), parties: r.parties.split('|'), item: r.item },
    detectedAt: r.detected_at,
  }));
}
