// Security-aid programmes known by name, each run by one donor state: "a grant under OSA" is Japan's aid,
// whichever of the two states the sentence names first.
import type { PartyCode } from '../../schema/fact.js';

interface AidProgramme {
  /** Full names (matched in any case) and acronyms (matched as written). */
  names: readonly string[];
  acronyms: readonly string[];
  donor: PartyCode;
  /** Where the programme and its donor are established. */
  source: string;
}

export const AID_PROGRAMMES: readonly AidProgramme[] = [
  {
    names: ['Official Security Assistance'],
    acronyms: ['OSA'],
    donor: 'JPN',
    source: 'Japan, Ministry of Foreign Affairs: Official Security Assistance, established April 2023',
  },
  {
    names: ['Foreign Military Financing'],
    acronyms: ['FMF'],
    donor: 'USA',
    source: 'U.S. Arms Export Control Act, section 23; run by the State Department',
  },
  {
    names: ['Ukraine Security Assistance Initiative'],
    acronyms: ['USAI'],
    donor: 'USA',
    source: 'U.S. National Defense Authorization Act for Fiscal Year 2016, section 1250',
  },
  {
    names: ['Presidential Drawdown Authority', 'Excess Defense Articles'],
    acronyms: [],
    donor: 'USA',
    source: 'U.S. Foreign Assistance Act of 1961, sections 506(a) and 516',
  },
  {
    // Allies pay, the United States supplies from its industry and stocks.
    names: ['Prioritized Ukraine Requirements List', 'Prioritised Ukraine Requirements List'],
    acronyms: ['PURL'],
    donor: 'USA',
    source: 'NATO: Prioritised Ukraine Requirements List (PURL), launched July 2025',
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_NAME = AID_PROGRAMMES.map((p) => ({
  donor: p.donor,
  names: p.names.length ? new RegExp(`\\b(?:${p.names.map(escape).join('|')})\\b`, 'i') : null,
  acronyms: p.acronyms.length ? new RegExp(`\\b(?:${p.acronyms.map(escape).join('|')})\\b`) : null,
}));

/** The donor of the first aid programme the text names, or null. */
export function aidProgrammeDonor(text: string): PartyCode | null {
  for (const p of BY_NAME) if (p.names?.test(text) || p.acronyms?.test(text)) return p.donor;
  return null;
}
