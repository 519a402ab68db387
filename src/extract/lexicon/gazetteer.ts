// The gazetteer: every surface form the mention finder looks for, from the party catalogue plus firms, institutions and people.
import { groupingForms, stateForms } from '../../parties/party-catalogue.js';
import { stop, type CatalogueEntry } from './catalogue-entry.js';
import { FIRMS } from './firms.js';
import { INSTITUTIONS } from './institutions.js';
import type { MentionKind } from './party-mention.js';
import { personEntries } from './person-entries.js';
import { STOP_PHRASES } from './stop-phrases.js';
import { foldDiacritics } from './text-fold.js';

export type { CatalogueEntry } from './catalogue-entry.js';

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

let cached: CatalogueEntry[] | undefined;

/** Every surface form in priority order (earlier wins on an identical phrase). Built once, on first use. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  if (cached) return cached;
  // Order is priority: when two entries spell the same phrase, the earlier one is kept.
  const ordered: CatalogueEntry[] = [
    ...STOP_PHRASES.map(stop),
    ...tableEntries(INSTITUTIONS, 'institution'),
    ...groupingForms(),
    ...tableEntries(FIRMS, 'firm'),
    ...personEntries(),
    ...stateForms(),
  ];
  cached = ordered.flatMap((entry) => spellings(entry).map((text) => ({ ...entry, text })));
  return cached;
}
