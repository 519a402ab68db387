// One read path: after ingesting ../shared/seeds, `entente timeline --json` and GET /api/timeline give the same events in
// the same order, provenance included (both read the store's facts and run the store's timeline),
// and `entente facts --json` and GET /api/facts the same facts (both through the store's query layer).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { extractFacts } from '../extract/pipeline.js';
import { createApp } from './app.js';
import { knowledgeOf } from './knowledge.js';
import { openStore, type Store } from '../store/store.js';
import type { CanonicalFact } from '../schema/canonical.js';
import type { TimelineEvent } from '../store/services/timeline.service.js';
import { runCli } from '../test-support/run-cli.js';
import { sharedDir } from '../test-support/shared.js';

describe('the timeline and the facts of the CLI and of the HTTP API', () => {
  let dir: string;
  let db: string;
  let store: Store;
  let app: Hono;

  const timelines = new Map<string, TimelineEvent[]>();
  function cliTimeline(party: string): TimelineEvent[] {
    const seen = timelines.get(party);
    if (seen) return seen;
    const run = runCli(['timeline', party, '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const events = (JSON.parse(run.stdout) as { events: TimelineEvent[] }).events;
    timelines.set(party, events);
    return events;
  }

  function cliFacts(args: string[]): CanonicalFact[] {
    const run = runCli(['facts', ...args, '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return (JSON.parse(run.stdout) as { facts: CanonicalFact[] }).facts;
  }

  async function apiPages<T>(path: string, query: string): Promise<T[]> {
    const items: T[] = [];
    for (let offset = 0; ; offset += 500) {
      const res = await app.request(`${path}?${query}&limit=500&offset=${offset}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: T[]; total: number };
      items.push(...page.items);
      if (items.length >= page.total) return items;
    }
  }

  const apiTimeline = (query: string) => apiPages<TimelineEvent>('/api/timeline', query);
  const byId = (facts: CanonicalFact[]) => [...facts].sort((a, b) => a.id - b.id);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-timeline-'));
    db = join(dir, 'kb.db');
    const ingest = runCli(['ingest', join(sharedDir(), 'seeds'), '--quiet', '--db', db]);
    expect(ingest.status, ingest.stderr).toBe(0);
    const opened = await openStore({ kind: 'sqlite', file: db });
    if (!opened.ok) throw opened.error;
    store = opened.value;
    const deps = {
      store,
      knowledge: knowledgeOf(store),
      extract: extractFacts,
      fetchTimeoutMs: 2000,
      allowPrivateUrls: false,
      version: 'test',
    };
    app = createApp(deps, { token: null, checkResponses: true, ui: null });
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives Japan's events in the same order with the same quotes, claims and origins", async () => {
    const cli = cliTimeline('JPN');
    // The seeds and the reference data give Japan articles and reference entries both.
    expect(cli.length).toBeGreaterThan(20);
    expect(new Set(cli.map((e) => e.origin?.kind))).toEqual(new Set(['article', 'reference']));
    expect(await apiTimeline('party=JPN')).toEqual(cli);
  });

  it('gives the same events for a party named by its name and for a grouping', async () => {
    const philippines = cliTimeline('PHL');
    const nato = cliTimeline('NATO');
    expect(philippines.length).toBeGreaterThan(5);
    expect(nato.length).toBeGreaterThan(0);
    expect(await apiTimeline('party=Philippines')).toEqual(philippines);
    expect(await apiTimeline('party=NATO')).toEqual(nato);
  });

  it("filters by type on the API without changing the order of the party's events", async () => {
    const cli = cliTimeline('JPN').filter((e) => e.type === 'acsa' || e.type === 'reciprocal_access');
    expect(cli.length).toBeGreaterThan(1);
    expect(await apiTimeline('party=JPN&type=acsa,reciprocal_access')).toEqual(cli);
  });

  it('sorts the events oldest first', () => {
    const cli = cliTimeline('JPN');
    const years = cli.map((e) => Number(e.date.slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('lists the same facts, with the same best quotes, for a party and a pair (the API newest first)', async () => {
    const cli = cliFacts(['--party', 'JPN']);
    expect(cli.length).toBeGreaterThan(20);
    const api = await apiPages<CanonicalFact>('/api/facts', 'party=JPN');
    expect(byId(api)).toEqual(byId(cli));
    const dates = api.map((f) => f.date ?? '');
    expect(dates.filter((d) => d !== '')).toEqual(
      dates.filter((d) => d !== '').sort((a, b) => b.slice(0, 4).localeCompare(a.slice(0, 4))),
    );
    const pair = await apiPages<CanonicalFact>('/api/facts', 'party=JPN,PHL&type=reciprocal_access');
    expect(pair.length).toBeGreaterThan(0);
    expect(byId(pair)).toEqual(
      byId(cli.filter((f) => f.parties.includes('PHL') && f.type === 'reciprocal_access')),
    );
  });

  it("gives a pair's page the same facts as `entente ties A B`, each with its quotes in context", async () => {
    const run = runCli(['ties', 'JPN', 'PHL', '--json', '--db', db]);
    expect(run.status, run.stderr).toBe(0);
    const cli = (JSON.parse(run.stdout) as { ties: CanonicalFact[] }).ties;
    expect(cli.length).toBeGreaterThan(3);
    const res = await app.request('/api/pairs/JPN/PHL?limit=200');
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      total: number;
      facts: (CanonicalFact & { evidence: { claim: number }[] })[];
    };
    expect(page.total).toBe(cli.length);
    const strip = ({ evidence: _e, moreEvidence: _m, ...fact }: CanonicalFact & Record<string, unknown>) =>
      fact;
    expect(byId(page.facts.map(strip) as CanonicalFact[])).toEqual(
      byId(cli.map(({ partners: _p, ...fact }: CanonicalFact & { partners?: string[] }) => fact)),
    );
    expect(page.facts.every((f) => f.evidence.length > 0)).toBe(true);
  });
});
