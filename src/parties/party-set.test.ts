import { describe, expect, it } from 'vitest';
import { partySetKey, sortedParties } from './party-set.js';

describe('party sets', () => {
  // Codes as the extractor has them: states, groupings with digits ("G7"), one party twice, none.
  const sets = [
    ['USA', 'JPN'],
    ['JPN', 'USA'],
    ['NATO', 'FIN'],
    ['G7', 'GBR'],
    ['AUKUS', 'AUS'],
    ['KOR', 'KOR'],
    ['PHL', 'USA', 'JPN'],
    ['SWE', 'NATO', 'FIN', 'EU'],
    ['IND'],
    [],
  ];

  it('orders and keys a set as a sort of its codes does, whatever order it is named in', () => {
    for (const parties of sets) {
      expect(sortedParties(parties)).toEqual([...parties].sort());
      expect(partySetKey(parties)).toBe([...parties].sort().join('+'));
      expect(partySetKey([...parties].reverse())).toBe(partySetKey(parties));
    }
  });

  it('leaves the parties it is given as they were', () => {
    const parties = ['USA', 'JPN'];
    sortedParties(parties);
    partySetKey(parties);
    expect(parties).toEqual(['USA', 'JPN']);
  });
});
