// Many workers on one PostgreSQL through the job queue, as built CLI processes: 2,000 documents over three workers, one
// SIGKILLed after a chosen number of commits, a poison URL parked after its tries and retried; SQLite refuses the queue.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic-articles.js';
import { extractFacts } from '../../extract/pipeline.js';
import { IN_CI, postgresBackend, suiteTitle } from '../../test-support/backends.js';
import { ensureBuilt } from '../../test-support/build-cli.js';
import { startHttpFixture, type HttpFixture } from '../../test-support/http-fixture.js';

const DOCUMENTS = 2_000;
/** The killed worker's commits before its SIGKILL: well inside the run, with over a thousand documents to go. */
const KILL_AFTER = 150;
/** Slots of the worker that is killed: it holds jobs in flight when it dies. */
const KILLED_SLOTS = 4;
const TRIES = 3;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A document the worker has committed, as its progress line says (written after the commit). */
const STORED = /^entente worker: (?:new|near-dup) /;

function runCli(cli: string, args: string[], killAfterStored?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let seen = 0;
    let stored = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (killAfterStored === undefined) return;
      const lines = stderr.split('\n');
      for (; seen < lines.length - 1; seen++) if (STORED.test(lines[seen]!)) stored++;
      if (stored >= killAfterStored) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

interface PgInvariants {
  problems: string[];
  documents: Map<string, number>;
}

/** The PostgreSQL twin of store-invariants.ts: every document once, with all its claims, all merged. */
async function checkPgStore(url: string, expected: ReadonlyMap<string, number>): Promise<PgInvariants> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const problems: string[] = [];
    const docs = await client.query<{ id: string; claim_count: number; stored: string }>(
      `select d.id, d.claim_count, (select count(*) from claims c where c.document = d.id and c.candidate = 0) as stored
       from documents d where d.source is null or d.source <> 'reference'`,
    );
    const documents = new Map<string, number>();
    for (const d of docs.rows) {
      const stored = Number(d.stored);
      documents.set(d.id, stored);
      if (Number(d.claim_count) !== stored)
        problems.push(`${d.id}: says ${d.claim_count} claims, has ${stored}`);
      const want = expected.get(d.id);
      if (want === undefined) problems.push(`${d.id}: not a corpus document`);
      else if (want !== stored) problems.push(`${d.id}: has ${stored} claims, extraction gives ${want}`);
    }
    const unlinked = await client.query<{ n: string }>(
      'select count(*) as n from claims c where c.candidate = 0 and not exists (select 1 from fact_claims l where l.claim_id = c.id)',
    );
    if (Number(unlinked.rows[0]!.n) > 0)
      problems.push(`${unlinked.rows[0]!.n} claims not merged into any fact`);
    const twice = await client.query<{ n: string }>(
      'select count(*) as n from (select content_hash from documents group by content_hash having count(*) > 1) t',
    );
    if (Number(twice.rows[0]!.n) > 0) problems.push(`${twice.rows[0]!.n} contents stored twice`);
    return { problems, documents };
  } finally {
    await client.end();
  }
}

const backend = postgresBackend();

describe.skipIf(backend.unavailable !== null && !IN_CI)(
  suiteTitle('workers over the job queue', backend),
  () => {
    let cli: string;
    let dir: string;
    let http: HttpFixture;
    beforeAll(async () => {
      cli = await ensureBuilt();
      await backend.setup();
      dir = mkdtempSync(join(tmpdir(), 'entente-queue-'));
      http = await startHttpFixture({ '/poison': { status: 500, body: 'server error' } });
    }, 240_000);
    afterAll(async () => {
      await http?.close();
      await backend.teardown();
      rmSync(dir, { recursive: true, force: true });
    });

    it('stores 2,000 documents exactly once over three workers, one SIGKILLed after 150 commits, and parks a poison URL after its tries', async () => {
      // An empty database: the workers race to create the store and load the reference data, as on a first start.
      const target = await backend.newTarget(false);
      if (target.kind !== 'postgres') throw new Error('expected PostgreSQL');
      const db = target.url;
      const corpus = join(dir, 'corpus');
      mkdirSync(corpus, { recursive: true });
      const expected = new Map<string, number>();
      for (let i = 0; i < DOCUMENTS; i++) {
        const a = syntheticArticle(i, 'scale');
        writeFileSync(join(corpus, a.id), a.text);
        expected.set(a.id, extractFacts({ id: a.id, text: a.text, published: a.published }).length);
      }
      const poison = http.url('/poison');
      const queued = await runCli(cli, [
        'ingest',
        '--queue',
        poison,
        corpus,
        '--db',
        db,
        '--max-attempts',
        String(TRIES),
        '--allow-private-urls',
        '--json',
      ]);
      expect(queued.stderr).toBe('');
      expect(JSON.parse(queued.stdout)).toEqual({ queued: DOCUMENTS + 1, failures: [] });

      const worker = (killAfter?: number, concurrency = '1') =>
        runCli(cli, ['worker', '--drain', '--db', db, '--concurrency', concurrency], killAfter);
      // The worker to be killed runs four slots, so it holds jobs in flight when it dies.
      const [killed, b, c] = await Promise.all([
        worker(KILL_AFTER, String(KILLED_SLOTS)),
        worker(),
        worker(),
      ]);

      expect(killed.signal).toBe('SIGKILL');
      for (const run of [b, c]) {
        expect(run.signal, run.stderr.slice(-500)).toBeNull();
        expect([0, 1]).toContain(run.code);
      }
      const survivors = `${b.stderr}${c.stderr}`;
      // The jobs the killed worker held were freed by a live one and run again.
      expect(survivors).toMatch(/freed the jobs of \d+ dead worker slot\(s\) for retry: entente-\d+-\d/);
      const stored = (r: Run) => r.stderr.split('\n').filter((l) => STORED.test(l)).length;
      expect(stored(killed)).toBeGreaterThanOrEqual(KILL_AFTER);
      // Each "stored" line is printed after its commit: the SIGKILL can land between the two, so up to one line
      // per slot of the killed worker may be missing. The store itself is checked for every document below.
      const printed = stored(killed) + stored(b) + stored(c);
      expect(printed).toBeLessThanOrEqual(DOCUMENTS);
      expect(printed).toBeGreaterThanOrEqual(DOCUMENTS - KILLED_SLOTS);

      const check = await checkPgStore(db, expected);
      expect(check.problems).toEqual([]);
      expect(check.documents.size).toBe(DOCUMENTS);

      // The poison URL: tried three times, parked with its error; the others all completed.
      const failed = await runCli(cli, ['queue', 'failed', '--db', db, '--json']);
      expect(failed.code).toBe(0);
      const parked = JSON.parse(failed.stdout) as {
        id: string;
        subject: string;
        attempts: number;
        error: string;
      }[];
      expect(parked).toHaveLength(1);
      expect(parked[0]).toMatchObject({ subject: poison, attempts: TRIES });
      expect(parked[0]!.error).toMatch(/500.*\[FETCH_FAILED\]/);
      expect(survivors).toMatch(new RegExp(`failed .*\\(try ${TRIES} of ${TRIES}, parked`));
      const status = await runCli(cli, ['queue', 'status', '--db', db, '--json']);
      expect(JSON.parse(status.stdout)).toEqual({
        waiting: 0,
        running: 0,
        retrying: 0,
        parked: 1,
        workers: 0,
      });

      // Fixed at the source, the parked job is put back and a worker completes it.
      http.routes.set('/poison', {
        body: '<html><body><p>Japan and India signed a defense pact on Monday.</p></body></html>',
      });
      const retried = await runCli(cli, ['queue', 'retry', parked[0]!.id, '--db', db]);
      expect([retried.code, retried.stdout]).toEqual([0, `back in the queue: ${parked[0]!.id}\n`]);
      const again = await worker();
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe('stored 1, duplicates 0, failed tries 0, parked 0\n');
      const after = await runCli(cli, ['queue', 'status', '--db', db]);
      expect(after.stdout).toBe('waiting 0  running 0  retrying 0  parked 0  workers 0\n');
    }, 600_000);

    it('polls a feed given to watch --queue in a worker, which queues and stores its items', async () => {
      const target = await backend.newTarget(true);
      if (target.kind !== 'postgres') throw new Error('expected PostgreSQL');
      http.routes.set('/feed.xml', {
        type: 'application/rss+xml',
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
        <item><title>One</title><link>${http.url('/one')}</link></item>
        <item><title>Two</title><link>${http.url('/two')}</link></item></channel></rss>`,
      });
      http.routes.set('/one', {
        body: '<html><body><p>France and India held a joint exercise in 2023.</p></body></html>',
      });
      http.routes.set('/two', {
        body: '<html><body><p>Japan and Australia signed a defense pact.</p></body></html>',
      });
      const watch = await runCli(cli, [
        'watch',
        '--queue',
        http.url('/feed.xml'),
        '--every',
        '1s',
        '--max-iterations',
        '2',
        '--db',
        target.url,
        '--allow-private-urls',
        '--json',
      ]);
      expect(watch.code, watch.stderr).toBe(0);
      expect(
        watch.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l)),
      ).toEqual([
        { round: 1, queued: 1, failures: [] },
        { round: 2, queued: 1, failures: [] },
      ]);
      const run = await runCli(cli, ['worker', '--drain', '--db', target.url, '--json']);
      expect(run.code, run.stderr).toBe(0);
      // One poll (the second round replaced the waiting first one), then its two items.
      expect(run.stderr).toMatch(/polled +http:\/\/127\.0\.0\.1:\d+\/feed\.xml \(2 feed items queued\)/);
      expect(JSON.parse(run.stdout)).toEqual({ stored: 2, duplicates: 0, failed: 0, parked: 0 });
    }, 120_000);

    it('refuses the queue on an SQLite database in one line, without creating the file', async () => {
      const file = join(dir, 'refused.db');
      for (const args of [
        ['worker', '--db', file],
        ['ingest', '--queue', dir, '--db', file],
        ['queue', 'status', '--db', file],
      ]) {
        const run = await runCli(cli, args);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(
          /^entente [a-z ]+: --db: the job queue needs PostgreSQL .*\[INVALID_INPUT\]\n$/,
        );
        expect(existsSync(file)).toBe(false);
      }
    }, 60_000);
  },
);
