// `entente ingest`: a summary on stdout, one line per bad document on stderr, exit 1 only when some failed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, memoryStore, testConfig } from '../../test-support/capture.js';
import { fakeArticle, fakeExtract } from '../../test-support/fake-extractor.js';
import { ingestCommand } from './index.js';

describe('entente ingest', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-cmd-ingest-'));
    writeFileSync(
      join(dir, 'good.txt'),
      fakeArticle('good', '2024-01-05', ['defense_mou GBR JPN concluded 2024-01-04']),
    );
    writeFileSync(join(dir, 'empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the summary, names the bad file with its reason, and exits 1', async () => {
    const store = await memoryStore(false);
    const io = capture();
    const code = await ingestCommand(store, testConfig(), [dir], {}, io, fakeExtract);
    expect(code).toBe(1);
    expect(io.out()).toBe(
      'documents: 1 new, 0 duplicate, 0 near-duplicate, 1 failed\nclaims: 1  candidates: 0  facts: 1 new, 0 changed  conflicts: 0 new\n',
    );
    expect(io.err()).toContain(
      `entente ingest: failed     ${join(dir, 'empty.txt')}: file is empty [FILE_EMPTY]\n`,
    );
    expect(io.err()).toContain(
      `entente ingest: new        ${join(dir, 'good.txt')} (1 claims, 1 new facts)\n`,
    );
    await store.close();
  });

  it('exits 0 with a JSON summary when every document is stored or already known', async () => {
    const store = await memoryStore(false);
    const io = capture();
    const file = join(dir, 'good.txt');
    await ingestCommand(store, testConfig(), [file], { quiet: true }, capture(), fakeExtract);
    const code = await ingestCommand(
      store,
      testConfig(),
      [file],
      { json: true, quiet: true },
      io,
      fakeExtract,
    );
    expect(code).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ documents: { new: 0, duplicate: 1, failed: 0 }, claims: 0 });
    expect(io.err()).toBe('');
    await store.close();
  });

  it('draws a progress bar instead of lines on a terminal', async () => {
    const store = await memoryStore(false);
    const io = capture(true);
    await ingestCommand(store, testConfig(), [join(dir, 'good.txt')], {}, io, fakeExtract);
    expect(io.err()).toMatch(/entente ingest \[.*\] 1\/1 documents/);
    expect(io.err()).not.toContain('new        ');
    await store.close();
  });
});
