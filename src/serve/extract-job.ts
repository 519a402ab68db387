// One ingest request's CPU work (reading HTML to text, then extraction) as a plain-data job: run in a worker thread
// by the extract pool, or in-thread when the server was given its own extractor.
import { createHash } from 'node:crypto';
import { AppError, type Result } from '../errors.js';
import type { Fetched } from '../ingest/fetch-url.js';
import type { Extractor } from '../ingest/ingest-run.js';
import { fromHtml, fromPlainText } from '../ingest/read-file.js';
import { fromPage } from '../ingest/read-source.js';
import type { SourceDocument } from '../schema/document.js';
import type { Fact } from '../schema/fact.js';

export interface ExtractJob {
  input: { kind: 'text' | 'html'; text: string } | { kind: 'page'; page: Fetched };
  /** The publication date the request gave, read before extraction (it anchors relative dates). */
  published?: SourceDocument['published'];
}

export interface ExtractJobOutput {
  doc: SourceDocument;
  facts: Fact[];
}

/** A pasted article's id is its content hash: pasting the same text twice names the same document. */
export function pastedId(text: string): string {
  return `pasted:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** Reads the job's document and extracts its facts; a domain error (an empty page, an over-budget text) is thrown. */
export function runExtractJob(job: ExtractJob, extract: Extractor): ExtractJobOutput {
  const { input } = job;
  const read: Result<SourceDocument> =
    input.kind === 'page'
      ? fromPage(input.page, null)
      : input.kind === 'html'
        ? fromHtml(pastedId(input.text), input.text, 'body.text')
        : fromPlainText(pastedId(input.text), input.text, 'body.text');
  if (!read.ok) throw read.error;
  const doc: SourceDocument = {
    ...read.value,
    ...(job.published !== undefined ? { published: job.published } : {}),
  };
  return { doc, facts: extract(doc) };
}

/** An AppError as plain data across the thread boundary, and back. */
export interface SerializedAppError {
  code: AppError['code'];
  message: string;
  subject?: string;
}

export function serializeAppError(e: AppError): SerializedAppError {
  return { code: e.code, message: e.message, ...(e.subject !== undefined ? { subject: e.subject } : {}) };
}

export function deserializeAppError(e: SerializedAppError): AppError {
  return new AppError(e.code, e.message, e.subject);
}
