import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m] as const);
const viaAllMatches = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, ...m] as const);

describe('allMatches', () => {
  const cases: Array<[RegExp, string]> = [
    [/\b(?:pact|accord)s?\b/gi, 'A pact, two Accords and a pactless deal; pacts.'],
    [/(a)|(b)/g, 'abcab'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a\u{1F600}b'],
    [/\d+/gy, '12 34'],
    [/\b\w+\b/g, ''],
  ];
  it('yields what matchAll yields, captures and indices included', () => {
    for (const [re, text] of cases) expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });

  it('starts from the expression lastIndex like matchAll, and leaves it as it was', () => {
    const re = /o/g;
    re.lastIndex = 5;
    const expected = viaMatchAll(re, 'foo boo');
    expect(viaAllMatches(re, 'foo boo')).toEqual(expected);
    expect(re.lastIndex).toBe(5);
  });

  it('refuses an expression without the global flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});
