// Fills a scratch store with N synthetic documents and M claims merged into canonical facts, in bulk,
// with the same rules as ingest (fact keys, lifecycle, per-milestone dates), for measuring queries at scale.
import { FACT_TYPES, type FactType, type Status } from '../schema/fact.js';
import type { Milestones } from '../schema/canonical.js';
import {
  insertClaimsBulk,
  insertDocumentsBulk,
  insertFactPairsBulk,
  insertFactPartiesBulk,
  insertFactsBulk,
  linkClaimsBulk,
  nextId,
} from '../store/repos/bulk.repo.js';
import { partyPairs } from '../store/repos/facts.repo.js';
import { factIdentity, isEventType } from '../store/rules/fact-key.js';
import { STATUS_RANK } from '../store/rules/lifecycle.js';
import { dateRange } from '../store/rules/partial-date.js';
import type { Store } from '../store/store.js';
import type { ClaimsTable, DocumentsTable } from '../store/database.js';
import type { Insertable } from 'kysely';

/** 60 parties; the first few appear far more often, as Japan, the US and Australia do in real coverage. */
const PARTIES = (
  'JPN USA AUS GBR FRA IND PHL DEU ITA CAN KOR VNM IDN SWE NLD NZL MYS THA SGP ARE MNG UKR POL ESP NOR FIN ' +
  'DNK BEL PRT GRC TUR ISR SAU QAT EGY BRA MEX CHL ARG ZAF NGA KEN ETH PAK BGD LKA NPL KHM LAO MMR BRN PNG FJI ' +
  'TON TLS DJI NATO EU ASEAN QUAD'
).split(' ');
const AGREEMENT_STATUSES: Status[] = [
  'proposed',
  'negotiating',
  'concluded',
  'concluded',
  'in_force',
  'in_force',
];
const EVENT_STATUSES: Status[] = ['planned', 'held', 'held'];

export interface SyntheticLoad {
  documents: number;
  claims: number;
  facts: number;
  seconds: number;
}

interface FactState {
  id: number;
  type: FactType;
  parties: string[];
  status: Status;
  milestones: Milestones;
  /** Documents are generated in order, so counting changes of the last document counts distinct ones. */
  lastDoc: number;
  sources: number;
  claims: number;
  best: { claim: number; quote: string; doc: string };
}

export async function loadSynthetic(
  store: Store,
  documents: number,
  claims: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<SyntheticLoad> {
  const t0 = performance.now();
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const skewed = () => PARTIES[Math.floor(PARTIES.length * random() ** 2.5)]!;
  const facts = new Map<string, FactState>();
  let claimId = await nextId(store.db, 'claims');
  let factId = await nextId(store.db, 'facts');
  const perDoc = claims / documents;
  const batchDocs = 5_000;
  let made = 0;
  // Links wait until the facts exist (foreign keys); typed arrays keep a million of them in 8 MB.
  const linkClaim = new Int32Array(claims + documents);
  const linkFact = new Int32Array(claims + documents);
  let linked = 0;
  for (let start = 0; start < documents; start += batchDocs) {
    const docs: Insertable<DocumentsTable>[] = [];
    const claimRows: (Insertable<ClaimsTable> & { id: number })[] = [];
    for (let d = start; d < Math.min(documents, start + batchDocs); d++) {
      const year = 2000 + Math.floor(random() * 26);
      const published = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const id = `synthetic-${d}`;
      const count = Math.round(perDoc * (d + 1)) - Math.round(perDoc * d);
      docs.push({
        id,
        url: `https://synthetic.example/${d}`,
        source: 'synthetic.example',
        title: `Synthetic report ${d}`,
        published,
        content_hash: `synthetic-${d}`,
        text: `${published}\nSynthetic report ${d} with ${count} claims about defense ties.`,
        near_duplicate_of: null,
        similarity: null,
        ingested_at: new Date().toISOString(),
        claim_count: count,
      });
      for (let c = 0; c < count; c++) {
        const type = FACT_TYPES[Math.floor(random() * FACT_TYPES.length)]!;
        const a = skewed();
        let b = skewed();
        if (b === a) b = PARTIES[(PARTIES.indexOf(a) + 1 + Math.floor(random() * 20)) % PARTIES.length]!;
        const statuses = isEventType(type) ? EVENT_STATUSES : AGREEMENT_STATUSES;
        const status = statuses[Math.floor(random() * statuses.length)]!;
        const date = random() < 0.7 ? published.slice(0, random() < 0.5 ? 7 : 10) : null;
        const identity = factIdentity({ type, parties: [a, b], item: null, date }, published);
        const quote = `Synthetic sentence ${c} of report ${d}: ${a} and ${b} ${status} a ${type}.`;
        let fact = facts.get(identity.key);
        if (!fact) {
          fact = {
            id: factId++,
            type,
            parties: identity.parties,
            status,
            milestones: {},
            lastDoc: -1,
            sources: 0,
            claims: 0,
            best: { claim: claimId, quote, doc: id },
          };
          facts.set(identity.key, fact);
        }
        if (STATUS_RANK[status] > STATUS_RANK[fact.status]) {
          fact.status = status;
          fact.best = { claim: claimId, quote, doc: id };
        }
        fact.milestones[status] ??= { date, doc: id, quote };
        if (fact.lastDoc !== d) {
          fact.lastDoc = d;
          fact.sources++;
        }
        fact.claims++;
        claimRows.push({
          id: claimId,
          document: id,
          ord: c,
          type,
          parties: identity.parties.join('|'),
          status,
          date,
          item: null,
          ev_start: 0,
          ev_end: quote.length,
          ev_text: quote,
        });
        linkClaim[linked] = claimId++;
        linkFact[linked++] = fact.id;
      }
    }
    await store.write(async (trx) => {
      await insertDocumentsBulk(trx, docs);
      await insertClaimsBulk(trx, claimRows);
    });
    made += claimRows.length;
    onProgress(Math.min(documents, start + batchDocs));
  }
  const now = new Date().toISOString();
  const rows = [...facts.entries()];
  for (let i = 0; i < rows.length; i += 10_000) {
    const slice = rows.slice(i, i + 10_000);
    await store.write(async (trx) => {
      await insertFactsBulk(
        trx,
        slice.map(([key, f]) => {
          const date = f.milestones[f.status]?.date ?? null;
          const range = dateRange(date);
          return {
            id: f.id,
            key,
            type: f.type,
            parties: f.parties.join('|'),
            item: null,
            status: f.status,
            date,
            date_lo: range.lo,
            date_hi: range.hi,
            milestones: JSON.stringify(f.milestones),
            source_count: f.sources,
            claim_count: f.claims,
            conflict_count: 0,
            best_claim: f.best.claim,
            best_quote: f.best.quote,
            best_doc: f.best.doc,
            review: null,
            override: null,
            updated_at: now,
          };
        }),
      );
      await insertFactPartiesBulk(
        trx,
        slice.flatMap(([, f]) => f.parties.map((party) => ({ party, fact_id: f.id }))),
      );
      await insertFactPairsBulk(
        trx,
        slice.flatMap(([, f]) => partyPairs(f.parties).map(([a, b]) => ({ a, b, fact_id: f.id }))),
      );
    });
  }
  for (let i = 0; i < linked; i += 50_000) {
    const end = Math.min(linked, i + 50_000);
    const rows: { claim_id: number; fact_id: number }[] = [];
    for (let j = i; j < end; j++) rows.push({ claim_id: linkClaim[j]!, fact_id: linkFact[j]! });
    await store.write((trx) => linkClaimsBulk(trx, rows));
  }
  return { documents, claims: made, facts: facts.size, seconds: (performance.now() - t0) / 1000 };
}
