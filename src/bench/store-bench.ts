// `npm run bench:store`: ingest throughput into SQLite (reading files, extraction included), then `ties` latency
// for one pair on a store of 100,000 documents and 1,000,000 claims, with peak RSS. Prints the figures.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseTarget } from '../config.js';
import { runIngest } from '../ingest/ingest-run.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import { ties } from '../store/services/query.service.js';
import type { Store } from '../store/store.js';
import { syntheticArticle } from './synthetic-articles.js';
import { loadSynthetic } from './synthetic-store.js';

const { values: args } = parseArgs({
  options: {
    ingest: { type: 'string', default: '1000' },
    docs: { type: 'string', default: '100000' },
    claims: { type: 'string', default: '1000000' },
    queries: { type: 'string', default: '500' },
    db: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function open(target: string, reference: boolean): Promise<Store> {
  const opened = await openKnowledgeBase(databaseTarget(target), { reference: reference ? 'auto' : 'skip' });
  if (!opened.ok) throw new Error(opened.error.toLine());
  return opened.value;
}

async function benchIngest(dir: string, count: number) {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(i, 'bench');
    writeFileSync(join(corpus, a.id), a.text);
  }
  const store = await open(join(dir, 'ingest.db'), true);
  const t0 = performance.now();
  const { summary } = await runIngest(store, [corpus], { fetchTimeoutMs: 10_000 });
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  return {
    documents: count,
    claims: summary.claims,
    failed: summary.documents.failed,
    seconds,
    perSecond: count / seconds,
  };
}

async function benchTies(target: string, docs: number, claims: number, queries: number) {
  const loader = await open(target, false);
  const load = await loadSynthetic(loader, docs, claims, (done) => log(`  loaded ${done}/${docs} documents`));
  await loader.close();
  // A new connection, as a CLI call would have: nothing cached from the load.
  const store = await open(target, false);
  const pairs: [string, string][] = [
    ['JPN', 'USA'],
    ['AUS', 'JPN'],
    ['FRA', 'IND'],
  ];
  const others = [
    'GBR',
    'PHL',
    'DEU',
    'ITA',
    'CAN',
    'KOR',
    'VNM',
    'IDN',
    'SWE',
    'NLD',
    'NZL',
    'MYS',
    'NATO',
    'EU',
  ];
  for (const a of others) for (const b of others) if (a < b) pairs.push([a, b]);
  const times: number[] = [];
  let rows = 0;
  for (let q = 0; q < queries; q++) {
    const pair = pairs[q % pairs.length]!;
    const t0 = performance.now();
    rows += (await ties(store, pair)).length;
    times.push(performance.now() - t0);
  }
  const heaviest: number[] = [];
  for (let q = 0; q < 50; q++) {
    const t0 = performance.now();
    await ties(store, ['JPN', 'USA']);
    heaviest.push(performance.now() - t0);
  }
  await store.close();
  return {
    load,
    queries,
    avgRows: rows / queries,
    ...percentiles(times),
    heaviestPairP95: percentiles(heaviest).p95,
  };
}

function percentiles(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
}

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
try {
  log(`ingest: ${args.ingest} synthetic articles from files into a new SQLite store...`);
  const ingest = await benchIngest(dir, Number(args.ingest));
  const target = args.db ?? join(dir, 'scale.db');
  log(
    `scale: ${args.docs} documents, ${args.claims} claims into ${args.db ? 'the given database' : 'a new SQLite store'}...`,
  );
  const scale = await benchTies(target, Number(args.docs), Number(args.claims), Number(args.queries));
  clearInterval(sampler);
  const result = { ingest, ties: scale, peakRssMiB: mib(peakRss), node: process.version };
  if (args.json) {
    process.stdout.write(`${JSON.stringify(result, null, 1)}\n`);
  } else {
    process.stdout.write(
      [
        `ingest (files, extraction, SQLite): ${ingest.documents} docs in ${ingest.seconds.toFixed(2)} s = ${ingest.perSecond.toFixed(0)} docs/s (${ingest.claims} claims, ${ingest.failed} failed)`,
        `bulk load: ${scale.load.documents} docs, ${scale.load.claims} claims, ${scale.load.facts} canonical facts in ${scale.load.seconds.toFixed(1)} s`,
        `ties for one pair (${scale.queries} queries, ${scale.avgRows.toFixed(1)} ties avg): p50 ${scale.p50.toFixed(2)} ms, p95 ${scale.p95.toFixed(2)} ms, max ${scale.max.toFixed(2)} ms`,
        `ties JPN USA (busiest pair): p95 ${scale.heaviestPairP95.toFixed(2)} ms`,
        `peak RSS: ${result.peakRssMiB} MiB`,
        '',
      ].join('\n'),
    );
  }
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}
