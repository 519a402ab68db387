import { describe, expect, it } from 'vitest';
import type { Candidate } from '../document.js';
import type { PartyCode } from '../../schema/fact.js';
import { oneWayOnly } from './one-way.js';
import { candidateOf } from '../../test-support/candidate.js';

/** A rules' transfer reading of sentence 0, its supplier first, and whether the maker of its system supplies. */
function sale(
  parties: [PartyCode, PartyCode],
  makerSupplies: number,
  trigger: string,
  sentence = 0,
): Candidate {
  return candidateOf({
    kind: 'transfer',
    signals: { ...candidateOf().signals, makerSupplies },
    type: 'equipment_transfer',
    parties,
    sentence,
    trigger,
  });
}

/** The later reading weighed against those read before it, as the relation stage proposes them. */
function propose(candidates: Candidate[]): string[] {
  const doc = { candidates: [] as Candidate[] };
  for (const c of candidates) {
    oneWayOnly(doc, c);
    doc.candidates.push(c);
  }
  return doc.candidates.map((c) => `${c.trigger} ${c.parties.join('+')} ${c.origin}`);
}

describe('a sale two triggers of one sentence read both ways', () => {
  it('keeps the way the maker of the system tells, whichever trigger read it', () => {
    // "Lima picks Seoul's K2, Seoul's largest arms deal": the deal read with the buyer supplying.
    expect(propose([sale(['KOR', 'PER'], 1, 'picks'), sale(['PER', 'KOR'], -1, 'arms deal')])).toEqual([
      'picks KOR+PER rule',
      'arms deal PER+KOR alternative',
    ]);
    // The first trigger read it against its maker, the second with it.
    expect(propose([sale(['PER', 'KOR'], -1, 'delivery'), sale(['KOR', 'PER'], 1, 'ordered from')])).toEqual([
      'delivery PER+KOR alternative',
      'ordered from KOR+PER rule',
    ]);
  });

  it('keeps both where no maker tells the way, and never weighs readings of another sentence', () => {
    expect(propose([sale(['KOR', 'PER'], 0, 'sold'), sale(['PER', 'KOR'], 0, 'bought')])).toEqual([
      'sold KOR+PER rule',
      'bought PER+KOR rule',
    ]);
    expect(propose([sale(['KOR', 'PER'], 1, 'sold'), sale(['PER', 'KOR'], -1, 'bought', 1)])).toEqual([
      'sold KOR+PER rule',
      'bought PER+KOR rule',
    ]);
  });
});
