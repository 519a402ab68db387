// The domain catalogues: their shape and sources, and the lookups over news-style sentences.
import { describe, expect, it } from 'vitest';
import { equipmentOrigin } from '../lexicon/equipment-origin.js';
import { analyze } from '../pipeline.js';
import {
  EXERCISES,
  GROUPINGS,
  INSTRUMENTS,
  WEAPON_SYSTEMS,
  confirmDocumentSystems,
  findExercises,
  findInstruments,
  findWeapons,
  isMember,
  membersOf,
  weaponOrigin,
} from './index.js';

const spans = <E>(text: string, found: Array<{ start: number; end: number; entry: E }>) =>
  found.map((m) => text.slice(m.start, m.end));
/** The key the matcher treats as one name: case, spaces, hyphens and apostrophes aside. */
const fold = (n: string) =>
  n
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\-\u2010\u2011\u2013'\u2019]/g, '');

describe('catalogue contents', () => {
  it('reaches the minimum sizes', () => {
    expect(INSTRUMENTS.length).toBeGreaterThanOrEqual(80);
    expect(EXERCISES.length).toBeGreaterThanOrEqual(250);
    expect(WEAPON_SYSTEMS.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every entry an https source', () => {
    const sources = [...INSTRUMENTS, ...EXERCISES, ...WEAPON_SYSTEMS, ...GROUPINGS].map((e) => e.source);
    for (const s of sources) {
      expect(s).toMatch(/^https:\/\//);
      expect(() => new URL(s)).not.toThrow();
    }
  });

  it('never maps one weapon name to two origins', () => {
    const origin = new Map<string, string>();
    const clashes: string[] = [];
    for (const w of WEAPON_SYSTEMS) {
      for (const n of w.names) {
        const seen = origin.get(fold(n));
        if (seen && seen !== w.origin) clashes.push(`${n}: ${seen} vs ${w.origin}`);
        origin.set(fold(n), w.origin);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lists one instrument or exercise name under two entries', () => {
    const owner = new Map<string, unknown>();
    const clashes: string[] = [];
    const claim = (key: string, entry: unknown) => {
      if (owner.has(key) && owner.get(key) !== entry) clashes.push(key);
      owner.set(key, entry);
    };
    for (const e of INSTRUMENTS) {
      for (const n of e.names) claim(`i:${fold(n)}`, e);
      for (const a of e.acronyms) claim(`a:${a}`, e);
    }
    for (const e of EXERCISES) for (const n of [e.name, ...(e.variants ?? [])]) claim(`x:${fold(n)}`, e);
    expect(clashes).toEqual([]);
  });

  it('gives every weapon system a name, a known kind and a state of origin', () => {
    const kinds = new Set([
      'aircraft',
      'helicopter',
      'drone',
      'missile',
      'air_defense',
      'ship',
      'submarine',
      'tank',
      'armored_vehicle',
      'artillery',
      'small_arms',
      'radar',
      'other',
    ]);
    for (const w of WEAPON_SYSTEMS) {
      expect(w.names.length).toBeGreaterThan(0);
      expect(kinds.has(w.kind)).toBe(true);
      expect(w.origin).toMatch(/^[A-Z]{3}$/);
    }
  });

  it('covers the states the catalogue is for', () => {
    const origins = new Set(WEAPON_SYSTEMS.map((w) => w.origin));
    for (const code of 'USA RUS CHN FRA GBR DEU ITA SWE ISR KOR TUR IND JPN BRA ESP NOR NLD UKR PAK IRN CHE CZE POL AUS CAN ZAF ARE SGP'.split(
      ' ',
    )) {
      expect(origins.has(code), code).toBe(true);
    }
  });
});

describe('findInstruments', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    [
      'Manila and Tokyo signed the Reciprocal Access Agreement (RAA) on Monday, a year after talks began.',
      [
        ['Reciprocal Access Agreement', 'reciprocal_access'],
        ['RAA', 'reciprocal_access'],
      ],
    ],
    [
      'Under the 2014 EDCA, US troops rotate through nine Philippine bases; the VFA covers their legal status.',
      [
        ['EDCA', 'reciprocal_access'],
        ['VFA', 'reciprocal_access'],
      ],
    ],
    [
      'Seoul restored GSOMIA with Tokyo, the military intelligence-sharing pact it had threatened to scrap.',
      [
        ['GSOMIA', 'information_security'],
        ['military intelligence-sharing pact', 'information_security'],
      ],
    ],
    [
      'New Delhi inked COMCASA in 2018 and BECA in 2020, completing the foundational pacts after LEMOA.',
      [
        ['COMCASA', 'information_security'],
        ['BECA', 'information_security'],
        ['LEMOA', 'acsa'],
      ],
    ],
    ['Japan already has ACSAs with the United States, Australia and Britain.', [['ACSAs', 'acsa']]],
    [
      "Finland's Defense Cooperation Agreement with Washington entered into force in 2024.",
      [['Defense Cooperation Agreement', 'reciprocal_access']],
    ],
    [
      'The two leaders signed a defence cooperation agreement covering training and maritime security.',
      [['defence cooperation agreement', 'defense_mou']],
    ],
    [
      'Hanoi and Moscow renewed their military-technical cooperation agreement.',
      [['military-technical cooperation agreement', 'equipment_transfer_agreement']],
    ],
    [
      'Canberra and Jakarta marked the Lombok Treaty anniversary; the old Agreement on Maintaining Security lapsed in 1999.',
      [
        ['Lombok Treaty', 'security_treaty'],
        ['Agreement on Maintaining Security', 'security_treaty'],
      ],
    ],
    [
      'Paris and Rome signed the Quirinal Treaty, echoing the Treaty of Aachen and the Lancaster House treaties.',
      [
        ['Quirinal Treaty', 'security_treaty'],
        ['Treaty of Aachen', 'security_treaty'],
        ['Lancaster House treaties', 'security_treaty'],
      ],
    ],
    [
      'Washington renewed the Compacts of Free Association with Palau, Micronesia and the Marshall Islands.',
      [['Compacts of Free Association', 'security_treaty']],
    ],
    [
      'The US-Philippines Mutual Defense Treaty of 1951 and the ANZUS treaty remain in force.',
      [
        ['Mutual Defense Treaty', 'security_treaty'],
        ['ANZUS treaty', 'security_treaty'],
      ],
    ],
    [
      'Tokyo and Canberra agreed an Agreement Concerning the Transfer of Defense Equipment and Technology.',
      [
        [
          'Agreement Concerning the Transfer of Defense Equipment and Technology',
          'equipment_transfer_agreement',
        ],
      ],
    ],
    [
      'The Pentagon signed a Security of Supply Arrangement (SoSA) with Sweden and a Reciprocal Defense Procurement MOU with Poland.',
      [
        ['Security of Supply Arrangement', 'defense_mou'],
        ['SoSA', 'defense_mou'],
        ['Reciprocal Defense Procurement', 'defense_mou'],
      ],
    ],
    [
      'Israel and India signed a letter of intent on defence industrial cooperation.',
      [['letter of intent', 'defense_mou']],
    ],
    [
      'Japan joined NATO in an Individually Tailored Partnership Programme in 2023.',
      [['Individually Tailored Partnership Programme', 'membership']],
    ],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findInstruments(text);
    expect(found.map((m) => [text.slice(m.start, m.end), m.entry.type])).toEqual(expected);
  });

  it.each([
    'She moved her savings into a cash ISA before April.',
    'The DCA flight departed at noon for Chicago.',
    'The firm sent a letter of intent to buy the office block.',
    'Grandma bought a new sofa for the living room.',
    'The raa of the engine was deafening.',
  ])('finds no instrument in %s', (text) => {
    expect(findInstruments(text)).toEqual([]);
  });
});

describe('findExercises', () => {
  const cases: Array<[string, string[]]> = [
    ['Some 16,000 troops joined Balikatan 2024, the largest edition of the drills yet.', ['Balikatan 2024']],
    ['Warships from 29 nations sailed for RIMPAC off Hawaii.', ['RIMPAC']],
    ['India, Japan, Australia and the US wrapped up the Malabar naval exercise.', ['Malabar']],
    ['Thai and US marines opened Cobra Gold, with Japan and South Korea taking part.', ['Cobra Gold']],
    ['Exercise Talisman Sabre 2025 drew forces from 19 countries to Queensland.', ['Talisman Sabre 2025']],
    ['Indonesian and US troops staged Super Garuda Shield in East Java.', ['Super Garuda Shield']],
    [
      'NATO launched Steadfast Defender 24, its biggest exercise since the Cold War.',
      ['Steadfast Defender 24'],
    ],
    ['Russia and Belarus began Zapad-2021 drills near the Polish border.', ['Zapad-2021']],
    ['Chinese and Russian warships held Joint Sea 2019 off Qingdao.', ['Joint Sea 2019']],
    ['Pakistani and Chinese air forces flew Shaheen-IX exercises in Bahawalpur.', ['Shaheen-IX']],
    ['Polish troops took part in the Dragon-24 exercise alongside NATO allies.', ['Dragon-24']],
    [
      'Seoul and Washington concluded Freedom Shield and Ulchi Freedom Shield drills.',
      ['Freedom Shield', 'Ulchi Freedom Shield'],
    ],
    [
      'Indian and US soldiers trained in Yudh Abhyas, while the navies sailed Varuna exercises with France.',
      ['Yudh Abhyas', 'Varuna'],
    ],
    ['Moroccan, US and Senegalese forces held African Lion exercises in Agadir.', ['African Lion']],
    ['Swedish forces hosted Aurora 23, the largest exercise in decades.', ['Aurora 23']],
    ['At RIMPAC 29 navies sailed together, more than at RIMPAC 2022.', ['RIMPAC', 'RIMPAC 2022']],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(spans(text, findExercises(text))).toEqual(expected);
  });

  it.each([
    'The aurora lit up the northern sky over Tromso.',
    'A dragon breathed fire in the children’s play.',
    'Aurora Health reported higher quarterly earnings.',
    'A lion cub was born at the zoo.',
    'The restaurant Golden Dragon reopened on Main Street.',
    'Oman joined a French-led naval exercise in the Indian Ocean.',
    'Armenia held drills with Russian troops in the South Caucasus.',
  ])('finds no exercise in %s', (text) => {
    expect(findExercises(text)).toEqual([]);
  });
});

describe('weaponOrigin', () => {
  const cases: Array<[string, string, string]> = [
    ['Manila buys BrahMos missiles for its marines.', 'IND', 'BrahMos'],
    ['Taipei took delivery of its first F-16V Block 70 jets.', 'USA', 'F-16V'],
    ['Cairo is weighing an order for Su-35 fighters.', 'RUS', 'Su-35'],
    ['The Pakistan Air Force displayed its J-10C fighters.', 'CHN', 'J-10C'],
    ['Warsaw signed for 180 K2 tanks and 212 K9 howitzers.', 'KOR', 'K2 tanks'],
    ['Estonia received its K9 Thunder self-propelled guns.', 'KOR', 'K9 Thunder'],
    ['Jakarta ordered 42 Rafale jets from Dassault.', 'FRA', 'Rafale jets'],
    ['Kyiv credits Bayraktar TB2 drones with early successes.', 'TUR', 'Bayraktar TB2'],
    ['Germany will send more Patriot air defense systems.', 'USA', 'Patriot air defense'],
    ['Kyiv asked for more Patriots and launchers.', 'USA', 'Patriots'],
    ['The Patriot PAC-3 batteries arrived in Rzeszow.', 'USA', 'Patriot'],
    ['Britain donated Challenger 2 tanks and AS90 guns.', 'GBR', 'Challenger 2'],
    ['Madrid will send Leopard 2A4 tanks to Ukraine.', 'DEU', 'Leopard 2A4'],
    ['Spain will send six Leopard tanks.', 'DEU', 'Leopard tanks'],
    ['Spain will send six Leopards, the tanks Kyiv wanted.', 'DEU', 'Leopards'],
    ['Norway ordered Harpoon Block II missiles years ago; now it buys NSM.', 'USA', 'Harpoon Block II'],
    ['The Philippine Navy fired a Spike NLOS missile from a patrol boat.', 'ISR', 'Spike NLOS'],
    ['Brazil offered the KC-390 Millennium to the Netherlands.', 'BRA', 'KC-390 Millennium'],
    ['Tehran supplied Shahed-136 drones to Moscow.', 'IRN', 'Shahed-136'],
    ['India inducted the S-400 Triumf squadrons.', 'RUS', 'S-400 Triumf'],
    ['Romania bought Piranha V armoured vehicles from GDELS-Mowag.', 'CHE', 'Piranha V'],
    ['Ukraine fired R-360 Neptune missiles at the cruiser.', 'UKR', 'R-360 Neptune'],
    ['Prague will deliver Dana howitzers to Kyiv.', 'CZE', 'Dana howitzers'],
    ['Warsaw exported Piorun launchers to Kyiv.', 'POL', 'Piorun'],
    ['Canberra is buying Ghost Bat drones.', 'AUS', 'Ghost Bat'],
    ['The UAE operates NIMR Ajban vehicles.', 'ARE', 'NIMR Ajban'],
    ['South Africa marketed the Rooivalk helicopter abroad.', 'ZAF', 'Rooivalk'],
    ['Singapore fielded the Hunter AFV in 2019.', 'SGP', 'Hunter AFV'],
    ['The Swiss Pilatus PC-21 trainers were sold to Spain.', 'CHE', 'Pilatus PC-21'],
    ['Ottawa sent Roshel Senator vehicles to Kyiv.', 'CAN', 'Roshel Senator'],
    ['Manila received two Mogami-class frigates from Japan.', 'JPN', 'Mogami-class'],
    ['The Netherlands sold its Goalkeeper system to Chile.', 'NLD', 'Goalkeeper system'],
    ['Islamabad paraded Babur cruise missiles and Al-Khalid tanks.', 'PAK', 'Babur cruise missiles'],
    ['Stockholm will send Archer howitzers and CV90 vehicles.', 'SWE', 'Archer howitzers'],
    ['Rome offered M-346 trainers to Nigeria.', 'ITA', 'M-346'],
    ['Oslo gave Ukraine NASAMS batteries.', 'USA', 'NASAMS'],
    ['Madrid delivered C295 aircraft to Poland.', 'ESP', 'C295'],
    ['Taipei tested the Hsiung Feng III missile.', 'TWN', 'Hsiung Feng III'],
  ];
  it.each(cases)('%s', (text, code, name) => {
    const got = weaponOrigin(text);
    expect(got?.code).toBe(code);
    expect(got?.name).toBe(name);
    expect(text.slice(got!.index, got!.index + name.length)).toBe(name);
  });

  it.each([
    "It is a patriot's duty to vote.",
    'The harpoon of a whaler hung on the wall.',
    'We saw a leopard at the zoo.',
    'The Patriots won the Super Bowl in February.',
    'Our boxer puppy chewed the sofa.',
    'A tiger and a puma paced their enclosures.',
    'The Archer family sold the farm.',
    'He threw the javelin 85 metres at the Olympics.',
    'Tiger Woods won the Masters again.',
    'The K9 unit searched the airport for drugs.',
    'Climbers reached the summit of K2 in July.',
    'A typhoon lashed Okinawa on Friday.',
    'The tornado destroyed three farms in Kansas.',
    'Leopard prints are in fashion this season.',
    'Under the aegis of the United Nations, talks resumed.',
    'The Mirage hotel in Las Vegas reopened.',
    'The Apache tribe celebrated its heritage festival.',
    'An osprey nested on the pole.',
  ])('finds no weapon in %s', (text) => {
    expect(weaponOrigin(text)).toBeNull();
  });

  it('finds every system named in a sentence, in order', () => {
    const text =
      'Vietnam flies Su-30MK2 jets, sails Kilo-class submarines and fires Bastion-P and BrahMos missiles.';
    expect(findWeapons(text).map((m) => [text.slice(m.start, m.end), m.entry.origin])).toEqual([
      ['Su-30MK2', 'RUS'],
      ['Kilo-class', 'RUS'],
      ['Bastion-P', 'RUS'],
      ['BrahMos', 'IND'],
    ]);
  });

  it('finds each unambiguous system by any of its names, whatever letter and case the name starts with', () => {
    // The matcher walks a trie of the names (index.ts, CharTrie.matchAt): every ASCII name must be found, in
    // its own case and in capitals.
    const missed: string[] = [];
    for (const w of WEAPON_SYSTEMS) {
      if (w.ambiguous) continue;
      // eslint-disable-next-line no-control-regex
      for (const name of w.names.filter((n) => /^[\x00-\x7f]*$/.test(n)))
        for (const written of [name, name.toUpperCase()]) {
          const text = `Officials said the ${written} was discussed.`;
          const found = findWeapons(text);
          if (!found.some((m) => m.entry === w || text.slice(m.start, m.end) === written))
            missed.push(written);
        }
    }
    expect(missed).toEqual([]);
  });

  it('does not match a name inside another word or model number', () => {
    expect(findWeapons('The JF-17 flew past; the F-17 never existed.').map((m) => m.entry.origin)).toEqual([
      'PAK',
    ]);
    expect(findWeapons('The CH-47 landed.').map((m) => m.entry.names[0])).toEqual(['CH-47']);
  });
});

it('ends a name where the backtracking expression of the catalogue would: separators, apostrophes, suffixes, years', () => {
  // The trie walk stands for `(?<![\w-])(?:names)tail(?!\w|-\d)`; these spans are that expression's.
  const cases: Array<
    [string, (text: string) => Array<{ start: number; end: number; entry: unknown }>, string[]]
  > = [
    [
      'The Su-30MKI and the F-16Vs flew; a K2PL tank and F-16s followed.',
      findWeapons,
      ['Su-30MKI', 'F-16Vs', 'K2PL', 'F-16s'],
    ],
    [
      'Israel sold Davids Sling and David\u2019s Sling batteries, and the F - 16 and F--35 and F 35A.',
      findWeapons,
      ['Davids Sling', 'David\u2019s Sling', 'F - 16', 'F--35', 'F 35A'],
    ],
    [
      'The F-16-2 and the F-161 and Su-30-5 variants, and the Patriot PAC-3 system.',
      findWeapons,
      ['Patriot', 'PAC-3'],
    ],
    [
      'Exercises Zapad-2021 and Cobra Gold \u201925 and RIMPAC 29 nations and Aurora 23, then Shaheen-IX.',
      findExercises,
      ['Zapad-2021', 'Cobra Gold \u201925', 'RIMPAC'],
    ],
    [
      'Steadfast Defender 2024, Steadfast  Defender-24 and Balikatan 2024-25 drills, Malabar 2023.',
      findExercises,
      ['Steadfast Defender 2024', 'Steadfast  Defender-24', 'Balikatan', 'Malabar 2023'],
    ],
    [
      'They signed the Reciprocal Access Agreements and the RAAs; the EDCA\u2019s scope and an ACSA.',
      findInstruments,
      ['Reciprocal Access Agreements', 'RAAs', 'EDCA\u2019s', 'ACSA'],
    ],
  ];
  for (const [text, find, expected] of cases) expect(spans(text, find(text))).toEqual(expected);
});

it('reads names among accented words and non-Latin script, and right after a non-ASCII letter', () => {
  const text = 'Brasília e Bogotá: «F-16» ou Gripen? Türkiye flies F-16s; 台湾F-16V';
  expect(spans(text, findWeapons(text))).toEqual(['F-16', 'Gripen', 'F-16s', 'F-16V']);
  expect(
    spans('Señal: RIMPAC á Malabar exercises', findExercises('Señal: RIMPAC á Malabar exercises')),
  ).toEqual(['RIMPAC', 'Malabar']);
});

describe('equipmentOrigin keeps every system it knew before the catalogue', () => {
  const before: Array<[string, string]> = [
    [
      'USA',
      'F-35|F-16|F-15|F-18|F/A-18|Super Hornet|Lightning II|Tomahawk|Patriot|PAC-2|PAC-3|Global Hawk|MQ-9|Reaper|SeaGuardian|HIMARS|Javelin|Stinger|Harpoon|Aegis|SM-3|SM-6|THAAD|Abrams|Bradley|Stryker|Apache|Black Hawk|Chinook|Osprey|MV-22|P-8|Poseidon|C-130|Hercules|E-2D|Hawkeye|AMRAAM|NASAMS|Avenger',
    ],
    [
      'RUS',
      'S-400|S-300|Su-30|Su-35|Su-57|MiG-29|MiG-35|T-90|T-72|Kalibr|Iskander|Pantsir|Tor-M2|Kilo-class|Ka-52|Mi-17|Mi-8',
    ],
    ['FRA', 'Rafale|Mirage|Scorpene|Exocet|Caesar howitzers|CAESAR|Gowind|FREMM|Aster|SAMP/T|Mistral'],
    ['GBR', 'Eurofighter Typhoon|Challenger 2|Storm Shadow|Hawk trainer|Type 26|Type 31|Starstreak|NLAW'],
    ['DEU', 'Leopard|Type 209|Type 214|Type 212|IRIS-T|Gepard|Boxer|Marder|Puma IFV|MEKO'],
    ['SWE', 'Gripen|CV90|Carl Gustaf|RBS 70|Archer'],
    ['ISR', "Iron Dome|David's Sling|Arrow 3|Spike|Barak|Heron|Hermes 900|SPYDER|Python-5|Derby"],
    ['KOR', 'K9 Thunder|K9|K2 Black Panther|K2|FA-50|T-50|KF-21|Chunmoo|K239'],
    ['TUR', 'Bayraktar|TB2|Akinci|ANKA|Kizilelma|Hurjet'],
    ['IND', 'BrahMos|Tejas|Akash|Dhruv|Pinaka'],
    ['CHN', 'J-10|J-20|J-35|Wing Loong|CH-4|CH-5|VT-4|HQ-9|Type 054A|Type 039'],
    ['PAK', 'JF-17'],
    ['JPN', 'Mogami|US-2|P-1 patrol|Type 03|Abukuma'],
    ['ITA', 'M-346|Aermacchi|FREMM-EVO|Centauro'],
    ['NOR', 'NSM|Naval Strike Missile|JSM'],
    ['BRA', 'Super Tucano|KC-390|C-390'],
  ];
  const rows = before.flatMap(([code, names]) => names.split('|').map((n) => [code, n] as const));
  it.each(rows)('%s %s', (code, name) => {
    // A military noun next to the name, as in the transfer sentences that call this.
    expect(equipmentOrigin(`the delivery of ${name} systems to the navy`)?.code).toBe(code);
  });
});

describe('groupings', () => {
  it('knows NATO by accession year', () => {
    expect(membersOf('NATO', 2024)).toHaveLength(32);
    expect(membersOf('NATO', 1949)).toHaveLength(12);
    expect(isMember('FIN', 'NATO', 2023)).toBe(true);
    expect(isMember('SWE', 'NATO', 2023)).toBe(false);
    expect(isMember('SWE', 'NATO', 2024)).toBe(true);
    expect(isMember('MKD', 'NATO')).toBe(true);
  });

  it('knows the EU of 27 and the UK before Brexit', () => {
    expect(membersOf('EU', 2024)).toHaveLength(27);
    expect(isMember('GBR', 'EU', 2016)).toBe(true);
    expect(isMember('GBR', 'EU', 2021)).toBe(false);
    expect(isMember('HRV', 'EU', 2012)).toBe(false);
  });

  it('knows ASEAN with Timor-Leste from 2025, the Quad, AUKUS, the G7 and the UN', () => {
    expect(membersOf('ASEAN', 2024)).toHaveLength(10);
    expect(membersOf('ASEAN', 2025)).toHaveLength(11);
    expect(membersOf('QUAD').sort()).toEqual(['AUS', 'IND', 'JPN', 'USA']);
    expect(membersOf('AUKUS').sort()).toEqual(['AUS', 'GBR', 'USA']);
    expect(membersOf('G7')).toHaveLength(7);
    expect(membersOf('UN', 2024)).toHaveLength(193);
    expect(isMember('SSD', 'UN', 2010)).toBe(false);
  });

  it('flags the groupings that are not parties', () => {
    const party = new Map(GROUPINGS.map((g) => [g.code, g.party]));
    for (const code of ['NATO', 'EU', 'ASEAN', 'QUAD', 'AUKUS', 'UN', 'G7'])
      expect(party.get(code)).toBe(true);
    for (const code of ['SCO', 'CSTO', 'BRICS', 'GCC', 'FIVE_EYES', 'FPDA', 'AU'])
      expect(party.get(code)).toBe(false);
    expect(isMember('IRN', 'SCO', 2024)).toBe(true);
    expect(membersOf('GCC')).toHaveLength(6);
    expect(membersOf('NOPE')).toEqual([]);
  });

  it('lists no member twice', () => {
    for (const g of GROUPINGS) {
      const codes = g.members.map((m) => m.code);
      expect(new Set(codes).size, g.code).toBe(codes.length);
    }
  });
});

describe('an ambiguous system name read across its document', () => {
  const bare = 'Estonia signed for the K9 in 2018.';
  it('is the system where the document being read shows it to be one elsewhere', () => {
    confirmDocumentSystems('Hanwha makes the K9 howitzer near Changwon. ' + bare);
    expect(weaponOrigin(bare)?.code).toBe('KOR');
    confirmDocumentSystems(null);
  });
  it('is no system on its own, nor after a document that showed it has been read', () => {
    expect(weaponOrigin(bare)).toBeNull();
    analyze({
      id: 'k9',
      text: 'Hanwha makes the K9 howitzer near Changwon. ' + bare,
      published: '2025-06-01',
    });
    expect(findWeapons(bare)).toEqual([]);
  });
});
