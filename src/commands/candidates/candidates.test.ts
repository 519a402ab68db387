// `entente candidates`: below-threshold readings an ingest kept for review, listed newest first and never merged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CandidateClaim } from '../../store/services/candidates.service.js';
import { capture, memoryStore } from '../../test-support/capture.js';
import { runCli } from '../../test-support/run-cli.js';
import { candidatesCommand } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-candidates-'));
const db = join(dir, 'kb.sqlite');
const file = join(dir, 'santiago.txt');
// Drills two navies plan while a third state looks on: the extractor keeps the pair's exercise, and scores
// the readings that add the onlooker far lower.
const SENTENCE =
  'SANTIAGO - Chile and Peru agreed to hold joint naval drills next year, the Chilean navy said, as Bolivia looked on.';
const TEXT = `2024-05-02\n${SENTENCE}\n`;
writeFileSync(file, TEXT);

const cli = (...args: string[]) => runCli([...args, '--db', db]);
const listed = (...args: string[]): CandidateClaim[] => {
  const run = cli('candidates', '--json', ...args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { candidates: CandidateClaim[] }).candidates;
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entente candidates', () => {
  it('lists what ingest kept for review, apart from the facts, filtered by party, confidence and count', () => {
    const ingest = cli('ingest', file, '--json', '--quiet');
    expect(ingest.status).toBe(0);
    const summary = JSON.parse(ingest.stdout) as {
      documents: { new: number };
      claims: number;
      candidates: number;
    };
    expect(summary.documents.new).toBe(1);
    expect(summary.claims).toBeGreaterThanOrEqual(1);
    expect(summary.candidates).toBeGreaterThanOrEqual(1);

    const all = listed();
    expect(all).toHaveLength(summary.candidates);
    for (const c of all) {
      expect(c.document).toBe('santiago.txt');
      expect(c.evidence.text).toBe(SENTENCE);
      expect(TEXT.slice(c.evidence.start, c.evidence.end)).toBe(SENTENCE);
      expect(c.confidence).not.toBeNull();
      expect(c.confidence!).toBeGreaterThanOrEqual(0.1);
      expect(c.confidence!).toBeLessThan(1);
      expect(c.parties.every((p) => ['BOL', 'CHL', 'PER'].includes(p))).toBe(true);
    }
    // Newest first.
    expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => b - a));

    // The kept reading became a fact; no candidate did.
    const factsRun = cli('facts', '--party', 'Chile', '--json');
    expect(factsRun.status).toBe(0);
    const facts = (JSON.parse(factsRun.stdout) as { facts: { type: string; parties: string[] }[] }).facts;
    expect(facts.length).toBeGreaterThanOrEqual(1);
    const factKeys = new Set(facts.map((f) => `${f.type} ${f.parties.join('+')}`));
    for (const c of all) expect(factKeys.has(`${c.type} ${c.parties.join('+')}`)).toBe(false);

    const text = cli('candidates');
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${all.length} candidates`);
    expect(lines).toHaveLength(all.length + 1);
    expect(lines[1]).toContain(`#${all[0]!.id}`);
    expect(lines[1]).toContain(all[0]!.confidence!.toFixed(3));
    expect(lines[1]).toContain(' "SANTIAGO - Chile and Peru');
    // No .url beside it and no outlet given: said so, with the date and the document where the URL would be.
    expect(lines[1]).toMatch(/" \(outlet not recorded, 2024-05-02, santiago\.txt\)$/);

    const peru = listed('--party', 'Peru');
    expect(peru.map((c) => c.id)).toEqual(all.filter((c) => c.parties.includes('PER')).map((c) => c.id));

    const top = Math.max(...all.map((c) => c.confidence!));
    expect(listed('--min-confidence', String(top)).map((c) => c.id)).toEqual(
      all.filter((c) => c.confidence! >= top).map((c) => c.id),
    );
    expect(cli('candidates', '--min-confidence', '1').stdout).toBe('no candidates match\n');
    expect(listed('--limit', '1')).toEqual([all[0]]);
  }, 120_000);

  it('refuses a --min-confidence that is not a number from 0 to 1, in one line', async () => {
    const run = cli('candidates', '--min-confidence', '1.5');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "entente candidates: --min-confidence: expected a number from 0 to 1, got '1.5'\n",
    );
    const store = await memoryStore(false);
    for (const bad of ['high', '-0.2', '', '0.5x']) {
      const io = capture();
      expect(await candidatesCommand(store, { minConfidence: bad }, io)).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toBe(
        `entente candidates: --min-confidence: expected a number from 0 to 1, got '${bad}'\n`,
      );
    }
    await store.close();
  }, 60_000);
});
