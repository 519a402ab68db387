// A loopback HTTP server serving fixed pages and feeds to the ingest tests; nothing leaves the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  type?: string;
  body: string | (() => string);
  /** Answer after this long (to exercise fetch timeouts). */
  delayMs?: number;
}

export interface HttpFixture {
  url(path: string): string;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startHttpFixture(routes: Record<string, Route>): Promise<HttpFixture> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    const answer = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const body = typeof route.body === 'function' ? route.body() : route.body;
      res
        .writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8' })
        .end(body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes: table,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function htmlPage(title: string, published: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${published}T09:00:00Z"></head><body><nav>Home | World | Defense</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>Copyright</footer></body></html>`;
}

export function rssFeed(items: { title: string; link: string; pubDate: string }[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Defense news</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.pubDate}</pubDate></item>`)
    .join('')}</channel></rss>`;
}
