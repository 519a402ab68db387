// Reliability of the built CLI: SIGKILL at random moments of an ingest, 20 times, and two ingests at once.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../bench/synthetic-articles.js';
import { extractFacts } from '../../extract/pipeline.js';
import { ensureBuilt } from '../../test-support/build-cli.js';
import { checkStore } from '../../test-support/store-invariants.js';

const DOCUMENTS = 1_000;
const KILLS = 20;

function writeCorpus(dir: string, count: number, prefix: string): Map<string, number> {
  const expected = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(i, prefix);
    writeFileSync(join(dir, a.id), a.text);
    expected.set(a.id, extractFacts({ id: a.id, text: a.text, published: a.published }).length);
  }
  return expected;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runCli(cli: string, args: string[], killAfterMs?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('ingest under failure', () => {
  let cli: string;
  let dir: string;
  beforeAll(async () => {
    cli = await ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'entente-crash-'));
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves every document complete with its claims or absent after 20 SIGKILLs, and a re-run completes the rest', async () => {
    const corpus = join(dir, 'corpus');
    const db = join(dir, 'kill.db');
    emptyDir(corpus);
    const expected = writeCorpus(corpus, DOCUMENTS, 'kill');
    // How long the CLI takes here, now, to start, create a store and store its first article: the kills are
    // spread from half that to 0.8 s past it, so most land inside the ingest, a few before it starts.
    const warm = join(dir, 'warm');
    emptyDir(warm);
    const first = syntheticArticle(0, 'warm');
    writeFileSync(join(warm, first.id), first.text);
    const t0 = performance.now();
    await runCli(cli, ['ingest', warm, '--db', join(dir, 'warm.db'), '--quiet']);
    const startup = performance.now() - t0;
    let killed = 0;
    for (let round = 0; round < KILLS; round++) {
      const delay = Math.round(startup * 0.5 + Math.random() * (startup * 0.5 + 800));
      const run = await runCli(cli, ['ingest', corpus, '--db', db, '--quiet'], delay);
      if (run.signal === 'SIGKILL') killed++;
      const check = checkStore(db, expected);
      expect(check.problems, `after kill ${round + 1} at ${delay} ms`).toEqual([]);
    }
    expect(killed).toBeGreaterThan(KILLS / 2);
    const before = checkStore(db, expected).documents.size;
    // Kills landed inside the ingest (some documents made it), and usually before its end.
    expect(before).toBeGreaterThan(0);
    const final = await runCli(cli, ['ingest', corpus, '--db', db, '--json', '--quiet']);
    expect(final.stderr).toBe('');
    expect(final.code).toBe(0);
    const summary = JSON.parse(final.stdout);
    expect(summary.documents.new + summary.documents.nearDuplicate).toBe(DOCUMENTS - before);
    expect(summary.documents.duplicate).toBe(before);
    const after = checkStore(db, expected);
    expect(after.problems).toEqual([]);
    expect(after.documents.size).toBe(DOCUMENTS);
  }, 150_000);

  it('lets two ingests run at once into one SQLite file without failing or duplicating', async () => {
    const corpus = join(dir, 'shared');
    const db = join(dir, 'concurrent.db');
    emptyDir(corpus);
    const expected = writeCorpus(corpus, 300, 'both');
    const [a, b] = await Promise.all([
      runCli(cli, ['ingest', corpus, '--db', db, '--json', '--quiet']),
      runCli(cli, ['ingest', corpus, '--db', db, '--json', '--quiet']),
    ]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    const [sa, sb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    const stored = (s: { documents: { new: number; nearDuplicate: number } }) =>
      s.documents.new + s.documents.nearDuplicate;
    expect(stored(sa) + stored(sb)).toBe(300);
    expect(sa.documents.duplicate + sb.documents.duplicate).toBe(300);
    const check = checkStore(db, expected);
    expect(check.problems).toEqual([]);
    expect(check.documents.size).toBe(300);
  }, 120_000);
});

function emptyDir(path: string): void {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
}
