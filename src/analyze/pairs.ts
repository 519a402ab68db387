// Facts grouped by pair (a multilateral fact ties every two of its parties), each pair with its ladder.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType } from '../schema/fact.js';
import { ladderOf, type Ladder, type LadderFact } from './ladder.js';
import { pairKey } from './vocabulary.js';

export type PairFact = LadderFact & Pick<CanonicalFact, 'parties'>;

export interface PairSummary {
  parties: [string, string];
  facts: number;
  types: FactType[];
  ladder: Omit<Ladder, 'rungs'>;
}

export function factsByPair<F extends PairFact>(facts: readonly F[], party?: string): Map<string, F[]> {
  const out = new Map<string, F[]>();
  for (const f of facts) {
    const parties = [...new Set(f.parties)];
    if (party !== undefined && !parties.includes(party)) continue;
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        if (party !== undefined && parties[i] !== party && parties[j] !== party) continue;
        const key = pairKey(parties[i]!, parties[j]!);
        const list = out.get(key);
        if (list) list.push(f);
        else out.set(key, [f]);
      }
    }
  }
  return out;
}

/** Every pair (or every pair of one party, that party first), the most advanced first. */
export function pairSummaries(facts: readonly PairFact[], party?: string): PairSummary[] {
  const out: PairSummary[] = [];
  for (const [key, pairFacts] of factsByPair(facts, party)) {
    let [a, b] = key.split('|') as [string, string];
    if (party !== undefined && b === party) [a, b] = [b, a];
    const { rungs: _rungs, ...ladder } = ladderOf(pairFacts);
    const types = [...new Set(pairFacts.map((f) => f.type))];
    out.push({ parties: [a, b], facts: pairFacts.length, types, ladder });
  }
  return out.sort(
    (x, y) =>
      stageRank(y.ladder.stage) - stageRank(x.ladder.stage) ||
      y.facts - x.facts ||
      x.parties.join('|').localeCompare(y.parties.join('|')),
  );
}

const STAGE_RANK: Record<string, number> = { ice_breaking: 1, binding: 2, enhanced: 3, fusion: 4 };

export function stageRank(stage: string | null): number {
  return stage === null ? 0 : (STAGE_RANK[stage] ?? 0);
}
