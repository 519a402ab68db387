// The extract pool's worker thread: runs ingest jobs (HTML to text, then extraction) off the server's request thread.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { extractForStore } from '../extract/pipeline.js';
import { runExtractJob, serializeAppError, type ExtractJob } from './extract-job.js';

export type WorkerReply =
  | { id: number; ok: true; value: ReturnType<typeof runExtractJob> }
  | { id: number; ok: false; error: ReturnType<typeof serializeAppError> }
  | { id: number; ok: false; crash: string };

/** A text that reaches every costly part of extraction once: each catalogue, dates, the scorer. */
const WARM_UP =
  'France and India signed a defense pact on Monday. Japan and the Philippines signed a Reciprocal Access ' +
  'Agreement in Manila on 14 February 2025. India bought 26 Rafale jets from France, and the two navies ' +
  'joined the Malabar exercise last week.';

const port = parentPort;
if (port) {
  // Warm up before saying ready, so that the pool's time limit measures the document and not a fresh thread's
  // first use of the model, the lexicons, the catalogues (instruments, exercises, weapons) and the date parser.
  try {
    extractForStore({ id: 'warm-up', text: WARM_UP, published: '2025-03-01' });
  } catch {
    // A failing warm-up shows on the first real job.
  }
  port.on('message', (msg: { id: number; job: ExtractJob }) => {
    let reply: WorkerReply;
    try {
      reply = { id: msg.id, ok: true, value: runExtractJob(msg.job, (doc) => extractForStore(doc)) };
    } catch (e) {
      reply =
        e instanceof AppError
          ? { id: msg.id, ok: false, error: serializeAppError(e) }
          : { id: msg.id, ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
