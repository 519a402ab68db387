// The pair page and the API behind it show a reference row as an entry of its dataset (a badge, the dataset, the
// link it cites; no highlighted quote), and every article quote with its outlet and date (DOM from linkedom, the
// real app over a store holding the reference data and a real dev text of ../shared ingested with its .url file).
import { join } from 'node:path';
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../extract/pipeline.js';
import { runIngest } from '../../ingest/ingest-run.js';
import { createApp } from '../../serve/app.js';
import { knowledgeOf } from '../../serve/knowledge.js';
import type { Store } from '../../store/store.js';
import { memoryStore } from '../../test-support/capture.js';
import { sharedDir } from '../../test-support/shared.js';
import { pairView } from './pair-view.js';
import { timelineView } from './timeline-view.js';

const D01 = join(sharedDir(), 'gold', 'dev', 'texts', 'd01.txt');
const D01_URL =
  'https://japantoday.com/category/politics/japan-italy-agree-in-principle-on-defense-supply-sharing-pact';
const ITA_INFOSEC_URL = 'https://www.mofa.go.jp/mofaj/press/release/press4_003394.html';

describe('reference entries and quote origins in the API and the web UI', () => {
  let store: Store;
  let app: Hono;
  const saved = { document: globalThis.document, fetch: globalThis.fetch };

  beforeAll(async () => {
    store = await memoryStore();
    const run = await runIngest(store, [D01], { fetchTimeoutMs: 2000 });
    expect(run.summary.documents.new).toBe(1);
    const deps = {
      store,
      knowledge: knowledgeOf(store),
      extract: extractFacts,
      fetchTimeoutMs: 2000,
      version: 'test',
    };
    app = createApp(deps, { token: null, checkResponses: true, ui: null });
    globalThis.document = parseHTML('<!doctype html><html><body></body></html>')
      .document as unknown as Document;
    globalThis.fetch = (async (input: string, init?: RequestInit) =>
      app.request(input, init)) as typeof fetch;
  }, 60_000);

  afterAll(async () => {
    globalThis.document = saved.document;
    globalThis.fetch = saved.fetch;
    await store?.close();
  });

  it('answers a pair page whose evidence marks reference entries and gives article quotes their outlet and date', async () => {
    const res = await app.request('/api/pairs/ITA/JPN?evidence=20');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      facts: { type: string; evidence: Record<string, unknown>[] }[];
    };
    const evidence: Record<string, unknown>[] = body.facts.flatMap((f) =>
      f.evidence.map((e) => ({ type: f.type, ...e })),
    );
    const reference = evidence.filter((e) => e.kind === 'reference');
    const articles = evidence.filter((e) => e.kind === 'article');
    expect(reference.length).toBeGreaterThanOrEqual(4);
    expect(articles.length).toBeGreaterThanOrEqual(1);
    expect(reference.length + articles.length).toBe(evidence.length);
    for (const e of reference) {
      expect(e.dataset).toBe('japan_agreements');
      expect(e.url).toMatch(/^https?:\/\//);
      expect(e).not.toHaveProperty('quote');
    }
    expect(reference.find((e) => e.type === 'information_security')?.url).toBe(ITA_INFOSEC_URL);
    for (const e of articles) {
      expect(e).toMatchObject({
        doc: 'd01.txt',
        url: D01_URL,
        source: 'japantoday.com',
        published: '2024-10-19',
      });
    }
  });

  it('lists facts whose best quote says whether it is an article or a reference entry', async () => {
    const res = await app.request('/api/facts?party=ITA,JPN');
    const { items } = (await res.json()) as {
      items: { type: string; quote: Record<string, unknown> | null }[];
    };
    const infosec = items.find((f) => f.type === 'information_security');
    expect(infosec?.quote).toEqual({
      kind: 'reference',
      doc: 'reference:information_security:ITA-JPN',
      dataset: 'japan_agreements',
      url: ITA_INFOSEC_URL,
    });
    expect(items.find((f) => f.type === 'high_level_meeting')?.quote).toMatchObject({
      kind: 'article',
      source: 'japantoday.com',
      published: '2024-10-19',
      url: D01_URL,
    });
  });

  it('draws reference entries apart from quotes, and every quote with its outlet and date', async () => {
    const root = document.createElement('main');
    await pairView(root, 'ITA', 'JPN');
    const entries = Array.from(root.querySelectorAll('[data-testid="reference-entry"]'));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const entry of entries) {
      expect(entry.querySelector('.badge')!.textContent).toBe('Reference');
      expect(entry.querySelector('.dataset')!.textContent).toBe('japan_agreements');
      expect(entry.querySelector('mark, blockquote')).toBeNull();
    }
    expect(entries.some((e) => e.querySelector('a')?.getAttribute('href') === ITA_INFOSEC_URL)).toBe(true);
    // No generated row line ("Japan and Italy: acsa in_force on ...") is highlighted as if someone wrote it.
    for (const mark of Array.from(root.querySelectorAll('mark')))
      expect(mark.textContent).not.toMatch(/^Japan and Italy: /);
    const quotes = Array.from(root.querySelectorAll('figure.quote'));
    expect(quotes.length).toBeGreaterThanOrEqual(1);
    for (const q of quotes) {
      expect(q.querySelector('.outlet')!.textContent).toBe('japantoday.com');
      expect(q.querySelector('.published')!.textContent).toBe('2024-10-19');
      expect(q.querySelector('figcaption a')!.getAttribute('href')).toBe(D01_URL);
    }
  });

  it('shows timeline events of the reference data as entries, and article events with outlet and date', async () => {
    const root = document.createElement('main');
    await timelineView(root, 'ITA');
    const events = Array.from(root.querySelectorAll('li.event'));
    expect(events.length).toBeGreaterThanOrEqual(5);
    const reference = events.filter((e) => e.querySelector('[data-testid="reference-entry"]'));
    const quoted = events.filter((e) => e.querySelector('q'));
    expect(reference.length).toBeGreaterThanOrEqual(4);
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    for (const e of quoted)
      expect(e.querySelector('.origin')!.textContent).toContain('japantoday.com · 2024-10-19');
    for (const e of reference) expect(e.querySelector('q')).toBeNull();
  });

  it("refuses an article sent with the reference dataset's source name, which would mark its quotes as entries", async () => {
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Japan and Italy signed a defense pact on Monday.', source: 'reference' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INVALID_INPUT' });
  });
});
