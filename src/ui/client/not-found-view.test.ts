// The UI's page for an unknown party: the real API answers 404, the pair and party views fail, and the not-found view
// says which party and where to go instead (DOM from linkedom; chromium runs the same path in ui.browser.test.ts).
import type { Hono } from 'hono';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../extract/pipeline.js';
import { createApp } from '../../serve/app.js';
import { knowledgeOf } from '../../serve/knowledge.js';
import type { Store } from '../../store/store.js';
import { memoryStore } from '../../test-support/capture.js';
import { api } from './api.js';
import { failureView } from './not-found-view.js';
import { pairView } from './pair-view.js';

describe('the not-found page of the web UI', () => {
  let store: Store;
  let app: Hono;
  const saved = { document: globalThis.document, fetch: globalThis.fetch };

  beforeAll(async () => {
    store = await memoryStore();
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
  });

  afterAll(async () => {
    globalThis.document = saved.document;
    globalThis.fetch = saved.fetch;
    await store?.close();
  });

  async function failure(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (e) {
      return e;
    }
    throw new Error('expected the view to fail');
  }

  it('shows an unknown party instead of an empty ladder on a pair page', async () => {
    const root = document.createElement('main');
    const e = await failure(() => pairView(root, 'JPN', 'XXX'));
    expect(root.querySelector('.ladder, [data-testid="pair-title"]')).toBeNull();
    const page = failureView({ view: 'pair', a: 'JPN', b: 'XXX' }, e);
    expect(page.getAttribute('data-testid')).toBe('not-found');
    expect(page.querySelector('h2')!.textContent).toBe('Unknown party');
    expect(page.querySelector('[data-testid="not-found-message"]')!.textContent).toBe(
      "unknown party 'XXX': not a country code, name or grouping",
    );
    expect(page.textContent).toContain('No page for the pair JPN – XXX');
    expect(page.querySelector('a[href="#/"]')!.textContent).toBe('Whole network');
  });

  it("shows the not-found page for an unknown party's page, not a map with an invented node", async () => {
    const e = await failure(() => api.network({ party: 'Atlantis' }));
    const page = failureView({ view: 'network', party: 'Atlantis' }, e);
    expect(page.querySelector('h2')!.textContent).toBe('Unknown party');
    expect(page.textContent).toContain("unknown party 'Atlantis'");
  });

  it('draws the pair page of a known party with no facts, and keeps other failures to one line', async () => {
    const root = document.createElement('main');
    await pairView(root, 'ISL', 'JPN');
    expect(root.querySelector('[data-testid="pair-title"]')!.textContent).toBe('Iceland – Japan');
    const e = await failure(() => api.facts({ from: '2024-13-45' }));
    const line = failureView({ view: 'timeline', party: null }, e);
    expect(line.getAttribute('role')).toBe('alert');
    expect(line.textContent).toMatch(/^INVALID_INPUT: query\.from: expected a calendar date/);
  });
});
