// Expands `entente ingest` arguments (files, directories, feed files, page and feed URLs) into the documents to read.
import { readFile, stat } from 'node:fs/promises';
import { AppError, escapeControls, type Result } from '../errors.js';
import { parseFeed, looksLikeFeed, type FeedItem } from './feed.js';
import { fetchText, type Fetched, type FetchOptions } from './fetch-url.js';
import { isFeedFile, walkDir } from './walk-dir.js';

export type SourceItem =
  | { kind: 'file'; path: string }
  /** A page already fetched while finding out whether its URL was a feed. */
  | { kind: 'page'; fetched: Fetched }
  /** A feed item: its page is fetched when its turn comes. */
  | { kind: 'url'; url: string; item: FeedItem | null };

export interface Expansion {
  items: SourceItem[];
  failures: AppError[];
}

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** The item's name as echoed on one line: control characters in a file name are escaped. */
export function subjectOf(item: SourceItem): string {
  return escapeControls(
    item.kind === 'file' ? item.path : item.kind === 'page' ? item.fetched.url : item.url,
  );
}

/**
 * `--url/--title/--source/--published` describe one article: refused (naming the flags given) unless the inputs
 * are exactly one file that is not a feed; several inputs, a directory or a URL would get one URL or title each.
 */
export async function checkSingleFile(
  args: readonly string[],
  flags: readonly string[],
): Promise<Result<string>> {
  const named = flags.join(', ');
  const refuse = (why: string) =>
    ({
      ok: false,
      error: new AppError(
        'INVALID_INPUT',
        `${named} ${flags.length === 1 ? 'applies' : 'apply'} to one article file; ${why}`,
      ),
    }) as const;
  if (args.length !== 1) return refuse(`got ${args.length} inputs`);
  const arg = args[0]!;
  if (isUrl(arg)) return refuse(`got the URL ${escapeControls(arg)} (its page gives its own metadata)`);
  try {
    if ((await stat(arg)).isDirectory()) return refuse(`got the directory ${escapeControls(arg)}`);
  } catch {
    // A missing file is reported by the ingest itself, with the usual reason.
  }
  if (isFeedFile(arg)) return refuse(`got the feed ${escapeControls(arg)}`);
  return { ok: true, value: arg };
}

export async function expandInputs(args: readonly string[], fetch: FetchOptions): Promise<Expansion> {
  const items: SourceItem[] = [];
  const failures: AppError[] = [];
  const add = (r: Result<SourceItem[]>) => (r.ok ? items.push(...r.value) : failures.push(r.error));
  for (const arg of args) {
    if (isUrl(arg)) add(await expandUrl(arg, fetch));
    else add(await expandPath(arg, failures));
  }
  return { items, failures };
}

async function expandUrl(url: string, fetch: FetchOptions): Promise<Result<SourceItem[]>> {
  const fetched = await fetchText(url, fetch);
  if (!fetched.ok) return fetched;
  if (!looksLikeFeed(fetched.value.text, fetched.value.contentType)) {
    return { ok: true, value: [{ kind: 'page', fetched: fetched.value }] };
  }
  return feedItems(fetched.value.text, url, fetched.value.url);
}

/** A directory's bad feed file goes to `failures` and the directory's other files are still read. */
async function expandPath(path: string, failures: AppError[]): Promise<Result<SourceItem[]>> {
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message;
    return { ok: false, error: new AppError('FILE_UNREADABLE', reason, path, { cause: e }) };
  }
  if (!isDir) return isFeedFile(path) ? feedFile(path) : { ok: true, value: [{ kind: 'file', path }] };
  let files: string[];
  try {
    files = await walkDir(path);
  } catch (e) {
    return {
      ok: false,
      error: new AppError('FILE_UNREADABLE', `cannot list directory (${(e as Error).message})`, path),
    };
  }
  const out: SourceItem[] = [];
  for (const file of files) {
    if (!isFeedFile(file)) {
      out.push({ kind: 'file', path: file });
      continue;
    }
    const feed = await feedFile(file);
    if (feed.ok) out.push(...feed.value);
    else failures.push(feed.error);
  }
  return { ok: true, value: out };
}

async function feedFile(path: string): Promise<Result<SourceItem[]>> {
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (e) {
    return {
      ok: false,
      error: new AppError('FILE_UNREADABLE', `cannot read feed (${(e as Error).message})`, path),
    };
  }
  return feedItems(xml, path, null);
}

function feedItems(xml: string, subject: string, base: string | null): Result<SourceItem[]> {
  const parsed = parseFeed(xml, subject, base);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value.map((item) => ({ kind: 'url', url: item.url, item })) };
}
