// The party catalogue: every state and grouping a fact may name, its code, display name and the forms news copy names it by.
import type { PartyCode } from '../schema/fact.js';
import { GROUPING_PARTIES } from './groupings.js';
import type { PartyForm } from './party-form.js';
import { buildStateCatalogue, type StateRecord } from './states.js';

export type { PartyForm } from './party-form.js';

export interface PartyInfo {
  code: PartyCode;
  name: string;
  kind: 'state' | 'grouping';
}

interface Catalogue {
  parties: PartyInfo[];
  byCode: Map<string, PartyInfo>;
  stateForms: PartyForm[];
  groupingForms: PartyForm[];
}

let cached: Catalogue | undefined;

function catalogue(): Catalogue {
  if (cached) return cached;
  const { states, entries: stateForms } = buildStateCatalogue();
  const stateParties = states.map((s: StateRecord): PartyInfo => ({
    code: s.code,
    name: s.name,
    kind: 'state',
  }));
  const groupingParties = Object.entries(GROUPING_PARTIES)
    .map(([code, { name }]): PartyInfo => ({ code, name, kind: 'grouping' }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const groupingForms = Object.entries(GROUPING_PARTIES).flatMap(([code, { forms }]) =>
    forms.map((text): PartyForm => ({ text, code, kind: 'grouping' })),
  );
  const parties = [...stateParties, ...groupingParties];
  cached = { parties, byCode: new Map(parties.map((p) => [p.code, p])), stateForms, groupingForms };
  return cached;
}

/** A display name for a party code: "Japan", "United States", "NATO"; an unknown code is returned as is. */
export function partyName(code: string): string {
  return catalogue().byCode.get(code)?.name ?? code;
}

export function isKnownParty(code: string): boolean {
  return catalogue().byCode.has(code);
}

/** Every state and grouping, states first, each group sorted by code. */
export function allParties(): PartyInfo[] {
  return catalogue().parties.map((p) => ({ ...p }));
}

/** The forms that name a state (names, abbreviations, demonyms, capitals), hand-added forms first. Built once. */
export function stateForms(): readonly PartyForm[] {
  return catalogue().stateForms;
}

/** The forms that name a grouping ("NATO", "the Quad", "Association of Southeast Asian Nations"). */
export function groupingForms(): readonly PartyForm[] {
  return catalogue().groupingForms;
}
