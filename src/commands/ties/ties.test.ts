// `entente ties`: Japan's partners from the reference data on a fresh database, as text or JSON.
import { describe, expect, it } from 'vitest';
import { capture, memoryStore } from '../../test-support/capture.js';
import { fact } from '../../test-support/fixture-facts.js';
import { formatTies } from './format-ties.js';
import { tiesCommand } from './index.js';

describe('entente ties', () => {
  it("lists Japan's ties by type on a fresh database", async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await tiesCommand(store, ['Japan'], {}, io)).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^Japan \(JPN\): \d+ ties\n/);
    const acsa = text.slice(text.indexOf('\nacsa\n'), text.indexOf('\nreciprocal_access\n'));
    expect(acsa).toMatch(/\n {2}USA +in_force +concluded 1996-04-15, in_force 1996-10 +1 source\n/);
    expect(text).toContain(
      '    [reference: japan_agreements] https://www.mofa.go.jp/mofaj/press/release/22/5/0519_04.html\n',
    );
    await store.close();
  });

  it('prints milestones oldest first, the signing before an entry into force known only by its year', async () => {
    const store = await memoryStore();
    const io = capture();
    await tiesCommand(store, ['JPN', 'GBR'], {}, io);
    expect(io.out()).toMatch(/\n {2}GBR\+JPN +in_force +concluded 2017-01-26, in_force 2017 +1 source\n/);
    await store.close();
  });

  it("answers one pair's ties as JSON", async () => {
    const store = await memoryStore();
    const io = capture();
    await tiesCommand(store, ['jpn', 'PHL'], { json: true }, io);
    const body = JSON.parse(io.out());
    expect(body.parties).toEqual(['JPN', 'PHL']);
    expect(body.ties.map((t: { type: string }) => t.type)).toContain('reciprocal_access');
    expect(body.ties[0]).toHaveProperty('sources');
    expect(body.ties[0]).toHaveProperty('quote');
    await store.close();
  });

  it('refuses an unknown name or code in one line naming it, with exit code 2', async () => {
    const store = await memoryStore();
    for (const args of [['Narnia'], ['JPN', 'XXX']]) {
      const io = capture();
      expect(await tiesCommand(store, args, {}, io)).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toBe(
        `entente ties: unknown party '${args.at(-1)}': not a country code, name or grouping [UNKNOWN_PARTY]\n`,
      );
    }
    await store.close();
  });

  it('answers a known party with no facts without an error', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await tiesCommand(store, ['Iceland'], {}, io)).toBe(0);
    expect(io.out()).toBe('Iceland (ISL): no ties stored\n');
    await store.close();
  });

  it('keeps every column in place when an item is long or spans lines', () => {
    const tie = (item: string | null, partner: string) => ({
      ...fact('equipment_transfer', ['JPN', partner], 'completed', '2024-05-01', { item }),
      partners: [partner],
    });
    const text = formatTies('Japan (JPN)', [
      tie(null, 'AUS'),
      tie('Mogami-class frigates\nwith\ttheir missiles, radars and a very long support package', 'PHL'),
      tie('radars', 'VNM'),
    ]);
    const rows = text.split('\n').filter((l) => /^ {2}\S/.test(l));
    expect(rows).toHaveLength(3);
    const statusAt = rows.map((r) => r.indexOf('completed'));
    expect(new Set(statusAt).size).toBe(1);
    expect(rows[1]).toMatch(
      /^ {2}PHL \(Mogami-class frigates with… +completed +completed 2024-05-01 +1 source$/,
    );
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });
});
