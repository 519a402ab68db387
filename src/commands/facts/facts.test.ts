// `entente facts`: filters by type, status, date and party; bad filters are one line and exit 2.
import { describe, expect, it } from 'vitest';
import { capture, memoryStore } from '../../test-support/capture.js';
import { fact } from '../../test-support/fixture-facts.js';
import { factsCommand, formatFacts, type FactsOptions } from './index.js';

describe('entente facts', () => {
  it('filters by type, status, date and party', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(
      await factsCommand(
        store,
        { type: 'reciprocal_access', status: 'in_force', since: '2023', json: true },
        io,
      ),
    ).toBe(0);
    const partners = JSON.parse(io.out()).facts.map((f: { parties: string[] }) => f.parties.join('+'));
    expect(partners.sort()).toEqual(['GBR+JPN', 'JPN+PHL', 'AUS+JPN'].sort());
    const text = capture();
    await factsCommand(store, { party: 'Mongolia' }, text);
    expect(text.out()).toMatch(/^2 facts\n/);
    await store.close();
  });

  it('names the bad option and what it expects', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await factsCommand(store, { type: 'alliance' as 'acsa' }, io)).toBe(2);
    expect(io.err()).toMatch(/^entente facts: --type: /);
    const refused: [FactsOptions, string][] = [
      [
        { since: 'last week' },
        "--since: expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got 'last week'",
      ],
      [
        { since: '2024-13-45' },
        "--since: expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-13-45' (there is no month 13)",
      ],
      [
        { until: '2023-02-29' },
        "--until: expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '2023-02-29' (2023-02 has no day 29)",
      ],
      [{ since: '2025', until: '2020' }, "--since: expected a date on or before --until (2020), got '2025'"],
      [{ limit: 'abc' }, "--limit: expected a whole number from 1 to 100000, got 'abc'"],
      [{ limit: '0' }, "--limit: expected a whole number from 1 to 100000, got '0'"],
      [{ party: 'XXX' }, "unknown party 'XXX': not a country code, name or grouping [UNKNOWN_PARTY]"],
    ];
    for (const [options, line] of refused) {
      const run = capture();
      expect(await factsCommand(store, options, run)).toBe(2);
      expect(run.err()).toBe(`entente facts: ${line}\n`);
      expect(run.out()).toBe('');
    }
    await store.close();
  });

  it('takes a range within one year, a leap day and a limit', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await factsCommand(store, { since: '2024-06', until: '2024', limit: '2', json: true }, io)).toBe(
      0,
    );
    const facts = JSON.parse(io.out()).facts as { date: string }[];
    expect(facts).toHaveLength(2);
    expect(facts.every((f) => f.date.startsWith('2024'))).toBe(true);
    expect(await factsCommand(store, { since: '2024-02-29' }, capture())).toBe(0);
    await store.close();
  });

  it('keeps the columns of a row in place whatever its parties and item', () => {
    const text = formatFacts([
      fact('acsa', ['GBR', 'JPN'], 'in_force', '2017', {
        milestones: {
          in_force: { date: '2017', doc: 'd', quote: 'q' },
          concluded: { date: '2017-01-26', doc: 'd', quote: 'q' },
        },
      }),
      fact('equipment_transfer', ['JPN', 'PHL'], 'completed', '2024-05-01', {
        item: 'TC-90 trainer aircraft,\nspare parts\tand a long support package for the Philippine Navy',
      }),
    ]);
    const rows = text.trim().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.search(/ (?:in_force|completed) {2}/))).size).toBe(1);
    expect(rows[0]).toMatch(/ in_force +concluded 2017-01-26, in_force 2017 +1 src /);
    expect(rows[1]).toMatch(/ JPN\+PHL \(TC-90 trainer aircraft… +completed /);
  });
});
