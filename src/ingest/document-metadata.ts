// A document's provenance (URL, title, outlet, publication date) from what lies beside its text: a `.url` file, the
// `--url/--title/--source/--published` flags; and the rule that layers them over what the text itself says.
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { AppError, err, ok, type Result } from '../errors.js';
import type { SourceDocument } from '../schema/document.js';
import { calendarDateProblem } from '../schema/query-args.js';

/** What a source other than the text says of a document; an absent field says nothing. */
export interface DocumentMetadata {
  url?: string;
  title?: string;
  /** The outlet ("Japan Today"); the documents table's `source`. */
  source?: string;
  published?: string;
}

/** A `.url` file is one line or a few INI lines; anything this large is not one. */
const MAX_URL_FILE_BYTES = 64 * 1024;

/**
 * `foo.url` beside `foo.txt` (the layout of ../shared: `d01.txt` + `d01.url`), else `foo.txt.url`; null when
 * neither exists. A `.url` file that exists but holds no http(s) URL is an error naming it: the document is not
 * stored without the provenance its owner gave it.
 */
export async function readUrlBeside(path: string): Promise<Result<string | null>> {
  const stem = basename(path, extname(path));
  for (const candidate of [join(dirname(path), `${stem}.url`), `${path}.url`]) {
    if (candidate === path) continue;
    let bytes: Buffer;
    try {
      bytes = await readFile(candidate);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return err(
        new AppError('FILE_UNREADABLE', `cannot read the .url file (${code ?? 'unknown error'})`, candidate, {
          cause: e,
        }),
      );
    }
    if (bytes.length > MAX_URL_FILE_BYTES)
      return err(
        new AppError(
          'INVALID_INPUT',
          `.url file is ${bytes.length} bytes; expected one URL line (at most ${MAX_URL_FILE_BYTES} bytes)`,
          candidate,
        ),
      );
    const url = parseUrlFile(bytes.toString('utf8'), candidate);
    return url.ok ? ok(url.value) : url;
  }
  return ok(null);
}

/**
 * The URL a `.url` file holds: a bare URL line (`https://...`), or Windows' INI form (`[InternetShortcut]` then
 * `URL=https://...`). Blank lines, `;`/`#` comments and other INI keys are skipped.
 */
export function parseUrlFile(text: string, subject: string): Result<string> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith(';') && !l.startsWith('#'));
  const ini = lines.find((l) => /^url\s*=/i.test(l));
  const value = ini !== undefined ? ini.replace(/^url\s*=\s*/i, '') : lines.find((l) => !/^\[.*\]$/.test(l));
  if (value === undefined || value === '')
    return err(
      new AppError(
        'INVALID_INPUT',
        'no URL in the .url file (expected a URL line, or [InternetShortcut] with URL=...)',
        subject,
      ),
    );
  const url = httpUrl(value);
  if (url === null)
    return err(
      new AppError(
        'INVALID_INPUT',
        `expected an http(s) URL in the .url file, got '${clipped(value)}'`,
        subject,
      ),
    );
  return ok(url);
}

/** The URL as written when it is an absolute http(s) URL, else null. */
export function httpUrl(value: string): string | null {
  const text = value.trim();
  if (/\s/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

/** The outlet a URL names when nothing else does: its host without `www.` ("japantoday.com"). */
export function outletOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** `--published` and front-matter dates: a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, or why not. */
export function publicationDateProblem(value: string): string | null {
  const problem = calendarDateProblem(value);
  return problem === null
    ? null
    : `expected a real calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '${clipped(value)}'${
        problem === 'not of that form' ? '' : ` (${problem})`
      }`;
}

/**
 * Layers metadata over a document as read from its text: each later layer wins where it says something (the
 * order callers use: the `.url` file, then front matter, then flags). The outlet falls back to the URL's host.
 */
export function withMetadata(doc: SourceDocument, ...layers: readonly DocumentMetadata[]): SourceDocument {
  const out = { ...doc };
  for (const m of layers) {
    if (m.url !== undefined) out.url = m.url;
    if (m.title !== undefined) out.title = m.title;
    if (m.source !== undefined) out.source = m.source;
    if (m.published !== undefined) out.published = m.published;
  }
  out.source ??= outletOf(out.url);
  return out;
}

function clipped(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
