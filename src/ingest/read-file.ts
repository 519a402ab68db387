// Reads one article file (.txt, .md, .html) into a SourceDocument, or says precisely why it cannot.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError, err, ok, type Result } from '../errors.js';
import type { SourceDocument } from '../schema/document.js';
import { NO_METER, type CostMeter } from './budget.js';
import { readUrlBeside, withMetadata, type DocumentMetadata } from './document-metadata.js';
import { readFrontMatter } from './front-matter.js';
import { htmlToArticle } from './html-to-text.js';
import { leadingPublicationDate } from './publication-date.js';

/** Articles are a few KB; anything this large is not an article (and would stall the pipeline). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text', '']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/**
 * Metadata, each later source winning: what the text says (a leading date line, HTML meta tags), the `.url` file
 * beside it, a Markdown file's front matter, then `given` (the `--url/--title/--source/--published` flags).
 */
export async function readArticleFile(
  path: string,
  given: DocumentMetadata = {},
): Promise<Result<SourceDocument>> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
    return err(
      new AppError(
        'UNSUPPORTED_FORMAT',
        `unsupported file type '${ext}' (expected .txt, .md or .html)`,
        path,
      ),
    );
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(new AppError('FILE_UNREADABLE', 'is a directory, not a file', path));
    if (info.size > MAX_FILE_BYTES) {
      return err(
        new AppError(
          'FILE_TOO_LARGE',
          `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes`,
          path,
        ),
      );
    }
    bytes = await readFile(path);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return err(new AppError('FILE_UNREADABLE', `cannot read file (${reason})`, path, { cause: e }));
  }
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) return decoded;
  let text = decoded.value;
  let front: DocumentMetadata = {};
  if (MARKDOWN_EXTENSIONS.has(ext)) {
    const matter = readFrontMatter(text, path);
    if (!matter.ok) return matter;
    if (matter.value !== null) {
      if (matter.value.body.trim() === '')
        return err(new AppError('FILE_EMPTY', 'file has no text after its front matter', path));
      ({ metadata: front, body: text } = matter.value);
    }
  }
  const beside = await readUrlBeside(path);
  if (!beside.ok) return beside;
  const read = HTML_EXTENSIONS.has(ext) ? fromHtml(name, text, path) : fromPlainText(name, text, path);
  if (!read.ok) return read;
  return ok(withMetadata(read.value, beside.value === null ? {} : { url: beside.value }, front, given));
}

/** Decodes UTF-8 strictly: a binary file or a wrong encoding is an error, not mojibake facts. */
export function decodeText(bytes: Uint8Array, subject: string): Result<string> {
  if (bytes.length === 0) return err(new AppError('FILE_EMPTY', 'file is empty', subject));
  // The whole file, not a head sample: a NUL after the first 8 KB is still binary (and would be stored).
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return err(
      new AppError('FILE_BINARY', `file is binary (a NUL byte at offset ${nul}), not text`, subject),
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err(new AppError('FILE_ENCODING', 'file is not valid UTF-8 text', subject));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '')
    return err(new AppError('FILE_EMPTY', 'file has no text (only white space)', subject));
  return ok(text);
}

export function fromPlainText(id: string, text: string, _subject = id): Result<SourceDocument> {
  return ok({ id, text, title: null, url: null, source: null, published: leadingPublicationDate(text) });
}

export function fromHtml(
  id: string,
  html: string,
  subject = id,
  url: string | null = null,
  meter: CostMeter = NO_METER,
): Result<SourceDocument> {
  const article = htmlToArticle(html, url, meter);
  if (article.text.trim() === '') {
    return err(new AppError('FILE_EMPTY', 'HTML page has no readable article text', subject));
  }
  return ok({
    id,
    text: article.text,
    title: article.title,
    url,
    source: null,
    published: article.published,
  });
}
