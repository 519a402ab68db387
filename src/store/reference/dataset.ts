// Reads a reference dataset (the shipped JSON, or a CSV in the shared table's layout) and turns its rows into documents.
import { readFile } from 'node:fs/promises';
import { extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, err, ok, type Result } from '../../errors.js';
import { ReferenceDatasetSchema, type ReferenceDataset, type ReferenceFact } from '../../schema/canonical.js';
import type { SourceDocument } from '../../schema/document.js';
import type { Fact, PartialDate, Status } from '../../schema/fact.js';
import { csvToDataset } from './convert-csv.js';

/** data/reference/ at the package root: three levels up from src/store/reference/ and from dist/store/reference/. */
export const DEFAULT_REFERENCE_FILE = fileURLToPath(
  new URL('../../../data/reference/japan-agreements.json', import.meta.url),
);

export async function readDataset(path: string): Promise<Result<ReferenceDataset>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return err(
      new AppError('FILE_UNREADABLE', `cannot read reference dataset (${reason})`, path, { cause: e }),
    );
  }
  if (extname(path).toLowerCase() === '.csv') return csvToDataset(text, basename(path, '.csv'), path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err(new AppError('INVALID_INPUT', `not valid JSON (${(e as Error).message})`, path));
  }
  const parsed = ReferenceDatasetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(
      new AppError('INVALID_INPUT', `${issue?.path.join('.') || 'dataset'}: ${issue?.message}`, path),
    );
  }
  return ok(parsed.data);
}

export interface ReferenceDocument {
  doc: SourceDocument;
  facts: Fact[];
}

/**
 * One document per row, its text a few plain lines, one per milestone, so every reference claim has evidence
 * (offsets into that text) and its source URL like any article.
 */
export function referenceDocuments(dataset: ReferenceDataset, source: string): ReferenceDocument[] {
  const seen = new Map<string, number>();
  return dataset.facts.map((row) => {
    const base = `${source}:${row.type}:${row.parties.join('-')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}:${n}`;
    const names = row.parties.map((p) => dataset.parties[p] ?? p).join(' and ');
    const lines: string[] = [`${dataset.name}: ${names}, ${row.type.replace(/_/g, ' ')}.`];
    const facts: Fact[] = [];
    for (const m of milestones(row)) {
      const start = lines.join('\n').length + 1;
      const line = `${names}: ${row.type} ${m.status}${m.date ? ` on ${m.date}` : ' (date not given)'}.`;
      lines.push(line);
      facts.push({
        type: row.type,
        parties: row.parties,
        status: m.status,
        date: m.date,
        item: null,
        evidence: [{ doc: id, start, end: start + line.length, text: line }],
      });
    }
    lines.push(`Source: ${row.sourceUrl}`);
    const doc: SourceDocument = {
      id,
      text: lines.join('\n'),
      // The dataset's name: a quote from this document is shown as an entry of it (schema/quote.ts).
      title: dataset.name,
      url: row.sourceUrl,
      source,
      published: null,
    };
    return { doc, facts };
  });
}

/** The signing (concluded) and the later milestone when a row has both; else the row's one status and date. */
export function milestones(row: ReferenceFact): { status: Status; date: PartialDate | null }[] {
  const twoStep = row.inForce !== null || row.status === 'in_force' || row.status === 'ended';
  if (!twoStep || row.status === 'concluded') return [{ status: row.status, date: row.signed }];
  const out: { status: Status; date: PartialDate | null }[] = [];
  if (row.signed !== null) out.push({ status: 'concluded', date: row.signed });
  out.push({ status: row.status, date: row.status === 'ended' ? null : row.inForce });
  return out;
}
