// Canonical facts as CSV (RFC 4180), one row per fact, for spreadsheets, R and pandas.
import type { CanonicalFact } from '../../schema/canonical.js';
import { STATUSES } from '../../schema/fact.js';

// One column per lifecycle milestone, named after the status, holding its date.
const COLUMNS = [
  'fact_id',
  'type',
  'parties',
  'party_a',
  'party_b',
  'item',
  'status',
  'date',
  ...STATUSES,
  'sources',
  'claims',
  'conflicts',
  'review',
  'quote',
  'quote_doc',
  'quote_url',
];

export function toCsv(facts: readonly CanonicalFact[]): string {
  const rows = [COLUMNS.join(',')];
  for (const f of facts) {
    const m = f.milestones;
    const values: (string | number | null)[] = [
      f.id,
      f.type,
      f.parties.join(';'),
      f.parties[0] ?? null,
      f.parties[1] ?? null,
      f.item,
      f.status,
      f.date,
      ...STATUSES.map((status) => m[status]?.date ?? null),
      f.sources,
      f.claims,
      f.conflicts,
      f.review,
      f.quote?.text ?? null,
      f.quote?.doc ?? null,
      f.quote?.url ?? null,
    ];
    rows.push(values.map(cell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
