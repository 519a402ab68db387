import { describe, expect, it } from 'vitest';
import { LiteralFilter } from './literal-filter.js';
import { literalNeed, type Need } from './required-literals.js';

describe('required literals', () => {
  it('reads the words every match contains, widening small classes and optional parts', () => {
    // A sequence needs each of its parts: one of the words before "pact", and "pact".
    expect(literalNeed(String.raw`\b(?:defen[cs]e|security)\s+pact`, 'i')).toEqual({
      kind: 'all',
      of: [
        { kind: 'literal', strings: ['defence', 'defense', 'security'] },
        { kind: 'literal', strings: ['pact'] },
      ],
    });
    // An optional plural adds nothing: where "agreements" occurs, so does "agreement".
    expect(literalNeed(String.raw`\bGSOMIA|agreement(?:s)?\b`, 'g')).toEqual({
      kind: 'literal',
      strings: ['gsomia', 'agreement'],
    });
    // A look-around consumes nothing, but where a positive one holds the text has its words; a negative
    // one's words are not required.
    expect(literalNeed(String.raw`(?<=visit\s)talks(?!\s+on)`, 'i')).toEqual({
      kind: 'all',
      of: [
        { kind: 'literal', strings: ['talks'] },
        { kind: 'literal', strings: ['visit'] },
      ],
    });
    // A look-ahead adds its own words to those of the match: "held" and one of "talks", "meetings".
    expect(literalNeed(String.raw`\bheld(?=\s+(?:talks|meetings))`, 'i')).toEqual({
      kind: 'all',
      of: [
        { kind: 'literal', strings: ['held'] },
        { kind: 'literal', strings: ['talks', 'meetings'] },
      ],
    });
    // Alternatives that are not single words stay alternatives of their own needs.
    expect(literalNeed(String.raw`\b(?:joint\s+venture|develop\w*\s+with)`, 'i')).toEqual({
      kind: 'one',
      of: [
        {
          kind: 'all',
          of: [
            { kind: 'literal', strings: ['joint'] },
            { kind: 'literal', strings: ['venture'] },
          ],
        },
        {
          kind: 'all',
          of: [
            { kind: 'literal', strings: ['develop'] },
            { kind: 'literal', strings: ['with'] },
          ],
        },
      ],
    });
  });

  it('reads \\d as a choice of the ten digits', () => {
    expect(literalNeed(String.raw`\bF-\d+`, 'i')).toEqual({
      kind: 'all',
      of: [
        { kind: 'literal', strings: ['f-'] },
        { kind: 'literal', strings: [...'0123456789'] },
      ],
    });
  });

  it('reads [0-9] as the ten digits, as \\d', () => {
    expect(literalNeed('[0-9]+', '')).toEqual({ kind: 'literal', strings: [...'0123456789'] });
  });

  it('reads none where some match needs no literal', () => {
    expect(literalNeed(String.raw`\b(?:foo)?\w+`, 'i')).toBeNull();
    expect(literalNeed(String.raw`\bpact|\s\w{4}`, 'i')).toBeNull();
    // Under /iu case folding maps "ſ" to "s": lower-cased text would not show it.
    expect(literalNeed('pass', 'iu')).toBeNull();
    expect(literalNeed('(', '')).toBeNull();
  });
});

describe('literal filter', () => {
  const pact = /\b(?:defen[cs]e|security)\s+pact\b/gi;
  const visit = /\bvisit(?:ed|s)?\b/gi;
  const anything = /\b\w+\b/g;
  const filter = new LiteralFilter([pact, visit, anything]);

  it('keeps the expressions whose words the text holds, in any case', () => {
    expect(filter.mayMatch('The DEFENSE pact was signed.')).toEqual(new Set([pact, anything]));
    expect(filter.mayMatch('Leaders revisited the security pact.')).toEqual(new Set([pact, visit, anything]));
    // Every part of a sequence must be there: "security" without "pact" cannot match.
    expect(filter.mayMatch('Leaders revisited the security question.')).toEqual(new Set([visit, anything]));
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

  it('reads nested formulas as the formula says, with every short cut', () => {
    // Sequences of alternatives of sequences: each expression's verdict is its need read on the text itself.
    const nested = [
      /\b(?:joint\s+(?:drills?|exercises?)|(?:naval|air)\s+(?:drills?|patrols?))\s+(?:with|alongside)\b/gi,
      /\b(?:sign(?:ed)?|ink(?:ed)?)\s+(?:a|the)\s+(?:defen[cs]e|security)\s+(?:pact|accord|deal)\b/gi,
      /\b(?:(?:arms|weapons)\s+(?:sales?|deals?)|(?:sold|supplied)\s+(?:jets|tanks))\b|\bvisit\s+to\b/gi,
    ];
    const nestedFilter = new LiteralFilter(nested);
    const reads = (need: Need, text: string): boolean =>
      need.kind === 'literal'
        ? need.strings.some((s) => text.includes(s))
        : need.kind === 'all'
          ? need.of.every((n) => reads(n, text))
          : need.of.some((n) => reads(n, text));
    const words = [
      'joint',
      'drills',
      'naval',
      'patrols',
      'with',
      'signed',
      'the',
      'defence',
      'security',
      'accord',
      'deal',
      'arms',
      'sales',
      'sold',
      'tanks',
      'visit',
      'to',
      'alongside',
      'ink',
      'pact',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + (next() % 6) }, () => words[next() % words.length]).join(' ');
      const kept = nestedFilter.mayMatch(text);
      for (const re of nested) expect(kept.has(re)).toBe(reads(literalNeed(re.source, re.flags)!, text));
    }
  });
});
