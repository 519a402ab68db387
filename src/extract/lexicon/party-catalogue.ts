// The party catalogue: every state and grouping the extractor knows, and every surface form that names one.
import type { PartyCode } from '../../schema/fact.js';
import { stop, type CatalogueEntry } from './catalogue-entry.js';
import { buildStateCatalogue, type StateRecord } from './countries.js';
import { FIRMS } from './firms.js';
import { GROUPINGS, groupingEntries } from './groupings.js';
import { INSTITUTIONS } from './institutions.js';
import type { MentionKind } from './party-mention.js';
import { personEntries } from './person-entries.js';
import { STOP_PHRASES } from './stop-phrases.js';
import { foldDiacritics } from './text-fold.js';

export type { CatalogueEntry } from './catalogue-entry.js';

export interface PartyInfo {
  code: PartyCode;
  name: string;
  kind: 'state' | 'grouping';
}

interface Catalogue {
  parties: PartyInfo[];
  byCode: Map<string, PartyInfo>;
  entries: CatalogueEntry[];
}

function tableEntries(
  table: Readonly<Record<string, readonly string[]>>,
  kind: MentionKind,
): CatalogueEntry[] {
  return Object.entries(table).flatMap(([code, texts]) => texts.map((text) => ({ text, code, kind })));
}

/** Spellings news copy uses for the same form: without diacritics, and with spaces for hyphens. */
function spellings(entry: CatalogueEntry): string[] {
  if (entry.exact) return [entry.text];
  const folded = foldDiacritics(entry.text);
  const forms = new Set([entry.text, folded]);
  for (const form of [entry.text, folded]) forms.add(form.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  return [...forms];
}

let cached: Catalogue | undefined;

function catalogue(): Catalogue {
  if (cached) return cached;
  const { states, entries: stateEntries } = buildStateCatalogue();
  const stateParties = states.map((s: StateRecord): PartyInfo => ({
    code: s.code,
    name: s.name,
    kind: 'state',
  }));
  const groupingParties = Object.entries(GROUPINGS)
    .map(([code, { name }]): PartyInfo => ({ code, name, kind: 'grouping' }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const parties = [...stateParties, ...groupingParties];
  // Order is priority: when two entries spell the same phrase, the earlier one is kept.
  const ordered: CatalogueEntry[] = [
    ...STOP_PHRASES.map(stop),
    ...tableEntries(INSTITUTIONS, 'institution'),
    ...groupingEntries(),
    ...tableEntries(FIRMS, 'firm'),
    ...personEntries(),
    ...stateEntries,
  ];
  const entries = ordered.flatMap((entry) => spellings(entry).map((text) => ({ ...entry, text })));
  cached = { parties, byCode: new Map(parties.map((p) => [p.code, p])), entries };
  return cached;
}

/** Every surface form in priority order (earlier wins on an identical phrase). Built once, on first use. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  return catalogue().entries;
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
