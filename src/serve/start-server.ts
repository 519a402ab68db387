// Starts the app on a port over an open store: the one way the command, the tests and the benchmark run a server.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { AppError, err, ok, type Result } from '../errors.js';
import { extractForStore } from '../extract/pipeline.js';
import type { Extractor } from '../ingest/ingest-run.js';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import { DEFAULT_EXTRACT_WORKERS, ExtractPool } from './extract-pool.js';
import { hostCheck } from './host-check.js';
import { knowledgeOf } from './knowledge.js';
import { DEFAULT_READ_WORKERS, ReadPool } from './read-pool.js';
import { loadUiAssets } from './ui-assets.js';

export interface ServerOptions {
  store: Store;
  port: number;
  /** 127.0.0.1 unless told otherwise: the API is not exposed beyond this machine by accident. */
  host?: string;
  token: string | null;
  fetchTimeoutMs: number;
  /** Fetch URLs on loopback, private and link-local addresses; off by default. */
  allowPrivateUrls?: boolean;
  /** Host names (with or without a port) answered besides this address and localhost. */
  allowedHosts?: readonly string[];
  /** Serve the web UI (built now from source when no prebuilt bundle is found). */
  ui?: boolean;
  /** Extract in-thread with this instead of the worker pool (tests). */
  extract?: Extractor;
  /** Worker threads that read and extract ingested documents (default 1; 0 extracts on the request thread). */
  extractWorkers?: number;
  /** The time limit of one ingested document's reading and extraction, in ms (default 30 s). */
  extractTimeLimitMs?: number;
  /** Documents that may wait for a worker before ingest answers 503 EXTRACTION_BUSY (default 8). */
  extractQueue?: number;
  /**
   * Worker threads reading pair pages and ladders from a SQLite file (default one per core, at most 4; 0 reads
   * in-thread). A store without a file for them (PostgreSQL) reads in-thread whatever this says.
   */
  readWorkers?: number;
  checkResponses?: boolean;
  maxBodyBytes?: number;
  log?: AppOptions['log'];
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function startServer(options: ServerOptions): Promise<Result<RunningServer>> {
  const ui = options.ui === false ? null : await loadUiAssets();
  if (ui && !ui.ok) return ui;
  const knowledge = knowledgeOf(options.store);
  // Load the analysis snapshot now, in the background: the first visitor's map does not wait for it.
  knowledge
    .current()
    .catch((e: unknown) => options.log?.(`entente serve: cannot load the facts yet (${String(e)})`));
  const host = options.host ?? '127.0.0.1';
  // CPU work on ingested documents runs off the request thread, unless a custom extractor was given (tests).
  const workers = options.extractWorkers ?? DEFAULT_EXTRACT_WORKERS;
  const pool =
    options.extract === undefined && workers > 0
      ? new ExtractPool({
          size: workers,
          ...(options.extractTimeLimitMs !== undefined ? { timeLimitMs: options.extractTimeLimitMs } : {}),
          ...(options.extractQueue !== undefined ? { maxQueue: options.extractQueue } : {}),
          ...(options.log ? { log: options.log } : {}),
        })
      : null;
  const readWorkers = options.readWorkers ?? DEFAULT_READ_WORKERS;
  const readFile = options.store.readerFile;
  const readPool =
    readFile !== null && readWorkers > 0
      ? new ReadPool({ file: readFile, size: readWorkers, ...(options.log ? { log: options.log } : {}) })
      : null;
  let listeningPort = options.port;
  const app = createApp(
    {
      store: options.store,
      knowledge,
      extract: options.extract ?? extractForStore,
      ...(pool ? { extractPool: pool } : {}),
      ...(readPool ? { readPool } : {}),
      fetchTimeoutMs: options.fetchTimeoutMs,
      allowPrivateUrls: options.allowPrivateUrls === true,
      version: packageVersion(),
    },
    {
      token: options.token,
      hosts: hostCheck(host, () => listeningPort, options.allowedHosts ?? []),
      ui: ui?.value ?? null,
      ...(options.checkResponses !== undefined ? { checkResponses: options.checkResponses } : {}),
      ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
      ...(options.log ? { log: options.log } : {}),
    },
  );
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info: AddressInfo) => {
      listeningPort = info.port;
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve(
        ok({
          url: `http://${shown}:${info.port}`,
          port: info.port,
          close: () =>
            Promise.all([
              new Promise<void>((done) => {
                server.close(() => done());
                (server as { closeAllConnections?: () => void }).closeAllConnections?.();
              }),
              pool?.close(),
              readPool?.close(),
            ]).then(() => undefined),
        }),
      );
    });
    server.once('error', (e: NodeJS.ErrnoException) => {
      void pool?.close();
      void readPool?.close();
      resolve(
        err(
          new AppError(
            'INVALID_INPUT',
            `cannot listen on ${host}:${options.port} (${e.code ?? e.message})`,
            '--port',
          ),
        ),
      );
    });
  });
}
