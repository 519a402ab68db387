import { describe, expect, it } from 'vitest';
import { LiteralFilter } from './literal-filter.js';
import { requiredLiterals } from './required-literals.js';

describe('required literals', () => {
  it('reads the words every match contains, widening small classes and optional parts', () => {
    expect(requiredLiterals(String.raw`\b(?:defen[cs]e|security)\s+pact`, 'i')?.sort()).toEqual([
      'defence',
      'defense',
      'security',
    ]);
    // An optional plural adds nothing: where "agreements" occurs, so does "agreement".
    expect(requiredLiterals(String.raw`\bGSOMIA|agreement(?:s)?\b`, 'g')?.sort()).toEqual([
      'agreement',
      'gsomia',
    ]);
    // Look-arounds are not consumed: their words are not required.
    expect(requiredLiterals(String.raw`(?<=visit\s)talks(?!\s+on)`, 'i')).toEqual(['talks']);
  });

  it('reads none where some match needs no literal', () => {
    expect(requiredLiterals(String.raw`\b(?:foo)?\w+`, 'i')).toBeNull();
    expect(requiredLiterals(String.raw`\bpact|\d{4}`, 'i')).toBeNull();
    // Under /iu case folding maps "ſ" to "s": lower-cased text would not show it.
    expect(requiredLiterals('pass', 'iu')).toBeNull();
    expect(requiredLiterals('(', '')).toBeNull();
  });
});

describe('literal filter', () => {
  const pact = /\b(?:defen[cs]e|security)\s+pact\b/gi;
  const visit = /\bvisit(?:ed|s)?\b/gi;
  const anything = /\b\w+\b/g;
  const filter = new LiteralFilter([pact, visit, anything]);

  it('keeps the expressions whose words the text holds, in any case', () => {
    expect(filter.mayMatch('The DEFENSE pact was signed.')).toEqual(new Set([pact, anything]));
    expect(filter.mayMatch('Leaders revisited the security question.')).toEqual(
      new Set([pact, visit, anything]),
    );
  });

  it('skips an expression only where it cannot match', () => {
    const text = 'The minister spoke of trade and tourism.';
    const kept = filter.mayMatch(text);
    for (const re of [pact, visit, anything]) if (!kept.has(re)) expect(text.match(re)).toBeNull();
    expect(kept.has(visit)).toBe(false);
    // A non-ASCII letter matches no ASCII one under /i: "defenſe" holds no literal, and no match.
    expect(filter.mayMatch('a defenſe pact').has(pact)).toBe(false);
    expect('a defenſe pact'.match(pact)).toBeNull();
  });
});
