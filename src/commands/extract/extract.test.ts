import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentFactsSchema } from '../../schema/fact.js';
import { runCli } from '../../test-support/run-cli.js';
import { sharedDir } from '../../test-support/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  '2022-12-20\nJapan and Sweden signed a defense equipment and technology transfer agreement on Monday.\n',
);

describe('entente extract', () => {
  it('prints one JSON element per file with the publication date and the facts', () => {
    const run = runCli(['extract', article, '--format', 'json']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as unknown[];
    expect(out).toHaveLength(1);
    const doc = DocumentFactsSchema.parse(out[0]);
    expect(doc).toMatchObject({ doc: 'article.txt', published: '2022-12-20' });
    expect(doc.facts[0]).toMatchObject({
      type: 'equipment_transfer_agreement',
      parties: ['JPN', 'SWE'],
      status: 'concluded',
      date: '2022-12-19',
    });
  });

  it('reads the main text of an HTML page', () => {
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      `<html><head><title>Pact</title><meta property="article:published_time" content="2024-07-08T10:00:00Z"></head><body><nav>Home | World</nav><article><h1>Pact signed</h1><p>The Philippines and Japan have officially signed the Reciprocal Access Agreement (RAA) in Manila on Monday, allowing their forces to train on each other's soil for the first time in decades of close ties.</p><p>The defence ministers of both countries attended the ceremony.</p></article><footer>Copyright</footer></body></html>`,
    );
    const run = runCli(['extract', page, '--json']);
    expect(run.status).toBe(0);
    const [doc] = JSON.parse(run.stdout) as Array<{
      published: string;
      facts: Array<{ type: string; date: string }>;
    }>;
    expect(doc?.published).toBe('2024-07-08');
    expect(doc?.facts[0]).toMatchObject({ type: 'reciprocal_access', date: '2024-07-08' });
  });

  it('reports each bad file in one line, keeps going, and exits non-zero', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3]));
    const run = runCli(['extract', empty, join(dir, 'missing.txt'), binary, article, '--format', 'json']);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('empty.txt: file is empty');
    expect(lines[1]).toContain('missing.txt: cannot read file (ENOENT)');
    expect(lines[2]).toContain('binary.txt: file is binary');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('prints a table by default', () => {
    const run = runCli(['extract', article]);
    expect(run.stdout).toMatch(/equipment_transfer_agreement\s+JPN\+SWE\s+concluded\s+2022-12-19/);
  });

  it('rejects an unknown format', () => {
    const run = runCli(['extract', article, '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be json or table');
  });
});

describe('entente eval', () => {
  it('prints the misses, false positives and the figures of the reference scorer', () => {
    const shared = sharedDir();
    const texts = join(shared, 'gold', 'dev', 'texts');
    const files = ['d01.txt', 'd02.txt', 'd03.txt'].map((f) => join(texts, f));
    const run = runCli(['eval', '--gold', join(shared, 'gold', 'dev'), ...files]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^docs 12 tp \d+ fp \d+ fn \d+$/m);
    expect(run.stdout).toMatch(/^F1 0\.\d{3} P \d\.\d{3} R \d\.\d{3} date_acc \d\.\d{3}$/m);
    // Gold documents without predictions count as predicting nothing: their facts are misses.
    expect(run.stdout).toContain('d12.txt\n  FN information_security');
  });

  it('names a gold directory it cannot read', () => {
    const run = runCli(['eval', '--gold', join(dir, 'nope'), article]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nope: cannot read gold directory');
  });
});
