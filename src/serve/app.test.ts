import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { extractFacts } from '../extract/pipeline.js';
import type { Store } from '../store/store.js';
import { BACKENDS, IN_CI, freshStore, suiteTitle } from '../test-support/backends.js';
import { startHttpFixture } from '../test-support/http-fixture.js';
import { listCandidates } from '../store/services/candidates.service.js';
import { createApp } from './app.js';
import { knowledgeOf } from './knowledge.js';

const TOKEN = 'test-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };
const ARTICLE = [
  '2025-03-01',
  'Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday, Defense Minister Gen Nakatani said.',
  'The two countries also agreed to start negotiations on an information security agreement.',
].join('\n');

// The API contract, run on every backend the store supports (conventions: one suite for all of them).
for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('the HTTP API', backend), () => {
    let store: Store;
    let app: Hono;

    function appWith(token: string | null, maxBodyBytes?: number): Hono {
      const deps = {
        store,
        knowledge: knowledgeOf(store),
        extract: extractFacts,
        fetchTimeoutMs: 2000,
        allowPrivateUrls: true,
        version: 'test',
      };
      return createApp(deps, {
        token,
        checkResponses: true,
        ui: null,
        ...(maxBodyBytes ? { maxBodyBytes } : {}),
      });
    }

    // Bodies are read as loose JSON here: their shape is checked against the schemas by checkResponses, field by field.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async function json(path: string, init?: RequestInit): Promise<{ status: number; body: any }> {
      const res = await app.request(path, init);
      return { status: res.status, body: await res.json() };
    }

    const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

    beforeAll(async () => {
      await backend.setup();
      store = await freshStore(backend, true);
      app = appWith(TOKEN);
    });

    afterAll(async () => {
      await store?.close();
      await backend.teardown();
    });

    describe('reading the knowledge base', () => {
      it('reports what the store holds and that an anonymous reader cannot write', async () => {
        const { status, body } = await json('/api/status');
        expect(status).toBe(200);
        expect(body).toMatchObject({ backend: backend.name, writable: false });
        expect(body.facts).toBeGreaterThan(50);
      });

      it('shows Japan-Philippines with its ladder, facts and quotes linked to their sources', async () => {
        const { status, body } = await json('/api/pairs/JPN/PHL');
        expect(status).toBe(200);
        expect(body.names).toEqual(['Japan', 'Philippines']);
        expect(body.ladder.stage).toBe('binding');
        expect(body.ladder.next).toMatchObject({ type: 'information_security', state: 'under_way' });
        const raa = body.facts.find((f: { type: string }) => f.type === 'reciprocal_access');
        expect(raa.status).toBe('in_force');
        // The reference data's entry: its dataset and the source it cites, no generated line as a quote.
        expect(raa.evidence[0]).toMatchObject({ kind: 'reference', dataset: 'japan_agreements' });
        expect(raa.evidence[0]).not.toHaveProperty('quote');
        expect(raa.evidence[0].url).toMatch(/^https:\/\//);
      });

      it('reads party names as well as codes in a pair path', async () => {
        const { body } = await json('/api/pairs/japan/Philippines');
        expect(body.parties).toEqual(['JPN', 'PHL']);
      });

      it('refuses a pair of one party, and an unknown name, with a code and a message naming the field', async () => {
        expect(await json('/api/pairs/JPN/JPN')).toMatchObject({
          status: 400,
          body: { code: 'INVALID_INPUT' },
        });
        const unknown = await json('/api/pairs/JPN/Atlantis');
        expect(unknown).toMatchObject({ status: 404, body: { code: 'UNKNOWN_PARTY' } });
        expect(unknown.body.message).toMatch(/^path\.b: /);
      });

      it('filters facts by party, type and date range, and pages through them', async () => {
        const first = await json('/api/facts?party=JPN&type=acsa,reciprocal_access&limit=3');
        expect(first.status).toBe(200);
        expect(first.body.items).toHaveLength(3);
        expect(first.body.total).toBeGreaterThan(3);
        const next = await json(`/api/facts?party=JPN&type=acsa,reciprocal_access&limit=3&offset=3`);
        const ids = new Set(first.body.items.map((f: { id: number }) => f.id));
        expect(next.body.items.some((f: { id: number }) => ids.has(f.id))).toBe(false);
        const ranged = await json('/api/facts?from=2024&to=2024-12&limit=500');
        expect(ranged.body.items.every((f: { date: string }) => f.date.startsWith('2024'))).toBe(true);
        const bySource = await json('/api/facts?source=reference&limit=1');
        expect(bySource.body.total).toBe((await json('/api/status')).body.facts);
      });

      it('says which value of which parameter is wrong', async () => {
        const { status, body } = await json('/api/facts?type=alliance');
        expect(status).toBe(400);
        expect(body.code).toBe('INVALID_INPUT');
        expect(body.message).toMatch(/^query\.type\.0: .*got "alliance"/);
        expect((await json('/api/facts?limit=0')).status).toBe(400);
        expect((await json('/api/facts?from=last-year')).status).toBe(400);
      });

      it('serves a document with its text and claims, its URL-like id encoded as one segment', async () => {
        const list = await json('/api/documents?source=reference&limit=2');
        expect(list.body.items).toHaveLength(2);
        const id = list.body.items[0].id as string;
        const one = await json(`/api/documents/${encodeURIComponent(id)}`);
        expect(one.status).toBe(200);
        expect(one.body.id).toBe(id);
        expect(one.body.text).toContain(one.body.claims[0].evidence.text);
        expect((await json('/api/documents/no-such-doc')).status).toBe(404);
      });

      it("builds Japan's ego network with centrality, and the whole network", async () => {
        const ego = await json('/api/network?party=JPN');
        expect(ego.body.center).toBe('JPN');
        const jpn = ego.body.nodes.find((n: { id: string }) => n.id === 'JPN');
        expect(jpn.degree).toBe(Math.max(...ego.body.nodes.map((n: { degree: number }) => n.degree)));
        expect(
          ego.body.edges.some(
            (e: { source: string; target: string }) => e.target === 'PHL' || e.source === 'PHL',
          ),
        ).toBe(true);
        const filtered = await json('/api/network?type=acsa');
        expect(filtered.body.edges.every((e: { type: string }) => e.type === 'acsa')).toBe(true);
        expect(filtered.body.metrics.facts).toBe((await json('/api/facts?type=acsa')).body.total);
      });

      it('answers the matrix, timeline, ladder, gaps, ties per year, changes, parties and search', async () => {
        const matrix = await json('/api/matrix/JPN');
        expect(
          matrix.body.rows.find((r: { partner: string }) => r.partner === 'PHL').cells.reciprocal_access
            .status,
        ).toBe('in_force');
        const timeline = await json('/api/timeline?party=PHL&limit=500');
        const dates = timeline.body.items.map((e: { date: string }) => e.date);
        expect(dates).toEqual([...dates].sort());
        expect((await json('/api/ladder/JPN/PHL')).body.stage).toBe('binding');
        const gaps = await json('/api/gaps?party=JPN&has=acsa&lacks=reciprocal_access');
        expect(gaps.body.items.length).toBeGreaterThan(0);
        expect((await json('/api/ties-per-year?party=JPN')).body.years.length).toBeGreaterThan(5);
        expect((await json('/api/changes?limit=3')).body.items).toHaveLength(3);
        expect((await json('/api/parties?limit=1')).body.items[0].code).toBe('JPN');
        const search = await json('/api/search?q=philippines%20raa');
        expect(search.body.facts.map((f: { type: string }) => f.type)).toEqual(['reciprocal_access']);
        expect((await json('/api/conflicts')).status).toBe(200);
      });
    });

    describe('writing', () => {
      it('previews the facts of a pasted article without a token and without saving', async () => {
        const before = (await json('/api/status')).body.documents;
        const { status, body } = await json('/api/ingest', post({ text: ARTICLE }));
        expect(status).toBe(200);
        expect(body.saved).toBe(false);
        expect(body.facts.map((f: { type: string }) => f.type)).toEqual([
          'reciprocal_access',
          'information_security',
        ]);
        expect(body.document.published).toBe('2025-03-01');
        expect((await json('/api/status')).body.documents).toBe(before);
      });

      it('needs the token to save or to fetch a URL', async () => {
        expect(await json('/api/ingest', post({ text: ARTICLE, save: true }))).toMatchObject({
          status: 401,
          body: { code: 'UNAUTHORIZED' },
        });
        const wrong = await json(
          '/api/ingest',
          post({ text: ARTICLE, save: true }, { Authorization: 'Bearer nope' }),
        );
        expect(wrong.status).toBe(401);
        expect((await json('/api/ingest', post({ url: 'http://127.0.0.1:9/' }))).status).toBe(401);
      });

      it('saves with the token, merges into the pair, and reports a second save as a duplicate', async () => {
        const saved = await json(
          '/api/ingest',
          post({ text: ARTICLE, save: true, source: 'test-wire' }, auth),
        );
        expect(saved.status).toBe(200);
        expect(saved.body.outcome.kind).toBe('new');
        const pair = await json('/api/pairs/JPN/PHL');
        const raa = pair.body.facts.find((f: { type: string }) => f.type === 'reciprocal_access');
        const quote = raa.evidence.find((e: { source: string }) => e.source === 'test-wire');
        expect(quote.quote).toContain('signed a Reciprocal Access Agreement');
        expect(quote.before).toBe('2025-03-01\n');
        const again = await json('/api/ingest', post({ text: ARTICLE, save: true }, auth));
        expect(again.body).toMatchObject({ saved: false, outcome: { kind: 'duplicate' } });
      });

      it('flags on the pair page an article that contradicts the reference date of a signing', async () => {
        const pair = await json('/api/pairs/JPN/PHL');
        expect(pair.body.conflictTotal).toBeGreaterThan(0);
        const raa = pair.body.facts.find((f: { type: string }) => f.type === 'reciprocal_access');
        expect(raa.conflicts).toBeGreaterThan(0);
        expect(pair.body.conflicts.map((c: { kind: string }) => c.kind)).toContain('reference_date');
      });

      it('fetches a page with the token and previews its facts', async () => {
        const site = await startHttpFixture({
          '/raa.html': {
            body: `<html><head><title>RAA signed</title></head><body><article><p>${ARTICLE.split('\n').slice(1).join('</p><p>')}</p></article></body></html>`,
          },
        });
        try {
          const res = await json(
            '/api/ingest',
            post({ url: site.url('/raa.html'), published: '2025-03-01' }, auth),
          );
          expect(res.status).toBe(200);
          expect(res.body.document).toMatchObject({ url: site.url('/raa.html'), source: '127.0.0.1' });
          expect(res.body.facts.map((f: { type: string }) => f.type)).toContain('reciprocal_access');
          const missing = await json('/api/ingest', post({ url: site.url('/gone.html') }, auth));
          expect(missing).toMatchObject({ status: 502, body: { code: 'FETCH_FAILED' } });
        } finally {
          await site.close();
        }
      });

      it('previews only the kept facts, and saves the below-threshold readings as candidates', async () => {
        const text = 'Mongolia and Kazakhstan held a defense dialogue; they may one day sign a treaty.';
        const at = (part: string) => ({
          doc: '',
          start: text.indexOf(part),
          end: text.indexOf(part) + part.length,
          text: part,
        });
        const withCandidates = createApp(
          {
            store,
            knowledge: knowledgeOf(store),
            extract: (doc) => [
              {
                type: 'high_level_meeting',
                parties: ['KAZ', 'MNG'],
                status: 'held',
                date: null,
                item: null,
                evidence: [{ ...at('Mongolia and Kazakhstan held a defense dialogue'), doc: doc.id }],
                confidence: 0.8,
              },
              {
                type: 'security_treaty',
                parties: ['KAZ', 'MNG'],
                status: 'proposed',
                date: null,
                item: null,
                evidence: [{ ...at('they may one day sign a treaty'), doc: doc.id }],
                confidence: 0.2,
                candidate: true,
              },
            ],
            fetchTimeoutMs: 2000,
            version: 'test',
          },
          { token: TOKEN, checkResponses: true, ui: null },
        );
        const preview = await withCandidates.request('/api/ingest', post({ text }));
        expect(((await preview.json()) as { facts: { type: string }[] }).facts.map((f) => f.type)).toEqual([
          'high_level_meeting',
        ]);
        const saved = await withCandidates.request('/api/ingest', post({ text, save: true }, auth));
        const body = (await saved.json()) as {
          facts: unknown[];
          outcome: { kind: string; newFacts: number[] };
        };
        expect(body.facts).toHaveLength(1);
        expect(body.outcome.kind).toBe('new');
        expect(body.outcome.newFacts).toHaveLength(1);
        const [candidate] = await listCandidates(store, { party: 'KAZ' });
        expect(candidate).toMatchObject({
          type: 'security_treaty',
          parties: ['KAZ', 'MNG'],
          confidence: 0.2,
          evidence: { text: 'they may one day sign a treaty' },
        });
        const pair = await json('/api/pairs/KAZ/MNG');
        expect(pair.body.facts.map((f: { type: string }) => f.type)).toEqual(['high_level_meeting']);
      });

      it('keeps who reviewed a fact and when, and applies an edit', async () => {
        const acsa = (await json('/api/facts?party=JPN,PHL&type=acsa')).body.items[0];
        expect(
          (await json(`/api/facts/${acsa.id}/review`, post({ action: 'confirm', reviewer: 'ana' }))).status,
        ).toBe(401);
        const confirmed = await json(
          `/api/facts/${acsa.id}/review`,
          post({ action: 'confirm', reviewer: 'ana' }, auth),
        );
        expect(confirmed.status).toBe(200);
        expect(confirmed.body.review).toMatchObject({ reviewer: 'ana', action: 'confirm' });
        expect(Date.parse(confirmed.body.review.at)).toBeGreaterThan(Date.now() - 60_000);
        const edited = await json(
          `/api/facts/${acsa.id}/review`,
          post({ action: 'edit', reviewer: 'ben', edit: { date: '2026-01-16' } }, auth),
        );
        expect(edited.body.fact).toMatchObject({ date: '2026-01-16', review: 'edited' });
        const detail = await json(`/api/facts/${acsa.id}`);
        expect(detail.body.reviews.map((r: { reviewer: string }) => r.reviewer)).toEqual(['ana', 'ben']);
      });

      it('hides a rejected fact from the default lists', async () => {
        const eta = (await json('/api/facts?party=JPN,PHL&type=equipment_transfer_agreement')).body.items[0];
        await json(`/api/facts/${eta.id}/review`, post({ action: 'reject', reviewer: 'ana' }, auth));
        expect((await json('/api/facts?party=JPN,PHL&type=equipment_transfer_agreement')).body.total).toBe(0);
        expect(
          (await json('/api/facts?review=rejected')).body.items.map((f: { id: number }) => f.id),
        ).toContain(eta.id);
      });

      it('refuses a review with no reviewer, an unknown action or an edit that changes nothing', async () => {
        const bad = [
          { action: 'confirm', reviewer: ' ' },
          { action: 'approve', reviewer: 'ana' },
          { action: 'edit', reviewer: 'ana' },
        ];
        for (const body of bad)
          expect((await json('/api/facts/1/review', post(body, auth))).status).toBe(400);
        expect(
          (await json('/api/facts/999999/review', post({ action: 'confirm', reviewer: 'a' }, auth))).status,
        ).toBe(404);
      });

      it('answers 403 to every write when the server was started without a token', async () => {
        const readOnly = appWith(null);
        const res = await readOnly.request(
          '/api/facts/1/review',
          post({ action: 'confirm', reviewer: 'ana' }, auth),
        );
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
      });
    });

    describe('guards', () => {
      it('refuses a body over the limit with 413 and a JSON error', async () => {
        const small = appWith(TOKEN, 1000);
        const res = await small.request('/api/ingest', post({ text: 'x'.repeat(5000) }));
        expect(res.status).toBe(413);
        expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      });

      it('refuses a body that is not JSON, or both text and url, or unknown fields', async () => {
        const notJson = await json('/api/ingest', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{',
        });
        expect(notJson).toMatchObject({ status: 400, body: { code: 'INVALID_INPUT' } });
        const plain = await json('/api/ingest', {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: 'hi',
        });
        expect(plain.status).toBe(400);
        expect((await json('/api/ingest', post({ text: 'a', url: 'https://example.org/' }))).status).toBe(
          400,
        );
        expect((await json('/api/ingest', post({ text: 'a', html: true }))).status).toBe(400);
      });

      it('answers unknown routes with a JSON 404 and sends the security headers', async () => {
        const res = await app.request('/api/nothing-here');
        expect(res.status).toBe(404);
        expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
        expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      });
    });
  });
}
