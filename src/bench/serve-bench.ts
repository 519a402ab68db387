// `npm run bench:serve`: 100,000 synthetic documents (1,000,000 claims) in a temp SQLite store, `entente serve` on
// loopback, 50 clients for 30 s on the pair endpoint (p95, errors), then the web UI's first view timed in chromium,
// and the map's frame times on a 200-party, 5,000-tie network. Prints the figures.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { openBrowser } from './serve-bench-browser.js';
import { loadSyntheticNetwork } from './serve-bench-network.js';
import { loadSynthetic } from './synthetic-store.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    claims: { type: 'string', default: '1000000' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '30' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

async function open(file: string, reference: 'auto' | 'skip'): Promise<Store> {
  const opened = await openKnowledgeBase({ kind: 'sqlite', file }, { reference });
  if (!opened.ok) throw new Error(opened.error.toLine());
  return opened.value;
}

/** `entente serve --port 0` as its own process (the load generator must not share its event loop). */
async function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const fromSource = import.meta.url.endsWith('.ts');
  const cli = fileURLToPath(new URL(fromSource ? '../cli.ts' : '../cli.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [...process.execArgv, cli, 'serve', '--db', db, '--port', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // Even if this process dies on an uncaught error, the server does not outlive it.
  process.once('exit', () => child.kill('SIGTERM'));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve((JSON.parse(out.split('\n')[0]!) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`entente serve exited with ${code}`)));
  });
  return { url, child };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** `clients` loops on keep-alive connections, each sending its next request when the last answer is read. */
async function load(base: string, next: () => string, clients: number, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const one = (path: string) =>
    new Promise<number>((resolve) => {
      const t0 = performance.now();
      http
        .get(`${base}${path}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - t0 : -1));
        })
        .on('error', () => resolve(-1));
    });
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const ms = await one(next());
        if (ms < 0) errors++;
        else latencies.push(ms);
      }
    }),
  );
  agent.destroy();
  return {
    requests: latencies.length + errors,
    errors,
    perSecond: (latencies.length + errors) / seconds,
    ...percentiles(latencies),
  };
}

function percentiles(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

const f1 = (x: number) => x.toFixed(1);
const dir = mkdtempSync(join(tmpdir(), 'entente-serve-bench-'));
const children: ChildProcess[] = [];
try {
  const docs = Number(args.docs);
  const db = join(dir, 'scale.db');
  log(`loading ${docs} synthetic documents, ${args.claims} claims...`);
  const loader = await open(db, 'skip');
  const loaded = await loadSynthetic(
    loader,
    docs,
    Number(args.claims),
    (d) => d % 20_000 === 0 && log(`  ${d}/${docs}`),
  );
  await loader.close();
  const withReference = await open(db, 'auto');
  const pairs = (await withReference.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute()).map(
    (p) => `${p.a}/${p.b}`,
  );
  await withReference.close();
  log(
    `${loaded.facts} canonical facts over ${pairs.length} pairs, loaded in ${f1(loaded.seconds)} s; starting entente serve...`,
  );

  const server = await startServer(db);
  children.push(server.child);
  let t0 = performance.now();
  await fetch(`${server.url}/api/pairs/JPN/USA`);
  const firstPair = performance.now() - t0;
  t0 = performance.now();
  await fetch(`${server.url}/api/network`);
  const firstNetwork = performance.now() - t0;
  const clients = Number(args.clients);
  const seconds = Number(args.seconds);
  log(
    `${clients} clients on /api/pairs/A/B for ${seconds} s (random pairs, the server's pair cache starting cold)...`,
  );
  const random = () => pairs[Math.floor(Math.random() * pairs.length)]!;
  const main = await load(server.url, () => `/api/pairs/${random()}`, clients, seconds);
  log(
    `${clients} clients for 10 s more, each request a pair and page size not asked before (a cache miss)...`,
  );
  // Pages of 24 to 26 facts with 2 to 4 quotes each: the UI's default page, in combinations the cache has not seen.
  const asked = new Set<string>();
  const fresh = () => {
    for (;;) {
      const path = `/api/pairs/${random()}?limit=${24 + Math.floor(Math.random() * 3)}&evidence=${2 + Math.floor(Math.random() * 3)}`;
      if (!asked.has(path)) return (asked.add(path), path);
    }
  };
  const misses = await load(server.url, fresh, clients, 10);

  const lines = [
    `store: ${docs} documents, ${loaded.claims} claims, ${loaded.facts} canonical facts, ${pairs.length} pairs (SQLite)`,
    `first requests after start: pair JPN-USA ${f1(firstPair)} ms, whole network ${f1(firstNetwork)} ms`,
    `pair endpoint, ${clients} clients x ${seconds} s: ${main.requests} requests (${main.perSecond.toFixed(0)}/s), ` +
      `${main.errors} errors, p50 ${f1(main.p50)} ms, p95 ${f1(main.p95)} ms, p99 ${f1(main.p99)} ms, max ${f1(main.max)} ms`,
    `pair endpoint, every request a cache miss (default page size), ${clients} clients x 10 s: ${misses.requests} requests (${misses.perSecond.toFixed(0)}/s), ` +
      `${misses.errors} errors, p50 ${f1(misses.p50)} ms, p95 ${f1(misses.p95)} ms`,
  ];
  if (args.browser && !args['no-browser']) {
    const browser = await openBrowser();
    try {
      log('browser: first view of the UI on the 100,000-document store...');
      const whole = await browser.firstView(`${server.url}/#/`, 5);
      const japan = await browser.firstView(`${server.url}/#/party/JPN`, 5);
      const pair = await browser.firstView(`${server.url}/#/pair/JPN/USA`, 3);
      const netDb = join(dir, 'network.db');
      const netStore = await open(netDb, 'skip');
      const net = await loadSyntheticNetwork(netStore, 200, 5000);
      await netStore.close();
      const netServer = await startServer(netDb);
      children.push(netServer.child);
      await fetch(`${netServer.url}/api/network`);
      log('browser: the map with 200 parties and 5,000 ties...');
      const big = await browser.firstView(`${netServer.url}/#/`, 5);
      const frames = percentiles(await browser.frames(`${netServer.url}/#/`));
      const med = (xs: number[]) => percentiles(xs).p50;
      lines.push(
        `UI first view interactive (performance mark, median of runs / worst): whole network ${f1(med(whole.runs))} / ${f1(Math.max(...whole.runs))} ms, ` +
          `Japan ${f1(med(japan.runs))} / ${f1(Math.max(...japan.runs))} ms, pair JPN-USA ${f1(med(pair.runs))} / ${f1(Math.max(...pair.runs))} ms`,
        `map of 200 parties and 5,000 ties (${net.facts} facts): first view ${f1(med(big.runs))} / ${f1(Math.max(...big.runs))} ms; ` +
          `frame time while zooming and dragging p50 ${f1(frames.p50)} ms, p95 ${f1(frames.p95)} ms (${f1(1000 / frames.p50)} fps)`,
      );
    } finally {
      await browser.close();
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  for (const child of children) await stop(child);
  rmSync(dir, { recursive: true, force: true });
}
