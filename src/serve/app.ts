// The HTTP app: security headers, a body limit, the endpoints, the OpenAPI description, the web UI, JSON errors.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './api-error.js';
import type { ServeDeps } from './deps.js';
import type { HostCheck } from './host-check.js';
import { mountEndpoints, type AnyEndpoint } from './endpoint.js';
import { openApiDocument } from './openapi.js';
import { analysisEndpoints } from './routes/analysis.js';
import { recordEndpoints } from './routes/records.js';
import { writeEndpoints } from './routes/writes.js';
import type { UiAsset } from './ui-assets.js';

export interface AppOptions {
  /** The write token, or null: then every write answers 403. */
  token: string | null;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Check every response against its schema (tests). */
  checkResponses?: boolean;
  /** The web UI's files by name; null serves the API only. */
  ui?: ReadonlyMap<string, UiAsset> | null;
  /** Where unexpected errors go (the response never carries their details). */
  log?: (message: string) => void;
  /** Answer only requests for these hosts (startServer always sets it; in-process tests may leave it out). */
  hosts?: HostCheck;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Scripts and styles from this origin only; nothing inline, no plugins, no framing: defense in depth for untrusted text. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function apiEndpoints(deps: ServeDeps): AnyEndpoint[] {
  return [...recordEndpoints(deps), ...analysisEndpoints(deps), ...writeEndpoints(deps)];
}

export function createApp(deps: ServeDeps, options: AppOptions): Hono {
  const app = new Hono();
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  app.use('*', async (c, next) => {
    await next();
    // Set on the finished response's own headers: `c.header()` after the handler answered re-creates the response
    // around its body as a stream, once per header, and the node adapter then sends it chunk by chunk (about a
    // tenth of the request thread's time per pair page, measured).
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Content-Security-Policy', CSP);
  });
  const hosts = options.hosts;
  if (hosts) {
    // A page on another name that rebinds its DNS to this address still sends its own name as Host.
    app.use('*', async (c, next) => {
      const host = new URL(c.req.url).host;
      if (!hosts.allows(host)) {
        throw new ApiError(
          421,
          'HOST_NOT_ALLOWED',
          `Host: expected one of ${hosts.describe()}, got '${host}' (start with --allowed-host ${host} to answer it)`,
        );
      }
      await next();
    });
  }
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json({ code: 'PAYLOAD_TOO_LARGE', message: `body: larger than the limit of ${maxBytes} bytes` }, 413),
  });
  // A GET or HEAD has no body; asking for it would build a full web Request from the node request every time.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next),
  );

  const endpoints = apiEndpoints(deps);
  mountEndpoints(app, endpoints, { token: options.token, checkResponses: options.checkResponses ?? false });
  const openapi = JSON.stringify(openApiDocument(endpoints, deps.version));
  app.get('/api/openapi.json', (c) =>
    c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  );

  if (options.ui) {
    const ui = options.ui;
    const serve = (name: string) => (c: Context) => {
      const asset = ui.get(name);
      if (!asset) return c.json({ code: 'NOT_FOUND', message: `no file ${name}` }, 404);
      if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, { ETag: asset.etag });
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': asset.type,
        'Cache-Control': 'no-cache',
        ETag: asset.etag,
      });
    };
    app.get('/', serve('index.html'));
    for (const name of ui.keys()) app.get(`/${name}`, serve(name));
  }

  app.notFound((c) =>
    c.json({ code: 'NOT_FOUND', message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404),
  );
  app.onError((e, c) => {
    if (e instanceof ApiError) return c.json(e.toJSON(), e.status);
    if (e instanceof HTTPException) {
      return c.json(
        { code: e.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_INPUT', message: e.message },
        e.status,
      );
    }
    log(`entente serve: ${c.req.method} ${c.req.path} failed: ${e.stack ?? e.message}`);
    return c.json({ code: 'INTERNAL', message: 'the server failed to answer; the error is in its log' }, 500);
  });
  return app;
}
