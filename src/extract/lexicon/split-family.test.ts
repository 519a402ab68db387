import { describe, expect, it } from 'vitest';
import { compileEntries } from '../phrasebook/compile.js';
import type { PhraseEntry, PhraseFamily } from '../phrasebook/entry.js';
import { MEETING_FAMILY } from '../phrasebook/event-words.js';
import { TRIGGER_FAMILIES } from '../phrasebook/triggers.js';
import { allMatches } from './all-matches.js';
import { LiteralFilter } from './literal-filter.js';
import { SplitFamily } from './split-family.js';

const entry = (name: string, more: Partial<PhraseEntry>): PhraseEntry => ({
  name,
  yields: {},
  examples: [],
  counterExamples: [],
  ...more,
});

/** The matches as [index, text]: what the callers read of them. */
const spans = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0]] as const);

function agrees(family: PhraseFamily, texts: readonly string[]): void {
  const whole = compileEntries(family.entries, family.flags);
  const split = new SplitFamily(whole, family);
  const filter = new LiteralFilter(split.parts);
  for (const text of texts) {
    const may = filter.mayMatch(text);
    const firstAt = new Map<RegExp, number>();
    expect(split.first(text, may, firstAt), text).toBe(text.search(whole));
    for (const from of [0, Math.floor(text.length / 2)]) {
      const expected = spans(allMatches(whole, text, from));
      expect(spans(split.allFrom(text, from, may)), text).toEqual(expected);
      // From the parts' first matches as `first` found them: the same.
      expect(spans(split.allFrom(text, from, may, firstAt)), text).toEqual(expected);
    }
  }
}

describe('SplitFamily', () => {
  it('finds what the whole family finds: the earliest match, and there the first phrasing in order', () => {
    const family: PhraseFamily = {
      name: 'test',
      flags: 'gi',
      entries: [
        // The same place matched by two phrasings: the earlier one (the longer match) wins.
        entry('a', { words: ['signed a pact', 'signed'], unlessFollowedBy: 'never' }),
        entry('b', { words: ['signed a pact with'] }),
        entry('c', { pattern: String.raw`(?<=\bthe\s)accords?` }),
      ],
    };
    agrees(family, [
      'They signed a pact with Oslo, then signed again.',
      'They signed never, and the accords held; the accord too.',
      'Nothing here.',
      '',
    ]);
  });

  it("finds the trigger families' and the meeting words' matches in their own examples", () => {
    for (const family of [...TRIGGER_FAMILIES, MEETING_FAMILY])
      agrees(
        family,
        family.entries.flatMap((e) => [...e.examples, ...e.counterExamples]),
      );
  });

  it('refuses an expression that is not the family compiled', () => {
    const family: PhraseFamily = { name: 'x', flags: 'gi', entries: [entry('a', { words: ['pact'] })] };
    expect(() => new SplitFamily(/\bpact\b/g, family)).toThrow();
  });
});
