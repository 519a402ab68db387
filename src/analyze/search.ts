// The search box: parties by code or name, agreements by what people call them ("RAA", "GSOMIA", "Japan ACSA").
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType } from '../schema/fact.js';
import { TYPE_LABELS, TYPE_ORDER } from './vocabulary.js';

/** Words analysts use for each type, beyond its label. */
const TYPE_WORDS: Readonly<Record<FactType, readonly string[]>> = {
  two_plus_two: ['2+2', 'two plus two', 'ministerial'],
  high_level_meeting: ['summit', 'meeting', 'talks', 'visit'],
  information_security: ['gsomia', 'information security', 'intelligence', 'isa'],
  equipment_transfer_agreement: ['eta', 'equipment and technology', 'transfer agreement'],
  acsa: ['acsa', 'cross-servicing', 'logistics', 'rml'],
  reciprocal_access: ['raa', 'reciprocal access', 'visiting forces', 'vfa', 'sofa', 'status of forces'],
  security_treaty: ['treaty', 'alliance', 'mutual defense', 'security declaration'],
  defense_mou: ['mou', 'memorandum', 'arrangement'],
  joint_exercise: ['exercise', 'drill', 'training', 'patrol'],
  joint_development: ['co-development', 'joint development', 'co-production', 'gcap'],
  equipment_transfer: ['transfer', 'export', 'sale', 'donation', 'delivery'],
  membership: ['membership', 'member', 'partnership'],
};

export interface PartyHit {
  code: string;
  name: string;
  facts: number;
}

export type SearchFact = Pick<CanonicalFact, 'id' | 'type' | 'parties' | 'item'>;

export interface SearchResult<F extends SearchFact = CanonicalFact> {
  parties: PartyHit[];
  types: FactType[];
  facts: F[];
}

export function search<F extends SearchFact>(
  facts: readonly F[],
  names: (code: string) => string,
  query: string,
  limit = 20,
): SearchResult<F> {
  const q = query.trim().toLowerCase();
  if (q === '') return { parties: [], types: [], facts: [] };
  const counts = new Map<string, number>();
  for (const f of facts) for (const p of new Set(f.parties)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const words = q.split(/\s+/);
  const partyMatches = (code: string, text: string) => {
    const name = names(code).toLowerCase();
    return code.toLowerCase() === text || name.startsWith(text) || name.includes(` ${text}`);
  };
  const parties = [...counts.keys()]
    .filter((code) => partyMatches(code, q) || words.some((w) => w.length >= 3 && partyMatches(code, w)))
    .map((code) => ({ code, name: names(code), facts: counts.get(code) ?? 0 }))
    .sort((a, b) => b.facts - a.facts || a.name.localeCompare(b.name));
  const types = TYPE_ORDER.filter((t) =>
    [TYPE_LABELS[t].toLowerCase(), ...TYPE_WORDS[t]].some(
      (w) => q.includes(w) || (q.length >= 3 && w.startsWith(q)),
    ),
  );
  // Parties named in the query narrow the agreements: the whole query as one name, else one party per word that names any.
  const whole = parties.filter((p) => partyMatches(p.code, q)).map((p) => p.code);
  const groups: string[][] =
    whole.length > 0
      ? [whole]
      : words
          .map((w) =>
            w.length >= 3 ? parties.filter((p) => partyMatches(p.code, w)).map((p) => p.code) : [],
          )
          .filter((g) => g.length > 0);
  const matched =
    types.length === 0 && groups.length === 0
      ? facts.filter((f) => f.item?.toLowerCase().includes(q))
      : facts.filter(
          (f) =>
            (types.length === 0 || types.includes(f.type)) &&
            groups.every((g) => g.some((code) => f.parties.includes(code))),
        );
  return { parties: parties.slice(0, limit), types, facts: matched.slice(0, limit) };
}
