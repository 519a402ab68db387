// State names, abbreviations, demonyms and capitals: the world-countries data plus the forms news copy uses.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { CITIES } from './cities.js';
import type { PartyForm } from './party-form.js';

/**
 * Parties beyond the UN members, keyed by world-countries' cca3. The package marks VAT a member
 * (it is an observer) and gives Kosovo "UNK"; Kosovo takes the user-assigned "XKX" used by the EU and IMF.
 * Niue and the Cook Islands, states in free association with New Zealand, conduct their own foreign
 * relations and sign their own security accords (ISO 3166-1 NIU and COK).
 */
const EXTRA_STATES: Readonly<Record<string, string>> = {
  TWN: 'TWN',
  PSE: 'PSE',
  VAT: 'VAT',
  UNK: 'XKX',
  COK: 'COK',
  NIU: 'NIU',
};

/** Display names where world-countries' common name is not the one the UI should show. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = { XKX: 'Kosovo' };

/** Names news copy uses that the package lacks or files under codes we do not take as names. */
const HAND_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['America', 'United States', 'United States of America'],
  GBR: ['Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KOR: ['South Korea', 'Korea', 'Republic of Korea'],
  PRK: ['North Korea', "Democratic People's Republic of Korea"],
  CHN: ['China', "People's Republic of China", 'Mainland China'],
  TWN: ['Taiwan', 'Chinese Taipei', 'Republic of China'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey'],
  NLD: ['Netherlands', 'Holland'],
  CZE: ['Czechia', 'Czech Republic'],
  VNM: ['Vietnam', 'Viet Nam'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  PHL: ['Philippines', 'Republic of the Philippines'],
  RUS: ['Russia', 'Russian Federation', 'Soviet Union'],
  // The Federal Republic, West Germany until 1990, is the Germany of today (its UN seat and treaties carried on).
  DEU: ['Germany', 'West Germany', 'Federal Republic of Germany'],
  MMR: ['Myanmar', 'Burma'],
  MKD: ['North Macedonia', 'Macedonia'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  TLS: ['Timor-Leste', 'East Timor'],
  VAT: ['Vatican', 'Vatican City', 'Holy See'],
  PSE: ['Palestine', 'State of Palestine'],
  XKX: ['Kosovo'],
  COD: ['DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  COG: ['Republic of the Congo', 'Congo-Brazzaville'],
  LAO: ['Laos', 'Lao PDR'],
  SAU: ['Saudi Arabia', 'Kingdom of Saudi Arabia'],
  ARE: ['United Arab Emirates', 'Emirates'],
  SWZ: ['Eswatini', 'Swaziland'],
  BIH: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  SLB: ['Solomon Islands', 'Solomons'],
  KNA: ['Saint Kitts and Nevis', 'St Kitts and Nevis', 'St. Kitts and Nevis'],
  LCA: ['Saint Lucia', 'St Lucia', 'St. Lucia'],
  VCT: [
    'Saint Vincent and the Grenadines',
    'St Vincent and the Grenadines',
    'St. Vincent and the Grenadines',
  ],
};

const HAND_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'USA', 'U.S.A.'],
  GBR: ['UK', 'U.K.'],
  KOR: ['ROK'],
  PRK: ['DPRK'],
  CHN: ['PRC'],
  TWN: ['ROC'],
  ARE: ['UAE', 'U.A.E.'],
  PNG: ['PNG'],
  NZL: ['NZ'],
  SAU: ['KSA'],
  COD: ['DRC'],
  ZAF: ['RSA'],
  RUS: ['USSR'],
};

const HAND_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  KOR: ['Korean', 'South Korean'],
  PHL: ['Filipino', 'Filipina', 'Philippine'],
  ARE: ['Emirati'],
  SAU: ['Saudi', 'Saudi Arabian'],
  GBR: ['British', 'Briton', 'Northern Irish'],
  RUS: ['Soviet'],
  GRC: ['Hellenic'],
  KAZ: ['Kazakh'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  UZB: ['Uzbek'],
  AZE: ['Azeri'],
  NPL: ['Nepali'],
  LAO: ['Lao'],
  ARG: ['Argentinian'],
  CPV: ['Cape Verdean'],
  ECU: ['Ecuadorian'],
  COM: ['Comorian'],
  MDV: ['Maldivian'],
  SUR: ['Surinamese'],
  SVN: ['Slovenian'],
  ISL: ['Icelandic'],
  LUX: ['Luxembourgish'],
  SLV: ['Salvadorian'],
  XKX: ['Kosovan'],
  BLR: ['Belarussian'],
  TLS: ['Timorese', 'East Timorese'],
  DJI: ['Djiboutian'],
  VUT: ['Vanuatuan', 'Ni-Vanuatu'],
  // The combining form, seen only in compounds ("Sino-Russian drills", "Sino-Japanese relations").
  CHN: ['Sino'],
};

/** Nouns for a state's people that no demonym forms by adding -s ("Poles", "Danes", "Spaniards"). */
const HAND_NATIONALS: Readonly<Record<string, readonly string[]>> = {
  TUR: ['Turks'],
  POL: ['Poles'],
  SWE: ['Swedes'],
  DNK: ['Danes'],
  FIN: ['Finns'],
  CZE: ['Czechs'],
  SVK: ['Slovaks'],
  UZB: ['Uzbeks'],
  KAZ: ['Kazakhs'],
  TJK: ['Tajiks'],
  GRC: ['Greeks'],
  CYP: ['Cypriots'],
  ESP: ['Spaniards'],
  FRA: ['Frenchmen'],
  NER: ['Nigeriens'],
  ARG: ['Argentines'],
  SRB: ['Serbs'],
  HRV: ['Croats'],
  GBR: ['Scots'],
};

const HAND_CAPITALS: Readonly<Record<string, readonly string[]>> = {
  USA: ['Washington', 'Washington, D.C.', 'Washington DC', 'Washington D.C.'],
  UKR: ['Kyiv', 'Kiev'],
  IND: ['New Delhi', 'Delhi'],
  NLD: ['The Hague', 'Hague', 'Amsterdam'],
  MNG: ['Ulaanbaatar'],
  // The seat of government and the press's name for it; the official capital is Yamoussoukro.
  CIV: ['Abidjan', 'Yamoussoukro'],
  MMR: ['Naypyitaw', 'Nay Pyi Taw'],
  BOL: ['La Paz'],
  CHE: ['Berne'],
  YEM: ["Sana'a", 'Sanaa'],
  KAZ: ['Nur-Sultan'],
};

/** Package spellings that are common words, other places or not English names at all. */
const BLOCKED: ReadonlySet<string> = new Set([
  'Island', // ISL in the package; a common word
  'Prathet',
  'Timor', // TLS in the package; the island is shared with Indonesia
  'Viti',
  'Congo', // either Congo
  'Dominican', // DMA or DOM
  'Congolese',
  'Mexicanos',
  'Portuguesa',
  'Pleasant Island',
  'Nation of Brunei',
  'Victoria', // SYC; a name, a state of Australia
  'Kingston', // JAM; many towns
  'Georgetown', // GUY; the university and the DC district
  'Malé', // MDV; its folded form is the English word "Male"
  'Washington D.C.',
  'City of San Marino',
]);

/** Capitals whose folded spelling names another place ("San Jose", California). */
const EXACT_CAPITALS: ReadonlySet<string> = new Set(['San José']);

export interface StateRecord {
  code: string;
  name: string;
}

function loadCountries(): readonly Country[] {
  // world-countries ships CJS with a default-export typing: require gives the array in Node and vitest alike.
  const require = createRequire(import.meta.url);
  return require('world-countries') as Country[];
}

function stateCode(country: Country): string | undefined {
  const extra = EXTRA_STATES[country.cca3];
  if (extra) return extra;
  return country.unMember ? country.cca3 : undefined;
}

/** Alt spellings that are English-usable names: Latin script, capitalized, no inverted "Korea, Republic of". */
function usableAltSpelling(alt: string): boolean {
  if (alt.length < 3 || BLOCKED.has(alt)) return false;
  if (!/^\p{Lu}[\p{L}\p{M} '’.-]*$/u.test(alt)) return false;
  return !/[\u0250-\u02ff]/.test(alt) && /^[\p{Script=Latin}\p{M} '’.-]+$/u.test(alt);
}

function splitDemonym(demonym: string): string[] {
  return demonym.split(/, | or /).filter((d) => d.length > 2);
}

/**
 * "Americans", "Israelis", "Filipinos", "New Zealanders", "Britons", and of names of more words "North Koreans", "Sri Lankans", "Papua New
 * Guineans" (else the last word alone is read: "Koreans", "Guineans", another state): plural forms of demonyms
 * that take an -s.
 */
function pluralDemonym(demonym: string): string | undefined {
  return /(?:an|i|o|er|on)$/.test(demonym) ? `${demonym}s` : undefined;
}

export interface StateCatalogue {
  states: StateRecord[];
  entries: PartyForm[];
}

export function buildStateCatalogue(): StateCatalogue {
  const states: StateRecord[] = [];
  const derived: PartyForm[] = [];
  const push = (list: PartyForm[], text: string, code: string, kind: PartyForm['kind'], exact = false) => {
    const entry: PartyForm = { text, code, kind };
    if (exact) entry.exact = true;
    list.push(entry);
  };

  for (const country of loadCountries()) {
    const code = stateCode(country);
    if (!code) continue;
    states.push({ code, name: DISPLAY_NAMES[code] ?? country.name.common });
    const demonyms = new Set(Object.values(country.demonyms?.eng ?? {}).flatMap(splitDemonym));
    for (const name of [country.name.common, country.name.official]) {
      push(derived, name, code, 'name');
      // Headlines and wire copy write the two-part names with an ampersand ("Antigua & Barbuda").
      if (/ and /.test(name)) push(derived, name.replace(/ and /g, ' & '), code, 'name');
    }
    for (const alt of country.altSpellings) {
      // "The Netherlands": the article is not part of the name the matcher needs.
      const name = alt.replace(/^the /i, '');
      if (!usableAltSpelling(name) || demonyms.has(name)) continue;
      push(derived, name, code, /^[A-Z.]+$/.test(name) ? 'abbreviation' : 'name');
    }
    for (const demonym of demonyms) {
      push(derived, demonym, code, 'demonym');
      const plural = pluralDemonym(demonym);
      if (plural) push(derived, plural, code, 'demonym');
    }
    for (const capital of country.capital) {
      if (!BLOCKED.has(capital)) push(derived, capital, code, 'capital', EXACT_CAPITALS.has(capital));
    }
  }

  const hand: PartyForm[] = [];
  const addHand = (table: Readonly<Record<string, readonly string[]>>, kind: PartyForm['kind']) => {
    for (const [code, texts] of Object.entries(table)) for (const text of texts) push(hand, text, code, kind);
  };
  addHand(HAND_NAMES, 'name');
  addHand(HAND_ABBREVIATIONS, 'abbreviation');
  addHand(HAND_DEMONYMS, 'demonym');
  for (const [code, texts] of Object.entries(HAND_DEMONYMS)) {
    for (const text of texts) {
      const plural = pluralDemonym(text);
      if (plural) push(hand, plural, code, 'demonym');
    }
  }
  addHand(HAND_NATIONALS, 'demonym');
  addHand(HAND_CAPITALS, 'capital');
  // Other cities and bases are places as capitals are (cities.ts).
  addHand(CITIES, 'capital');

  // A package spelling that names two states ("Dominican") names neither; hand entries decide instead.
  const codesByText = new Map<string, Set<string>>();
  for (const entry of derived) {
    const codes = codesByText.get(entry.text) ?? new Set<string>();
    codes.add(entry.code);
    codesByText.set(entry.text, codes);
  }
  const unambiguous = derived.filter((e) => !BLOCKED.has(e.text) && codesByText.get(e.text)?.size === 1);
  states.sort((a, b) => a.code.localeCompare(b.code));
  return { states, entries: [...hand, ...unambiguous] };
}
