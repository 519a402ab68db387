// The merge rules on their own: dates at shared precision, lifecycle order, fact keys, copies, conflicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spin, WIRE_STORY } from '../../test-support/articles.js';
import { findConflicts } from './conflicts.js';
import { factIdentity } from './fact-key.js';
import { moreAdvanced } from './lifecycle.js';
import { milestoneDate, summarize, type MergeClaim } from './merge.js';
import { compare, decodeSignature, encodeSignature, signatureOf } from './near-duplicate.js';
import { agree, dateRange } from './partial-date.js';

const claim = (over: Partial<MergeClaim> & Pick<MergeClaim, 'id' | 'doc' | 'status'>): MergeClaim => ({
  date: null,
  quote: `quote ${over.id}`,
  published: null,
  nearDuplicate: false,
  reference: false,
  ...over,
});

const partialDate = fc
  .tuple(
    fc.integer({ min: 1950, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.nat(2),
  )
  .map(([y, m, d, p]) =>
    p === 0
      ? `${y}`
      : p === 1
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

describe('partial dates', () => {
  it('agree at the precision both share, symmetrically', () => {
    expect(agree('2024-07', '2024-07-08')).toBe(true);
    expect(agree('2024-07-09', '2024-07-08')).toBe(false);
    fc.assert(fc.property(partialDate, partialDate, (a, b) => agree(a, b) === agree(b, a)));
  });

  it('span a range whose first day is never after its last', () => {
    fc.assert(
      fc.property(partialDate, (d) => {
        const r = dateRange(d);
        return r.lo !== null && r.hi !== null && r.lo <= r.hi;
      }),
    );
  });
});

describe('lifecycle and merge', () => {
  it('ranks in force above concluded and ended above both', () => {
    expect(moreAdvanced('concluded', 'in_force')).toBe('in_force');
    expect(moreAdvanced('ended', 'in_force')).toBe('ended');
    expect(moreAdvanced('held', 'planned')).toBe('held');
  });

  it("prefers the reference dataset's date, refined by a finer article date that agrees", () => {
    const ref = claim({ id: 1, doc: 'ref', status: 'concluded', date: '2014-12', reference: true });
    const article = claim({ id: 2, doc: 'a', status: 'concluded', date: '2014-12-08' });
    const stray = claim({ id: 3, doc: 'b', status: 'concluded', date: '2015-01-02' });
    expect(milestoneDate([ref, article, stray])).toBe('2014-12-08');
  });

  it('takes the date most independent documents agree with, copies not counted', () => {
    const group = [
      claim({ id: 1, doc: 'a', status: 'held', date: '2024-03-01' }),
      claim({ id: 2, doc: 'b', status: 'held', date: '2024-03-02' }),
      claim({ id: 3, doc: 'c', status: 'held', date: '2024-03-02', nearDuplicate: true }),
      claim({ id: 4, doc: 'd', status: 'held', date: '2024-03-01' }),
    ];
    expect(milestoneDate(group)).toBe('2024-03-01');
  });

  it('counts a document once however many claims it makes, and a copy not at all', () => {
    const summary = summarize([
      claim({ id: 1, doc: 'a', status: 'concluded' }),
      claim({ id: 2, doc: 'a', status: 'negotiating' }),
      claim({ id: 3, doc: 'b', status: 'concluded', nearDuplicate: true }),
    ]);
    expect(summary).toMatchObject({ status: 'concluded', sources: 1, claims: 3 });
  });
});

describe('fact keys', () => {
  it('sorts parties except for a transfer, which keeps its supplier first', () => {
    expect(
      factIdentity({ type: 'acsa', parties: ['PHL', 'JPN'], item: null, date: null }, null).parties,
    ).toEqual(['JPN', 'PHL']);
    const transfer = factIdentity(
      { type: 'equipment_transfer', parties: ['USA', 'JPN'], item: 'PAC-3  Missiles', date: null },
      null,
    );
    expect(transfer).toEqual({
      key: 'equipment_transfer|USA,JPN|pac 3 missiles',
      parties: ['USA', 'JPN'],
      item: 'PAC-3  Missiles',
    });
  });

  it("places a meeting in its own month, or the reporting document's month when undated", () => {
    const m = { type: 'two_plus_two' as const, parties: ['AUS', 'JPN'], item: null };
    expect(factIdentity({ ...m, date: '2024-09-05' }, '2024-09-06').key).toBe('two_plus_two|AUS,JPN|2024-09');
    expect(factIdentity({ ...m, date: null }, '2024-10-01').key).toBe('two_plus_two|AUS,JPN|2024-10');
    expect(factIdentity({ ...m, date: '2015' }, null).key).toBe('two_plus_two|AUS,JPN|2015');
  });
});

describe('near-duplicates', () => {
  it('recognizes a spun copy by its names and figures, and not an unrelated text', () => {
    const original = signatureOf(WIRE_STORY);
    expect(compare(original, signatureOf(spin(WIRE_STORY))).nearDuplicate).toBe(true);
    const other = signatureOf(
      'Germany and Japan agreed in Berlin to deepen cooperation on cyber defense, with Chancellor Olaf Scholz and Prime Minister Fumio Kishida announcing a new dialogue in 2023 involving the Bundeswehr, the Self-Defense Forces and industry partners from Munich, Hamburg, Nagoya and Osaka.',
    );
    expect(compare(original, other).nearDuplicate).toBe(false);
  });

  it('round-trips a signature through its stored text form', () => {
    const sig = signatureOf(WIRE_STORY);
    expect(decodeSignature(encodeSignature(sig.words))).toEqual(sig.words);
  });
});

describe('conflicts', () => {
  it('does not treat a signing reported later as contradicting an earlier "negotiating"', () => {
    const talks = claim({ id: 1, doc: 'a', status: 'negotiating', published: '2024-01-01' });
    const signed = claim({ id: 2, doc: 'b', status: 'concluded', published: '2024-06-01' });
    expect(findConflicts([signed], [talks, signed])).toEqual([]);
  });

  it('reports an article still "negotiating" after the reference says it was signed', () => {
    const ref = claim({ id: 1, doc: 'ref', status: 'concluded', date: '2020-05', reference: true });
    const stale = claim({ id: 2, doc: 'a', status: 'negotiating', published: '2021-01-01' });
    expect(findConflicts([stale], [ref, stale]).map((f) => f.kind)).toEqual(['reference_status']);
  });
});
