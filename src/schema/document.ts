// A document as the ingest layer hands it to extraction and the store.
import { z } from 'zod';
import { PartialDateSchema } from './fact.js';

export const SourceDocumentSchema = z.object({
  /** Stable id: the file name for files, the URL for pages. */
  id: z.string().min(1),
  /** The text as ingested; evidence offsets index into it. */
  text: z.string(),
  title: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  published: PartialDateSchema.nullable().default(null),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
