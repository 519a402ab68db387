// `entente ties`: Japan's partners from the reference data on a fresh database, as text or JSON.
import { describe, expect, it } from 'vitest';
import { capture, memoryStore } from '../../test-support/capture.js';
import { tiesCommand } from './index.js';

describe('entente ties', () => {
  it("lists Japan's ties by type on a fresh database", async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await tiesCommand(store, ['Japan'], {}, io)).toBe(0);
    const text = io.out();
    expect(text).toMatch(/^Japan \(JPN\): \d+ ties\n/);
    const acsa = text.slice(text.indexOf('\nacsa\n'), text.indexOf('\nreciprocal_access\n'));
    expect(acsa).toContain('\n  USA            in_force    concluded 1996-04-15, in_force 1996-10');
    expect(text).toContain('(https://www.mofa.go.jp/mofaj/press/release/22/5/0519_04.html)');
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

  it('refuses an unknown party in one line with exit code 2', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await tiesCommand(store, ['Narnia'], {}, io)).toBe(2);
    expect(io.err()).toMatch(
      /^entente ties: Narnia: unknown party: expected an ISO 3166-1 alpha-3 code .*\[INVALID_INPUT\]\n$/,
    );
    await store.close();
  });
});
