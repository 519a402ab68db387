// Fetches one URL with a time limit and a size limit; any failure is one error naming the URL.
import { AppError, err, ok, type Result } from '../errors.js';
import { decodeText, MAX_FILE_BYTES } from './read-file.js';

export interface Fetched {
  /** The URL after redirects. */
  url: string;
  contentType: string | null;
  text: string;
}

export async function fetchText(url: string, timeoutMs: number): Promise<Result<Fetched>> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': 'entente/0.1 (+defense-ties knowledge base)', accept: '*/*' },
    });
  } catch (e) {
    const reason =
      (e as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : networkReason(e);
    return err(new AppError('FETCH_FAILED', `cannot fetch: ${reason}`, url, { cause: e }));
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return err(
      new AppError('FETCH_FAILED', `server answered ${response.status} ${response.statusText}`.trim(), url),
    );
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return err(
      new AppError('FILE_TOO_LARGE', `page is ${declared} bytes; the limit is ${MAX_FILE_BYTES}`, url),
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    return err(
      new AppError('FETCH_FAILED', `connection broke while reading (${(e as Error).message})`, url, {
        cause: e,
      }),
    );
  }
  if (bytes.length > MAX_FILE_BYTES) {
    return err(
      new AppError('FILE_TOO_LARGE', `page is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`, url),
    );
  }
  const decoded = decodeText(bytes, url);
  if (!decoded.ok) return decoded;
  return ok({
    url: response.url || url,
    contentType: response.headers.get('content-type'),
    text: decoded.value,
  });
}

/** undici says "fetch failed"; the reason a person can act on (refused, unknown host, bad port) is in its cause. */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail =
    typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : null;
  return detail ? `${(e as Error).message} (${detail})` : (e as Error).message;
}
