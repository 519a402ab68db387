// `entente ingest` keeps where each article came from: the real dev and seed texts of ../shared with their `.url`
// files, front matter and the `--url/--title/--source/--published` flags, down to the URL on every CSV row.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../store/reference/csv.js';
import { countDocuments, getDocument } from '../../store/repos/documents.repo.js';
import { listFacts } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { capture, memoryStore, testConfig } from '../../test-support/capture.js';
import { sharedDir } from '../../test-support/shared.js';
import { renderExport } from '../export/index.js';
import { ingestCommand, type IngestCommandOptions } from './index.js';

const DEV = join(sharedDir(), 'gold', 'dev', 'texts');
const SEEDS = join(sharedDir(), 'seeds');
const devTexts = readdirSync(DEV).filter((f) => f.endsWith('.txt'));
const seedTexts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
/** The URL each dev text's `.url` file holds, by document id (its file name). */
const devUrls = new Map(
  devTexts.map((f) => [f, readFileSync(join(DEV, f.replace(/\.txt$/, '.url')), 'utf8').trim()]),
);
/** ../shared ships no `.url` for the seeds: the test gives each its URL with --url, as a user would. */
const seedUrl = (f: string) => `https://seeds.example.org/${basename(f, '.txt')}`;

async function ingest(store: Store, inputs: string[], options: IngestCommandOptions = {}) {
  const io = capture();
  const code = await ingestCommand(store, testConfig(), inputs, { quiet: true, ...options }, io);
  return { code, out: io.out(), err: io.err() };
}

describe('provenance of ingested articles', () => {
  let store: Store;
  beforeAll(async () => {
    store = await memoryStore();
    expect((await ingest(store, [DEV])).code).toBe(0);
    for (const f of seedTexts) {
      expect((await ingest(store, [join(SEEDS, f)], { url: seedUrl(f) })).code).toBe(0);
    }
  }, 120_000);
  afterAll(() => store.close());

  it('stores every dev text with the URL of the .url file beside it, its host as outlet, its leading date', async () => {
    expect(devTexts).toHaveLength(12);
    for (const f of devTexts) {
      const doc = await getDocument(store.db, f);
      const url = devUrls.get(f)!;
      expect(doc?.url, f).toBe(url);
      expect(doc?.source, f).toBe(new URL(url).hostname.replace(/^www\./, ''));
      expect(doc?.published, f).toBe(readFileSync(join(DEV, f), 'utf8').slice(0, 10));
    }
    expect((await getDocument(store.db, 'd04.txt'))?.source).toBe('malaysiandefence.com');
  });

  it('stores every seed with the URL given by --url', async () => {
    for (const f of seedTexts) expect((await getDocument(store.db, f))?.url, f).toBe(seedUrl(f));
  });

  it('gives every article row of the CSV its source URL, outlet and date; reference rows their dataset URL', async () => {
    const [header, ...rows] = parseCsv(await renderExport(store, 'csv'));
    const col = (name: string) => header!.indexOf(name);
    const article = rows.filter((r) => !r[col('quote_doc')]!.startsWith('reference:'));
    const fromDev = article.filter((r) => devUrls.has(r[col('quote_doc')]!));
    const fromSeeds = article.filter((r) => seedTexts.includes(r[col('quote_doc')]!));
    expect(fromDev.length).toBeGreaterThanOrEqual(12);
    expect(fromSeeds.length).toBeGreaterThanOrEqual(5);
    expect(fromDev.length + fromSeeds.length).toBe(article.length);
    for (const r of fromDev) {
      expect(r[col('quote_url')], r[col('quote_doc')]).toBe(devUrls.get(r[col('quote_doc')]!));
      expect(r[col('quote_outlet')]).not.toBe('');
      expect(r[col('quote_published')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const r of fromSeeds) expect(r[col('quote_url')]).toBe(seedUrl(r[col('quote_doc')]!));
    const reference = rows.filter((r) => r[col('quote_doc')]!.startsWith('reference:'));
    expect(reference.length).toBeGreaterThan(0);
    for (const r of reference) expect(r[col('quote_url')]).toMatch(/^https?:\/\//);
  });
});

describe('entente ingest --url --title --source --published', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'entente-provenance-'));
    // d09 without its date lines: "opened on Monday" can only be dated from --published.
    const d09 = readFileSync(join(DEV, 'd09.txt'), 'utf8');
    writeFileSync(
      join(dir, 'balikatan.txt'),
      d09.split('\n').slice(1).join('\n').replace(' date 2024-04-23 ', ' '),
    );
    copyFileSync(join(SEEDS, seedTexts[0]!), join(dir, 'seed.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sets the one file metadata and dates its relative dates from --published', async () => {
    const store = await memoryStore(false);
    const file = join(dir, 'balikatan.txt');
    const run = await ingest(store, [file], {
      url: 'https://www.manila-shimbun.com/category/english/news276502.html',
      title: '39th Balikatan opens',
      source: 'The Manila Shimbun',
      published: '2024-04-23',
    });
    expect(run.code).toBe(0);
    expect(await getDocument(store.db, 'balikatan.txt')).toMatchObject({
      url: 'https://www.manila-shimbun.com/category/english/news276502.html',
      title: '39th Balikatan opens',
      source: 'The Manila Shimbun',
      published: '2024-04-23',
    });
    const exercise = (await listFacts(store, { type: 'joint_exercise' })).find(
      (f) => f.parties.join('+') === 'PHL+USA',
    );
    expect(exercise?.date).toBe('2024-04-22');
    await store.close();
  });

  it.each([
    [
      { published: '2024-02-30' },
      ['seed.txt'],
      "--published: expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-02-30' (2024-02 has no day 30) [INVALID_INPUT]",
    ],
    [
      { published: 'last Monday' },
      ['seed.txt'],
      "--published: expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got 'last Monday' [INVALID_INPUT]",
    ],
    [
      { url: 'ftp://example.org/a' },
      ['seed.txt'],
      "--url: expected an http(s) URL, got 'ftp://example.org/a' [INVALID_INPUT]",
    ],
    [
      { source: 'reference' },
      ['seed.txt'],
      "--source: 'reference' names the reference dataset's rows; give the article's outlet [INVALID_INPUT]",
    ],
    [
      { title: 'T' },
      ['seed.txt', 'balikatan.txt'],
      '--title applies to one article file; got 2 inputs [INVALID_INPUT]',
    ],
    [{ title: 'T', source: 'S' }, ['.'], '--title, --source apply to one article file; got the directory'],
    [
      { url: 'https://example.org/a' },
      ['https://example.org/page'],
      '--url applies to one article file; got the URL',
    ],
  ])('refuses %j for %j with exit 2 and stores nothing', async (flags, inputs, message) => {
    const store = await memoryStore(false);
    const run = await ingest(
      store,
      inputs.map((i) => (i.startsWith('http') ? i : join(dir, i))),
      flags,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(`entente ingest: `);
    expect(run.err).toContain(message);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(await countDocuments(store.db)).toBe(0);
    await store.close();
  });

  it('refuses a Markdown article whose front matter is malformed, and stores the good one beside it', async () => {
    const md = mkdtempSync(join(tmpdir(), 'entente-front-matter-'));
    const seed = readFileSync(join(SEEDS, seedTexts[1]!), 'utf8');
    writeFileSync(join(md, 'bad.md'), `---\ntitle: "unclosed\nurl: https://example.org/bad\n---\n${seed}`);
    writeFileSync(
      join(md, 'good.md'),
      `---\ntitle: UK and Japan build a defense relationship\noutlet: Example Weekly\n---\n${seed}`,
    );
    writeFileSync(join(md, 'good.url'), '[InternetShortcut]\nURL=https://example.org/good\n');
    const store = await memoryStore(false);
    const run = await ingest(store, [md]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      new RegExp(
        `^entente ingest: failed +${join(md, 'bad.md')}: front matter is not valid YAML: .+ \\[INVALID_INPUT\\]$`,
        'm',
      ),
    );
    expect(await getDocument(store.db, 'bad.md')).toBeUndefined();
    expect(await getDocument(store.db, 'good.md')).toMatchObject({
      url: 'https://example.org/good',
      title: 'UK and Japan build a defense relationship',
      source: 'Example Weekly',
      published: '2015-03-07',
    });
    await store.close();
    rmSync(md, { recursive: true, force: true });
  });
});
