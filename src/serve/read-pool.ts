// Worker threads that answer the pair endpoints' reads from a SQLite file, each over its own read-only connection
// with its statements prepared once, so pages are read on every core while the request thread only routes: on one
// event loop, 50 clients would queue behind each other's SQL. A request goes to the worker with the fewest in hand.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ReadJob } from './read-job.js';
import type { ReadReply } from './read-worker.js';
import { RawJson } from './response-cache.js';
import { newWorker } from './worker-entry.js';

/**
 * One worker per core but the one the request thread needs, at least one and at most 4: each holds its own heap
 * and connection (about 25 MB at rest). On 2 cores, 50 clients, every page a miss: one worker p95 41-46 ms, two
 * workers (one per core, the previous default) 51-56 ms, the extra thread only contending for the cores.
 */
export const DEFAULT_READ_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

export interface ReadPoolOptions {
  /** The store's SQLite file. */
  file: string;
  size?: number;
  log?: (line: string) => void;
}

interface Pending {
  resolve: (json: RawJson) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker | null;
  ready: boolean;
  pending: Map<number, Pending>;
}

export class ReadPool {
  readonly size: number;
  private readonly file: string;
  private readonly slots: Slot[];
  private readonly log: (line: string) => void;
  private nextId = 1;
  private closed = false;
  private readonly startWaiters: ((started: boolean) => void)[] = [];

  constructor(options: ReadPoolOptions) {
    this.file = options.file;
    this.size = Math.max(1, options.size ?? DEFAULT_READ_WORKERS);
    this.log = options.log ?? (() => {});
    this.slots = Array.from({ length: this.size }, () => ({
      worker: null,
      ready: false,
      pending: new Map(),
    }));
    for (const slot of this.slots) this.spawn(slot);
  }

  /**
   * The job's answer, read by the least busy ready worker; null while no worker is ready (starting, or none could
   * start): the caller then reads in-thread, so a request never waits on a thread that is not there.
   */
  run(job: ReadJob): Promise<RawJson> | null {
    let best: Slot | null = null;
    for (const slot of this.slots) {
      if (slot.worker && slot.ready && (best === null || slot.pending.size < best.pending.size)) best = slot;
    }
    if (this.closed || best === null) return null;
    const id = this.nextId++;
    const slot = best;
    return new Promise<RawJson>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker!.postMessage({ id, job });
    });
  }

  /** True once a worker is ready; false if every worker failed to start (then every read stays in-thread). */
  started(): Promise<boolean> {
    if (this.slots.some((s) => s.ready)) return Promise.resolve(true);
    if (this.closed || this.slots.every((s) => s.worker === null)) return Promise.resolve(false);
    return new Promise((resolve) => this.startWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        const worker = slot.worker;
        slot.worker = null;
        this.failAll(slot, new Error('the server is closing'));
        if (worker) await worker.terminate();
      }),
    );
    this.settleStart(false);
  }

  private spawn(slot: Slot): void {
    if (this.closed) return;
    const worker = newWorker('read-worker', { file: this.file });
    worker.unref();
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (msg: ReadReply | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.settleStart(true);
        return;
      }
      const pending = slot.pending.get(msg.id);
      if (!pending) return;
      slot.pending.delete(msg.id);
      if (msg.ok) pending.resolve(new RawJson(msg.json));
      else pending.reject(new Error(`a read worker failed: ${msg.error}`));
    });
    const failed = (why: string) => {
      if (slot.worker !== worker) return;
      const wasReady = slot.ready;
      this.log(`entente serve: a read worker stopped (${why})`);
      slot.worker = null;
      slot.ready = false;
      this.failAll(slot, new Error(`the read worker stopped (${why})`));
      // One that never became ready (an unreadable file, say) is not restarted: requests are read in-thread.
      if (wasReady) this.spawn(slot);
      else if (this.slots.every((s) => s.worker === null)) this.settleStart(false);
    };
    worker.on('error', (e) => failed(e.message));
    worker.on('exit', (code) => failed(`exit code ${code}`));
  }

  private settleStart(started: boolean): void {
    for (const resolve of this.startWaiters.splice(0)) resolve(started);
  }

  private failAll(slot: Slot, e: Error): void {
    for (const pending of slot.pending.values()) pending.reject(e);
    slot.pending.clear();
  }
}
