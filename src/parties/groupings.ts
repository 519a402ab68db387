// The groupings the ontology takes as parties, listed once: their codes, display names and the names news copy gives them.
// Free of runtime dependencies: the fact schema, the extractor, the API and the browser bundle all read this list.

/** Display name and surface forms of each grouping party, in the ontology's order. */
export const GROUPING_PARTIES = {
  NATO: {
    name: 'NATO',
    forms: [
      'NATO',
      'Nato',
      'N.A.T.O.',
      'North Atlantic Treaty Organization',
      'North Atlantic Treaty Organisation',
    ],
  },
  EU: {
    name: 'European Union',
    forms: ['EU', 'E.U.', 'European Union', 'European Commission', 'European Council', 'European Parliament'],
  },
  ASEAN: {
    name: 'ASEAN',
    forms: [
      'ASEAN',
      'Asean',
      'Association of Southeast Asian Nations',
      'Association of South East Asian Nations',
      'Association of South-East Asian Nations',
    ],
  },
  QUAD: {
    name: 'Quad',
    forms: ['Quad', 'QUAD', 'Quadrilateral Security Dialogue', 'Quadruple Mechanism', 'Quadrilateral'],
  },
  AUKUS: { name: 'AUKUS', forms: ['AUKUS', 'Aukus'] },
  UN: {
    name: 'United Nations',
    forms: ['UN', 'U.N.', 'United Nations', 'UNSC', 'UN Security Council', 'United Nations Security Council'],
  },
  G7: { name: 'G7', forms: ['G7', 'G-7', 'Group of Seven', 'Group of 7'] },
} as const satisfies Readonly<Record<string, { name: string; forms: readonly string[] }>>;

export type GroupingCode = keyof typeof GROUPING_PARTIES;

/** NATO, EU, ASEAN, QUAD, AUKUS, UN, G7: the party codes that name a grouping rather than a state. */
export const GROUPING_CODES = Object.keys(GROUPING_PARTIES) as readonly GroupingCode[];

const GROUPING_SET: ReadonlySet<string> = new Set(GROUPING_CODES);

/** Whether a party code names one of the ontology's groupings (a state code never does). */
export function isGroupingCode(code: string): code is GroupingCode {
  return GROUPING_SET.has(code);
}
