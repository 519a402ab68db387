// Ingest runs: files, directories, pages and feeds in; bad documents reported and skipped; re-runs add nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import { countDocuments } from '../store/repos/documents.repo.js';
import { listConflicts, ties } from '../store/services/query.service.js';
import type { Store } from '../store/store.js';
import { fakeArticle, fakeExtract } from '../test-support/fake-extractor.js';
import { sharedDir } from '../test-support/shared.js';
import { htmlPage, rssFeed, startHttpFixture, type HttpFixture } from '../test-support/http-fixture.js';
import { parseFeed } from './feed.js';
import { runIngest, type DocumentEvent } from './ingest-run.js';

const SEEDS = join(sharedDir(), 'seeds');

async function emptyStore(): Promise<Store> {
  const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' }, { reference: 'skip' });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

describe('ingest', () => {
  let dir: string;
  let http: HttpFixture;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), fakeArticle('a', '2016-03-20', ['acsa ITA JPN concluded 2016-03-19']));
    writeFileSync(
      join(dir, 'nested', 'b.md'),
      fakeArticle('b', '2016-06-08', ['acsa ITA JPN in_force 2016-06-07']),
    );
    writeFileSync(join(dir, 'nested', 'deeper', 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'nested', 'notes.json'), '{"not": "an article"}');
    http = await startHttpFixture({
      '/news/raa.html': {
        body: htmlPage('Japan and the Philippines sign RAA', '2024-07-08', [
          'Officials in Manila and Tokyo marked the occasion with a ceremony attended by both defense ministers and many guests.',
          'FACT reciprocal_access JPN PHL concluded 2024-07-08',
        ]),
      },
      '/news/plain.txt': {
        type: 'text/plain',
        body: fakeArticle('plain', '2024-01-05', ['defense_mou GBR JPN concluded 2024-01-04']),
      },
      '/feed.xml': {
        type: 'application/rss+xml',
        body: () =>
          rssFeed([
            {
              title: 'RAA signed',
              link: http.url('/news/raa.html'),
              pubDate: 'Mon, 08 Jul 2024 09:00:00 GMT',
            },
            { title: 'Gone', link: http.url('/news/missing.html'), pubDate: 'Tue, 09 Jul 2024 09:00:00 GMT' },
          ]),
      },
      '/slow.html': { body: '<html><body><p>late</p></body></html>', delayMs: 2_000 },
    });
  });

  afterAll(async () => {
    await http.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a directory recursively, reports the bad file in one line and keeps going', async () => {
    const store = await emptyStore();
    const events: DocumentEvent[] = [];
    const { summary } = await runIngest(store, [dir], {
      fetchTimeoutMs: 5_000,
      extract: fakeExtract,
      hooks: { onDocument: (e) => events.push(e) },
    });
    expect(summary.documents).toEqual({ new: 2, duplicate: 0, nearDuplicate: 0, failed: 1 });
    expect(summary).toMatchObject({ claims: 2, newFacts: 1, changedFacts: 0 });
    expect(summary.failures).toEqual([
      {
        subject: join(dir, 'nested', 'deeper', 'binary.txt'),
        code: 'FILE_BINARY',
        message: expect.any(String),
      },
    ]);
    const [acsa] = await ties(store, ['JPN', 'ITA']);
    expect(acsa).toMatchObject({ status: 'in_force', sources: 2 });
    await store.close();
  });

  it('adds nothing when the same files are ingested again', async () => {
    const store = await emptyStore();
    await runIngest(store, [dir], { fetchTimeoutMs: 5_000, extract: fakeExtract });
    const before = await countDocuments(store.db);
    const { summary } = await runIngest(store, [dir], { fetchTimeoutMs: 5_000, extract: fakeExtract });
    expect(summary.documents).toMatchObject({ new: 0, duplicate: 2 });
    expect(summary).toMatchObject({ claims: 0, newFacts: 0, changedFacts: 0 });
    expect(await countDocuments(store.db)).toBe(before);
    await store.close();
  });

  it("fetches a feed's items, and a page that fails is one failed document", async () => {
    const store = await emptyStore();
    const { summary } = await runIngest(store, [http.url('/feed.xml'), http.url('/news/plain.txt')], {
      fetchTimeoutMs: 5_000,
      allowPrivateUrls: true,
      extract: fakeExtract,
    });
    expect(summary.documents).toMatchObject({ new: 2, failed: 1 });
    expect(summary.failures[0]).toMatchObject({
      subject: http.url('/news/missing.html'),
      code: 'FETCH_FAILED',
    });
    const [raa] = await ties(store, ['PHL']);
    expect(raa).toMatchObject({ type: 'reciprocal_access', status: 'concluded', date: '2024-07-08' });
    expect(raa!.quote?.url).toBe(http.url('/news/raa.html'));
    await store.close();
  });

  it('gives up on a page that does not answer in time, naming it', async () => {
    const store = await emptyStore();
    const { summary } = await runIngest(store, [http.url('/slow.html')], {
      fetchTimeoutMs: 200,
      allowPrivateUrls: true,
      extract: fakeExtract,
    });
    expect(summary.failures).toEqual([
      {
        subject: http.url('/slow.html'),
        code: 'FETCH_FAILED',
        message: 'cannot fetch: no answer within 200 ms',
      },
    ]);
    await store.close();
  });

  it('names a path that does not exist', async () => {
    const store = await emptyStore();
    const { summary } = await runIngest(store, [join(dir, 'nope.txt')], { fetchTimeoutMs: 1_000 });
    expect(summary.failures).toEqual([
      { subject: join(dir, 'nope.txt'), code: 'FILE_UNREADABLE', message: 'no such file or directory' },
    ]);
    await store.close();
  });

  it('ingests the seed articles with real extraction and merges them with the reference', async () => {
    const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' });
    if (!opened.ok) throw opened.error;
    const { summary } = await runIngest(opened.value, [SEEDS], { fetchTimeoutMs: 1_000 });
    expect(summary.documents).toEqual({ new: 5, duplicate: 0, nearDuplicate: 0, failed: 0 });
    expect(summary.claims).toBeGreaterThan(10);
    expect(summary.changedFacts + summary.newFacts).toBeGreaterThan(0);
    const france = await ties(opened.value, ['JPN', 'FRA']);
    expect(france.find((t) => t.type === 'equipment_transfer_agreement')?.sources).toBeGreaterThanOrEqual(2);
    expect((await listConflicts(opened.value)).length).toBeGreaterThan(0);
    await opened.value.close();
  });
});

describe('feeds', () => {
  it('reads Atom entries with their alternate links and dates', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>One</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="/a/1"/><published>2024-05-01T10:00:00Z</published></entry>
      <entry><title>Two</title><link href="https://x.example/a/2"/><updated>2024-05-02T10:00:00Z</updated></entry></feed>`;
    expect(parseFeed(atom, 'feed', 'https://x.example/feed')).toEqual({
      ok: true,
      value: [
        { url: 'https://x.example/a/1', title: 'One', published: '2024-05-01' },
        { url: 'https://x.example/a/2', title: 'Two', published: '2024-05-02' },
      ],
    });
  });

  it('says so when a document is not a feed', () => {
    const result = parseFeed('<html><body>hi</body></html>', 'page.xml');
    expect(result.ok || result.error.toLine()).toMatch(/^page\.xml: not an RSS or Atom feed/);
  });
});
