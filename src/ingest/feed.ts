// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: the item links to fetch, with each item's title and date.
import { XMLParser } from 'fast-xml-parser';
import { AppError, err, ok, type Result } from '../errors.js';
import { metadataDate } from './publication-date.js';

export interface FeedItem {
  url: string;
  title: string | null;
  published: string | null;
}

/** True when a fetched body is a feed rather than a page (content types lie, so the root element decides). */
export function looksLikeFeed(body: string, contentType: string | null = null): boolean {
  const head = body
    .slice(0, 2048)
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  if (/^<(?:rss|feed|rdf:RDF)\b/i.test(head)) return true;
  return /(?:rss|atom)\+xml/i.test(contentType ?? '') && !/^<(?:!doctype\s+html|html)\b/i.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

export function parseFeed(xml: string, subject: string, base: string | null = null): Result<FeedItem[]> {
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    return err(
      new AppError('INVALID_INPUT', `feed is not well-formed XML (${(e as Error).message})`, subject),
    );
  }
  const rss = tree.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = tree['rdf:RDF'] as { item?: unknown[] } | undefined;
  const atom = tree.feed as { entry?: unknown[] } | undefined;
  const raw = rss?.channel?.item ?? rdf?.item ?? atom?.entry;
  if (!rss && !rdf && !atom) {
    return err(
      new AppError(
        'UNSUPPORTED_FORMAT',
        'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)',
        subject,
      ),
    );
  }
  const items: FeedItem[] = [];
  for (const entry of raw ?? []) {
    const e = entry as Record<string, unknown>;
    const link = itemLink(e.link);
    if (!link) continue;
    const url = absolute(link, base);
    if (!url) continue;
    items.push({
      url,
      title: text(e.title),
      published: metadataDate(text(e.pubDate) ?? text(e.published) ?? text(e.updated) ?? text(e['dc:date'])),
    });
  }
  return ok(items);
}

/** RSS: <link>url</link>; Atom: <link href rel="alternate"/> (the alternate, else the first without rel). */
function itemLink(value: unknown): string | null {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') return l.trim() || null;
    const o = l as Record<string, unknown>;
    const href =
      typeof o['@href'] === 'string' ? o['@href'] : typeof o['#text'] === 'string' ? o['#text'] : null;
    if (!href) continue;
    if (o['@rel'] === 'alternate') return href.trim();
    if (o['@rel'] === undefined) fallback ??= href.trim();
  }
  return fallback;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value)
    return text((value as { '#text': unknown })['#text']);
  return null;
}

function absolute(link: string, base: string | null): string | null {
  try {
    const url = new URL(link, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
