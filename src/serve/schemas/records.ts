// Response and request schemas of the record endpoints: documents, facts with evidence in context, pairs, ingest, review.
import { z } from 'zod';
import {
  CanonicalFactSchema,
  ClaimSchema,
  ConflictSchema,
  FactEditSchema,
  ReviewActionSchema,
  ReviewSchema,
  StoredDocumentSchema,
} from '../../schema/canonical.js';
import { FactSchema, PartialDateSchema, StatusSchema } from '../../schema/fact.js';
import { REFERENCE_SOURCE } from '../../schema/quote.js';
import { LadderSchema } from './analysis.js';

export { CanonicalFactSchema, ConflictSchema, ReviewSchema, StoredDocumentSchema };

export const DocumentDetailSchema = StoredDocumentSchema.extend({
  text: z.string(),
  claims: z.array(ClaimSchema),
});

/** One claim's quote as its document says it: the words before, the quote, the words after, and where to read it. */
const ArticleEvidenceSchema = z.object({
  kind: z.literal('article'),
  claim: z.number().int(),
  doc: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  published: PartialDateSchema.nullable(),
  /** The document copies another (same wire story): not an independent source. */
  nearDuplicateOf: z.string().nullable(),
  status: StatusSchema,
  date: PartialDateSchema.nullable(),
  before: z.string(),
  quote: z.string(),
  after: z.string(),
});

/** A reference dataset's entry behind a fact: its dataset and source URL, no quote (its line is generated). */
const ReferenceEvidenceSchema = z.object({
  kind: z.literal('reference'),
  claim: z.number().int(),
  doc: z.string(),
  dataset: z.string(),
  url: z.string().nullable(),
  status: StatusSchema,
  date: PartialDateSchema.nullable(),
});

export const EvidenceInContextSchema = z.discriminatedUnion('kind', [
  ArticleEvidenceSchema,
  ReferenceEvidenceSchema,
]);
export type EvidenceInContext = z.infer<typeof EvidenceInContextSchema>;

export const FactWithEvidenceSchema = CanonicalFactSchema.extend({
  evidence: z.array(EvidenceInContextSchema),
  /** Claims not shown (the fact has more than the page carries). */
  moreEvidence: z.number().int().nonnegative(),
});
export type FactWithEvidence = z.infer<typeof FactWithEvidenceSchema>;

export const FactDetailSchema = FactWithEvidenceSchema.extend({
  conflictList: z.array(ConflictSchema),
  reviews: z.array(ReviewSchema),
});

export const PairDetailSchema = z.object({
  parties: z.tuple([z.string(), z.string()]),
  names: z.tuple([z.string(), z.string()]),
  /** Over every fact of the pair, not only this page. */
  ladder: LadderSchema,
  /** One page of the pair's facts, in the ontology's type order, the latest first within a type. */
  facts: z.array(FactWithEvidenceSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  /** Conflicts of this page's facts, and how many the whole pair has. */
  conflicts: z.array(ConflictSchema),
  conflictTotal: z.number().int(),
});
export type PairDetail = z.infer<typeof PairDetailSchema>;

export const MAX_ARTICLE_CHARS = 500_000;

export const IngestRequestSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .max(MAX_ARTICLE_CHARS)
      .optional()
      .describe('The article: plain text, or an HTML page'),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .describe('A page to fetch instead of text (needs the token: the server fetches it)'),
    title: z.string().max(500).optional(),
    source: z
      .string()
      .max(200)
      .refine((s) => s !== REFERENCE_SOURCE, `'${REFERENCE_SOURCE}' names the reference dataset's rows`)
      .optional()
      .describe("The outlet; else the URL's host"),
    published: PartialDateSchema.optional().describe(
      'Publication date; else a leading date line or the page metadata',
    ),
    format: z
      .enum(['text', 'html'])
      .default('text')
      .describe('How to read pasted text; a fetched page is read by its type'),
    save: z
      .boolean()
      .default(false)
      .describe('false: preview the facts only; true: store the document (needs the token)'),
  })
  .strict()
  .superRefine((b, ctx) => {
    if ((b.text === undefined) === (b.url === undefined))
      ctx.addIssue({
        code: 'custom',
        message: `expected one of \`text\` or \`url\`, got ${b.text === undefined ? 'neither' : 'both'}`,
      });
  });

export const IngestResponseSchema = z.object({
  saved: z.boolean(),
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    published: PartialDateSchema.nullable(),
    text: z.string(),
  }),
  facts: z.array(FactSchema),
  /** What storing did, when saved: new, duplicate of an earlier document, or near-duplicate (a copy). */
  outcome: z
    .object({
      kind: z.enum(['new', 'duplicate', 'near_duplicate']),
      id: z.string(),
      of: z.string().nullable(),
      newFacts: z.array(z.number().int()),
      changedFacts: z.array(z.number().int()),
      conflicts: z.number().int(),
    })
    .nullable(),
});

export const ReviewRequestSchema = z
  .object({
    action: ReviewActionSchema,
    reviewer: z.string().trim().min(1).max(120).describe('Who reviews: kept with the review, with the time'),
    edit: FactEditSchema.optional().describe(
      'For edit: the status, date or item that replace what the sources say',
    ),
  })
  .strict();

export const ReviewResponseSchema = z.object({ review: ReviewSchema, fact: CanonicalFactSchema });

export const StatusResponseSchema = z.object({
  backend: z.enum(['sqlite', 'postgres']),
  documents: z.number().int(),
  facts: z.number().int(),
  conflicts: z.number().int(),
  parties: z.number().int(),
  writable: z.boolean(),
  version: z.string(),
});
