// The extract pool's worker thread: runs ingest jobs (HTML to text, then extraction) off the server's request thread.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { extractForStore } from '../extract/pipeline.js';
import { runExtractJob, serializeAppError, type ExtractJob } from './extract-job.js';

export type WorkerReply =
  | { id: number; ok: true; value: ReturnType<typeof runExtractJob> }
  | { id: number; ok: false; error: ReturnType<typeof serializeAppError> }
  | { id: number; ok: false; crash: string };

const port = parentPort;
if (port) {
  // Warm up (the model, the lexicons, the JIT) before saying ready: the pool's time limit measures the document.
  try {
    extractForStore({ id: 'warm-up', text: 'France and India signed a defense pact.', published: null });
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
