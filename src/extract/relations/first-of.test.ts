import { describe, expect, it } from 'vitest';
import { LiteralFilter } from '../lexicon/literal-filter.js';
import { allOf, firstOf, orderedUnion } from './first-of.js';

const byLoop = (patterns: RegExp[], text: string) => patterns.flatMap((p, i) => (p.test(text) ? [i] : []));

describe('firstOf and allOf', () => {
  // Word-bounded phrases (the union writes \b once), overlapping at one place, one behind a look-behind, one
  // end-anchored, one with groups of its own.
  const bounded = [
    /\b(?:signed|inked)\s+(?:the\s+)?(?:pact|deal)\b/i,
    /\bsigned\b/i,
    /\b(?<!not\s)agreed\b/i,
    /\b(?:(with)|(to))\s+(?:the\s+)?$/i,
    /\bpact\b/i,
  ];
  // Without a shared word boundary: the union is written as it is.
  const bare = [/[;:]/, /,\s(?:which|who)\b/, /\s--?\s/];
  const texts = [
    '',
    'They signed the pact in May.',
    'The deal was signed, and the pact agreed.',
    'It was not agreed; a pact was signed with ',
    'Talks went on -- which stalled -- to the ',
    'pactsigned signed',
    'No phrase here at all',
  ];

  it('find what a test of each finds, and the first in order', () => {
    for (const patterns of [bounded, bare]) {
      const union = orderedUnion(patterns);
      for (const text of texts) {
        const each = byLoop(patterns, text);
        expect(allOf(union, text)).toEqual(each);
        expect(firstOf(union, text)).toBe(each[0] ?? -1);
      }
    }
  });

  it('with a literal pass, test only the expressions it leaves, as a loop of tests would', () => {
    const filter = new LiteralFilter(bounded);
    const union = orderedUnion(bounded);
    for (const text of texts) {
      const each = byLoop(bounded, text);
      // The pass over the whole text, or over a text it is part of, speaks for it.
      for (const may of [filter.mayMatch(text), filter.mayMatch(`${text} They signed the pact with `)]) {
        expect(allOf(union, text, may)).toEqual(each);
        expect(firstOf(union, text, may)).toBe(each[0] ?? -1);
      }
    }
    // An expression left out is not run, even where it would match.
    expect(allOf(union, 'They signed the pact.', new Set([bounded[1]!]))).toEqual([1]);
  });

  it("with the expressions' parts, test only the parts the pass leaves, as a test of each expression would", () => {
    // Each expression's alternatives alone: it matches where one of them does.
    const parts = [
      [/\b(?:signed)\s+(?:the\s+)?(?:pact|deal)\b/i, /\b(?:inked)\s+(?:the\s+)?(?:pact|deal)\b/i],
      undefined,
      undefined,
      [/\b(?:(with))\s+(?:the\s+)?$/i, /\b(?:(to))\s+(?:the\s+)?$/i],
      undefined,
    ];
    const filter = new LiteralFilter([...bounded, ...parts.flat().filter((p) => p !== undefined)]);
    const union = orderedUnion(bounded, parts);
    for (const text of texts) {
      const each = byLoop(bounded, text);
      expect(allOf(union, text, filter.mayMatch(text))).toEqual(each);
      expect(firstOf(union, text, filter.mayMatch(text))).toBe(each[0] ?? -1);
    }
  });

  it('find a later expression matching where an earlier one matches first', () => {
    // At "signed the pact" the first expression matches; the second matches there too, and nowhere else.
    const union = orderedUnion([/\bsigned the pact\b/, /\bsigned\b/]);
    expect(allOf(union, 'They signed the pact.')).toEqual([0, 1]);
  });

  it('leave no lastIndex behind', () => {
    const union = orderedUnion(bounded);
    allOf(union, texts[2]!);
    firstOf(union, texts[2]!);
    expect(union.union.lastIndex).toBe(0);
    for (const sticky of union.at) expect(sticky.lastIndex).toBe(0);
  });

  it('refuse expressions that cannot join one union', () => {
    expect(() => orderedUnion([/a/i, /b/])).toThrow();
    expect(() => orderedUnion([/a/g])).toThrow();
    expect(() => orderedUnion([/(a)\1/])).toThrow();
  });
});
