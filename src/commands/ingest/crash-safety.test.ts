// Reliability of the built CLI: SIGKILL mid-ingest after a chosen number of stored documents, 20 times, and two ingests at once.
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

/** A document the ingest has stored (committed), as its progress lines say: one per document, after the commit. */
const STORED = /^entente ingest: (?:new|near-dup) /;

/**
 * Runs the CLI; with `killAfterStored`, SIGKILLs it as soon as its progress output says it stored that many
 * documents in this run. Kill points follow observed progress, never a clock: every kill lands mid-ingest.
 */
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
    let before = 0;
    for (let round = 0; round < KILLS; round++) {
      // 1 to 20 documents stored in this run, each number once (7 and 20 are coprime), 210 of the 1000 in all:
      // each kill lands after commits the ingest reported, with hundreds of documents still to go.
      const target = 1 + ((round * 7) % KILLS);
      const run = await runCli(cli, ['ingest', corpus, '--db', db], target);
      expect(run.signal, `round ${round + 1}: ${run.stderr.split('\n').slice(-3).join(' | ')}`).toBe(
        'SIGKILL',
      );
      const check = checkStore(db, expected);
      expect(check.problems, `after kill ${round + 1}, past ${target} stored documents`).toEqual([]);
      expect(check.documents.size).toBeGreaterThanOrEqual(before + target);
      expect(check.documents.size).toBeLessThan(DOCUMENTS);
      before = check.documents.size;
    }
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
