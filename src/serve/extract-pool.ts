// A small pool of worker threads for ingest's CPU work (HTML to text, extraction), so one expensive document never
// holds up the server's other requests. Each document has a time limit, enforced by terminating its worker (a fresh
// one takes its place), and the queue of waiting documents is bounded.
import type { Worker } from 'node:worker_threads';
import { ApiError } from './api-error.js';
import { deserializeAppError, type ExtractJob, type ExtractJobOutput } from './extract-job.js';
import type { WorkerReply } from './extract-worker.js';
import { newWorker } from './worker-entry.js';

/** Worker threads by default: one expensive document at a time, a second one queued behind it. */
export const DEFAULT_EXTRACT_WORKERS = 1;
/** A document whose reading and extraction run longer than this is given up (its worker is replaced). */
export const DEFAULT_EXTRACT_TIME_LIMIT_MS = 30_000;
/** Documents waiting for a worker beyond this many are refused with 503 EXTRACTION_BUSY. */
export const DEFAULT_EXTRACT_QUEUE = 8;

export interface ExtractPoolOptions {
  size?: number;
  timeLimitMs?: number;
  maxQueue?: number;
  log?: (line: string) => void;
}

interface Task {
  id: number;
  job: ExtractJob;
  resolve: (out: ExtractJobOutput) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  current: { task: Task; timer: NodeJS.Timeout } | null;
}

export class ExtractPool {
  readonly size: number;
  readonly timeLimitMs: number;
  readonly maxQueue: number;
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private readonly log: (line: string) => void;
  private nextId = 1;
  private closed = false;

  constructor(options: ExtractPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? DEFAULT_EXTRACT_WORKERS);
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_EXTRACT_TIME_LIMIT_MS;
    this.maxQueue = options.maxQueue ?? DEFAULT_EXTRACT_QUEUE;
    this.log = options.log ?? (() => {});
    this.slots = Array.from({ length: this.size }, () => ({ worker: null, ready: false, current: null }));
    for (const slot of this.slots) this.spawn(slot);
  }

  /** Reads and extracts one document in a worker; rejects with an ApiError (time limit, busy) or the job's AppError. */
  run(job: ExtractJob): Promise<ExtractJobOutput> {
    if (this.closed) return Promise.reject(new Error('the extract pool is closed'));
    const idle = this.slots.some((s) => s.ready && s.current === null);
    if (!idle && this.queue.length >= this.maxQueue) {
      return Promise.reject(
        new ApiError(
          503,
          'EXTRACTION_BUSY',
          `the server is extracting ${this.size + this.queue.length} documents already; try again shortly`,
        ),
      );
    }
    return new Promise<ExtractJobOutput>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      for (const slot of this.slots) if (slot.worker === null) this.spawn(slot);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the server is closing'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.current) {
          clearTimeout(slot.current.timer);
          slot.current.task.reject(new Error('the server is closing'));
          slot.current = null;
        }
        const worker = slot.worker;
        slot.worker = null;
        if (worker) await worker.terminate();
      }),
    );
  }

  private spawn(slot: Slot): void {
    if (this.closed) return;
    const worker = newWorker('extract-worker');
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (msg: WorkerReply | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (!current || current.task.id !== msg.id) return;
      clearTimeout(current.timer);
      slot.current = null;
      if (msg.ok) current.task.resolve(msg.value);
      else if ('error' in msg) current.task.reject(deserializeAppError(msg.error));
      else current.task.reject(new Error(`extraction failed in its worker: ${msg.crash}`));
      this.dispatch();
    });
    const failed = (why: string) => {
      if (slot.worker !== worker) return;
      const wasReady = slot.ready;
      this.log(`entente serve: an extraction worker stopped (${why})`);
      slot.worker = null;
      slot.ready = false;
      if (slot.current) {
        clearTimeout(slot.current.timer);
        slot.current.task.reject(new Error(`the extraction worker stopped (${why})`));
        slot.current = null;
      }
      if (wasReady) this.spawn(slot);
      else if (this.slots.every((s) => s.worker === null)) {
        // No worker can start (a missing entry file, say): fail what waits rather than retrying forever;
        // the next request tries again.
        for (const task of this.queue.splice(0))
          task.reject(new Error(`no extraction worker could start (${why})`));
      }
    };
    worker.on('error', (e) => failed(e.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.worker || !slot.ready || slot.current) continue;
      const task = this.queue.shift()!;
      const worker = slot.worker;
      const timer = setTimeout(() => this.overTime(slot, worker), this.timeLimitMs);
      timer.unref();
      slot.current = { task, timer };
      worker.postMessage({ id: task.id, job: task.job });
    }
  }

  private overTime(slot: Slot, worker: Worker): void {
    if (slot.worker !== worker || !slot.current) return;
    const { task } = slot.current;
    slot.current = null;
    slot.worker = null;
    slot.ready = false;
    task.reject(
      new ApiError(
        422,
        'EXTRACTION_TIMEOUT',
        `reading and extracting this document took longer than the limit of ${this.timeLimitMs} ms; send a shorter article`,
      ),
    );
    void worker.terminate();
    this.spawn(slot);
  }
}
