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
});
