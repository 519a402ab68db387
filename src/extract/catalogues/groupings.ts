// Security groupings with their member states and accession years: the ontology's grouping parties, and others news names.
import { isGroupingCode } from '../../parties/groupings.js';
import type { PartyCode } from '../../schema/fact.js';

export interface GroupingMember {
  code: PartyCode;
  /** Year the state joined (for founders, the founding year). */
  joined: number;
  /** Year the state left, if it has. */
  left?: number;
}

export interface Grouping {
  /** The party code for ontology groupings (NATO, EU, ...); an upper-case label for the others. */
  code: string;
  name: string;
  /** Whether the ontology takes the grouping itself as a party: read from the one list in src/parties/groupings.ts. */
  party: boolean;
  members: readonly GroupingMember[];
  note?: string;
  source: string;
}

/** "BEL CAN DNK" joined in one year. */
function joined(year: number, codes: string): GroupingMember[] {
  return codes
    .split(/\s+/)
    .filter(Boolean)
    .map((code) => ({ code: code as PartyCode, joined: year }));
}

function left(member: GroupingMember[], year: number): GroupingMember[] {
  return member.map((m) => ({ ...m, left: year }));
}

const ENTRIES: readonly Omit<Grouping, 'party'>[] = [
  {
    code: 'NATO',
    name: 'North Atlantic Treaty Organization',
    members: [
      ...joined(1949, 'BEL CAN DNK FRA ISL ITA LUX NLD NOR PRT GBR USA'),
      ...joined(1952, 'GRC TUR'),
      ...joined(1955, 'DEU'),
      ...joined(1982, 'ESP'),
      ...joined(1999, 'CZE HUN POL'),
      ...joined(2004, 'BGR EST LVA LTU ROU SVK SVN'),
      ...joined(2009, 'ALB HRV'),
      ...joined(2017, 'MNE'),
      ...joined(2020, 'MKD'),
      ...joined(2023, 'FIN'),
      ...joined(2024, 'SWE'),
    ],
    note: 'West Germany joined in 1955; France left the integrated command 1966-2009 but stayed a member',
    source: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
  },
  {
    code: 'EU',
    name: 'European Union',
    members: [
      ...joined(1958, 'BEL FRA DEU ITA LUX NLD'),
      ...joined(1973, 'DNK IRL'),
      ...left(joined(1973, 'GBR'), 2020),
      ...joined(1981, 'GRC'),
      ...joined(1986, 'PRT ESP'),
      ...joined(1995, 'AUT FIN SWE'),
      ...joined(2004, 'CYP CZE EST HUN LVA LTU MLT POL SVK SVN'),
      ...joined(2007, 'BGR ROU'),
      ...joined(2013, 'HRV'),
    ],
    note: 'years before 1993 are accession to the European Communities (EEC from 1958)',
    source: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
  },
  {
    code: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    members: [
      ...joined(1967, 'IDN MYS PHL SGP THA'),
      ...joined(1984, 'BRN'),
      ...joined(1995, 'VNM'),
      ...joined(1997, 'LAO MMR'),
      ...joined(1999, 'KHM'),
      ...joined(2025, 'TLS'),
    ],
    note: 'Timor-Leste was admitted as the eleventh member at the October 2025 summit',
    source: 'https://asean.org/member-states/',
  },
  {
    code: 'QUAD',
    name: 'Quadrilateral Security Dialogue',
    members: joined(2007, 'AUS IND JPN USA'),
    note: 'first met in 2007, lapsed in 2008 and revived in 2017',
    source: 'https://www.dfat.gov.au/international-relations/regional-architecture/quad',
  },
  {
    code: 'AUKUS',
    name: 'AUKUS',
    members: joined(2021, 'AUS GBR USA'),
    source: 'https://en.wikipedia.org/wiki/AUKUS',
  },
  {
    code: 'G7',
    name: 'Group of Seven',
    members: [...joined(1975, 'FRA DEU ITA JPN GBR USA'), ...joined(1976, 'CAN')],
    note: 'the EU takes part as a non-enumerated member; Russia sat in the G8 from 1997 until its suspension in 2014',
    source: 'https://en.wikipedia.org/wiki/G7',
  },
  {
    code: 'UN',
    name: 'United Nations',
    members: [
      ...joined(
        1945,
        'ARG AUS BEL BOL BRA BLR CAN CHL CHN COL CRI CUB DNK DOM ECU EGY SLV ETH FRA GRC GTM HTI HND IND IRN IRQ LBN LBR LUX MEX NLD NZL NIC NOR PAN PRY PER PHL POL RUS SAU ZAF SYR TUR UKR GBR USA URY VEN',
      ),
      ...joined(1946, 'AFG ISL SWE THA'),
      ...joined(1947, 'PAK YEM'),
      ...joined(1948, 'MMR'),
      ...joined(1949, 'ISR'),
      ...joined(1950, 'IDN'),
      ...joined(1955, 'ALB AUT BGR KHM FIN HUN IRL ITA JOR LAO LBY NPL PRT ROU ESP LKA'),
      ...joined(1956, 'JPN MAR SDN TUN'),
      ...joined(1957, 'GHA MYS'),
      ...joined(1958, 'GIN'),
      ...joined(1960, 'BEN BFA CMR CAF TCD COG COD CIV CYP GAB MDG MLI NER NGA SEN SOM TGO'),
      ...joined(1961, 'MRT MNG SLE TZA'),
      ...joined(1962, 'DZA BDI JAM RWA TTO UGA'),
      ...joined(1963, 'KEN KWT'),
      ...joined(1964, 'MWI MLT ZMB'),
      ...joined(1965, 'GMB MDV SGP'),
      ...joined(1966, 'BRB BWA GUY LSO'),
      ...joined(1968, 'GNQ MUS SWZ'),
      ...joined(1970, 'FJI'),
      ...joined(1971, 'BHR BTN OMN QAT ARE'),
      ...joined(1973, 'BHS DEU'),
      ...joined(1974, 'BGD GRD GNB'),
      ...joined(1975, 'CPV COM MOZ PNG STP SUR'),
      ...joined(1976, 'AGO WSM SYC'),
      ...joined(1977, 'DJI VNM'),
      ...joined(1978, 'DMA SLB'),
      ...joined(1979, 'LCA'),
      ...joined(1980, 'VCT ZWE'),
      ...joined(1981, 'ATG BLZ VUT'),
      ...joined(1983, 'KNA'),
      ...joined(1984, 'BRN'),
      ...joined(1990, 'NAM LIE'),
      ...joined(1991, 'EST LVA LTU FSM MHL PRK KOR'),
      ...joined(1992, 'ARM AZE BIH HRV GEO KAZ KGZ MDA SMR SVN TJK TKM UZB'),
      ...joined(1993, 'AND CZE SVK ERI MKD MCO'),
      ...joined(1994, 'PLW'),
      ...joined(1999, 'KIR NRU TON'),
      ...joined(2000, 'TUV SRB'),
      ...joined(2002, 'CHE TLS'),
      ...joined(2006, 'MNE'),
      ...joined(2011, 'SSD'),
    ],
    note: 'successor states keep the original year (Russia for the USSR, Yemen 1947, Germany 1973 for both German states, Tanzania 1961 for Tanganyika); Serbia, Czechia and Slovakia joined anew',
    source: 'https://www.un.org/en/about-us/member-states',
  },
  // Groupings the ontology does not take as parties, but which news names alongside defense ties.
  {
    code: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    members: [
      ...joined(2001, 'CHN KAZ KGZ RUS TJK UZB'),
      ...joined(2017, 'IND PAK'),
      ...joined(2023, 'IRN'),
      ...joined(2024, 'BLR'),
    ],
    source: 'https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation',
  },
  {
    code: 'CSTO',
    name: 'Collective Security Treaty Organization',
    members: [
      ...joined(1992, 'ARM KAZ KGZ RUS TJK'),
      ...joined(1993, 'BLR'),
      ...left(joined(1992, 'UZB'), 1999),
      ...left(joined(1993, 'AZE GEO'), 1999),
    ],
    note: 'years are of the 1992 Collective Security Treaty; the organisation dates from 2002. Uzbekistan rejoined 2006-2012; Armenia froze its participation in 2024',
    source: 'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
  },
  {
    code: 'BRICS',
    name: 'BRICS',
    members: [
      ...joined(2009, 'BRA RUS IND CHN'),
      ...joined(2010, 'ZAF'),
      ...joined(2024, 'EGY ETH IRN ARE'),
      ...joined(2025, 'IDN'),
    ],
    note: 'Saudi Arabia was invited in 2023 but has not confirmed membership',
    source: 'https://en.wikipedia.org/wiki/BRICS',
  },
  {
    code: 'GCC',
    name: 'Gulf Cooperation Council',
    members: joined(1981, 'BHR KWT OMN QAT SAU ARE'),
    source: 'https://en.wikipedia.org/wiki/Gulf_Cooperation_Council',
  },
  {
    code: 'FIVE_EYES',
    name: 'Five Eyes',
    members: [...joined(1946, 'GBR USA'), ...joined(1948, 'CAN'), ...joined(1956, 'AUS NZL')],
    note: 'the UKUSA intelligence alliance',
    source: 'https://en.wikipedia.org/wiki/Five_Eyes',
  },
  {
    code: 'FPDA',
    name: 'Five Power Defence Arrangements',
    members: joined(1971, 'AUS MYS NZL SGP GBR'),
    source: 'https://en.wikipedia.org/wiki/Five_Power_Defence_Arrangements',
  },
  {
    code: 'ANZUS',
    name: 'ANZUS',
    members: [...joined(1951, 'AUS USA'), ...left(joined(1951, 'NZL'), 1986)],
    note: 'the US suspended its obligations to New Zealand in 1986; the treaty still binds Australia to both',
    source: 'https://en.wikipedia.org/wiki/ANZUS',
  },
  {
    code: 'JEF',
    name: 'Joint Expeditionary Force',
    members: [
      ...joined(2014, 'GBR DNK EST LVA LTU NLD NOR'),
      ...joined(2017, 'FIN SWE'),
      ...joined(2021, 'ISL'),
    ],
    source: 'https://en.wikipedia.org/wiki/Joint_Expeditionary_Force',
  },
  {
    code: 'NORDEFCO',
    name: 'Nordic Defence Cooperation',
    members: joined(2009, 'DNK FIN ISL NOR SWE'),
    source: 'https://www.nordefco.org/',
  },
  {
    code: 'B9',
    name: 'Bucharest Nine',
    members: joined(2015, 'BGR CZE EST HUN LVA LTU POL ROU SVK'),
    source: 'https://en.wikipedia.org/wiki/Bucharest_Nine',
  },
  {
    code: 'AES',
    name: 'Alliance of Sahel States',
    members: joined(2023, 'BFA MLI NER'),
    source: 'https://en.wikipedia.org/wiki/Alliance_of_Sahel_States',
  },
  {
    code: 'ARAB_LEAGUE',
    name: 'Arab League',
    members: [
      ...joined(1945, 'EGY IRQ JOR LBN SAU SYR YEM'),
      ...joined(1953, 'LBY'),
      ...joined(1956, 'SDN'),
      ...joined(1958, 'MAR TUN'),
      ...joined(1961, 'KWT'),
      ...joined(1962, 'DZA'),
      ...joined(1971, 'BHR OMN QAT ARE'),
      ...joined(1973, 'MRT'),
      ...joined(1974, 'SOM'),
      ...joined(1976, 'PSE'),
      ...joined(1977, 'DJI'),
      ...joined(1993, 'COM'),
    ],
    note: "Syria's membership was suspended from 2011 to 2023; Palestine joined as the PLO in 1976",
    source: 'https://en.wikipedia.org/wiki/Arab_League',
  },
  {
    code: 'AU',
    name: 'African Union',
    members: [
      ...joined(
        2002,
        'DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MOZ NAM NER NGA RWA ESH STP SEN SYC SLE SOM ZAF SDN TZA TGO TUN UGA ZMB ZWE',
      ),
      ...joined(2011, 'SSD'),
      ...joined(2017, 'MAR'),
    ],
    note: 'ESH stands for the Sahrawi Arab Democratic Republic; several members (Mali, Burkina Faso, Niger, Guinea, Gabon, Sudan) have been suspended after coups',
    source: 'https://au.int/en/member_states/countryprofiles2',
  },
];

export const GROUPINGS: readonly Grouping[] = ENTRIES.map((g) => ({ ...g, party: isGroupingCode(g.code) }));
