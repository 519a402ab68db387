// The gazetteer: every state found by its name, the forms it holds and their hygiene.
import { describe, expect, it } from 'vitest';
import { allParties, isKnownParty } from '../../parties/party-catalogue.js';
import { findPartyMentions } from './find-party-mentions.js';
import { catalogueEntries } from './gazetteer.js';
import { personCount } from './person-entries.js';

describe('gazetteer', () => {
  it('finds every state by its display name', () => {
    const misses = allParties()
      .filter((p) => p.kind === 'state')
      .filter((p) => findPartyMentions(`Officials from ${p.name} met.`)[0]?.code !== p.code)
      .map((p) => `${p.code} ${p.name}`);
    expect(misses).toEqual([]);
  });

  it('finds a two-part name written with an ampersand as one state', () => {
    const twoPart = allParties().filter((p) => p.kind === 'state' && / and /.test(p.name));
    expect(twoPart.length).toBeGreaterThanOrEqual(4);
    const misses = twoPart
      .filter((p) => {
        const found = findPartyMentions(`Officials from ${p.name.replace(/ and /g, ' & ')} met.`);
        return found.length !== 1 || found[0]!.code !== p.code;
      })
      .map((p) => `${p.code} ${p.name}`);
    expect(misses).toEqual([]);
  });

  it('maps well-known states to the right alpha-3 codes', () => {
    const expected: Record<string, string> = {
      Germany: 'DEU',
      Switzerland: 'CHE',
      Austria: 'AUT',
      Australia: 'AUS',
      Niger: 'NER',
      Nigeria: 'NGA',
      'South Korea': 'KOR',
      'North Korea': 'PRK',
      Taiwan: 'TWN',
      Vietnam: 'VNM',
      Myanmar: 'MMR',
      'Sri Lanka': 'LKA',
      Slovakia: 'SVK',
      Slovenia: 'SVN',
      Mongolia: 'MNG',
      'Timor-Leste': 'TLS',
      'United Arab Emirates': 'ARE',
    };
    const found = Object.fromEntries(Object.keys(expected).map((n) => [n, findPartyMentions(n)[0]?.code]));
    expect(found).toEqual(expected);
  });

  it('lists around three hundred people and maps each to a known party', () => {
    expect(personCount()).toBeGreaterThanOrEqual(280);
    const unknown = catalogueEntries().filter((e) => e.code !== null && !isKnownParty(e.code));
    expect(unknown).toEqual([]);
  });

  it('starts every phrase with a capital letter or a digit, so lowercase words cost no lookup', () => {
    const lowercase = catalogueEntries().filter((e) => !/^[\p{Lu}\d]/u.test(e.text));
    expect(lowercase.map((e) => e.text)).toEqual([]);
  });

  it('does not let a package spelling shared by two states name either', () => {
    expect(findPartyMentions('Dominican officials')).toEqual([]);
    expect(findPartyMentions('Congolese troops')).toEqual([]);
    expect(findPartyMentions('Dominican Republic')[0]?.code).toBe('DOM');
  });
});
