// `entente timeline`: dated milestones in order.
import { describe, expect, it } from 'vitest';
import { capture, memoryStore } from '../../test-support/capture.js';
import { timelineCommand } from './index.js';

describe('entente timeline', () => {
  it("lists the Philippines' dated events oldest first", async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await timelineCommand(store, 'Philippines', {}, io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toBe('PHL: 6 dated events');
    expect(lines[1]).toMatch(/^2016-02-29 +equipment_transfer_agreement +JPN\+PHL +concluded/);
    const dates = lines.slice(1).map((l) => l.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    await store.close();
  });

  it("prints a signing before the entry into force known only by its year (the UK's ACSA)", async () => {
    const store = await memoryStore();
    const io = capture();
    await timelineCommand(store, 'GBR', {}, io);
    const acsa = io
      .out()
      .split('\n')
      .filter((l) => / acsa /.test(l));
    expect(acsa).toHaveLength(2);
    expect(acsa[0]).toMatch(/^2017-01-26 +acsa +GBR\+JPN +concluded /);
    expect(acsa[1]).toMatch(/^2017 +acsa +GBR\+JPN +in_force /);
    await store.close();
  });

  it('refuses an unknown party in one line naming it', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await timelineCommand(store, 'XXX', {}, io)).toBe(2);
    expect(io.err()).toBe(
      "entente timeline: unknown party 'XXX': not a country code, name or grouping [UNKNOWN_PARTY]\n",
    );
    await store.close();
  });

  it('prints JSON events', async () => {
    const store = await memoryStore();
    const io = capture();
    await timelineCommand(store, 'PHL', { json: true }, io);
    const body = JSON.parse(io.out());
    expect(body.events[body.events.length - 1]).toMatchObject({
      type: 'acsa',
      status: 'concluded',
      date: '2026-01-15',
    });
    await store.close();
  });
});
