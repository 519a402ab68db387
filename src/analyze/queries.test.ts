import { describe, expect, it } from 'vitest';
import { fact } from '../test-support/fixture-facts.js';
import { gapPartners } from './gaps.js';
import { pairSummaries } from './pairs.js';
import { partnerMatrix } from './partner-matrix.js';
import { search } from './search.js';
import { formedYear, tiesPerYear } from './ties-per-year.js';
import { timelineEvents } from '../store/services/timeline.service.js';

const names = (code: string) =>
  ({ JPN: 'Japan', PHL: 'Philippines', AUS: 'Australia', GBR: 'United Kingdom', USA: 'United States' })[
    code
  ] ?? code;

const facts = [
  fact('acsa', ['AUS', 'JPN'], 'in_force', '2013-01-31'),
  fact('reciprocal_access', ['AUS', 'JPN'], 'in_force', '2023-08-13'),
  fact('acsa', ['GBR', 'JPN'], 'in_force', '2017-08-18'),
  fact('reciprocal_access', ['GBR', 'JPN'], 'negotiating'),
  fact('acsa', ['JPN', 'PHL'], 'concluded', '2026-01-15'),
  fact('reciprocal_access', ['JPN', 'PHL'], 'in_force', '2025-09-11', {
    milestones: {
      concluded: { date: '2024-07-08', doc: 'a', quote: 'signed' },
      in_force: { date: '2025-09-11', doc: 'b', quote: 'entered into force' },
    },
    updatedAt: '2025-09-12T00:00:00.000Z',
  }),
  fact('two_plus_two', ['JPN', 'USA'], 'held'),
];

describe('gapPartners', () => {
  it('finds the partners with an ACSA but no reciprocal access agreement, and says how far the RAA got', () => {
    const gaps = gapPartners(facts, 'JPN', 'acsa', 'reciprocal_access');
    expect(gaps.map((g) => [g.partner, g.lacking])).toEqual([['GBR', 'under_way']]);
  });
});

describe('pairSummaries', () => {
  it("lists a party's pairs with that party first, the most advanced first", () => {
    const pairs = pairSummaries(facts, 'JPN');
    expect(pairs.every((p) => p.parties[0] === 'JPN')).toBe(true);
    expect(pairs.at(-1)?.parties).toEqual(['JPN', 'USA']);
    expect(pairs.at(-1)?.ladder.stage).toBe('ice_breaking');
  });
});

describe('partnerMatrix', () => {
  it('fills each cell with the status and date of the most advanced fact', () => {
    const m = partnerMatrix(facts, 'JPN');
    expect(m.types).toEqual(['two_plus_two', 'acsa', 'reciprocal_access']);
    const gbr = m.rows.find((r) => r.partner === 'GBR')!;
    expect(gbr.cells.reciprocal_access).toMatchObject({ status: 'negotiating', date: null });
    expect(gbr.cells.acsa).toMatchObject({ status: 'in_force', date: '2017-08-18' });
  });
});

describe('tiesPerYear', () => {
  it('counts a fact in the year of its first step taken, and talks as undated', () => {
    const result = tiesPerYear(facts, formedYear);
    expect(result.years.map((y) => [y.year, y.total])).toEqual([
      [2013, 1],
      [2017, 1],
      [2023, 1],
      [2024, 1],
      [2026, 1],
    ]);
    expect(result.undated).toBe(2);
  });
});

describe('timelineEvents', () => {
  it('makes a signing and an entry into force two events, oldest first', () => {
    const events = timelineEvents(facts, { party: 'PHL' });
    expect(events.map((e) => [e.date, e.status])).toEqual([
      ['2024-07-08', 'concluded'],
      ['2025-09-11', 'in_force'],
      ['2026-01-15', 'concluded'],
    ]);
  });
});

describe('search', () => {
  it('finds a party by name and its agreements of a type by their common name', () => {
    const result = search(facts, names, 'Philippines RAA');
    expect(result.parties.map((p) => p.code)).toEqual(['PHL']);
    expect(result.types).toEqual(['reciprocal_access']);
    expect(result.facts.map((f) => f.parties)).toEqual([['JPN', 'PHL']]);
  });

  it('reads two party names as a pair', () => {
    const result = search(facts, names, 'japan australia');
    expect(result.facts.every((f) => f.parties.includes('AUS') && f.parties.includes('JPN'))).toBe(true);
    expect(result.facts).toHaveLength(2);
  });

  it('finds nothing for an empty query', () => {
    expect(search(facts, names, '  ').facts).toEqual([]);
  });
});
