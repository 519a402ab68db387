import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './white-space.js';

describe('isSpaceCode', () => {
  it('agrees with the \\s class of an expression on every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
