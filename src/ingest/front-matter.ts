// YAML front matter at the top of a Markdown article (`---` ... `---`): its title, URL, outlet and date, and the body.
import { parse as parseYaml } from 'yaml';
import { AppError, err, ok, type Result } from '../errors.js';
import { REFERENCE_SOURCE } from '../schema/quote.js';
import { httpUrl, publicationDateProblem, type DocumentMetadata } from './document-metadata.js';
import { metadataDate } from './publication-date.js';

export interface FrontMatter {
  metadata: DocumentMetadata;
  /** The text after the closing `---`: what is extracted and stored, so evidence offsets index into it. */
  body: string;
}

const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** The keys read, each with the spellings static-site generators and scrapers use; other keys are ignored. */
const FIELDS: Readonly<Record<keyof DocumentMetadata, readonly string[]>> = {
  title: ['title', 'headline'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'source_url'],
  source: ['source', 'outlet', 'publisher', 'site', 'site_name'],
  published: ['published', 'date', 'pubdate', 'published_at', 'publication_date', 'date_published'],
};

/**
 * Null when the text has no front matter (it does not start with a `---` line). Malformed front matter (never
 * closed, not YAML, not a mapping, a field of the wrong kind, a URL or date that is not one) is an error naming
 * the file and the field: such a document is refused whole, never stored without the metadata it meant to give.
 */
export function readFrontMatter(text: string, subject: string): Result<FrontMatter | null> {
  const open = OPEN.exec(text);
  if (!open) return ok(null);
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close)
    return fail(subject, "front matter opened with '---' on line 1 is never closed by a '---' line");
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^(?:\r\n|\r|\n)/, '');
  let tree: unknown;
  try {
    tree = parseYaml(yaml, { uniqueKeys: true, maxAliasCount: 50 });
  } catch (e) {
    const first = ((e as Error).message ?? String(e)).split('\n')[0];
    return fail(subject, `front matter is not valid YAML: ${first}`);
  }
  if (tree === null || tree === undefined) return ok({ metadata: {}, body });
  if (typeof tree !== 'object' || Array.isArray(tree))
    return fail(subject, `front matter must be a mapping of keys to values, got ${kindOf(tree)}`);
  const fields = new Map(
    Object.entries(tree as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const metadata: DocumentMetadata = {};
  for (const [field, keys] of Object.entries(FIELDS) as [keyof DocumentMetadata, readonly string[]][]) {
    const key = keys.find((k) => fields.has(k));
    if (key === undefined) continue;
    const read = scalar(fields.get(key), key, subject);
    if (!read.ok) return read;
    if (read.value === null) continue;
    const value = checked(field, key, read.value, subject);
    if (!value.ok) return value;
    metadata[field] = value.value;
  }
  return ok({ metadata, body });
}

function checked(field: keyof DocumentMetadata, key: string, value: string, subject: string): Result<string> {
  if (field === 'url') {
    const url = httpUrl(value);
    return url === null
      ? fail(subject, `front matter '${key}': expected an http(s) URL, got '${value}'`)
      : ok(url);
  }
  if (field === 'source' && value === REFERENCE_SOURCE)
    return fail(subject, `front matter '${key}': '${REFERENCE_SOURCE}' names the reference dataset's rows`);
  if (field !== 'published') return ok(value);
  // A calendar date as written (YYYY, YYYY-MM, YYYY-MM-DD), else a timestamp or RFC 822 date cut to its day.
  if (/^\d{4}(?:-\d{2}){0,2}$/.test(value)) {
    const problem = publicationDateProblem(value);
    return problem === null ? ok(value) : fail(subject, `front matter '${key}': ${problem}`);
  }
  const day = metadataDate(value);
  return day === null
    ? fail(subject, `front matter '${key}': expected a date such as 2024-10-19, got '${value}'`)
    : ok(day);
}

/** A string or a number as text; null and blank as absent; a list, mapping or boolean is an error. */
function scalar(value: unknown, key: string, subject: string): Result<string | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'string') return ok(value.trim() === '' ? null : value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  if (value instanceof Date && !Number.isNaN(value.getTime())) return ok(value.toISOString());
  return fail(subject, `front matter '${key}': expected text, got ${kindOf(value)}`);
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function fail(subject: string, message: string): Result<never> {
  return err(new AppError('INVALID_INPUT', message, subject));
}
