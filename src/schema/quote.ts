// Where a quoted sentence comes from: an article (its outlet and date shown beside the words), or an entry of a
// reference dataset, whose line is generated from the table and is never shown as a quote.
import { z } from 'zod';
import { PartialDateSchema } from './fact.js';

/** The documents.source of the reference dataset's rows (one document per row, its title the dataset's name). */
export const REFERENCE_SOURCE = 'reference';

const ArticleOriginSchema = z.object({
  kind: z.literal('article'),
  doc: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** The outlet ("japantoday.com", or what the front matter or `--source` said). */
  source: z.string().nullable(),
  published: PartialDateSchema.nullable(),
});

const ReferenceOriginSchema = z.object({
  kind: z.literal('reference'),
  doc: z.string(),
  /** The reference dataset the entry belongs to ("japan_agreements"). */
  dataset: z.string(),
  /** The source the dataset cites for this entry. */
  url: z.string().nullable(),
});

export const QuoteOriginSchema = z.discriminatedUnion('kind', [ArticleOriginSchema, ReferenceOriginSchema]);
export type QuoteOrigin = z.infer<typeof QuoteOriginSchema>;

/** A fact's best quote: an article's sentence with its origin, or a reference entry (no sentence to quote). */
export const BestQuoteSchema = z.discriminatedUnion('kind', [
  ArticleOriginSchema.extend({ text: z.string() }),
  ReferenceOriginSchema,
]);
export type BestQuote = z.infer<typeof BestQuoteSchema>;

/** The stored columns of a quoted document. */
export interface QuotedDocumentColumns {
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** A document's columns as the origin of a quote; a reference row is named by its dataset. */
export function quoteOrigin(doc: string, d: QuotedDocumentColumns): QuoteOrigin {
  if (d.source === REFERENCE_SOURCE)
    return { kind: 'reference', doc, dataset: d.title ?? REFERENCE_SOURCE, url: d.url };
  return { kind: 'article', doc, url: d.url, title: d.title, source: d.source, published: d.published };
}

/** The best quote of a fact from its stored text and its document's columns. */
export function bestQuote(text: string, doc: string, d: QuotedDocumentColumns): BestQuote {
  const origin = quoteOrigin(doc, d);
  return origin.kind === 'reference' ? origin : { ...origin, text };
}
