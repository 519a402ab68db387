// `entente facts`: filters by type, status, date and party; bad filters are one line and exit 2.
import { describe, expect, it } from 'vitest';
import { capture, memoryStore } from '../../test-support/capture.js';
import { factsCommand } from './index.js';

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
    const date = capture();
    expect(await factsCommand(store, { since: 'last week' }, date)).toBe(2);
    expect(date.err()).toBe('entente facts: --since: expected YYYY, YYYY-MM or YYYY-MM-DD\n');
    await store.close();
  });
});
