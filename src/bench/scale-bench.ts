// `npm run bench:scale`: documents/s into PostgreSQL through the job queue with 1, 2 and 4 worker processes, beside
// the SQLite single process; then a firehose mix (90% ../shared/news-mix, 10% ../shared/gold articles) through the
// whole extractor in MB/s, beside a bare regex sentence split, and how many non-defense articles yield any fact.
import { spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { databaseTarget } from '../config.js';
import { extractForStore } from '../extract/pipeline.js';
import { leadingPublicationDate } from '../ingest/publication-date.js';
import { runIngest } from '../ingest/ingest-run.js';
import { enqueueInputs } from '../queue/enqueue.js';
import { openJobQueue, type JobQueue } from '../queue/job-queue.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import { syntheticArticle } from './synthetic-articles.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const shared = resolve(process.env.ENTENTE_SHARED ?? join(root, '..', 'shared'));

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1,2,4' },
    /** A PostgreSQL server URL whose user may CREATE DATABASE; without it a throwaway server is started. */
    pg: { type: 'string' },
    'mix-passes': { type: 'string', default: '3' },
    /** `scale` (the queue and SQLite runs) or `mix` (the firehose); both by default. */
    only: { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  if (args.only !== 'mix') await scaleRuns();
  if (args.only !== 'scale') mixRun(Number(args['mix-passes']));
}

async function scaleRuns(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-scale-'));
  const count = Number(args.docs);
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(i, 'scale');
    writeFileSync(join(corpus, a.id), a.text);
  }
  const server = args.pg ?? process.env.ENTENTE_TEST_PG_URL ?? null;
  const own = server === null ? await startThrowawayPostgres(dir) : null;
  try {
    const admin = server ?? own!.url;
    const template = await createDatabase(admin);
    const opened = await openKnowledgeBase(databaseTarget(urlFor(admin, template)));
    if (!opened.ok) throw new Error(opened.error.toLine());
    await opened.value.close();

    const sqlite = await sqliteRun(dir, corpus, count);
    console.log(`sqlite, 1 process  ${Math.round(sqlite)} docs/s`);
    let base = 0;
    for (const n of args.workers.split(',').map(Number)) {
      const rate = await postgresRun(urlFor(admin, await createDatabase(admin, template)), corpus, count, n);
      if (base === 0) base = rate;
      console.log(
        `${String(n).padStart(2)} worker${n === 1 ? ' ' : 's'}  ${String(Math.round(rate)).padStart(4)} docs/s  ${(rate / base).toFixed(1)}x`,
      );
    }
  } finally {
    own?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One process ingesting the corpus into a new SQLite file, timed from the first read to the last commit. */
async function sqliteRun(dir: string, corpus: string, count: number): Promise<number> {
  const opened = await openKnowledgeBase(databaseTarget(join(dir, 'single.db')));
  if (!opened.ok) throw new Error(opened.error.toLine());
  const t0 = performance.now();
  const { summary } = await runIngest(opened.value, [corpus], { fetchTimeoutMs: 10_000 });
  const seconds = (performance.now() - t0) / 1000;
  await opened.value.close();
  if (summary.documents.new + summary.documents.nearDuplicate !== count)
    throw new Error('sqlite run lost documents');
  return count / seconds;
}

/**
 * The corpus enqueued, then `n` worker processes started; timed from the first job taken to the queue drained, so
 * the workers' start-up (loading the extractor) is not counted against the queue.
 */
async function postgresRun(url: string, corpus: string, count: number, n: number): Promise<number> {
  const opened = await openJobQueue(url, log);
  if (!opened.ok) throw new Error(opened.error.toLine());
  const queue = opened.value;
  try {
    const queued = await enqueueInputs(queue, [corpus], {
      allowPrivateUrls: false,
      fetchTimeoutMs: 10_000,
      maxAttempts: 3,
    });
    if (queued.queued !== count) throw new Error(`queued ${queued.queued} of ${count}`);
    const workers = Array.from({ length: n }, () => startWorker(url));
    const [start, end] = await watchQueue(queue, count);
    const codes = await Promise.all(workers);
    if (codes.some((c) => c !== 0)) throw new Error(`a worker exited with ${codes.join(', ')}`);
    const stored = await countDocuments(url);
    if (stored !== count) throw new Error(`stored ${stored} of ${count}`);
    return count / ((end - start) / 1000);
  } finally {
    await queue.close();
  }
}

function startWorker(url: string): Promise<number | null> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'worker', '--drain', '--quiet', '--db', url], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise(code));
  });
}

/** Polls the queue: when the first job left the waiting state, and when none was left to run. */
async function watchQueue(queue: JobQueue, count: number): Promise<[number, number]> {
  let start = 0;
  for (;;) {
    const s = await queue.status();
    const now = performance.now();
    if (start === 0 && s.waiting < count) start = now;
    if (s.waiting + s.running + s.retrying === 0) return [start, now];
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function countDocuments(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(
      "select count(*) as n from documents where source is null or source <> 'reference'",
    );
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

/** The firehose: every news-mix article nine times to each defense article once, by count. */
function mixRun(passes: number): void {
  const news = texts(join(shared, 'news-mix'));
  // The gold articles: the seeds' texts sit in ../shared/seeds, dev's and train's beside their gold files.
  const defense = [
    join(shared, 'seeds'),
    join(shared, 'gold', 'dev', 'texts'),
    join(shared, 'gold', 'train', 'texts'),
  ].flatMap(texts);
  const mix: { id: string; text: string; news: boolean }[] = [];
  for (let round = 0; round < 9; round++) for (const a of news) mix.push({ ...a, news: true });
  const defenseCount = Math.round(mix.length / 9);
  for (let i = 0; i < defenseCount; i++) mix.push({ ...defense[i % defense.length]!, news: false });
  const mb = mix.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 2 ** 20;
  const best = (work: () => void) => {
    let seconds = Infinity;
    for (let p = 0; p < passes; p++) {
      const t0 = performance.now();
      work();
      seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    }
    return mb / seconds;
  };
  const withFacts = new Set<string>();
  const full = best(() => {
    for (const a of mix) {
      const facts = extractForStore({ id: a.id, text: a.text, published: leadingPublicationDate(a.text) });
      if (a.news && facts.some((f) => f.candidate !== true)) withFacts.add(a.id);
    }
  });
  let sentences = 0;
  const split = best(() => {
    for (const a of mix) sentences += a.text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
  });
  console.log(
    `mix 90/10  ${full.toFixed(1)} MB/s  (one core, whole extractor; ${mix.length - defenseCount} news-mix + ${defenseCount} defense articles, ${mb.toFixed(2)} MB, best of ${passes})`,
  );
  console.log(
    `mix 90/10  ${split.toFixed(1)} MB/s  bare regex sentence split, the ceiling (${sentences / passes} sentences)`,
  );
  console.log(
    `news-mix articles with any fact: ${withFacts.size} of ${news.length}${withFacts.size > 0 ? ` (${[...withFacts].join(', ')})` : ''}`,
  );
}

function texts(dir: string): { id: string; text: string }[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ id: n, text: readFileSync(join(dir, n), 'utf8') }));
}

function urlFor(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

let databases = 0;
async function createDatabase(admin: string, template?: string): Promise<string> {
  const name = `entente_scale_${process.pid}_${databases++}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await client.end();
  }
  return name;
}

/** Debian's initdb and pg_ctl on a free loopback port, as the `postgres` user when run as root (as the tests do). */
async function startThrowawayPostgres(dir: string): Promise<{ url: string; stop(): void }> {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const bin = versions
    .map((v) => join('/usr/lib/postgresql', v, 'bin'))
    .find((b) => existsSync(join(b, 'initdb')));
  if (!bin)
    throw new Error("no PostgreSQL: install Debian's postgresql or pass --pg postgres://user@host/postgres");
  const asRoot = process.getuid?.() === 0;
  const data = join(dir, 'pg');
  if (asRoot) {
    const id = (flag: string) =>
      Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (cmd: string, argv: string[]) => {
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...argv], { encoding: 'utf8' })
      : spawnSync(join(bin, cmd), argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = await new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
  run('initdb', ['-D', data, '-U', 'entente', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Durable settings left at their defaults except fsync: the figure is the queue's and the store's, not the disk's.
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'pg.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgresql://entente@127.0.0.1:${port}/postgres`,
    stop: () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
  };
}

main().catch((e: unknown) => {
  log(`bench:scale: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
