// Browser tests: Debian's chromium driven by playwright-core against a real `entente serve` on a free port, on a temp
// database holding the reference data. ENTENTE_SCREENSHOTS=1 also writes the main views to docs/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../bench/serve-bench-browser.js';
import { startServer, type RunningServer } from '../serve/start-server.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';

const TOKEN = 'browser-test-token';
const SHOTS =
  process.env.ENTENTE_SCREENSHOTS === '1'
    ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url))
    : null;
const ARTICLE = [
  '2025-03-01',
  'Japan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday, Defense Minister Gen Nakatani said.',
  'The two countries also agreed to start negotiations on an information security agreement.',
].join('\n');
const PAYLOAD = [
  '2025-04-02',
  'Japan and Vietnam signed an Acquisition and Cross-Servicing Agreement <img src=x onerror="window.__pwned=1;alert(1)"> in Hanoi on Tuesday.',
  '<script>window.__pwned = 2; alert(2)</script>',
  '<svg onload="window.__pwned=3"></svg><iframe src="javascript:window.parent.__pwned=4"></iframe>',
].join('\n');

const missing = !existsSync(CHROMIUM);
if (missing && (process.env.CI === 'true' || process.env.CI === '1')) {
  // CI installs chromium (.ci/run); a missing browser there is a broken setup, never a reason to skip.
  describe('browser tests', () => {
    it('need chromium', () => {
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
    });
  });
} else {
  if (missing)
    process.stderr.write(
      `\nSKIPPING the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium)\n\n`,
    );
  (missing ? describe.skip : describe)('the web UI in chromium', () => {
    let dir: string;
    let store: Store;
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    const dialogs: string[] = [];
    const problems: string[] = [];

    const shot = async (name: string) => {
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    };
    /** A full load each time (a hash change alone would keep the old page's state). */
    const visit = async (hash: string) => {
      await page.goto('about:blank');
      await page.goto(`${server.url}/${hash}`);
      await page.waitForSelector('#view[aria-busy="false"]');
    };

    beforeAll(async () => {
      if (SHOTS) mkdirSync(SHOTS, { recursive: true });
      dir = mkdtempSync(join(tmpdir(), 'entente-ui-'));
      const opened = await openKnowledgeBase({ kind: 'sqlite', file: join(dir, 'ui.db') });
      if (!opened.ok) throw opened.error;
      store = opened.value;
      const started = await startServer({
        store,
        port: 0,
        token: TOKEN,
        fetchTimeoutMs: 2000,
        checkResponses: true,
      });
      if (!started.ok) throw started.error;
      server = started.value;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS, `--disk-cache-dir=${join(dir, 'cache')}`],
      });
      page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        // 401/403 (writes without the token) and 404 (an unknown party) are answers the tests ask for.
        if (m.type() === 'error' && !/401|403|404/.test(m.text() + m.location().url))
          problems.push(`console: ${m.text()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('opens the map, clicks Japan, opens Japan–Philippines and shows the ladder and a quote', async () => {
      await visit('#/');
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      await shot('network');
      await page.click('[data-testid="party-list"] a[data-party="JPN"]');
      await expect.poll(() => page.textContent('[data-testid="party-name"]')).toBe('Japan');
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      expect(await page.locator('[data-testid="network-map"] .message').count()).toBe(0);
      await shot('japan');
      await page.click('a[data-partner="PHL"]');
      await expect.poll(() => page.textContent('[data-testid="pair-title"]')).toBe('Japan – Philippines');
      const ladder = await page.textContent('[data-testid="ladder"]');
      expect(ladder).toContain('Stage: Binding');
      expect(ladder).toContain('next step: information security agreement');
      // A fresh database holds the reference data only: entries of the dataset with their source, no quotes.
      const entry = page.locator('[data-testid="pair-facts"] [data-testid="reference-entry"]').first();
      expect(await entry.locator('.dataset').textContent()).toBe('japan_agreements');
      expect(await entry.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
      expect(await page.locator('[data-testid="pair-facts"] mark').count()).toBe(0);
      await shot('pair');
    });

    it('serves a favicon', async () => {
      const res = await fetch(`${server.url}/favicon.ico`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(await res.text()).toMatch(/^<svg /);
      expect((await fetch(`${server.url}/favicon.svg`)).status).toBe(200);
    });

    it('dates the home view, keys groupings in the legend and labels every party of a small map', async () => {
      await visit('#/');
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      expect(await page.textContent('[data-testid="as-of"]')).toMatch(/^As of \d{4}-\d{2}-\d{2}\b/);
      const legend = await page.textContent('[data-testid="legend"]');
      expect(legend).toContain('grouping');
      expect(legend).toContain('state');
      const parties = Number((await page.textContent('[data-testid="counts"]'))!.match(/^(\d+) part/)![1]);
      expect(parties).toBeLessThan(60);
      await expect
        .poll(() =>
          page.evaluate(() =>
            (window as unknown as { __entente: { labelCount(): number } }).__entente.labelCount(),
          ),
        )
        .toBe(parties);
    });

    it('counts the parties and ties the filters leave', async () => {
      await visit('#/');
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      const all = await page.textContent('[data-testid="counts"]');
      expect(all).toMatch(/^\d+ parties, \d+ ties$/);
      await page.fill('input[aria-label="to year"]', '1990');
      await page.dispatchEvent('input[aria-label="to year"]', 'change');
      await expect.poll(() => page.textContent('[data-testid="counts"]')).not.toBe(all);
      const before1990 = await page.textContent('[data-testid="counts"]');
      expect(await page.locator('[data-testid="party-list"] li').count()).toBe(
        Number(before1990!.match(/^(\d+)/)![1]),
      );
      await page.fill('input[aria-label="to year"]', '');
      await page.dispatchEvent('input[aria-label="to year"]', 'change');
      await expect.poll(() => page.textContent('[data-testid="counts"]')).toBe(all);
      // The time slider too: an early year shows fewer ties.
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      await page.$eval('input[aria-label="Time slider"]', (el) => {
        const input = el as HTMLInputElement;
        input.value = String(Number(input.min) + 10);
        input.dispatchEvent(new Event('input'));
      });
      await expect.poll(() => page.textContent('[data-testid="counts"]')).not.toBe(all);
    });

    it('finds a party on the map, and exports the view as PNG and the filtered graph as GEXF', async () => {
      await visit('#/');
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      await page.fill('input[aria-label="Find a party on the map"]', 'philipp');
      await expect.poll(() => page.textContent('[data-testid="find-count"]')).toBe('1 match');
      await page.fill('input[aria-label="Find a party on the map"]', 'zzzz');
      await expect.poll(() => page.textContent('[data-testid="find-count"]')).toBe('no party matches');
      await page.fill('input[aria-label="Find a party on the map"]', '');

      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="export-png"]'),
      ]);
      expect(png.suggestedFilename()).toBe('entente-network.png');
      const image = readFileSync((await png.path())!);
      expect(image.subarray(1, 4).toString()).toBe('PNG');
      // A blank canvas compresses to a few KiB; discs, ties and labels do not.
      expect(image.length).toBeGreaterThan(20_000);

      const all = await page.textContent('[data-testid="counts"]');
      await page.fill('input[aria-label="to year"]', '2015');
      await page.dispatchEvent('input[aria-label="to year"]', 'change');
      await expect.poll(() => page.textContent('[data-testid="counts"]')).not.toBe(all);
      await page.waitForSelector('[data-testid="network-map"][data-ready="true"] canvas');
      const counts = (await page.textContent('[data-testid="counts"]'))!.match(
        /^(\d+) part(?:y|ies), (\d+) ties?$/,
      )!;
      expect(Number(counts[2])).toBeGreaterThan(1);
      const [gexf] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="export-gexf"]'),
      ]);
      const xml = readFileSync((await gexf.path())!, 'utf8');
      expect(xml).toContain('<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">');
      expect(xml.match(/<node /g)?.length).toBe(Number(counts[1]));
      expect(xml.match(/<edge /g)?.length).toBe(Number(counts[2]));
    });

    it('says "not recorded", never "missing", for a step no source reports', async () => {
      await visit('#/pair/JPN/PHL');
      const ladder = (await page.textContent('[data-testid="ladder"]'))!;
      expect(ladder).toContain('not recorded');
      expect(ladder).not.toMatch(/missing|(^|; )no (?!step recorded)/);
      await visit('#/party/JPN');
      expect(await page.textContent('.sidebar')).not.toMatch(/; no /);
      await visit('#/matrix/JPN');
      expect(await page.getAttribute('[data-testid="matrix"] td.empty >> nth=0', 'title')).toMatch(
        /not recorded$/,
      );
    });

    it('opens the per-year chart at the recent years', async () => {
      await visit('#/timeline/JPN');
      const at = await page.$eval('.bars', (el) => ({
        left: el.scrollLeft,
        width: el.clientWidth,
        full: el.scrollWidth,
      }));
      expect(at.full).toBeGreaterThan(at.width);
      expect(at.left + at.width).toBeGreaterThanOrEqual(at.full - 2);
    });

    it('fits a 390 px screen, and scrolls the partner matrix inside its box', async () => {
      await visit('#/matrix/JPN');
      const wrap = await page.$eval('.matrix-wrap', (el) => {
        el.scrollLeft = el.scrollWidth;
        const last = el.querySelector('thead th:last-child')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return { scrolls: el.scrollWidth > el.clientWidth, lastVisible: last.right <= box.right + 1 };
      });
      expect(wrap.lastVisible).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        for (const hash of ['#/', '#/party/JPN', '#/pair/JPN/PHL', '#/matrix/JPN', '#/timeline/JPN']) {
          await visit(hash);
          // The message names the widest elements, so a failure says what overflows.
          const fit = await page.evaluate(() => ({
            width: document.documentElement.scrollWidth,
            wide: Array.from(document.querySelectorAll('body *'))
              .filter(
                (el) =>
                  el.getBoundingClientRect().right > innerWidth + 1 ||
                  (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
              )
              .slice(0, 6)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
          }));
          expect(fit.width, `${hash}: ${fit.wide.join(' ')}`).toBeLessThanOrEqual(390);
          if (hash === '#/pair/JPN/PHL') await shot('phone-pair');
        }
        await visit('#/matrix/JPN');
        expect(await page.$eval('.matrix-wrap', (el) => el.scrollWidth > el.clientWidth)).toBe(true);
      } finally {
        await page.setViewportSize({ width: 1400, height: 900 });
      }
    });

    it('shows the partner matrix and the timeline', async () => {
      await visit('#/matrix/JPN');
      expect(await page.locator('[data-testid="matrix"] tbody tr').count()).toBeGreaterThan(20);
      await shot('matrix');
      await visit('#/timeline/JPN');
      expect(await page.locator('[data-testid="timeline"] .event').count()).toBeGreaterThan(50);
      await shot('timeline');
    });

    it('shows a not-found page, not an empty ladder or an invented node, for an unknown party', async () => {
      await visit('#/pair/JPN/XXX');
      expect(await page.textContent('[data-testid="not-found"] h2')).toBe('Unknown party');
      expect(await page.textContent('[data-testid="not-found-message"]')).toBe(
        "unknown party 'XXX': not a country code, name or grouping",
      );
      expect(await page.locator('[data-testid="ladder"]').count()).toBe(0);
      await visit('#/party/XXX');
      expect(await page.textContent('[data-testid="not-found"] h2')).toBe('Unknown party');
      expect(await page.locator('[data-testid="network-map"]').count()).toBe(0);
    });

    it('finds a party from the search box', async () => {
      await visit('#/');
      await page.fill('.search input', 'philippines');
      await page.waitForSelector('.search .results a.party');
      await page.press('.search input', 'Enter');
      await expect.poll(() => page.textContent('[data-testid="party-name"]')).toBe('Philippines');
    });

    it('previews the facts of a pasted article', async () => {
      await visit('#/ingest');
      await page.fill('[data-testid="article-text"]', ARTICLE);
      await page.click('[data-testid="preview"]');
      await page.waitForSelector('[data-testid="extracted-facts"] li');
      const facts = await page.locator('[data-testid="extracted-facts"] li').allTextContents();
      expect(facts.join('\n')).toContain('reciprocal access agreement · JPN – PHL · concluded');
      expect(await page.locator('.document-text mark').count()).toBe(2);
      await shot('ingest');
    });

    it('executes nothing from an article carrying <script> and <img onerror> payloads, in preview or once saved', async () => {
      await visit('#/ingest');
      await page.evaluate((token) => sessionStorage.setItem('entente.token', token), TOKEN);
      await page.fill('[data-testid="article-text"]', PAYLOAD);
      await page.click('[data-testid="preview"]');
      await page.waitForSelector('.document-text');
      expect(await page.textContent('.document-text')).toContain('<script>window.__pwned = 2');
      await page.click('text=Save to the knowledge base');
      await page.waitForSelector('text=/Saved as/');
      await visit('#/pair/JPN/VNM');
      await page.waitForSelector('[data-testid="pair-facts"]');
      expect(await page.textContent('[data-testid="pair-facts"]')).toContain('onerror="window.__pwned=1');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#view img, #view script, #view svg, #view iframe').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });

    it('flags on the pair page the conflict a saved article brings with the reference data', async () => {
      await visit('#/ingest');
      await page.fill('[data-testid="article-text"]', ARTICLE);
      await page.click('text=Save to the knowledge base');
      await page.waitForSelector('text=/Saved as/');
      await visit('#/pair/JPN/PHL');
      expect(await page.textContent('[data-testid="conflicts"]')).toMatch(/conflicts? between sources/);
      expect(await page.locator('[data-testid="conflict-flag"]').count()).toBeGreaterThan(0);
      await page.locator('[data-testid="conflicts"]').scrollIntoViewIfNeeded();
      await shot('pair-conflict');
    });

    it('records a review with who and when', async () => {
      await visit('#/review');
      await page.fill('input[aria-label="Reviewer name"]', 'Ana Analyst');
      await page.fill('input[aria-label="Write token"]', TOKEN);
      await page.click('.who button[type="submit"]');
      await page.waitForSelector('text=Token accepted');
      await shot('review');
      await visit('#/pair/JPN/PHL');
      await page
        .locator('[data-testid="pair-facts"] article.fact')
        .first()
        .locator('button', { hasText: 'Confirm' })
        .click();
      await page.waitForSelector('text=/Recorded: confirm by Ana Analyst/');
      const id = await page
        .locator('[data-testid="pair-facts"] article.fact')
        .first()
        .getAttribute('data-fact');
      const detail = (await (await fetch(`${server.url}/api/facts/${id}`)).json()) as {
        reviews: { reviewer: string; at: string }[];
      };
      expect(detail.reviews.at(-1)?.reviewer).toBe('Ana Analyst');
    });

    it('logged no page error and no refused script or style', () => {
      expect(problems).toEqual([]);
    });
  });
}
