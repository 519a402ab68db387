// A read worker's thread: answers pair pages and ladders from statements prepared once on its own read-only
// connection to the store's SQLite file, so those reads run on another core than the request thread.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlitePageReads } from '../store/sqlite/page-reads.js';
import { runReadJob, type ReadJob } from './read-job.js';

/** `json`: the answer's UTF-8 bytes, their buffer transferred (the request thread neither copies nor encodes them). */
export type ReadReply =
  { id: number; ok: true; json: Uint8Array<ArrayBuffer> } | { id: number; ok: false; error: string };

const encoder = new TextEncoder();

const port = parentPort;
if (port) {
  // A file that cannot be opened read-only throws here: the thread exits with the error, which the pool reports.
  const reads = openSqlitePageReads((workerData as { file: string }).file);
  port.on('message', (msg: { id: number; job: ReadJob }) => {
    runReadJob(reads, msg.job).then(
      (json) => {
        const bytes = encoder.encode(json);
        port.postMessage({ id: msg.id, ok: true, json: bytes } satisfies ReadReply, [bytes.buffer]);
      },
      (e: unknown) =>
        port.postMessage({
          id: msg.id,
          ok: false,
          error: e instanceof Error ? (e.stack ?? e.message) : String(e),
        } satisfies ReadReply),
    );
  });
  port.postMessage({ ready: true });
}
