// Browser measurements for the serve benchmark: time to the first view being interactive, and frame times while the
// map is zoomed and panned. Debian's chromium, headless, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FirstView {
  /** performance.mark('entente:interactive') after navigation start, per run, in ms. */
  runs: number[];
  domInteractive: number[];
}

export interface Browser {
  firstView(url: string, runs: number): Promise<FirstView>;
  /** Frame intervals (ms) while the wheel zooms and the mouse drags the map. */
  frames(url: string): Promise<number[]>;
  close(): Promise<void>;
}

/** A fresh profile directory, and a new context (empty cache, as a first visit) for every page. */
export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `--disk-cache-dir=${profile}`],
  });
  const fresh = async (): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    page.on('close', () => context.close().catch(() => undefined));
    return page;
  };
  return {
    async firstView(url, runs) {
      const out: FirstView = { runs: [], domInteractive: [] };
      for (let i = 0; i < runs; i++) {
        const page = await fresh();
        await page.goto(url);
        await page.waitForFunction(
          () => performance.getEntriesByName('entente:interactive').length > 0,
          null,
          { timeout: 60_000 },
        );
        const [mark, dom] = await page.evaluate(() => [
          performance.getEntriesByName('entente:interactive')[0]!.startTime,
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
        ]);
        out.runs.push(mark!);
        out.domInteractive.push(dom!);
        await page.close();
      }
      return out;
    },
    async frames(url) {
      const page = await fresh();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('entente:interactive').length > 0, null, {
        timeout: 60_000,
      });
      const box = (await page.locator('[data-testid="network-map"]').boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // A string, not a function: a transpiler's helpers (tsx's __name) do not exist in the page.
      await page.evaluate(`(() => {
        window.__frames = [];
        let last = performance.now();
        const tick = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      })()`);
      await page.mouse.move(cx, cy);
      for (let i = 0; i < 20; i++) {
        await page.mouse.wheel(0, i < 10 ? -120 : 120);
        await page.waitForTimeout(50);
      }
      await page.mouse.down();
      for (let i = 0; i < 30; i++) await page.mouse.move(cx + 8 * i, cy + 4 * i);
      await page.mouse.up();
      await page.waitForTimeout(300);
      const frames = await page.evaluate(() =>
        (window as unknown as { __frames: number[] }).__frames.slice(1),
      );
      await page.close();
      return frames;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
