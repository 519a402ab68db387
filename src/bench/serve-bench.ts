// `npm run bench:serve`: 100,000 synthetic documents (1,000,000 claims) in a temp SQLite store, `entente serve` on
// loopback, 50 clients for 30 s on the pair endpoint (p95, errors) with the response cache on, then again on a server
// started with the cache off (every request a miss), the server's RSS along the way (the analysis snapshot, and under
// load), then the web UI's first view timed in chromium, and the map's frame times on a 200-party, 5,000-tie network.
// Prints the figures. `--docs N --claims M` for a smaller store; `--db FILE` keeps the store there and reuses it;
// `--snapshot-docs N` also measures the snapshot's memory on a second store of N documents (claims in proportion).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    'miss-seconds': { type: 'string', default: '20' },
    'snapshot-docs': { type: 'string' },
    db: { type: 'string' },
    // e.g. --server-node-options=--max-old-space-size=256: is RSS growth garbage not yet collected, or kept?
    'server-node-options': { type: 'string' },
    /** Passed to `entente serve --read-workers` (its default: one per core, at most four). */
    'read-workers': { type: 'string' },
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
async function startServer(
  db: string,
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const fromSource = import.meta.url.endsWith('.ts');
  const cli = fileURLToPath(new URL(fromSource ? '../cli.ts' : '../cli.js', import.meta.url));
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      cli,
      'serve',
      '--db',
      db,
      '--port',
      '0',
      '--json',
      ...(args['read-workers'] ? ['--read-workers', args['read-workers']] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...(args['server-node-options'] ? { NODE_OPTIONS: args['server-node-options'] } : {}),
        ...env,
      },
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

/**
 * The server's resident set in MB (Linux /proc; NaN elsewhere); `RssAnon` is its own memory (heap, snapshot), without
 * the store's pages SQLite reads through a memory map (the OS page cache, shared and reclaimable).
 */
function rssMb(child: ChildProcess, field: 'VmRSS' | 'RssAnon' = 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** "total MB (own N MB)": the resident set, and the part of it that is the process's own memory. */
const rssOf = (child: ChildProcess) => `${f0(rssMb(child))} MB (own ${f0(rssMb(child, 'RssAnon'))} MB)`;

/**
 * Samples the server's RSS every 250 ms while `run` goes on: the peak, the last sample, and one sample each 5 s; and
 * the peak of its own memory (`RssAnon`: the rest is the store's mapped pages).
 */
async function watchRss<T>(child: ChildProcess, run: Promise<T>): Promise<T & RssWatch> {
  let peak = rssMb(child);
  let ownPeak = rssMb(child, 'RssAnon');
  const series: number[] = [];
  let ticks = 0;
  const timer = setInterval(() => {
    const now = rssMb(child);
    peak = Math.max(peak, now);
    ownPeak = Math.max(ownPeak, rssMb(child, 'RssAnon'));
    if (++ticks % 20 === 0) series.push(now);
  }, 250);
  try {
    const result = await run;
    return {
      ...result,
      rssPeak: Math.max(peak, rssMb(child)),
      ownPeak: Math.max(ownPeak, rssMb(child, 'RssAnon')),
      rssEnd: rssMb(child),
      rssSeries: series,
    };
  } finally {
    clearInterval(timer);
  }
}

interface RssWatch {
  rssPeak: number;
  ownPeak: number;
  rssEnd: number;
  rssSeries: number[];
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

/** The snapshot's memory on a second, smaller store: what grows with the store, next to the main figures. */
async function snapshotOfSmallerStore(docs: number): Promise<string> {
  const claims = Math.round((Number(args.claims) * docs) / Number(args.docs));
  log(`snapshot memory on a second store: ${docs} synthetic documents, ${claims} claims...`);
  const file = join(dir, `snapshot-${docs}.db`);
  const loader = await open(file, 'skip');
  const loaded = await loadSynthetic(loader, docs, claims, () => false);
  await loader.close();
  const server = await startServer(file);
  children.push(server.child);
  await fetch(`${server.url}/api/network`);
  const rss = rssOf(server.child);
  await stop(server.child);
  return `smaller store for comparison (${docs} documents, ${loaded.facts} canonical facts): server RSS with the analysis snapshot ${rss}`;
}

const f1 = (x: number) => x.toFixed(1);
const f0 = (x: number) => x.toFixed(0);
const dir = mkdtempSync(join(tmpdir(), 'entente-serve-bench-'));
const children: ChildProcess[] = [];
try {
  const docs = Number(args.docs);
  const db = args.db ?? join(dir, 'scale.db');
  let loaded: { claims: number; facts: number; seconds: number } | null = null;
  if (args.db === undefined || !existsSync(db)) {
    log(`loading ${docs} synthetic documents, ${args.claims} claims...`);
    const loader = await open(db, 'skip');
    loaded = await loadSynthetic(
      loader,
      docs,
      Number(args.claims),
      (d) => d % 20_000 === 0 && log(`  ${d}/${docs}`),
    );
    await loader.close();
  }
  const withReference = await open(db, 'auto');
  const pairs = (await withReference.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute()).map(
    (p) => `${p.a}/${p.b}`,
  );
  const count = async (table: 'documents' | 'claims' | 'facts') =>
    Number(
      (
        await withReference.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const sizes = {
    documents: await count('documents'),
    claims: await count('claims'),
    facts: await count('facts'),
  };
  await withReference.close();
  log(
    `${sizes.facts} canonical facts over ${pairs.length} pairs` +
      (loaded ? `, loaded in ${f1(loaded.seconds)} s` : ` (store reused from ${db})`) +
      '; starting entente serve...',
  );

  const server = await startServer(db);
  children.push(server.child);
  const rssStart = rssOf(server.child);
  let t0 = performance.now();
  await fetch(`${server.url}/api/pairs/JPN/USA`);
  const firstPair = performance.now() - t0;
  const rssAfterPair = rssOf(server.child);
  t0 = performance.now();
  await fetch(`${server.url}/api/network`);
  const firstNetwork = performance.now() - t0;
  const rssSnapshot = rssOf(server.child);
  const clients = Number(args.clients);
  const seconds = Number(args.seconds);
  const missSeconds = Number(args['miss-seconds']);
  const random = () => pairs[Math.floor(Math.random() * pairs.length)]!;
  log(
    `${clients} clients on /api/pairs/A/B for ${seconds} s (random pairs, the server's pair cache starting cold)...`,
  );
  const main = await watchRss(
    server.child,
    load(server.url, () => `/api/pairs/${random()}`, clients, seconds),
  );
  // Pages of 24 to 26 facts with 2 to 4 quotes each, never asked before: distinct keys, all misses, on the cached server.
  log(`${clients} clients for ${missSeconds} s more, each request a pair and page size not asked before...`);
  const asked = new Set<string>();
  const fresh = () => {
    for (let tries = 0; ; tries++) {
      const path = `/api/pairs/${random()}?limit=${20 + Math.floor(Math.random() * 11)}&evidence=${1 + Math.floor(Math.random() * 5)}`;
      if (!asked.has(path) || tries > 100) return (asked.add(path), path);
    }
  };
  const fresh1 = await watchRss(server.child, load(server.url, fresh, clients, missSeconds));
  await stop(server.child);

  log(
    `entente serve with its response cache off (ENTENTE_RESPONSE_CACHE=0): ${clients} clients for ${missSeconds} s...`,
  );
  const cold = await startServer(db, { ENTENTE_RESPONSE_CACHE: '0' });
  children.push(cold.child);
  const coldStart = rssOf(cold.child);
  // The server loads its snapshot in the background at start: wait for it, as the first server's figures do.
  await fetch(`${cold.url}/api/network`);
  const coldSnapshot = rssOf(cold.child);
  const misses = await watchRss(
    cold.child,
    load(cold.url, () => `/api/pairs/${random()}`, clients, missSeconds),
  );
  const ladders = await watchRss(
    cold.child,
    load(cold.url, () => `/api/ladder/${random()}`, clients, 10),
  );
  await stop(cold.child);

  const row = (r: LoadResult & RssWatch) =>
    `${r.requests} requests (${r.perSecond.toFixed(0)}/s), ${r.errors} errors, p50 ${f1(r.p50)} ms, p95 ${f1(r.p95)} ms, ` +
    `p99 ${f1(r.p99)} ms, max ${f1(r.max)} ms; server RSS peak ${f0(r.rssPeak)} MB (own ${f0(r.ownPeak)} MB), at the end ${f0(r.rssEnd)} MB ` +
    `(every 5 s: ${r.rssSeries.map(f0).join(' ')})`;
  const lines = [
    `store: ${sizes.documents} documents, ${sizes.claims} claims, ${sizes.facts} canonical facts, ${pairs.length} pairs (SQLite)`,
    `first requests after start: pair JPN-USA ${f1(firstPair)} ms, whole network ${f1(firstNetwork)} ms`,
    `server RSS: at start ${rssStart}, after the first pair ${rssAfterPair}, ` +
      `with the analysis snapshot (after /api/network) ${rssSnapshot}`,
    `pair endpoint, cache on, ${clients} clients x ${seconds} s: ${row(main)}`,
    `pair endpoint, cache on, every request a page not asked before, ${clients} clients x ${missSeconds} s: ${row(fresh1)}`,
    `pair endpoint, cache off (every request a miss), ${clients} clients x ${missSeconds} s: ${row(misses)} (RSS at start ${coldStart})`,
    `ladder endpoint, cache off, ${clients} clients x 10 s: ${row(ladders)}`,
    `cache-off server with the analysis snapshot loaded (after /api/network): RSS ${coldSnapshot}`,
  ];
  if (args['snapshot-docs'] !== undefined)
    lines.push(await snapshotOfSmallerStore(Number(args['snapshot-docs'])));
  if (args.browser && !args['no-browser']) {
    const browser = await openBrowser();
    try {
      const ui = await startServer(db);
      children.push(ui.child);
      log(`browser: first view of the UI on the ${sizes.documents}-document store...`);
      const whole = await browser.firstView(`${ui.url}/#/`, 5);
      const japan = await browser.firstView(`${ui.url}/#/party/JPN`, 5);
      const pair = await browser.firstView(`${ui.url}/#/pair/JPN/USA`, 3);
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
