// Runs every phrasebook entry against its own examples and counter-examples, and checks the synonym layer.
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../lexicon/type-triggers.js';
import {
  alternation,
  entrySource,
  expandSynonyms,
  notationToSource,
  topLevelAlternatives,
} from './compile.js';
import type { PhraseEntry, PhraseFamily } from './entry.js';
import {
  ACQUIRE_FAMILY,
  DEFENSE_ROLE_FAMILY,
  EQUIPMENT_FAMILY,
  FOREIGN_ROLE_FAMILY,
  MEETING_FAMILY,
  PARTICIPATION_FAMILY,
  NEGOTIATION_TALKS_FAMILY,
  OFFICIAL_FAMILY,
  SUPPLY_FAMILY,
} from './event-words.js';
import { AGREEMENT_CUE_FAMILIES, FUTURE_FAMILY, TRANSFER_CUE_FAMILIES } from './status-cues.js';
import { SYNONYMS } from './synonyms.js';
import {
  EXCLUDED_BEFORE_FAMILY,
  GROUPING_AS_ADJECTIVE_FAMILY,
  MEDIA_AFTER_FAMILY,
  NON_MEMBER_FAMILY,
  BECOME_ROLE_FAMILY,
  PLACE_BEFORE_FAMILY,
  NEAR_PLACE_FAMILY,
  RIVAL_AFTER_FAMILY,
  RIVAL_BEFORE_FAMILY,
} from './roles.js';
import {
  CALLED_OFF_FAMILY,
  CLAUSE_EDGE_FAMILY,
  CONDITIONAL_OPENING_FAMILY,
  DEVELOPMENT_STATUS_FAMILY,
  EVENT_PROPOSED_FAMILY,
  HAS_BEFORE_FAMILY,
  HYPOTHETICAL_FAMILY,
  MEMBERSHIP_STATUS_FAMILY,
  NEGATED_FAMILY,
  PAST_EVENT_VERB_FAMILY,
  RELATIVE_AFTER_FAMILY,
  REPORTED_WOULD_FAMILY,
  REPORT_DATE_FAMILY,
  BACKGROUND_KIND_FAMILY,
  SPECULATIVE_FAMILY,
  SUSPENDED_FAMILY,
  UNDER_BEFORE_FAMILY,
  UNREPORTED_HYPOTHETICAL_FAMILY,
  CLAUSE_SHAPE_FAMILIES,
} from './clauses.js';
import {
  ALSO_WITH_FAMILY,
  GROUPING_ANAPHOR_FAMILY,
  INSTRUMENT_DETERMINER_FAMILY,
  LATER_MILESTONE_FAMILY,
  IT_ITS_FAMILY,
  IT_THEY_SUBJECT_FAMILY,
  JOIN_THE_FAMILY,
  MEMBERSHIP_BID_FAMILY,
  MEMBERSHIP_WORD_FAMILY,
  PAIR_ANAPHOR_FAMILY,
  PRONOUN_SUBJECT_FAMILY,
  ROLE_BESIDE_FAMILY,
  SAME_KIND_FAMILY,
} from './anaphora.js';
import { INSTITUTION_OF_FAMILY, JOINER_FAMILY, MARKER_FAMILY } from './markers.js';
import {
  AGENT_AFTER_FAMILY,
  AID_FAMILY,
  ARMS_DEAL_FAMILY,
  CONTRACT_FOR_FAMILY,
  CUSTOMER_OF_FAMILY,
  CONTRAST_EDGE_FAMILY,
  MADE_BY_FAMILY,
  RECIPIENT_ANAPHOR_FAMILY,
  SUPPLIER_NOUN_FAMILY,
  SUPPLIER_POSSESSOR_FAMILY,
  ARMS_BOUGHT_FAMILY,
  SUBJECT_GAP_FAMILY,
} from './transfer-roles.js';
import { GENERIC_FAMILY, TRIGGER_FAMILIES, UMBRELLA_FAMILY } from './triggers.js';
import {
  CIVIL_CONTEXT_FAMILY,
  CLIENTS_FAMILY,
  DEFENSE_CONTEXT_FAMILY,
  GROUPING_ROLE_FAMILY,
} from './readings.js';

const FAMILIES: readonly PhraseFamily[] = [
  ...TRIGGER_FAMILIES,
  UMBRELLA_FAMILY,
  GENERIC_FAMILY,
  ...AGREEMENT_CUE_FAMILIES,
  FUTURE_FAMILY,
  ...TRANSFER_CUE_FAMILIES,
  MEETING_FAMILY,
  PARTICIPATION_FAMILY,
  NEGOTIATION_TALKS_FAMILY,
  FOREIGN_ROLE_FAMILY,
  DEFENSE_ROLE_FAMILY,
  OFFICIAL_FAMILY,
  EQUIPMENT_FAMILY,
  SUPPLY_FAMILY,
  ACQUIRE_FAMILY,
  GROUPING_ROLE_FAMILY,
  CLIENTS_FAMILY,
  DEFENSE_CONTEXT_FAMILY,
  CIVIL_CONTEXT_FAMILY,
  RIVAL_BEFORE_FAMILY,
  RIVAL_AFTER_FAMILY,
  MEDIA_AFTER_FAMILY,
  PLACE_BEFORE_FAMILY,
  NEAR_PLACE_FAMILY,
  GROUPING_AS_ADJECTIVE_FAMILY,
  EXCLUDED_BEFORE_FAMILY,
  NON_MEMBER_FAMILY,
  BECOME_ROLE_FAMILY,
  CLAUSE_EDGE_FAMILY,
  HYPOTHETICAL_FAMILY,
  UNREPORTED_HYPOTHETICAL_FAMILY,
  CONDITIONAL_OPENING_FAMILY,
  REPORTED_WOULD_FAMILY,
  REPORT_DATE_FAMILY,
  BACKGROUND_KIND_FAMILY,
  NEGATED_FAMILY,
  SPECULATIVE_FAMILY,
  CALLED_OFF_FAMILY,
  SUSPENDED_FAMILY,
  PAST_EVENT_VERB_FAMILY,
  EVENT_PROPOSED_FAMILY,
  HAS_BEFORE_FAMILY,
  UNDER_BEFORE_FAMILY,
  RELATIVE_AFTER_FAMILY,
  DEVELOPMENT_STATUS_FAMILY,
  MEMBERSHIP_STATUS_FAMILY,
  PAIR_ANAPHOR_FAMILY,
  PRONOUN_SUBJECT_FAMILY,
  GROUPING_ANAPHOR_FAMILY,
  INSTRUMENT_DETERMINER_FAMILY,
  LATER_MILESTONE_FAMILY,
  JOIN_THE_FAMILY,
  MEMBERSHIP_BID_FAMILY,
  MEMBERSHIP_WORD_FAMILY,
  ROLE_BESIDE_FAMILY,
  ALSO_WITH_FAMILY,
  IT_THEY_SUBJECT_FAMILY,
  IT_ITS_FAMILY,
  JOINER_FAMILY,
  MARKER_FAMILY,
  INSTITUTION_OF_FAMILY,
  ARMS_DEAL_FAMILY,
  AID_FAMILY,
  SUPPLIER_NOUN_FAMILY,
  CONTRACT_FOR_FAMILY,
  CUSTOMER_OF_FAMILY,
  AGENT_AFTER_FAMILY,
  SUPPLIER_POSSESSOR_FAMILY,
  RECIPIENT_ANAPHOR_FAMILY,
  MADE_BY_FAMILY,
  CONTRAST_EDGE_FAMILY,
  ...Object.values(CLAUSE_SHAPE_FAMILIES),
  SAME_KIND_FAMILY,
  ARMS_BOUGHT_FAMILY,
  SUBJECT_GAP_FAMILY,
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
    expect(expandSynonyms('agreement[s]')).toBe('(agreement|accord|pact)[s]');
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
    expect(alternation([String.raw`\bfoo`, String.raw`(?<!x)bar|\bbaz`])).toBe(
      String.raw`\bfoo|(?<!x)bar|\bbaz`,
    );
    expect(alternation([String.raw`\bfoo`, String.raw`[|]bar`])).toBe(String.raw`\bfoo|[|]bar`);
    expect(topLevelAlternatives(String.raw`\ba(?:b|c)|\[d|e\]|[\]|]f`)).toEqual([
      String.raw`\ba(?:b|c)`,
      String.raw`\[d`,
      String.raw`e\]`,
      String.raw`[\]|]f`,
    ]);
  });
});
