// Canonical facts as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled), for spreadsheets, R and pandas.
//   --format csv    one row per fact with every party: `parties` (codes) and `party_names`, joined by ';'.
//   --format edges  one row per pair of a fact's parties (supplier -> recipient for a transfer), then the fact's
//                   columns, for tools that want pairs; a three-party exercise is three rows.
import { STATUSES } from '../../schema/fact.js';
import { article, isDirected, type ExportFact } from './export-facts.js';
import { factPairs } from './graph.js';

type Cell = string | number | null;

// One column per lifecycle milestone, named after the status, holding its date; the best quote with its
// document's URL, title, outlet and publication date, or a reference entry: `quote_kind` reference, its dataset
// in `quote_dataset` and its source URL, no quote (the dataset's line is generated, not a sentence anyone wrote).
const FACT_COLUMNS: readonly (readonly [string, (x: ExportFact) => Cell])[] = [
  ['fact_id', (x) => x.fact.id],
  ['type', (x) => x.fact.type],
  ['parties', (x) => x.fact.parties.join(';')],
  ['party_names', (x) => x.names.join(';')],
  ['supplier', (x) => (isDirected(x.fact) ? x.fact.parties[0]! : null)],
  ['recipient', (x) => (isDirected(x.fact) ? x.fact.parties[1]! : null)],
  ['item', (x) => x.fact.item],
  ['status', (x) => x.fact.status],
  ['date', (x) => x.fact.date],
  ...STATUSES.map((status) => [status, (x: ExportFact) => x.fact.milestones[status]?.date ?? null] as const),
  ['sources', (x) => x.fact.sources],
  ['claims', (x) => x.fact.claims],
  ['conflicts', (x) => x.fact.conflicts],
  ['review', (x) => x.fact.review],
  ['quote', (x) => article(x)?.text ?? null],
  ['quote_doc', (x) => x.fact.quote?.doc ?? null],
  ['quote_url', (x) => x.fact.quote?.url ?? null],
  ['quote_title', (x) => article(x)?.title ?? null],
  ['quote_outlet', (x) => article(x)?.source ?? null],
  ['quote_published', (x) => article(x)?.published ?? null],
  ['quote_kind', (x) => x.fact.quote?.kind ?? null],
  ['quote_dataset', (x) => (x.fact.quote?.kind === 'reference' ? x.fact.quote.dataset : null)],
];

export function toCsv(facts: readonly ExportFact[]): string {
  const rows = [FACT_COLUMNS.map(([name]) => name)];
  for (const x of facts) rows.push(FACT_COLUMNS.map(([, get]) => cell(get(x))));
  return lines(rows);
}

export function toEdgesCsv(facts: readonly ExportFact[], name: (code: string) => string): string {
  const rows = [
    ['source', 'target', 'source_name', 'target_name', 'directed', ...FACT_COLUMNS.map(([n]) => n)],
  ];
  for (const x of facts) {
    const factCells = FACT_COLUMNS.map(([, get]) => cell(get(x)));
    for (const [source, target] of factPairs(x.fact)) {
      rows.push([
        cell(source),
        cell(target),
        cell(name(source)),
        cell(name(target)),
        isDirected(x.fact) ? 'true' : 'false',
        ...factCells,
      ]);
    }
  }
  return lines(rows);
}

function lines(rows: readonly (readonly string[])[]): string {
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

function cell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
