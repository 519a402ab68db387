import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config.js';
import { openKnowledgeBase } from '../../store/open-knowledge-base.js';
import type { Store } from '../../store/store.js';
import { serveCommand } from './index.js';

let store: Store;

function capture() {
  let out = '';
  let errors = '';
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false },
      stderr: { write: (s: string) => ((errors += s), true), isTTY: false },
    } as never,
    out: () => out,
    err: () => errors,
  };
}

/** Runs `entente serve --port 0 --json` until `stop` is called; resolves once it printed where it listens. */
async function startCommand(options: Record<string, unknown>, env: Record<string, string> = {}) {
  const config = parseConfig({}, {});
  if (!config.ok) throw config.error;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const c = capture();
  const exit = serveCommand(store, config.value, { port: '0', json: true, ...options }, c.io, env, stopped);
  for (let i = 0; i < 200 && !c.out().includes('\n'); i++) await new Promise((r) => setTimeout(r, 25));
  const info = JSON.parse(c.out()) as { url: string; writable: boolean };
  return { ...info, stop: async () => (stop(), exit) };
}

beforeAll(async () => {
  const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' });
  if (!opened.ok) throw opened.error;
  store = opened.value;
});

afterAll(async () => {
  await store.close();
});

describe('entente serve over a real port', () => {
  it('serves the pair endpoint, the OpenAPI description and the web UI on loopback', async () => {
    const server = await startCommand({ token: 'secret-for-the-test' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.writable).toBe(true);
      const pair = await fetch(`${server.url}/api/pairs/JPN/PHL`);
      expect(pair.status).toBe(200);
      expect(((await pair.json()) as { ladder: { stage: string } }).ladder.stage).toBe('binding');
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-type')).toContain('text/html');
      const bundle = await fetch(`${server.url}/app.js`);
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(10_000);
      const again = await fetch(`${server.url}/app.js`, {
        headers: { 'If-None-Match': bundle.headers.get('etag')! },
      });
      expect(again.status).toBe(304);
      expect(
        ((await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string }).openapi,
      ).toBe('3.1.0');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('answers many clients at once without an error', async () => {
    const server = await startCommand({});
    try {
      const paths = ['/api/pairs/JPN/PHL', '/api/pairs/JPN/AUS', '/api/network?party=JPN', '/api/matrix/JPN'];
      const results = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          fetch(`${server.url}${paths[i % paths.length]}`).then((r) => r.status),
        ),
      );
      expect(results.every((s) => s === 200)).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('takes the token from ENTENTE_TOKEN and refuses a write without it', async () => {
    const server = await startCommand({}, { ENTENTE_TOKEN: 'from-the-environment' });
    try {
      const review = (token?: string) =>
        fetch(`${server.url}/api/facts/1/review`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ action: 'confirm', reviewer: 'tester' }),
        });
      expect((await review()).status).toBe(401);
      expect((await review('from-the-environment')).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('is read-only without a token, and says so', async () => {
    const server = await startCommand({ ui: false });
    try {
      expect(server.writable).toBe(false);
      expect((await fetch(`${server.url}/`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  it('exits 2 on a port that is not a number', async () => {
    const config = parseConfig({}, {});
    if (!config.ok) throw config.error;
    const c = capture();
    expect(await serveCommand(store, config.value, { port: 'eighty' }, c.io, {}, Promise.resolve())).toBe(2);
    expect(c.err()).toContain('--port');
  });
});
