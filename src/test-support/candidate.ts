// One reading of the rules as the relation stage proposes it, for tests of the stages that weigh readings:
// an ACSA of Japan and France in sentence 0 with no signal set, unless the test says otherwise.
import type { Candidate } from '../extract/document.js';

export function candidateOf(overrides: Partial<Candidate> = {}): Candidate {
  return {
    origin: 'rule',
    kind: 'instrument',
    statusFrom: 'rule',
    cued: [],
    signals: {
      fromContext: 0,
      maxDistance: 0,
      outsideClause: 0,
      rival: 0,
      excluded: 0,
      place: 0,
      indirect: 0,
      sentenceParties: 2,
      bystanders: 0,
      makerSupplies: 0,
      listSiblings: 0,
      orphan: 0,
    },
    type: 'acsa',
    parties: ['JPN', 'FRA'],
    status: 'concluded',
    item: null,
    sentence: 0,
    anchor: 0,
    anchorEnd: 1,
    trigger: 'ACSA',
    date: null,
    dateStated: false,
    dateReported: false,
    ...overrides,
  };
}
