// `--url`, `--title`, `--source`, `--published` of `entente ingest`: checked once into the metadata of the one file.
import type { Command } from 'commander';
import { AppError, err, ok, type Result } from '../../errors.js';
import { httpUrl, publicationDateProblem, type DocumentMetadata } from '../../ingest/document-metadata.js';
import { REFERENCE_SOURCE } from '../../schema/quote.js';

export interface MetadataFlags {
  url?: string;
  title?: string;
  source?: string;
  published?: string;
}

export function addMetadataFlags(command: Command): Command {
  return command
    .option('--url <url>', 'the source URL of the one file ingested (over a .url file or front matter)')
    .option('--title <title>', 'its title')
    .option('--source <outlet>', 'its outlet, e.g. "Japan Today" (default: the URL\'s host)')
    .option(
      '--published <date>',
      'its publication date, YYYY-MM-DD (or YYYY-MM, YYYY): relative dates ("on Monday") count from it',
    );
}

/** The flags given, checked: an http(s) URL, a real calendar date, no blank title or outlet. */
export function metadataFromFlags(flags: MetadataFlags): Result<DocumentMetadata> {
  const out: DocumentMetadata = {};
  if (flags.url !== undefined) {
    const url = httpUrl(flags.url);
    if (url === null) return bad('--url', `expected an http(s) URL, got '${flags.url}'`);
    out.url = url;
  }
  for (const key of ['title', 'source'] as const) {
    const value = flags[key];
    if (value === undefined) continue;
    if (value.trim() === '') return bad(`--${key}`, 'expected text, got nothing');
    if (key === 'source' && value.trim() === REFERENCE_SOURCE)
      return bad(
        '--source',
        `'${REFERENCE_SOURCE}' names the reference dataset's rows; give the article's outlet`,
      );
    out[key] = value.trim();
  }
  if (flags.published !== undefined) {
    const problem = publicationDateProblem(flags.published.trim());
    if (problem !== null) return bad('--published', problem);
    out.published = flags.published.trim();
  }
  return ok(out);
}

function bad(flag: string, message: string): Result<never> {
  return err(new AppError('INVALID_INPUT', message, flag));
}
