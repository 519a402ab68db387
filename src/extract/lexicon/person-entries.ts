// Turns the compact PEOPLE table into gazetteer entries: name variants and the short forms used later in a text.
import type { CatalogueEntry } from './catalogue-entry.js';
import { PEOPLE } from './people.js';
import { foldDiacritics } from './text-fold.js';

const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** States whose leaders the English press names in both orders ("Fumio Kishida", "Kishida Fumio"). */
const BOTH_ORDERS = new Set(['JPN']);

function lastWord(name: string): string {
  const words = name.split(' ').filter((w) => !SUFFIXES.has(w));
  return words[words.length - 1] ?? name;
}

interface PersonSpec {
  names: string[];
  shorts: string[];
}

/** Parses `Full Name[|Variant...][/Short,Short]` (see PEOPLE). */
export function parsePersonSpec(spec: string, code: string): PersonSpec {
  const slash = spec.indexOf('/');
  const namePart = slash < 0 ? spec : spec.slice(0, slash);
  const names = namePart.split('|').map((n) => n.trim());
  const first = names[0] ?? namePart;
  let shorts: string[];
  if (slash < 0) shorts = [lastWord(first)];
  else
    shorts = spec
      .slice(slash + 1)
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (BOTH_ORDERS.has(code)) {
    for (const name of [...names]) {
      const words = name.split(' ');
      // The ministry's own style puts the family name first, in capitals: "KOIZUMI Shinjiro".
      if (words.length === 2) names.push(`${words[1]} ${words[0]}`, `${words[1]!.toUpperCase()} ${words[0]}`);
    }
  }
  return { names, shorts };
}

export function personEntries(): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const [code, specs] of Object.entries(PEOPLE)) {
    for (const spec of specs) {
      const { names, shorts } = parsePersonSpec(spec, code);
      const surnames = [...new Set(shorts.flatMap((s) => [s, foldDiacritics(s)]))];
      for (const text of names) entries.push({ text, code, kind: 'person', surnames });
    }
  }
  return entries;
}

/** How many people the table lists (for the catalogue's own tests). */
export function personCount(): number {
  return Object.values(PEOPLE).reduce((sum, specs) => sum + specs.length, 0);
}
