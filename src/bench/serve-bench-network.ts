// A network of 200 parties and 5,000 ties (facts only, bulk-loaded) for measuring how the map draws and moves.
import { FACT_TYPES, type FactType, type Status } from '../schema/fact.js';
import { insertFactPairsBulk, insertFactPartiesBulk, insertFactsBulk } from '../store/repos/bulk.repo.js';
import { partyPairs } from '../store/repos/facts.repo.js';
import { dateRange } from '../store/rules/partial-date.js';
import type { Store } from '../store/store.js';

const STATUSES: Status[] = ['negotiating', 'concluded', 'in_force', 'held', 'completed'];

/** Party codes AAA, AAB, ...: valid alpha-3 codes no catalogue knows, so names show as codes. */
function partyCodes(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    out.push(String.fromCharCode(65 + Math.floor(i / 676), 65 + (Math.floor(i / 26) % 26), 65 + (i % 26)));
  }
  return out;
}

export async function loadSyntheticNetwork(
  store: Store,
  parties = 200,
  ties = 5000,
): Promise<{ facts: number }> {
  let seed = 0x9e3779b9;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
  const codes = partyCodes(parties);
  const pairs = new Set<string>();
  while (pairs.size < ties) {
    // A few hubs and many small states, as in real coverage.
    const a = codes[Math.floor(parties * random() ** 1.6)]!;
    const b = codes[Math.floor(parties * random())]!;
    if (a !== b) pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  const now = new Date().toISOString();
  const facts: {
    id: number;
    key: string;
    type: FactType;
    parties: string[];
    status: Status;
    date: string;
  }[] = [];
  let id = 1;
  for (const pair of pairs) {
    const parties2 = pair.split('|');
    const n = 1 + Math.floor(random() * 3);
    const types = new Set<FactType>();
    while (types.size < n) types.add(FACT_TYPES[Math.floor(random() * FACT_TYPES.length)]!);
    for (const type of types) {
      const date = `${1990 + Math.floor(random() * 36)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
      const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
      facts.push({
        id: id++,
        key: `${type}|${parties2.join(',')}|net`,
        type,
        parties: parties2,
        status,
        date,
      });
    }
  }
  await store.write(async (trx) => {
    await insertFactsBulk(
      trx,
      facts.map((f) => {
        const range = dateRange(f.date);
        return {
          id: f.id,
          key: f.key,
          type: f.type,
          parties: f.parties.join('|'),
          item: null,
          status: f.status,
          date: f.date,
          date_lo: range.lo,
          date_hi: range.hi,
          milestones: JSON.stringify({ [f.status]: { date: f.date, doc: null, quote: null } }),
          source_count: 1,
          claim_count: 1,
          conflict_count: 0,
          best_claim: null,
          best_quote: null,
          best_doc: null,
          review: null,
          override: null,
          updated_at: now,
        };
      }),
    );
    await insertFactPartiesBulk(
      trx,
      facts.flatMap((f) => f.parties.map((party) => ({ party, fact_id: f.id }))),
    );
    await insertFactPairsBulk(
      trx,
      facts.flatMap((f) => partyPairs(f.parties).map(([a, b]) => ({ a, b, fact_id: f.id }))),
    );
  });
  return { facts: facts.length };
}
