// URL fetching against a loopback server only: every loopback spelling refused by default, redirects re-checked, limits kept.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../schema/fact.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import { fetchText, MAX_REDIRECTS, type Resolver } from './fetch-url.js';
import { runIngest } from './ingest-run.js';

const PAGE =
  '<!doctype html><html><head><title>Drill</title></head><body><p>Navies drilled.</p></body></html>';

let server: Server;
let port: number;
const hits: string[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  hits.push(`${req.headers.host} ${path}`);
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    const next = n === 0 ? '/page.html' : `/hop/${n - 1}`;
    res.writeHead(302, { location: next }).end();
  } else if (path.startsWith('/to?')) {
    res.writeHead(301, { location: decodeURIComponent(path.slice(4)) }).end();
  } else if (path === '/page.html') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  } else if (path === '/big-declared') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }).end('x'.repeat(5000));
  } else if (path === '/big-chunked') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 10; i++) res.write('x'.repeat(500));
    res.end();
  } else if (path === '/bomb') {
    res
      .writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' })
      .end(gzipSync('x'.repeat(100_000)));
  } else if (path === '/gzip') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
  } else if (path === '/slow') {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 2_000);
  } else {
    res.writeHead(404).end('not found');
  }
}

const url = (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`;

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

describe('fetchText', () => {
  it.each([
    '127.0.0.1',
    '2130706433',
    '0x7f000001',
    '0177.0.0.1',
    '127.1',
    '[::1]',
    '[::ffff:127.0.0.1]',
    'localhost',
    'LocalHost.',
    '0.0.0.0',
    '169.254.169.254',
    '[fd00:ec2::254]',
    '10.0.0.1',
    '[fe80::1]',
    '100.64.0.1',
  ])('refuses http://%s:port/ without --allow-private-urls, and connects to nothing', async (host) => {
    hits.length = 0;
    const r = await fetchText(url('/page.html', host), { timeoutMs: 2_000 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('URL_REFUSED');
    expect(r.error.subject).toBe(url('/page.html', host));
    expect(r.error.message).toMatch(/^will not fetch http:\/\/.*--allow-private-urls/);
    expect(hits).toEqual([]);
  });

  it('refuses a public-looking name that resolves to loopback, or to any private address among public ones', async () => {
    const toLoopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const mixed: Resolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    const a = await fetchText('http://news.example/story', { timeoutMs: 2_000, resolve: toLoopback });
    expect(a.ok ? null : a.error.message).toBe(
      'will not fetch http://news.example/story: news.example resolves to 127.0.0.1, a loopback address; ' +
        'start with --allow-private-urls to allow such addresses',
    );
    const b = await fetchText('http://news.example/story', { timeoutMs: 2_000, resolve: mixed });
    expect(b.ok ? null : b.error).toMatchObject({
      code: 'URL_REFUSED',
      message: expect.stringContaining('10.0.0.7'),
    });
  });

  it('connects to the address it checked, not to a second lookup, and sends the name as Host', async () => {
    hits.length = 0;
    let lookups = 0;
    const resolve: Resolver = async () => (lookups++, [{ address: '127.0.0.1', family: 4 }]);
    const r = await fetchText(url('/page.html', 'news.example'), {
      timeoutMs: 2_000,
      allowPrivateUrls: true,
      resolve,
    });
    expect(r.ok ? r.value.text : r.error).toBe(PAGE);
    expect(lookups).toBe(1);
    expect(hits).toEqual([`news.example:${port} /page.html`]);
  });

  it('with --allow-private-urls follows up to five redirects, re-checking each, and gives up on the sixth', async () => {
    const five = await fetchText(url(`/hop/${MAX_REDIRECTS - 1}`), {
      timeoutMs: 2_000,
      allowPrivateUrls: true,
    });
    expect(five.ok ? five.value : five.error).toMatchObject({ url: url('/page.html'), text: PAGE });
    const six = await fetchText(url(`/hop/${MAX_REDIRECTS}`), { timeoutMs: 2_000, allowPrivateUrls: true });
    expect(six.ok ? six.value : six.error).toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringContaining('more than 5 redirects'),
    });
  });

  it('checks every redirect: a hop to a refused address is refused, naming where it was sent', async () => {
    // Only 127.0.0.1 is allowed here, so the test stays on loopback while the policy still refuses something.
    const onlyHere = (address: string) => (address === '127.0.0.1' ? null : 'not the test server');
    for (const target of [
      url('/page.html', '127.0.0.2'),
      url('/page.html', '[::1]'),
      url('/page.html', 'localhost'),
    ]) {
      hits.length = 0;
      const start = url(`/to?${encodeURIComponent(target)}`);
      const r = await fetchText(start, { timeoutMs: 2_000, addressPolicy: onlyHere });
      expect(r.ok ? r.value : r.error).toMatchObject({
        code: 'URL_REFUSED',
        subject: start,
        message: expect.stringContaining(`(redirected to ${new URL(target).href})`),
      });
      expect(hits).toEqual([`127.0.0.1:${port} /to?${encodeURIComponent(target)}`]);
    }
    const fine = await fetchText(url('/hop/2'), { timeoutMs: 2_000, addressPolicy: onlyHere });
    expect(fine.ok).toBe(true);
  });

  it('stops reading past the size limit, declared, chunked or compressed', async () => {
    const limits = { timeoutMs: 2_000, allowPrivateUrls: true, maxBytes: 1_000 };
    for (const path of ['/big-declared', '/big-chunked', '/bomb']) {
      const r = await fetchText(url(path), limits);
      expect(r.ok ? r.value : r.error, path).toMatchObject({ code: 'FILE_TOO_LARGE', subject: url(path) });
    }
    const gz = await fetchText(url('/gzip'), limits);
    expect(gz.ok ? gz.value.text : gz.error).toBe(PAGE);
  });

  it('gives up when the server does not answer in time', async () => {
    const r = await fetchText(url('/slow'), { timeoutMs: 150, allowPrivateUrls: true });
    expect(r.ok ? r.value : r.error).toMatchObject({
      code: 'FETCH_FAILED',
      message: 'cannot fetch: no answer within 150 ms',
    });
  });
});

describe('URL ingest', () => {
  const extract = (): Fact[] => [];

  it('is refused on loopback by default and works with allowPrivateUrls', async () => {
    const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' }, { reference: 'skip' });
    if (!opened.ok) throw opened.error;
    const store = opened.value;
    try {
      hits.length = 0;
      const refused = await runIngest(store, [url('/hop/1')], { fetchTimeoutMs: 2_000, extract });
      expect(refused.summary.documents.failed).toBe(1);
      expect(refused.summary.failures[0]).toMatchObject({ subject: url('/hop/1'), code: 'URL_REFUSED' });
      expect(hits).toEqual([]);
      const allowed = await runIngest(store, [url('/hop/1')], {
        fetchTimeoutMs: 2_000,
        allowPrivateUrls: true,
        extract,
      });
      expect(allowed.summary.documents).toMatchObject({ new: 1, failed: 0 });
    } finally {
      await store.close();
    }
  });
});
