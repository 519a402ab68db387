// Lists the article and feed files under a directory, recursively, in a stable order; hidden entries are skipped.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text', '.html', '.htm', '.xhtml']);
export const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

export async function walkDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walkDir(path)));
    else if (entry.isFile() && isIngestible(path)) out.push(path);
  }
  return out;
}

export function isIngestible(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ARTICLE_EXTENSIONS.has(ext) || FEED_EXTENSIONS.has(ext);
}

export function isFeedFile(path: string): boolean {
  return FEED_EXTENSIONS.has(extname(path).toLowerCase());
}
