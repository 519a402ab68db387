// Canonical facts for the analysis tests, written by hand: only what a test states differs from the defaults.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, Status } from '../schema/fact.js';

let nextId = 1;

export function fact(
  type: FactType,
  parties: string[],
  status: Status,
  date: string | null = null,
  extra: Partial<CanonicalFact> = {},
): CanonicalFact {
  const id = extra.id ?? nextId++;
  return {
    id,
    key: `${type}|${parties.join('|')}|${id}`,
    type,
    parties,
    item: null,
    status,
    date,
    milestones: date ? { [status]: { date, doc: `doc-${id}`, quote: `quote ${id}` } } : {},
    sources: 1,
    claims: 1,
    quote: {
      kind: 'article',
      text: `quote ${id}`,
      doc: `doc-${id}`,
      url: null,
      title: null,
      source: null,
      published: null,
    },
    conflicts: 0,
    review: null,
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
  };
}
