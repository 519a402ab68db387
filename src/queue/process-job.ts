// Runs one queue job against the store: a document is extracted and stored, a feed item's page fetched first, a polled
// URL read as a page or its feed's items enqueued. Any failure is thrown as a JobFailure (the queue retries it).
import { AppError } from '../errors.js';
import { ingestDocument, type Extractor } from '../ingest/ingest-run.js';
import { readSource } from '../ingest/read-source.js';
import { expandInputs } from '../ingest/sources.js';
import type { StoreOutcome } from '../store/services/store-document.service.js';
import type { Store } from '../store/store.js';
import { JobPayloadSchema, type JobPayload } from './jobs.js';

/** A job's error as graphile-worker keeps it (`last_error` is the message): one line naming the document. */
export class JobFailure extends Error {
  constructor(readonly failure: AppError) {
    super(failure.toLine());
    this.name = 'JobFailure';
  }
}

export interface JobContext {
  store: Store;
  extract: Extractor;
  fetchTimeoutMs: number;
  /** Adds the feed items a polled URL lists, with the poll job's number of tries. */
  enqueue(payloads: JobPayload[]): Promise<number>;
}

export type JobResult =
  | { kind: 'stored'; subject: string; outcome: StoreOutcome }
  | { kind: 'polled'; subject: string; queued: number };

export async function processJob(raw: unknown, ctx: JobContext): Promise<JobResult> {
  const parsed = JobPayloadSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new JobFailure(
      new AppError(
        'INVALID_INPUT',
        `not an Entente job (${issue?.path.join('.')}: ${issue?.message})`,
        'payload',
      ),
    );
  }
  const job = parsed.data;
  try {
    return await run(job, ctx);
  } catch (e) {
    if (e instanceof JobFailure) throw e;
    const subject = job.kind === 'document' ? job.doc.id : job.url;
    throw new JobFailure(
      e instanceof AppError
        ? e
        : new AppError('STORE_ERROR', `cannot store: ${(e as Error).message ?? String(e)}`, subject, {
            cause: e,
          }),
    );
  }
}

async function run(job: JobPayload, ctx: JobContext): Promise<JobResult> {
  if (job.kind === 'document') {
    return {
      kind: 'stored',
      subject: job.doc.id,
      outcome: await ingestDocument(ctx.store, job.doc, ctx.extract),
    };
  }
  const fetch = { timeoutMs: ctx.fetchTimeoutMs, allowPrivateUrls: job.allowPrivateUrls };
  if (job.kind === 'url') {
    const read = await readSource({ kind: 'url', url: job.url, item: job.item }, fetch);
    if (!read.ok) throw new JobFailure(read.error);
    return {
      kind: 'stored',
      subject: job.url,
      outcome: await ingestDocument(ctx.store, read.value, ctx.extract),
    };
  }
  const expansion = await expandInputs([job.url], fetch);
  const failure = expansion.failures[0];
  if (failure) throw new JobFailure(failure);
  const items: JobPayload[] = [];
  for (const item of expansion.items) {
    if (item.kind === 'page') {
      const read = await readSource(item, fetch);
      if (!read.ok) throw new JobFailure(read.error);
      return {
        kind: 'stored',
        subject: job.url,
        outcome: await ingestDocument(ctx.store, read.value, ctx.extract),
      };
    }
    if (item.kind === 'url') {
      items.push({ kind: 'url', url: item.url, item: item.item, allowPrivateUrls: job.allowPrivateUrls });
    }
  }
  return { kind: 'polled', subject: job.url, queued: await ctx.enqueue(items) };
}
