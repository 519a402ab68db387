// Reads one expanded source into a SourceDocument: files through read-file.ts, pages through the same HTML reader.
import { AppError, err, ok, type Result } from '../errors.js';
import type { SourceDocument } from '../schema/document.js';
import { outletOf, type DocumentMetadata } from './document-metadata.js';
import type { FeedItem } from './feed.js';
import { fetchText, type Fetched, type FetchOptions } from './fetch-url.js';
import { fromHtml, fromPlainText, readArticleFile } from './read-file.js';
import type { SourceItem } from './sources.js';

/** `given` (the `--url/--title/--source/--published` flags) applies to a file only: the caller checks there is one. */
export async function readSource(
  item: SourceItem,
  fetch: FetchOptions,
  given: DocumentMetadata = {},
): Promise<Result<SourceDocument>> {
  if (item.kind === 'file') return readArticleFile(item.path, given);
  if (item.kind === 'page') return fromPage(item.fetched, null);
  const fetched = await fetchText(item.url, fetch);
  return fetched.ok ? fromPage(fetched.value, item.item) : fetched;
}

/** A page's id is its URL; the feed item fills in a title or date the page does not give. */
export function fromPage(page: Fetched, item: FeedItem | null): Result<SourceDocument> {
  const isHtml =
    /html/i.test(page.contentType ?? '') || /^\s*(?:<!doctype\s+html|<html)/i.test(page.text.slice(0, 512));
  const isText = /^text\/plain/i.test(page.contentType ?? '');
  if (!isHtml && !isText && page.contentType !== null) {
    return err(
      new AppError('UNSUPPORTED_FORMAT', `cannot read content type '${page.contentType}'`, page.url),
    );
  }
  const read = isHtml
    ? fromHtml(page.url, page.text, page.url, page.url)
    : fromPlainText(page.url, page.text, page.url);
  if (!read.ok) return read;
  const doc = read.value;
  return ok({
    ...doc,
    url: page.url,
    source: outletOf(page.url),
    title: doc.title ?? item?.title ?? null,
    published: doc.published ?? item?.published ?? null,
  });
}
