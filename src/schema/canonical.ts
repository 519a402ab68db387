// What the knowledge base stores and answers: documents, claims, canonical facts, conflicts, reviews, reference data.
import { z } from 'zod';
import { FactTypeSchema, PartialDateSchema, PartyCodeSchema, StatusSchema } from './fact.js';
import { BestQuoteSchema, QuoteOriginSchema } from './quote.js';

export const StoredDocumentSchema = z.object({
  id: z.string(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  published: PartialDateSchema.nullable(),
  contentHash: z.string(),
  /** The original this document copies (same wire story, machine-spun copy); it adds no independent source. */
  nearDuplicateOf: z.string().nullable(),
  ingestedAt: z.string(),
  /** Claims stored with the document, in the same transaction. */
  claims: z.number().int().nonnegative(),
});
export type StoredDocument = z.infer<typeof StoredDocumentSchema>;

/** A fact as one document states it, with its evidence span. */
export const ClaimSchema = z.object({
  id: z.number().int(),
  document: z.string(),
  type: FactTypeSchema,
  parties: z.array(PartyCodeSchema).min(2),
  status: StatusSchema,
  date: PartialDateSchema.nullable(),
  item: z.string().nullable(),
  evidence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  factId: z.number().int().nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** One step of a fact's lifecycle: when it happened and the words that say so. */
const DatedStepSchema = z.object({
  date: PartialDateSchema.nullable(),
  doc: z.string().nullable(),
  quote: z.string().nullable(),
  /** The claim whose sentence states this step and its date, and where that sentence was published. */
  claim: z.number().int().nullable().optional(),
  url: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  published: PartialDateSchema.nullable().optional(),
});
export const MilestoneSchema = DatedStepSchema.extend({
  /** Later revisions and renewals of a concluded instrument, each with its own sentence. */
  revisions: z.array(DatedStepSchema).optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;
export const MilestonesSchema = z.partialRecord(StatusSchema, MilestoneSchema);
export type Milestones = z.infer<typeof MilestonesSchema>;

export const ReviewStateSchema = z.enum(['confirmed', 'rejected', 'edited']);

export const CanonicalFactSchema = z.object({
  id: z.number().int(),
  /** type | parties [| item] | name, date or `undated` (store/rules/event-identity.ts): one real-world event. */
  key: z.string(),
  type: FactTypeSchema,
  parties: z.array(PartyCodeSchema).min(2),
  item: z.string().nullable(),
  /** The most advanced status any source reports (lifecycle order), unless a reviewer edited it. */
  status: StatusSchema,
  /** The date of that status's milestone. */
  date: PartialDateSchema.nullable(),
  milestones: MilestonesSchema,
  /** Distinct documents that are not near-duplicates of another. */
  sources: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  /** An article's sentence with its outlet and date, or a reference dataset's entry (no sentence). */
  quote: BestQuoteSchema.nullable(),
  conflicts: z.number().int().nonnegative(),
  review: ReviewStateSchema.nullable(),
  updatedAt: z.string(),
});
export type CanonicalFact = z.infer<typeof CanonicalFactSchema>;

export const CONFLICT_KINDS = ['date', 'status', 'reference_date', 'reference_status'] as const;
export const ConflictKindSchema = z.enum(CONFLICT_KINDS);
export type ConflictKind = z.infer<typeof ConflictKindSchema>;

const ConflictSideSchema = z.object({
  claim: z.number().int(),
  doc: z.string(),
  published: PartialDateSchema.nullable(),
  /** The disagreeing value: a date for date conflicts, a status for status conflicts. */
  value: z.string(),
  /** The claim's sentence; for a reference entry, the line generated from its row (show `origin`, not this). */
  quote: z.string(),
  /** The article's outlet, date and URL, or the reference dataset and the URL it cites. */
  origin: QuoteOriginSchema,
});

export const ConflictSchema = z.object({
  id: z.number().int(),
  factId: z.number().int(),
  kind: ConflictKindSchema,
  /** The milestone the sides disagree on (date conflicts) or the status of side a (status conflicts). */
  status: StatusSchema,
  a: ConflictSideSchema,
  b: ConflictSideSchema,
  fact: z.object({ type: FactTypeSchema, parties: z.array(PartyCodeSchema), item: z.string().nullable() }),
  detectedAt: z.string(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const FactEditSchema = z
  .object({
    status: StatusSchema.optional(),
    date: PartialDateSchema.nullable().optional(),
    item: z.string().nullable().optional(),
  })
  .strict();
export type FactEdit = z.infer<typeof FactEditSchema>;

export const ReviewActionSchema = z.enum(['confirm', 'reject', 'edit']);
export const ReviewSchema = z.object({
  id: z.number().int(),
  factId: z.number().int(),
  reviewer: z.string().min(1),
  at: z.string(),
  action: ReviewActionSchema,
  before: FactEditSchema,
  after: FactEditSchema,
});
export type Review = z.infer<typeof ReviewSchema>;

/** A row of the shipped reference dataset (data/reference/): facts only, with their source. */
export const ReferenceFactSchema = z.object({
  type: FactTypeSchema,
  parties: z.array(PartyCodeSchema).min(2),
  status: StatusSchema,
  signed: PartialDateSchema.nullable(),
  inForce: PartialDateSchema.nullable(),
  sourceUrl: z.string().url(),
});
export type ReferenceFact = z.infer<typeof ReferenceFactSchema>;

export const ReferenceDatasetSchema = z.object({
  name: z.string().min(1),
  version: z.number().int().positive(),
  /** Display names of the parties the dataset mentions, by code. */
  parties: z.record(PartyCodeSchema, z.string()),
  facts: z.array(ReferenceFactSchema),
});
export type ReferenceDataset = z.infer<typeof ReferenceDatasetSchema>;

/** What one ingest run did, as the summary line and `--json` report it. */
export const IngestSummarySchema = z.object({
  documents: z.object({
    new: z.number().int(),
    duplicate: z.number().int(),
    nearDuplicate: z.number().int(),
    failed: z.number().int(),
  }),
  claims: z.number().int(),
  /** Below-threshold readings stored for review, not merged into facts. */
  candidates: z.number().int(),
  newFacts: z.number().int(),
  changedFacts: z.number().int(),
  conflicts: z.number().int(),
  failures: z.array(z.object({ subject: z.string(), code: z.string(), message: z.string() })),
});
export type IngestSummary = z.infer<typeof IngestSummarySchema>;
