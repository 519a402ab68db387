// Behaviour of the gazetteer on sentences written for the test: names, compounds, places, firms, ships.
import { describe, expect, it } from 'vitest';
import { findPartyMentions } from './find-party-mentions.js';

/** `text:CODE:kind` for each mention, the compact form these tests compare. */
function found(text: string): string[] {
  return findPartyMentions(text).map((m) => `${m.text}:${m.code}:${m.kind}`);
}

function codes(text: string): string[] {
  return findPartyMentions(text).map((m) => m.code);
}

describe('findPartyMentions: names and abbreviations', () => {
  it('reads the abbreviations news copy uses for states', () => {
    expect(codes('US, U.S., USA, U.S.A., UK, U.K., ROK, DPRK, PRC, UAE and PNG')).toEqual([
      'USA',
      'USA',
      'USA',
      'USA',
      'GBR',
      'GBR',
      'KOR',
      'PRK',
      'CHN',
      'ARE',
      'PNG',
    ]);
  });

  it('reads a name with or without its diacritics, whichever way the catalogue spells it', () => {
    expect(found('Ministers of México and Perú met in Reykjavík, then flew to Turkiye.')).toEqual([
      'México:MEX:name',
      'Perú:PER:name',
      'Reykjavík:ISL:capital',
      'Turkiye:TUR:name',
    ]);
  });

  it('matches abbreviations and capitalized names only in their capitalized form', () => {
    expect(found('Let us chad a turkey, then visit Chad and Turkey.')).toEqual([
      'Chad:TCD:name',
      'Turkey:TUR:name',
    ]);
  });

  it('gives exact offsets for a dotted U.S. in mid-sentence', () => {
    const text = 'Both the U.S. and Japan agreed.';
    const [us, japan] = findPartyMentions(text);
    expect(us).toEqual({ start: 9, end: 13, code: 'USA', kind: 'abbreviation', text: 'U.S.' });
    expect(text.slice(japan?.start, japan?.end)).toBe('Japan');
  });

  it('knows the common short and alternative names', () => {
    expect(
      codes(
        'America, Britain, Great Britain, Korea, South Korea, North Korea, mainland China, Russian Federation, ' +
          'Holland, Burma, Czechia, Türkiye, Turkiye, Viet Nam, Ivory Coast, Côte d’Ivoire, the Philippines',
      ),
    ).toEqual([
      'USA',
      'GBR',
      'GBR',
      'KOR',
      'KOR',
      'PRK',
      'CHN',
      'RUS',
      'NLD',
      'MMR',
      'CZE',
      'TUR',
      'TUR',
      'VNM',
      'CIV',
      'CIV',
      'PHL',
    ]);
  });

  it('prefers the longest name at a point', () => {
    expect(found("the People's Republic of China and the Republic of China")).toEqual([
      "People's Republic of China:CHN:name",
      'Republic of China:TWN:name',
    ]);
    expect(found('United States of America')).toEqual(['United States of America:USA:name']);
    expect(found('Israel Aerospace Industries')).toEqual(['Israel Aerospace Industries:ISR:firm']);
  });

  it('respects word boundaries inside longer names and adjectives', () => {
    expect(found('Nigeria, Romania and Indiana')).toEqual(['Nigeria:NGA:name', 'Romania:ROU:name']);
    expect(found('Indian troops left India.')).toEqual(['Indian:IND:demonym', 'India:IND:name']);
  });

  it('returns mentions sorted by start and never overlapping', () => {
    const mentions = findPartyMentions(
      'U.S.-Japan drills near the South China Sea drew Chinese protests; HMS Spey joined US Forces Japan.',
    );
    for (let i = 1; i < mentions.length; i++) {
      expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    expect(mentions.map((m) => m.code)).toEqual(['USA', 'JPN', 'CHN', 'GBR', 'USA']);
  });
});

describe('findPartyMentions: possessives and compounds', () => {
  it('leaves the possessive ending out of the span', () => {
    expect(found("Japan's navy, Japan’s army and Tokyo's plan")).toEqual([
      'Japan:JPN:name',
      'Japan:JPN:name',
      'Tokyo:JPN:capital',
    ]);
  });

  it('splits hyphen and dash compounds into both parties', () => {
    expect(codes('U.S.-Japan')).toEqual(['USA', 'JPN']);
    expect(codes('Japan-U.S.')).toEqual(['JPN', 'USA']);
    expect(codes('US-Japan')).toEqual(['USA', 'JPN']);
    expect(codes('UK-Japanese')).toEqual(['GBR', 'JPN']);
    expect(codes('Japan–Philippines')).toEqual(['JPN', 'PHL']);
  });
});

describe('findPartyMentions: demonyms and capitals', () => {
  it('reads demonyms as their state', () => {
    expect(found('Filipino, Philippine, Emirati, Saudi and Dutch officers')).toEqual([
      'Filipino:PHL:demonym',
      'Philippine:PHL:demonym',
      'Emirati:ARE:demonym',
      'Saudi:SAU:demonym',
      'Dutch:NLD:demonym',
    ]);
  });

  it('does not take Kiwi for New Zealand', () => {
    expect(found('A Kiwi officer')).toEqual([]);
  });

  it('marks capitals used for governments as capitals', () => {
    const kinds = findPartyMentions('Tokyo, Washington, Canberra, Beijing, New Delhi, Kyiv, Kiev and Taipei');
    expect(kinds.every((m) => m.kind === 'capital')).toBe(true);
    expect(kinds.map((m) => m.code)).toEqual(['JPN', 'USA', 'AUS', 'CHN', 'IND', 'UKR', 'UKR', 'TWN']);
  });
});

describe('findPartyMentions: geographic names', () => {
  it('finds no party in seas, peninsulas and regions named after one', () => {
    const text =
      'South China Sea, East China Sea, West Philippine Sea, Philippine Sea, Sea of Japan, Indian Ocean, ' +
      'Arabian Sea, Persian Gulf, Gulf of Mexico, English Channel, Korean Peninsula, New Mexico, New Guinea, ' +
      'New South Wales, Washington state, Georgia state, Indo-Pacific, Turkish Straits, Dutch East Indies';
    expect(found(text)).toEqual([]);
  });

  it('still finds the states whose names contain those places', () => {
    expect(codes('Papua New Guinea, Guinea-Bissau, Equatorial Guinea, Guinea and Northern Ireland')).toEqual([
      'PNG',
      'GNB',
      'GNQ',
      'GIN',
      'GBR',
    ]);
  });

  it('does not read newspapers or a dollar sign as the state', () => {
    expect(found('The Washington Post said the deal was worth US$2 billion.')).toEqual([]);
  });
});

describe('findPartyMentions: groupings, institutions and firms', () => {
  it('reads the groupings of the ontology', () => {
    expect(
      codes(
        'NATO, the Quad, the Quadrilateral Security Dialogue, ASEAN, the Association of Southeast Asian Nations, ' +
          'AUKUS, the U.N., the European Union, G7 and G-7',
      ),
    ).toEqual(['NATO', 'QUAD', 'QUAD', 'ASEAN', 'ASEAN', 'AUKUS', 'UN', 'EU', 'G7', 'G7']);
  });

  it('resolves nouns for a state’s people, plural demonyms of more words and more firms to their state', () => {
    expect(codes('Poles, Danes, Spaniards, Britons, New Zealanders, North Koreans and Sri Lankans')).toEqual([
      'POL',
      'DNK',
      'ESP',
      'GBR',
      'NZL',
      'PRK',
      'LKA',
    ]);
    expect(codes('Paramount Group, Milrem Robotics, Nurol Makina and Garden Reach Shipbuilders')).toEqual([
      'ZAF',
      'EST',
      'TUR',
      'IND',
    ]);
    expect(codes('the Turks and Caicos Islands and the telegraph poles')).toEqual([]);
    expect(codes('Maia Sandu met Hanno Pevkur; James Marape called Jotham Napat.')).toEqual([
      'MDA',
      'EST',
      'PNG',
      'VUT',
    ]);
    // A leader whose name holds a capital or a state's name is the leader's state.
    expect(codes('Santiago Peña met Luis Montenegro, then Paul Kagame.')).toEqual(['PRY', 'PRT', 'RWA']);
    expect(codes('the Tatmadaw, the IRGC, the SANDF and the Kenya Defence Forces')).toEqual([
      'MMR',
      'IRN',
      'ZAF',
      'KEN',
    ]);
  });

  it('resolves government seats and armed services to their state', () => {
    expect(found('The White House, the Pentagon, the Kremlin, Downing Street and the Élysée')).toEqual([
      'White House:USA:institution',
      'Pentagon:USA:institution',
      'Kremlin:RUS:institution',
      'Downing Street:GBR:institution',
      'Élysée:FRA:institution',
    ]);
    expect(
      codes('the JMSDF, the SDF, the Maritime Self-Defense Force, the PLA Navy, the IDF and the RAF'),
    ).toEqual(['JPN', 'JPN', 'JPN', 'CHN', 'ISR', 'GBR']);
  });

  it('reads US Forces Japan as one American institution', () => {
    expect(found('US Forces Japan')).toEqual(['US Forces Japan:USA:institution']);
  });

  it('resolves defense firms to their state', () => {
    expect(
      codes(
        'Lockheed Martin, Mitsubishi Heavy Industries, BAE Systems, Naval Group, Hanwha, BrahMos Aerospace, Saab',
      ),
    ).toEqual(['USA', 'JPN', 'GBR', 'FRA', 'KOR', 'IND', 'SWE']);
    expect(findPartyMentions('Raytheon')[0]?.kind).toBe('firm');
  });
});

describe('findPartyMentions: ships', () => {
  it('covers the prefix and the ship name in one mention', () => {
    expect(found('HMS Atherstone sailed with JS Izumo and HMAS Anzac.')).toEqual([
      'HMS Atherstone:GBR:ship',
      'JS Izumo:JPN:ship',
      'HMAS Anzac:AUS:ship',
    ]);
  });

  it('keeps a capital or title inside a ship name as part of the ship', () => {
    expect(found('INS Delhi, BRP Sierra Madre and HMS Prince of Wales')).toEqual([
      'INS Delhi:IND:ship',
      'BRP Sierra Madre:PHL:ship',
      'HMS Prince of Wales:GBR:ship',
    ]);
  });

  it('reads the plural Royal Navy prefix with all its ships', () => {
    expect(found('HM Ships Tamar and Spey arrived.')).toEqual(['HM Ships Tamar and Spey:GBR:ship']);
  });

  it('needs a capitalized name after the prefix', () => {
    expect(found('the INS said')).toEqual([]);
  });
});
