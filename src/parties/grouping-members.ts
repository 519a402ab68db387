// The members of the groupings the ontology takes as parties, as of 2026, each list with its source.
// A meeting "at the G7" of a G7 member is that member at its own grouping's table, not a tie with it.
import type { GroupingCode } from './groupings.js';

interface Membership {
  members: readonly string[];
  source: string;
}

export const GROUPING_MEMBERS: Readonly<Partial<Record<GroupingCode, Membership>>> = {
  NATO: {
    // Finland joined on 4 April 2023, Sweden on 7 March 2024.
    members: [
      'ALB',
      'BEL',
      'BGR',
      'CAN',
      'HRV',
      'CZE',
      'DNK',
      'EST',
      'FIN',
      'FRA',
      'DEU',
      'GRC',
      'HUN',
      'ISL',
      'ITA',
      'LVA',
      'LTU',
      'LUX',
      'MNE',
      'NLD',
      'MKD',
      'NOR',
      'POL',
      'PRT',
      'ROU',
      'SVK',
      'SVN',
      'ESP',
      'SWE',
      'TUR',
      'GBR',
      'USA',
    ],
    source: 'NATO, "NATO member countries", nato.int',
  },
  EU: {
    members: [
      'AUT',
      'BEL',
      'BGR',
      'HRV',
      'CYP',
      'CZE',
      'DNK',
      'EST',
      'FIN',
      'FRA',
      'DEU',
      'GRC',
      'HUN',
      'IRL',
      'ITA',
      'LVA',
      'LTU',
      'LUX',
      'MLT',
      'NLD',
      'POL',
      'PRT',
      'ROU',
      'SVK',
      'SVN',
      'ESP',
      'SWE',
    ],
    source: 'European Union, "EU countries", european-union.europa.eu',
  },
  ASEAN: {
    // Timor-Leste was admitted as the eleventh member in October 2025.
    members: ['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'VNM', 'TLS'],
    source: 'ASEAN Secretariat, "ASEAN Member States", asean.org',
  },
  QUAD: { members: ['AUS', 'IND', 'JPN', 'USA'], source: 'Quadrilateral Security Dialogue joint statements' },
  AUKUS: { members: ['AUS', 'GBR', 'USA'], source: 'AUKUS joint leaders statement, 15 September 2021' },
  G7: {
    members: ['CAN', 'FRA', 'DEU', 'ITA', 'JPN', 'GBR', 'USA'],
    source: 'G7 leaders communiques; the EU takes part as a non-enumerated member',
  },
};

/** Whether a state is a member of the grouping (false for a grouping whose members are not listed). */
export function isMemberOf(grouping: string, state: string): boolean {
  return GROUPING_MEMBERS[grouping as GroupingCode]?.members.includes(state) ?? false;
}
