// `entente watch`: rounds at an interval, each reporting the facts that are new or changed since the last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInterval } from '../../ingest/watch-loop.js';
import { capture, memoryStore, testConfig } from '../../test-support/capture.js';
import { htmlPage, rssFeed, startHttpFixture, type HttpFixture } from '../../test-support/http-fixture.js';
import { watchCommand } from './index.js';

describe('entente watch', () => {
  let http: HttpFixture;
  const items: { title: string; link: string; pubDate: string }[] = [];
  beforeAll(async () => {
    http = await startHttpFixture({
      '/feed.xml': { type: 'application/rss+xml', body: () => rssFeed(items) },
      '/a.html': {
        body: htmlPage('Japan and Italy sign ACSA', '2016-03-20', [
          'Japan and Italy signed an acquisition and cross-servicing agreement in Rome on Saturday, officials said.',
        ]),
      },
      '/b.html': {
        body: htmlPage('Japan-Italy ACSA takes effect', '2025-09-06', [
          'The acquisition and cross-servicing agreement between Japan and Italy entered into force on Friday.',
        ]),
      },
    });
  });
  afterAll(() => http.close());

  it('ingests the feed each round and reports only what changed', async () => {
    const store = await memoryStore(false);
    const io = capture();
    items.push({ title: 'A', link: http.url('/a.html'), pubDate: 'Sun, 20 Mar 2016 09:00:00 GMT' });
    const extract = (doc: { id: string; text: string }) => {
      const m = /(signed|entered into force)/.exec(doc.text);
      if (!m) return [];
      const text = doc.text.slice(0, doc.text.indexOf('.', m.index) + 1);
      return [
        {
          type: 'acsa' as const,
          parties: ['ITA', 'JPN'],
          status: m[1] === 'signed' ? ('concluded' as const) : ('in_force' as const),
          date: null,
          item: null,
          evidence: [{ doc: doc.id, start: 0, end: text.length, text }],
        },
      ];
    };
    let round = 0;
    const stop = new AbortController();
    const code = await watchCommand(
      store,
      testConfig(),
      [http.url('/feed.xml')],
      { every: '20ms', maxIterations: '3', allowPrivateUrls: true },
      {
        stdout: {
          write: (s: string) => {
            io.stdout.write(s);
            if (++round === 1)
              items.push({ title: 'B', link: http.url('/b.html'), pubDate: 'Sat, 06 Sep 2025 09:00:00 GMT' });
          },
        },
        stderr: io.stderr,
      },
      stop.signal,
      extract,
    );
    expect(code).toBe(0);
    const rounds = io.out().split(/(?=^round )/m);
    expect(rounds).toHaveLength(3);
    expect(rounds[0]).toContain('documents: 1 new');
    expect(rounds[0]).toContain('  new     acsa ITA+JPN concluded no date');
    expect(rounds[1]).toContain('documents: 1 new, 1 duplicate');
    expect(rounds[1]).toContain('  changed acsa ITA+JPN in_force no date');
    expect(rounds[2]).toContain('documents: 0 new, 2 duplicate');
    expect(rounds[2]).not.toMatch(/^ {2}(new|changed) /m);
    await store.close();
  });

  it('reads intervals like 30m, 10s and 500ms, and names a bad one', () => {
    expect(parseInterval('30m')).toEqual({ ok: true, value: 1_800_000 });
    expect(parseInterval('500ms')).toEqual({ ok: true, value: 500 });
    const bad = parseInterval('soon');
    expect(bad.ok || bad.error.toLine()).toBe(
      "--every: expected a duration like 30m, 10s, 1h or 500ms, got 'soon' [INVALID_INPUT]",
    );
  });
});
