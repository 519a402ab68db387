// The security groupings the ontology takes as parties, with the names news copy gives them.
import type { CatalogueEntry } from './catalogue-entry.js';

/** Display name and surface forms of each grouping party (ontology: NATO, EU, ASEAN, QUAD, AUKUS, UN, G7). */
export const GROUPINGS: Readonly<Record<string, { name: string; forms: readonly string[] }>> = {
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
};

export function groupingEntries(): CatalogueEntry[] {
  return Object.entries(GROUPINGS).flatMap(([code, { forms }]) =>
    forms.map((text): CatalogueEntry => ({ text, code, kind: 'grouping' })),
  );
}
