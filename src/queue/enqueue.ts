// `ingest --queue` and `watch --queue`: turns ingest inputs into queue jobs. Files are read here (a worker on another
// machine cannot see them); URLs are left to the workers, which fetch them and enqueue a feed's items.
import type { AppError } from '../errors.js';
import { readSource } from '../ingest/read-source.js';
import { expandInputs, isUrl } from '../ingest/sources.js';
import type { JobQueue } from './job-queue.js';
import type { JobPayload } from './jobs.js';

export interface EnqueueOptions {
  allowPrivateUrls: boolean;
  fetchTimeoutMs: number;
  maxAttempts: number;
}

export interface EnqueueResult {
  /** Jobs added (or refreshed, for a document or URL already waiting). */
  queued: number;
  /** Inputs that could not be read: each names its file and the problem. */
  failures: AppError[];
}

/** Files in memory are sent in batches, so a large directory never sits whole in memory twice. */
const BATCH = 200;

export async function enqueueInputs(
  queue: JobQueue,
  inputs: readonly string[],
  options: EnqueueOptions,
): Promise<EnqueueResult> {
  const fetch = { timeoutMs: options.fetchTimeoutMs, allowPrivateUrls: options.allowPrivateUrls };
  let pending: JobPayload[] = inputs
    .filter(isUrl)
    .map((url) => ({ kind: 'poll', url, allowPrivateUrls: options.allowPrivateUrls }));
  let queued = 0;
  const flush = async () => {
    queued += await queue.enqueue(pending, options.maxAttempts);
    pending = [];
  };
  const expansion = await expandInputs(
    inputs.filter((i) => !isUrl(i)),
    fetch,
  );
  const failures = [...expansion.failures];
  for (const item of expansion.items) {
    if (item.kind === 'url') {
      pending.push({
        kind: 'url',
        url: item.url,
        item: item.item,
        allowPrivateUrls: options.allowPrivateUrls,
      });
    } else {
      const read = await readSource(item, fetch);
      if (read.ok) pending.push({ kind: 'document', doc: read.value });
      else failures.push(read.error);
    }
    if (pending.length >= BATCH) await flush();
  }
  await flush();
  return { queued, failures };
}
