// Gap queries: the partners of a party that took one step but not another ("an ACSA but no reciprocal access").
import type { FactType } from '../schema/fact.js';
import { factsByPair, type PairFact } from './pairs.js';
import { STATE_OF_STATUS, type StepState } from './vocabulary.js';

export interface Gap {
  partner: string;
  /** The achieved facts of the type the partner has. */
  has: number[];
  /** How far the missing type got: nowhere, talks under way, or ended. */
  lacking: Exclude<StepState, 'achieved'> | 'missing';
  lackingFacts: number[];
}

export function gapPartners(
  facts: readonly PairFact[],
  party: string,
  has: FactType,
  lacks: FactType,
): Gap[] {
  const gaps: Gap[] = [];
  for (const [key, pairFacts] of factsByPair(facts, party)) {
    const partner = key.split('|').find((p) => p !== party) ?? party;
    const achieved = (type: FactType) =>
      pairFacts.filter((f) => f.type === type && STATE_OF_STATUS[f.status] === 'achieved');
    const present = achieved(has);
    if (present.length === 0 || achieved(lacks).length > 0) continue;
    const other = pairFacts.filter((f) => f.type === lacks);
    const lacking = other.some((f) => STATE_OF_STATUS[f.status] === 'under_way')
      ? 'under_way'
      : other.length > 0
        ? 'ended'
        : 'missing';
    gaps.push({ partner, has: present.map((f) => f.id), lacking, lackingFacts: other.map((f) => f.id) });
  }
  return gaps.sort((a, b) => a.partner.localeCompare(b.partner));
}
