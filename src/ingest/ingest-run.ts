// One ingest run: expand the inputs, then read, extract and store each document; one bad document never stops the run.
import { AppError } from '../errors.js';
import { extractForStore } from '../extract/pipeline.js';
import type { IngestSummary } from '../schema/canonical.js';
import type { SourceDocument } from '../schema/document.js';
import type { Fact } from '../schema/fact.js';
import {
  knownContent,
  prepareDocument,
  storeDocument,
  type StoreOutcome,
} from '../store/services/store-document.service.js';
import type { Store } from '../store/store.js';
import type { DocumentMetadata } from './document-metadata.js';
import { readSource } from './read-source.js';
import { checkSingleFile, expandInputs, subjectOf } from './sources.js';

export type Extractor = (doc: Pick<SourceDocument, 'id' | 'text' | 'published'>) => Fact[];

/** What happened to one document, as the progress display reports it. */
export type DocumentEvent =
  { subject: string; outcome: StoreOutcome } | { subject: string; failure: AppError };

export interface IngestHooks {
  /** Called once the inputs are expanded, with the number of documents to come. */
  onStart?(total: number): void;
  onDocument?(event: DocumentEvent): void;
}

export interface IngestOptions {
  fetchTimeoutMs: number;
  /** Fetch URLs on loopback, private and link-local addresses (`--allow-private-urls`); off by default. */
  allowPrivateUrls?: boolean;
  extract?: Extractor;
  hooks?: IngestHooks;
  /** URL, title, outlet, publication date of the one file ingested (`--url` ...): over what the file says. */
  metadata?: DocumentMetadata;
}

export interface IngestResult {
  summary: IngestSummary;
  /** Ids of facts created and of existing facts whose status or dates moved. */
  newFacts: number[];
  changedFacts: number[];
}

export async function runIngest(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions,
): Promise<IngestResult> {
  // The kept facts and the below-threshold readings, which the store keeps as candidates for review.
  const extract = options.extract ?? extractForStore;
  const hooks = options.hooks ?? {};
  const summary: IngestSummary = {
    documents: { new: 0, duplicate: 0, nearDuplicate: 0, failed: 0 },
    claims: 0,
    candidates: 0,
    newFacts: 0,
    changedFacts: 0,
    conflicts: 0,
    failures: [],
  };
  const newFacts = new Set<number>();
  const changedFacts = new Set<number>();
  const fail = (failure: AppError, subject: string) => {
    summary.documents.failed++;
    summary.failures.push({
      subject: failure.subject ?? subject,
      code: failure.code,
      message: failure.message,
    });
    hooks.onDocument?.({ subject, failure });
  };

  const given = options.metadata ?? {};
  if (Object.keys(given).length > 0) {
    const single = await checkSingleFile(
      inputs,
      Object.keys(given).map((k) => `--${k}`),
    );
    if (!single.ok) throw single.error;
  }
  const fetch = { timeoutMs: options.fetchTimeoutMs, allowPrivateUrls: options.allowPrivateUrls === true };
  const expansion = await expandInputs(inputs, fetch);
  hooks.onStart?.(expansion.items.length + expansion.failures.length);
  for (const failure of expansion.failures) fail(failure, failure.subject ?? 'input');

  for (const item of expansion.items) {
    const subject = subjectOf(item);
    try {
      const read = await readSource(item, fetch, given);
      if (!read.ok) {
        fail(read.error, subject);
        continue;
      }
      const outcome = await ingestDocument(store, read.value, extract);
      tally(summary, outcome, newFacts, changedFacts);
      hooks.onDocument?.({ subject, outcome });
    } catch (e) {
      fail(asAppError(e, subject), subject);
    }
  }
  for (const id of newFacts) changedFacts.delete(id);
  summary.newFacts = newFacts.size;
  summary.changedFacts = changedFacts.size;
  return { summary, newFacts: [...newFacts], changedFacts: [...changedFacts] };
}

/** Known content is a duplicate before any extraction work; the insert still re-checks under the lock. */
export async function ingestDocument(
  store: Store,
  doc: SourceDocument,
  extract: Extractor,
): Promise<StoreOutcome> {
  const known = await knownContent(store, doc.text);
  if (known !== null) return { kind: 'duplicate', id: doc.id, of: known };
  let facts: Fact[];
  try {
    facts = extract(doc);
  } catch (e) {
    // An over-budget document already says so in one line, naming it.
    if (e instanceof AppError) throw e;
    throw new AppError('INVALID_INPUT', `extraction failed: ${(e as Error).message}`, doc.id, { cause: e });
  }
  return storeDocument(store, prepareDocument(doc, facts));
}

function tally(
  summary: IngestSummary,
  outcome: StoreOutcome,
  newFacts: Set<number>,
  changed: Set<number>,
): void {
  if (outcome.kind === 'duplicate') {
    summary.documents.duplicate++;
    return;
  }
  if (outcome.kind === 'near_duplicate') summary.documents.nearDuplicate++;
  else summary.documents.new++;
  summary.claims += outcome.claims;
  summary.candidates += outcome.candidates;
  summary.conflicts += outcome.conflicts;
  for (const id of outcome.newFacts) newFacts.add(id);
  for (const id of outcome.changedFacts) changed.add(id);
}

function asAppError(e: unknown, subject: string): AppError {
  if (e instanceof AppError) return e;
  return new AppError('STORE_ERROR', `cannot store: ${(e as Error).message ?? String(e)}`, subject, {
    cause: e,
  });
}
