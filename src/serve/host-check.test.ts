// The Host check against DNS rebinding: the server's own address and localhost with its port, plus --allowed-host.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { hostCheck, isHostValue } from './host-check.js';
import { startServer, type RunningServer } from './start-server.js';

describe('hostCheck', () => {
  const check = hostCheck('127.0.0.1', () => 8080, ['entente.lan', 'kb.example:9000', '192.168.1.20']);

  it.each([
    '127.0.0.1:8080',
    'localhost:8080',
    'LOCALHOST:8080',
    '[::1]:8080',
    'entente.lan',
    'entente.lan:443',
    'kb.example:9000',
    '192.168.1.20:8080',
  ])('answers Host %s', (host) => expect(check.allows(host)).toBe(true));

  it.each([
    'attacker.example',
    'attacker.example:8080',
    'localhost',
    '127.0.0.1:8081',
    'kb.example',
    'kb.example:9001',
    '',
    'a b',
  ])('refuses Host %s', (host) => expect(check.allows(host)).toBe(false));

  it('knows a port found only once listening, and the default port written or not', () => {
    let port = 0;
    const late = hostCheck('::1', () => port);
    port = 80;
    expect(late.allows('[::1]')).toBe(true);
    expect(late.allows('localhost')).toBe(true);
    expect(late.allows('localhost:81')).toBe(false);
  });

  it('reads --allowed-host values as names or addresses with an optional port', () => {
    expect(['entente.lan', 'kb.example:9000', '::1', '[::1]:8080'].every(isHostValue)).toBe(true);
    expect(['', 'http://x', 'a/b', 'user@host', 'a b'].some(isHostValue)).toBe(false);
  });
});

describe('the server over a real port', () => {
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' }, { reference: 'skip' });
    if (!opened.ok) throw opened.error;
    store = opened.value;
    const started = await startServer({
      store,
      port: 0,
      token: null,
      fetchTimeoutMs: 1_000,
      ui: false,
      allowedHosts: ['entente.lan'],
    });
    if (!started.ok) throw started.error;
    server = started.value;
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  function get(host: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/openapi.json', headers: { host } },
        (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  it('answers a DNS-rebinding page (Host: attacker.example) with 421 and a code', async () => {
    const res = await get('attacker.example');
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body)).toMatchObject({
      code: 'HOST_NOT_ALLOWED',
      message: expect.stringContaining("got 'attacker.example'"),
    });
    expect((await get(`attacker.example:${server.port}`)).status).toBe(421);
  });

  it('answers its own address, localhost with its port and an --allowed-host', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'entente.lan']) {
      expect((await get(host)).status, host).toBe(200);
    }
  });
});
