import { describe, expect, it } from 'vitest';
import { findPartyMentions } from './find-party-mentions.js';
import { CURRENCY_NAMES, FIRST_NAME_AFTER_TITLE, NAMESAKE_NOUNS, withoutNamesakes } from './namesakes.js';

const capitals = (text: string) =>
  withoutNamesakes(text, findPartyMentions(text))
    .filter((m) => m.kind === 'capital')
    .map((m) => m.text);

describe('withoutNamesakes', () => {
  for (const entry of NAMESAKE_NOUNS) {
    describe(entry.name, () => {
      for (const example of entry.examples)
        it(`drops the namesake capital: ${example}`, () => {
          expect(findPartyMentions(example).some((m) => m.kind === 'capital')).toBe(true);
          const namesake = findPartyMentions(example).find((m) => m.kind === 'capital')!.text;
          expect(capitals(example)).not.toContain(namesake);
        });
      for (const counter of entry.counterExamples)
        it(`keeps the capital as its government: ${counter}`, () => {
          const first = findPartyMentions(counter).find((m) => m.kind === 'capital')!.text;
          expect(capitals(counter)).toContain(first);
        });
    });
  }

  describe(CURRENCY_NAMES.name, () => {
    const codes = (text: string) => withoutNamesakes(text, findPartyMentions(text)).map((m) => m.code);
    for (const example of CURRENCY_NAMES.examples)
      it(`drops the state on its currency: ${example}`, () => {
        expect(findPartyMentions(example).length).toBeGreaterThan(0);
        expect(codes(example)).toEqual([]);
      });
    for (const counter of CURRENCY_NAMES.counterExamples)
      it(`keeps the state: ${counter}`, () => {
        expect(codes(counter).length).toBeGreaterThan(0);
        expect(codes(counter)).toEqual(findPartyMentions(counter).map((m) => m.code));
      });
  });

  describe(FIRST_NAME_AFTER_TITLE.name, () => {
    for (const example of FIRST_NAME_AFTER_TITLE.examples)
      it(`drops the city as a person's first name: ${example}`, () => {
        expect(findPartyMentions(example).some((m) => m.kind === 'capital')).toBe(true);
        expect(capitals(example)).toEqual([]);
      });
    for (const counter of FIRST_NAME_AFTER_TITLE.counterExamples)
      it(`keeps the city: ${counter}`, () => {
        expect(capitals(counter).length).toBeGreaterThan(0);
      });
  });

  it('keeps a state named in an instrument’s name as its party', () => {
    const text = 'the Japan-U.S. Security Treaty and the Warsaw Pact';
    expect(withoutNamesakes(text, findPartyMentions(text)).map((m) => m.code)).toEqual(['JPN', 'USA']);
  });
});
