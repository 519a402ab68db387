// Runs every phrasebook entry against its own examples and counter-examples, and checks the synonym layer.
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../lexicon/type-triggers.js';
import {
  alternation,
  anyOf,
  entrySource,
  expandSynonyms,
  notationToSource,
  guardLookbehind,
  topLevelAlternatives,
} from './compile.js';
import type { PhraseEntry, PhraseFamily } from './entry.js';
import * as anaphora from './anaphora.js';
import * as clauses from './clauses.js';
import * as eventWords from './event-words.js';
import * as markers from './markers.js';
import * as partyLinks from './party-links.js';
import * as readings from './readings.js';
import * as roles from './roles.js';
import * as statusCues from './status-cues.js';
import { SYNONYMS } from './synonyms.js';
import * as transferRoles from './transfer-roles.js';
import * as triggers from './triggers.js';
import { TRIGGER_FAMILIES } from './triggers.js';

const isFamily = (value: unknown): value is PhraseFamily =>
  typeof value === 'object' && value !== null && Array.isArray((value as PhraseFamily).entries);

/** Every family the phrasebook modules export, alone, in a list or in a record: none can be left out. */
const FAMILIES: readonly PhraseFamily[] = [
  ...new Set(
    [triggers, statusCues, eventWords, roles, clauses, anaphora, markers, partyLinks, transferRoles, readings]
      .flatMap((module) => Object.values(module))
      .flatMap((value): unknown[] =>
        Array.isArray(value)
          ? value
          : isFamily(value)
            ? [value]
            : typeof value === 'object' && value
              ? Object.values(value)
              : [],
      )
      .filter(isFamily),
  ),
];

/** One entry on its own, with its family's flags but without /g, so that test() keeps no state. */
const compileAlone = (entry: PhraseEntry, flags: string) =>
  new RegExp(entrySource(entry), flags.replace('g', ''));

const ROWS = FAMILIES.flatMap((family) => family.entries.map((entry) => ({ family, entry })));

describe('phrasebook entries', () => {
  it('have unique names, two examples and a counter-example each', () => {
    const names = ROWS.map((r) => r.entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { entry } of ROWS) {
      expect(entry.examples.length, entry.name).toBeGreaterThanOrEqual(2);
      expect(entry.counterExamples.length, entry.name).toBeGreaterThanOrEqual(1);
    }
  });

  describe.each(ROWS.map((r) => [r.entry.name, r] as const))('%s', (_name, { family, entry }) => {
    const pattern = compileAlone(entry, family.flags);
    it.each(entry.examples.map((s) => [s]))('matches: %s', (sentence) => {
      expect(pattern.test(sentence)).toBe(true);
      const type = entry.yields.type;
      const trigger = TRIGGERS.find((t) => t.type === type);
      if (trigger && TRIGGER_FAMILIES.some((f) => f.entries.includes(entry))) {
        expect(
          new RegExp(trigger.pattern.source, trigger.pattern.flags.replace('g', '')).test(sentence),
        ).toBe(true);
      }
    });
    it.each(entry.counterExamples.map((s) => [s]))('does not match: %s', (sentence) => {
      expect(pattern.test(sentence)).toBe(false);
    });
  });
});

describe('synonym layer', () => {
  // Bare patterns (edge tests such as "the two defence ministers" as a pair anaphor) are kept as written.
  const matchingEntries = (sentence: string) =>
    ROWS.filter(({ family, entry }) => !entry.bare && compileAlone(entry, family.flags).test(sentence)).map(
      (r) => r.entry.name,
    );

  it('a spun sentence matches the same entries as the plain one', () => {
    const plain = matchingEntries('the Defense Ministers met');
    expect(plain).toContain('defense role: defense minister');
    expect(matchingEntries('the Protection Ministers met')).toEqual(plain);
    expect(matchingEntries('the Defence Ministers met')).toEqual(plain);
  });

  it('widens whole canonical words only', () => {
    expect(expandSynonyms('defense minister')).toBe('(defense|defence|protection) minister');
    expect(expandSynonyms('agreement[s]')).toBe('(agreement|accord|pact|settlement)[s]');
    // A stem with a suffix is not the noun "visit", and "go to" takes no plural.
    expect(expandSynonyms('visit[s|ed|ing]')).toBe('visit[s|ed|ing]');
    expect(expandSynonyms('codefense')).toBe('codefense');
    expect(expandSynonyms('acquisition and cross_servicing')).toContain('reciprocal materials and');
  });

  it('every variant is matched where its canonical word is', () => {
    for (const s of SYNONYMS) {
      const pattern = new RegExp(`^${notationToSource(expandSynonyms(s.canonical))}$`, 'i');
      expect(pattern.test(s.canonical), s.canonical).toBe(true);
      for (const v of s.variants) {
        const sample = v.replace(/\((\w+)\|[^)]*\)/g, '$1');
        expect(pattern.test(sample), `${s.canonical} -> ${sample}`).toBe(true);
      }
    }
  });
});

describe('phrase notation', () => {
  it('compiles optional parts, choices, hyphen-or-space and word gaps', () => {
    const re = (w: string) => new RegExp(`^${notationToSource(w)}$`, 'i');
    expect(re('agreement[s]').test('agreements')).toBe(true);
    expect(re('two_plus_two').test('two-plus-two')).toBe(true);
    expect(re('two_plus_two').test('two plus two')).toBe(true);
    expect(re('(joint|combined) ~2 training').test('joint anti-submarine warfare training')).toBe(true);
    expect(re('(joint|combined) ~2 training').test('joint one two three training')).toBe(false);
    expect(re('negotiat*').test('negotiations')).toBe(true);
    expect(re("minister[']s").test('minister’s')).toBe(true);
    expect(re('2[ ]+[ ]2').test('2 + 2')).toBe(true);
    expect(() => notationToSource('(a|b')).toThrow();
  });

  it('steps a word gap over names written with their accents', () => {
    const re = (w: string) => new RegExp(`^${notationToSource(w)}$`, 'i');
    expect(re('built ~3 with').test('built at Concepción with')).toBe(true);
    expect(re('talks ~2 on').test('talks in Brasília on')).toBe(true);
    expect(re('navy ~1 ships').test('navy × ships')).toBe(false);
  });
});

describe('alternation of sources', () => {
  it('writes a word boundary once when every alternative starts with one, and matches the same', () => {
    const sources = [String.raw`\b(?:met|talks)\b`, String.raw`\bvisit(?:ed)?\b|\bsummit`];
    expect(alternation(sources)).toBe(String.raw`\b(?:(?:met|talks)\b|visit(?:ed)?\b|summit)`);
    const text = 'Leaders met at a summit; the minister visited Oslo.';
    const plain = [...text.matchAll(new RegExp(sources.join('|'), 'gi'))].map((m) => [m.index, m[0]]);
    const factored = [...text.matchAll(new RegExp(alternation(sources), 'gi'))].map((m) => [m.index, m[0]]);
    expect(factored).toEqual(plain);
  });

  it('leaves the alternatives as they are when one of them does not start with a boundary', () => {
    // A bare pattern's own top-level "|", or a "|" inside a class or a group, is read as such.
    expect(alternation([String.raw`\bfoo`, String.raw`-bar|\bbaz`])).toBe(String.raw`\bfoo|-bar|\bbaz`);
    expect(alternation([String.raw`\bfoo`, String.raw`[|]bar`])).toBe(String.raw`\bfoo|[|]bar`);
    expect(topLevelAlternatives(String.raw`\ba(?:b|c)|\[d|e\]|[\]|]f`)).toEqual([
      String.raw`\ba(?:b|c)`,
      String.raw`\[d`,
      String.raw`e\]`,
      String.raw`[\]|]f`,
    ]);
  });
});

describe('an alternative that opens with a lookbehind', () => {
  it('is tried only where what follows the lookbehind matches, and matches the same', () => {
    const source = String.raw`(?<!\b(?:from|next)\b[^.;]{0,60})\b(runs?|lasts?)\s+(?<until>until|till)\b`;
    const guarded = guardLookbehind(source);
    expect(guarded).toBe(
      String.raw`\b(?=(?:runs?|lasts?)\s+(?:until|till)\b)(?<!\b(?:from|next)\b[^.;]{0,60})(runs?|lasts?)\s+(?<until>until|till)\b`,
    );
    const texts = [
      'The drills run until Friday.',
      'The drills will run from May and run until June.',
      'From next week the patrols last till the spring; the talks last until noon.',
    ];
    for (const text of texts) {
      const read = (s: string) =>
        [...text.matchAll(new RegExp(s, 'gi'))].map((m) => [m.index, m[0], m[1], m.groups?.['until']]);
      expect(read(guarded)).toEqual(read(source));
    }
  });

  it('keeps an alternative with a back-reference, or none after the lookbehind, as written', () => {
    expect(guardLookbehind(String.raw`(?<!x)(a)\1`)).toBe(String.raw`(?<!x)(a)\1`);
    expect(guardLookbehind(String.raw`(?<=a)`)).toBe(String.raw`(?<=a)`);
    expect(guardLookbehind(String.raw`\bfoo(?<!x)`)).toBe(String.raw`\bfoo(?<!x)`);
    // Two lookbehinds in a row stay together, behind the guard.
    expect(guardLookbehind(String.raw`(?<!a)(?<![(])bar`)).toBe(String.raw`(?=bar)(?<!a)(?<![(])bar`);
  });
});

describe('guard of several expressions', () => {
  it('matches a text exactly when one of its expressions does', () => {
    const patterns = [/^\s+(?:said|says)\b/i, /\bwith\s+(?:the\s+)?$/i, /\b(?:amid|against)\b/i];
    const guard = anyOf(patterns);
    for (const text of [' said on Monday', 'talks with the ', 'drills amid tension', 'signed a pact', ''])
      expect(guard.test(text)).toBe(patterns.some((p) => p.test(text)));
  });

  it('refuses expressions whose flags differ, that keep a lastIndex, or that refer back to a group', () => {
    expect(() => anyOf([/a/i, /b/])).toThrow(/cannot join/);
    expect(() => anyOf([/a/g])).toThrow(/cannot join/);
    expect(() => anyOf([/(a)\1/])).toThrow(/cannot join/);
  });
});
