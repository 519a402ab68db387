// Fetches one URL with a time limit and a size limit, connecting only to checked addresses; any failure is one error naming the URL.
import { lookup as dnsLookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError, err, ok, type Result } from '../errors.js';
import { refusedAddress, refusedHostName } from './address-policy.js';
import { decodeText, MAX_FILE_BYTES } from './read-file.js';

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  text: string;
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** A host name to all its addresses (node:dns lookup with `all: true`; tests inject their own). */
export type Resolver = (host: string) => Promise<readonly ResolvedAddress[]>;

export interface FetchOptions {
  /** For the whole fetch: every redirect, the lookups and reading the body. */
  timeoutMs: number;
  /** Allow loopback, private, link-local and metadata addresses (`--allow-private-urls`); off by default. */
  allowPrivateUrls?: boolean;
  resolve?: Resolver;
  /** Why an address is refused, or null (refusedAddress; tests narrow it to exercise redirects on loopback). */
  addressPolicy?: (address: string) => string | null;
  maxBytes?: number;
}

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'entente/0.1 (+defense-ties knowledge base)',
  accept: '*/*',
  'accept-encoding': 'gzip, deflate, br',
};

const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export async function fetchText(url: string, options: FetchOptions): Promise<Result<Fetched>> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const failed = (e: unknown, what: string) =>
    err(
      new AppError(
        'FETCH_FAILED',
        `${what}: ${signal.aborted ? `no answer within ${options.timeoutMs} ms` : networkReason(e)}`,
        url,
        { cause: e },
      ),
    );
  let current = url;
  for (let hop = 0; ; hop++) {
    const via = hop === 0 ? '' : ` (redirected to ${current})`;
    const target = await checkedTarget(current, options, signal);
    if (!target.ok) {
      const { code, message, cause } = target.error;
      return err(new AppError(code, `${message}${via}`, url, { cause }));
    }
    let response: IncomingMessage;
    try {
      response = await get(target.value.url, target.value.addresses, signal);
    } catch (e) {
      return failed(e, `cannot fetch${via}`);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.destroy();
      if (hop >= MAX_REDIRECTS) {
        return err(new AppError('FETCH_FAILED', `more than ${MAX_REDIRECTS} redirects${via}`, url));
      }
      current = new URL(location, current).href;
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      const answer = `server answered ${status} ${response.statusMessage ?? ''}`.trim();
      return err(new AppError('FETCH_FAILED', `${answer}${via}`, url));
    }
    const body = await readBody(response, maxBytes, url);
    if (!body.ok) return signal.aborted ? failed(body.error.cause, 'cannot read') : body;
    const decoded = decodeText(body.value, url);
    if (!decoded.ok) return decoded;
    return ok({ url: current, contentType: response.headers['content-type'] ?? null, text: decoded.value });
  }
}

interface Target {
  url: URL;
  addresses: readonly ResolvedAddress[];
}

/** The URL parsed (which writes every IPv4 spelling as a dotted quad) and its addresses, each one checked. */
async function checkedTarget(
  text: string,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<Result<Target>> {
  let url: URL;
  try {
    url = new URL(text);
  } catch (e) {
    return err(new AppError('INVALID_INPUT', `'${text}' is not a URL`, text, { cause: e }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return err(new AppError('URL_REFUSED', `will not fetch ${url.protocol} URLs, only http and https`));
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const allow = options.allowPrivateUrls === true;
  const refuse = (why: string) =>
    err(
      new AppError(
        'URL_REFUSED',
        `will not fetch ${url.href}: ${why}; start with --allow-private-urls to allow such addresses`,
      ),
    );
  const byName = allow ? null : refusedHostName(host);
  if (byName) return refuse(byName);
  let addresses: readonly ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await abortable((options.resolve ?? systemResolver)(host), signal);
    } catch (e) {
      return err(
        new AppError('FETCH_FAILED', `cannot resolve ${host}: ${networkReason(e)}`, text, { cause: e }),
      );
    }
    if (addresses.length === 0) return err(new AppError('FETCH_FAILED', `${host} has no address`));
  }
  if (!allow) {
    for (const { address } of addresses) {
      const why = (options.addressPolicy ?? refusedAddress)(address);
      if (why)
        return refuse(address === host ? `${host} is ${why}` : `${host} resolves to ${address}, ${why}`);
    }
  }
  return ok({ url, addresses });
}

/** One GET, connected to the checked addresses only: the pinned lookup leaves no second resolution to race. */
function get(url: URL, addresses: readonly ResolvedAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const pinned = ((_host, opts, callback) => {
    const all = typeof opts === 'object' && opts.all === true;
    if (all) (callback as (e: null, a: ResolvedAddress[]) => void)(null, [...addresses]);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  }) as LookupFunction;
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: HEADERS, lookup: pinned, agent: false, signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readBody(
  response: IncomingMessage,
  maxBytes: number,
  url: string,
): Promise<Result<Uint8Array>> {
  const tooLarge = (size: string) =>
    err(new AppError('FILE_TOO_LARGE', `page is ${size} bytes; the limit is ${maxBytes}`, url));
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(response.headers['content-length'] ?? 0);
  if (encoding === 'identity' && declared > maxBytes) {
    response.destroy();
    return tooLarge(String(declared));
  }
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decoder === null && encoding !== 'identity') {
    response.destroy();
    return err(new AppError('FETCH_FAILED', `cannot decode content encoding '${encoding}'`, url));
  }
  const stream: Readable = decoder ? pipeline(response, decoder, () => undefined) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) {
        stream.destroy();
        response.destroy();
        return tooLarge(`more than ${maxBytes}`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    return err(
      new AppError('FETCH_FAILED', `connection broke while reading (${(e as Error).message})`, url, {
        cause: e,
      }),
    );
  }
  return ok(new Uint8Array(Buffer.concat(chunks)));
}

function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The reason a person can act on (refused, unknown host, bad port) is in the error's code. */
function networkReason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = (e as Error).message ?? String(e);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
