import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.js';

describe('ResponseCache', () => {
  it('computes once per version and key', async () => {
    const cache = new ResponseCache();
    let calls = 0;
    const compute = async () => ({ n: ++calls });
    expect((await cache.get('v1', 'a', compute)).json).toBe('{"n":1}');
    expect((await cache.get('v1', 'a', compute)).json).toBe('{"n":1}');
    expect((await cache.get('v2', 'a', compute)).json).toBe('{"n":2}');
  });

  it('drops the least recently used answers beyond its budget', async () => {
    const cache = new ResponseCache(50);
    let calls = 0;
    const compute = async () => ({ pad: 'x'.repeat(5), n: ++calls });
    await cache.get('v', 'a', compute);
    await cache.get('v', 'b', compute);
    await cache.get('v', 'a', compute);
    await cache.get('v', 'c', compute);
    expect(calls).toBe(3);
    await cache.get('v', 'a', compute);
    expect(calls).toBe(3);
    await cache.get('v', 'b', compute);
    expect(calls).toBe(4);
  });

  it('keeps at most maxEntries answers, and none when maxEntries is 0', async () => {
    const cache = new ResponseCache({ maxEntries: 3 });
    for (let i = 0; i < 50; i++) await cache.get('v', `k${i}`, async () => ({ i }));
    expect(cache.stats.entries).toBe(3);
    const off = new ResponseCache({ maxEntries: 0 });
    let calls = 0;
    await off.get('v', 'a', async () => ++calls);
    await off.get('v', 'a', async () => ++calls);
    expect(calls).toBe(2);
    expect(off.stats).toEqual({ entries: 0, chars: 0 });
  });

  it('forgets the answers of older versions', async () => {
    const cache = new ResponseCache();
    await cache.get('v1', 'a', async () => 1);
    await cache.get('v1', 'b', async () => 2);
    await cache.get('v2', 'a', async () => 3);
    expect(cache.stats).toEqual({ entries: 1, chars: 1 });
  });
});
