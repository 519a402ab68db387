// Hostile input found by fuzzing (issue 10), generated here: each is bounded in work and gives a clean result.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeControls } from '../errors.js';
import { extractFacts, extractForStore, MAX_FACTS_PER_DOCUMENT } from '../extract/pipeline.js';
import { normalizeText } from '../extract/stages/normalize.js';
import { createApp } from '../serve/app.js';
import { knowledgeOf } from '../serve/knowledge.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { fakeArticle, fakeExtract } from '../test-support/fake-extractor.js';
import { DOCUMENT_BUDGET, type HtmlCost } from './budget.js';
import { htmlToArticle } from './html-to-text.js';
import { runIngest } from './ingest-run.js';
import { readArticleFile } from './read-file.js';

const SENTENCE = 'Japan and France signed an ACSA.';
const nested = (depth: number, inner = SENTENCE) =>
  `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

/** Runs htmlToArticle and keeps what each costly step was given. */
function read(html: string): { text: string; title: string | null; costs: HtmlCost[] } {
  const costs: HtmlCost[] = [];
  const article = htmlToArticle(html, null, (c) => costs.push(c));
  return { text: article.text, title: article.title, costs };
}

async function emptyStore(): Promise<Store> {
  const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' }, { reference: 'skip' });
  if (!opened.ok) throw opened.error;
  return opened.value;
}

describe('hostile HTML costs a bounded amount of work on every path', () => {
  const wrappers: Array<[string, (inner: string) => string]> = [
    ['a full page', (inner) => `<html><head><title>t</title></head><body>${inner}</body></html>`],
    ['a fragment with no <html> or <body>', (inner) => inner],
    ['a page with <body> but no <html>', (inner) => `<body>${inner}</body>`],
    ['a page with <html> but no <body>', (inner) => `<html>${inner}</html>`],
    ['a page with a <head> and no <body>', (inner) => `<head><title>t</title></head>${inner}`],
  ];

  for (const [what, wrap] of wrappers) {
    it(`skips Readability for ${what} nested 12,000 deep, and keeps its text`, () => {
      const { text, costs } = read(wrap(nested(12_000)));
      expect(costs).toEqual([expect.objectContaining({ step: 'plain-text', reason: 'depth' })]);
      expect(text).toContain(SENTENCE);
    });

    it(`gives Readability ${what} of ordinary depth, and keeps its text`, () => {
      const { text, costs } = read(wrap(`<article><p>${SENTENCE}</p></article>`));
      expect(costs.map((c) => c.step)).toEqual(['readability']);
      expect(text).toContain(SENTENCE);
    });
  }

  it('skips Readability for a page of too many elements or too much text', () => {
    const many = read(`<p>${SENTENCE}</p>`.repeat(DOCUMENT_BUDGET.readableElements + 10));
    expect(many.costs).toEqual([expect.objectContaining({ step: 'plain-text', reason: 'elements' })]);
    const long = read(`<p>${'Japan and France signed an ACSA. '.repeat(20_000)}</p>`);
    expect(long.costs).toEqual([expect.objectContaining({ step: 'plain-text', reason: 'chars' })]);
    expect(long.text.startsWith(SENTENCE)).toBe(true);
  });

  it('never hands Readability more than its bounds', () => {
    for (const html of [
      nested(150),
      nested(199),
      `<p>x</p>`.repeat(5000),
      `<p>${'word '.repeat(90_000)}</p>`,
    ]) {
      const { costs } = read(html);
      expect(costs).toHaveLength(1);
      for (const c of costs) {
        if (c.step !== 'readability') continue;
        expect(c.elements).toBeLessThanOrEqual(DOCUMENT_BUDGET.readableElements);
        expect(c.chars).toBeLessThanOrEqual(DOCUMENT_BUDGET.readableChars);
      }
    }
  });

  it('reads the text of a fragment with no <body>, and its title from its <title>', () => {
    expect(read(`<p>${SENTENCE}</p>`).text).toBe(SENTENCE);
    expect(read(SENTENCE).text).toBe(SENTENCE);
    const titled = read(`<title>RAA\u202e signed</title><p>${SENTENCE}</p>`);
    expect(titled).toMatchObject({ title: 'RAA signed', text: SENTENCE });
  });
});

describe('hostile input over the HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  const post = (body: string) =>
    app.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  beforeAll(async () => {
    store = await emptyStore();
    const deps = {
      store,
      knowledge: knowledgeOf(store),
      extract: extractFacts,
      fetchTimeoutMs: 1000,
      version: 't',
    };
    app = createApp(deps, { token: null, ui: null, log: () => {} });
  });
  afterAll(() => store.close());

  it('previews a 100 KB deep HTML fragment with its facts (a generous backstop, not the bound itself)', async () => {
    const html = nested(10_000, 'Japan and the Philippines signed a Reciprocal Access Agreement on Monday.');
    expect(html.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const res = await post(JSON.stringify({ text: html, format: 'html', published: '2024-07-08' }));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { facts: Array<{ type: string }> };
    expect(body.facts.map((f) => f.type)).toContain('reciprocal_access');
  });

  it('answers 100,000-deep JSON with a 400 and a code, not a 500 with a stack', async () => {
    for (const json of [
      `{"text":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"text":"x","format":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    ]) {
      const res = await post(json);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; message: string };
      expect(body.code).toBe('INVALID_INPUT');
      expect(body.message).not.toMatch(/\n\s+at /);
    }
  });
});

describe('hostile files in an ingest run', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-hostile-ingest-'));
    store = await emptyStore();
  });
  afterAll(() => store.close());

  it('reports a non-feed .xml file in a directory and reads the directory’s other files', async () => {
    const feeds = join(dir, 'mixed');
    mkdirSync(feeds);
    writeFileSync(
      join(feeds, 'a.txt'),
      fakeArticle('xml-a', '2016-03-20', ['acsa ITA JPN concluded 2016-03-19']),
    );
    writeFileSync(
      join(feeds, 'b-sitemap.xml'),
      '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
    );
    writeFileSync(
      join(feeds, 'c.txt'),
      fakeArticle('xml-c', '2016-03-21', ['acsa FRA JPN concluded 2016-03-20']),
    );
    const { summary } = await runIngest(store, [feeds], { fetchTimeoutMs: 1000, extract: fakeExtract });
    expect(summary.documents.new).toBe(2);
    expect(summary.failures).toEqual([
      expect.objectContaining({ subject: join(feeds, 'b-sitemap.xml'), code: 'UNSUPPORTED_FORMAT' }),
    ]);
  });

  it('refuses a file with a NUL byte after the first 8 KB as binary', async () => {
    const file = join(dir, 'late-nul.txt');
    writeFileSync(file, `${'Japan and France signed an ACSA. '.repeat(300)}\u0000${SENTENCE}`);
    const result = await readArticleFile(file);
    expect(!result.ok && result.error.code).toBe('FILE_BINARY');
  });

  it('escapes newlines and terminal codes in echoed file names, so each error stays one line', async () => {
    const file = join(dir, 'evil\n\u001b[31mname\u202e.txt');
    writeFileSync(file, Buffer.from([0x00, 0x01]));
    const result = await readArticleFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = result.error.toLine();
    for (const c of ['\n', '\u001b', '\u202e']) expect(line).not.toContain(c);
    expect(line).toContain('evil\\n\\x1b[31mname\\u202e.txt: file is binary');
    const run = await runIngest(store, [file], { fetchTimeoutMs: 1000, extract: fakeExtract });
    expect(run.summary.failures[0]!.subject).toBe(escapeControls(file));
  });

  it('reports an over-budget document in one line and goes on with the next', async () => {
    const slow = join(dir, 'slow.txt');
    const fine = join(dir, 'fine.txt');
    writeFileSync(slow, 'Japan and France signed an acquisition and cross-servicing agreement on Friday.\n');
    writeFileSync(fine, fakeArticle('fine', '2016-03-20', ['acsa GBR JPN concluded 2016-03-19']));
    // A clock that moves a minute per reading: the first stage already overruns the budget.
    let clock = 0;
    const budgeted = (doc: Parameters<typeof extractForStore>[0]) =>
      doc.text.startsWith('Japan')
        ? extractForStore(doc, { budget: { ms: 30_000, now: () => (clock += 60_000) } })
        : fakeExtract(doc);
    const { summary } = await runIngest(store, [slow, fine], { fetchTimeoutMs: 1000, extract: budgeted });
    expect(summary.documents.new).toBe(1);
    expect(summary.failures).toHaveLength(1);
    const failure = summary.failures[0]!;
    expect(failure).toMatchObject({ subject: 'slow.txt', code: 'INVALID_INPUT' });
    expect(failure.message).toMatch(/^over its time budget: extraction took \d+ ms by the normalize stage/);
    expect(failure.message).not.toContain('\n');
  });
});

describe('invisible characters and runaway sentences in the text', () => {
  const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u2066'];

  for (const z of INVISIBLES) {
    const code = `U+${z.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    it(`keeps the fact when ${code} sits inside the names, with evidence that slices the original`, () => {
      const text = `Ja${z}pan and the Philip${z}pines signed a Reciprocal Access Agreement in Manila on Monday.`;
      const facts = extractFacts({ id: 'z', text, published: '2024-07-08' });
      expect(facts.map((f) => [f.type, f.parties])).toContainEqual(['reciprocal_access', ['JPN', 'PHL']]);
      for (const f of facts) for (const e of f.evidence) expect(e.text).toBe(text.slice(e.start, e.end));
      expect(facts[0]!.evidence[0]!.text).toBe(text);
    });
  }

  it('folds invisible characters one for one and leaves other text alone', () => {
    const text = 'Ja\u200bpan\u00ad, the \u202eF-16\u202c and Philip\u00adpines\nMa\u2060nila';
    const folded = normalizeText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe('Japan  , the  F-16  and  Philippines\n Manila');
    const plain = 'Japan and France signed an ACSA.';
    expect(normalizeText(plain)).toBe(plain);
  });

  it('stores no bidi control in a fact’s item', () => {
    const text =
      'Japan transferred the \u202eF-16\u202c fighter jets to the \u2066Philippines\u2069 on Monday.';
    // Every reading, those kept below the threshold for review too: the store keeps them as well.
    const facts = extractFacts({ id: 'b', text, published: '2024-07-08' }, { minConfidence: 0 });
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.item ?? '').not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(facts.find((f) => f.type === 'equipment_transfer')?.item).toMatch(/^F-16\b/);
  });

  it(`keeps at most ${MAX_FACTS_PER_DOCUMENT} facts from one runaway sentence`, () => {
    const names =
      'Japan France India Australia Vietnam Germany Poland Italy Spain Canada Brazil Chile Kenya Egypt Greece Norway Sweden Finland Estonia Latvia Romania Hungary Austria Belgium Portugal Israel Jordan Qatar Nigeria Ghana Morocco Indonesia Malaysia Singapore Thailand Mongolia'.split(
        ' ',
      );
    // No sentence end anywhere: the segmenter cuts it into 1,500-character pieces, one pair of names in each.
    const filler = 'while officials on both sides discussed regional security at length, '.repeat(20);
    let text = '';
    for (const a of names)
      for (const b of names)
        if (a < b && text.length < 400_000)
          text += `${a} and ${b} signed a reciprocal access agreement ${filler}`;
    // Every reading counts as a fact (no threshold): the bound is tested, not the scorer's view of the filler.
    const stored = extractForStore({ id: 'run', text, published: '2024-01-01' }, { minConfidence: 0 });
    const facts = stored.filter((f) => f.candidate !== true);
    expect(facts.length).toBeGreaterThan(MAX_FACTS_PER_DOCUMENT / 2);
    expect(facts.length).toBeLessThanOrEqual(MAX_FACTS_PER_DOCUMENT);
    expect(stored.length - facts.length).toBeLessThanOrEqual(MAX_FACTS_PER_DOCUMENT);
  });
});
