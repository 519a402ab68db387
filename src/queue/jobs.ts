// The queue's job kinds and their payloads, as one zod schema: the enqueuer writes them, the worker checks them.
import { z } from 'zod';
import { SourceDocumentSchema } from '../schema/document.js';
import { contentHash } from '../store/services/store-document.service.js';

/** The one task every Entente job runs under (graphile-worker's task identifier). */
export const INGEST_TASK = 'entente_ingest';

/** Tries before a job is parked: the first run and four retries, backing off e^1, e^2, e^3, e^4 seconds. */
export const DEFAULT_MAX_ATTEMPTS = 5;

const FeedItemSchema = z.object({
  url: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
});

export const JobPayloadSchema = z.discriminatedUnion('kind', [
  /** A document read by the enqueuer (a file: workers on other machines cannot see its path). */
  z.object({ kind: z.literal('document'), doc: SourceDocumentSchema }),
  /** A feed item's page, fetched by the worker. */
  z.object({
    kind: z.literal('url'),
    url: z.string(),
    item: FeedItemSchema.nullable(),
    allowPrivateUrls: z.boolean(),
  }),
  /** A URL given to `ingest --queue` or `watch --queue`: a page is ingested, a feed's items are enqueued. */
  z.object({ kind: z.literal('poll'), url: z.string(), allowPrivateUrls: z.boolean() }),
]);
export type JobPayload = z.infer<typeof JobPayloadSchema>;

/** What a person reads for a job: the document id or the URL. */
export function jobSubject(payload: JobPayload): string {
  return payload.kind === 'document' ? payload.doc.id : payload.url;
}

/**
 * The job key: while a job for the same document or URL waits in the queue, enqueueing it again replaces it rather
 * than adding a second one (a feed polled every minute does not pile up copies of an item).
 */
export function jobKey(payload: JobPayload): string {
  // Two files of one name with other texts are two documents (the store gives the second a hash-suffixed id).
  const version = payload.kind === 'document' ? `@${contentHash(payload.doc.text).slice(0, 12)}` : '';
  return `${payload.kind}:${jobSubject(payload)}${version}`;
}
