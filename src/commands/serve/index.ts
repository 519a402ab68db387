// `entente serve [--port N] [--host H] [--db ...] [--token T]`: the HTTP API and web UI over the knowledge base.
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { DEFAULT_EXTRACT_TIME_LIMIT_MS, DEFAULT_EXTRACT_WORKERS } from '../../serve/extract-pool.js';
import { isHostValue } from '../../serve/host-check.js';
import { DEFAULT_READ_WORKERS } from '../../serve/read-pool.js';
import { startServer } from '../../serve/start-server.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

export interface ServeCommandOptions extends StoreCommandOptions {
  port?: string;
  host?: string;
  token?: string;
  ui?: boolean;
  allowPrivateUrls?: boolean;
  allowedHost?: string[];
  extractWorkers?: string;
  extractTimeout?: string;
  readWorkers?: string;
}

export const DEFAULT_PORT = 8080;
const PortSchema = z.coerce.number().int().min(0).max(65535);
const WorkersSchema = z.coerce.number().int().min(0).max(64);
const SecondsSchema = z.coerce.number().positive().max(3600);

/** Runs until SIGINT or SIGTERM (or `stop` resolves, in tests); the exit code is 2 for a bad option. */
export async function serveCommand(
  store: Store,
  config: Config,
  options: ServeCommandOptions,
  io: CommandIo,
  env: Readonly<Record<string, string | undefined>> = process.env,
  stop: Promise<void> = untilSignal(),
): Promise<number> {
  const port = PortSchema.safeParse(options.port ?? env.ENTENTE_PORT ?? DEFAULT_PORT);
  if (!port.success) {
    io.stderr.write(
      `entente serve: --port: expected a port number 0-65535, got '${options.port}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const badHost = (options.allowedHost ?? []).find((h) => !isHostValue(h));
  if (badHost !== undefined) {
    io.stderr.write(
      `entente serve: --allowed-host: expected a host name or address with an optional port, got '${badHost}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const workers = WorkersSchema.safeParse(options.extractWorkers ?? DEFAULT_EXTRACT_WORKERS);
  if (!workers.success) {
    io.stderr.write(
      `entente serve: --extract-workers: expected a whole number 0-64, got '${options.extractWorkers}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const readWorkers = WorkersSchema.safeParse(options.readWorkers ?? DEFAULT_READ_WORKERS);
  if (!readWorkers.success) {
    io.stderr.write(
      `entente serve: --read-workers: expected a whole number 0-64, got '${options.readWorkers}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const timeLimit = SecondsSchema.safeParse(options.extractTimeout ?? DEFAULT_EXTRACT_TIME_LIMIT_MS / 1000);
  if (!timeLimit.success) {
    io.stderr.write(
      `entente serve: --extract-timeout: expected seconds above 0 and at most 3600, got '${options.extractTimeout}' [INVALID_INPUT]\n`,
    );
    return 2;
  }
  const token = nonEmpty(options.token) ?? nonEmpty(env.ENTENTE_TOKEN) ?? null;
  const started = await startServer({
    store,
    port: port.data,
    host: options.host ?? '127.0.0.1',
    token,
    fetchTimeoutMs: config.fetchTimeoutMs,
    allowPrivateUrls: options.allowPrivateUrls === true,
    allowedHosts: options.allowedHost ?? [],
    ui: options.ui !== false,
    extractWorkers: workers.data,
    extractTimeLimitMs: Math.round(timeLimit.data * 1000),
    readWorkers: readWorkers.data,
    log: (line) => io.stderr.write(`${line}\n`),
  });
  if (!started.ok) {
    io.stderr.write(`entente serve: ${started.error.toLine()}\n`);
    return 1;
  }
  const server = started.value;
  const writes = token === null ? 'read-only (no --token or ENTENTE_TOKEN)' : 'writes need the token';
  if (options.json) {
    io.stdout.write(
      `${JSON.stringify({ url: server.url, port: server.port, db: store.location, writable: token !== null })}\n`,
    );
  } else {
    io.stdout.write(`entente serve: ${server.url}/ (database ${store.location}; ${writes})\n`);
  }
  await stop;
  await server.close();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

export function registerServe(program: Command): void {
  addDbOption(
    program
      .command('serve')
      .description('serve the HTTP API and the web UI over the knowledge base')
      .option(
        '--port <n>',
        `port to listen on (default $ENTENTE_PORT or ${DEFAULT_PORT}; 0 picks a free one)`,
      )
      .option('--host <address>', 'address to listen on (default 127.0.0.1)')
      .option(
        '--token <secret>',
        'bearer token that writes (ingest with save, review) must carry (default $ENTENTE_TOKEN)',
      )
      .option('--no-ui', 'serve the API only')
      .option(
        '--allowed-host <host>',
        'also answer requests for this Host (name or name:port; repeatable); others get 421',
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option(
        '--extract-workers <n>',
        `worker threads that read and extract ingested articles off the request thread (default ${DEFAULT_EXTRACT_WORKERS}; 0 runs them on it)`,
      )
      .option(
        '--extract-timeout <seconds>',
        `time limit of one ingested article's reading and extraction (default ${DEFAULT_EXTRACT_TIME_LIMIT_MS / 1000}); longer ones answer 422 EXTRACTION_TIMEOUT`,
      )
      .option(
        '--read-workers <n>',
        `worker threads that read pair pages and ladders from a SQLite store, each over its own connection (default ${DEFAULT_READ_WORKERS}: one per core but one, at least 1 and at most 4; 0 reads on the request thread; PostgreSQL always reads on it)`,
      )
      .option(
        '--allow-private-urls',
        'fetch URLs on loopback, private, link-local and cloud metadata addresses (refused by default)',
      ),
  ).action(async (opts: ServeCommandOptions) => {
    await withKnowledgeBase('serve', opts, (store, config) =>
      serveCommand(store, config, opts, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
