// The ontology of ../shared/ontology.md as one runtime schema; every boundary (CLI, store, HTTP) parses with it.
import { z } from 'zod';
import { GROUPING_CODES } from '../parties/groupings.js';

export const FACT_TYPES = [
  'two_plus_two',
  'high_level_meeting',
  'information_security',
  'equipment_transfer_agreement',
  'acsa',
  'reciprocal_access',
  'security_treaty',
  'defense_mou',
  'joint_exercise',
  'joint_development',
  'equipment_transfer',
  'membership',
] as const;
export const FactTypeSchema = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactTypeSchema>;

export const STATUSES = [
  'proposed',
  'negotiating',
  'concluded',
  'in_force',
  'completed',
  'ended',
  'planned',
  'held',
] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** States use ISO 3166-1 alpha-3; the groupings the ontology names as parties are listed in src/parties/groupings.ts. */
export const PartyCodeSchema = z
  .string()
  .regex(
    new RegExp(`^(?:[A-Z]{3}|${GROUPING_CODES.join('|')})$`),
    'a party is an ISO alpha-3 code or a grouping',
  );
export type PartyCode = z.infer<typeof PartyCodeSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision the text supports. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const EvidenceSchema = z.object({
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FactSchema = z.object({
  type: FactTypeSchema,
  /** Sorted alphabetically, except equipment_transfer: [supplier, recipient]. */
  parties: z.array(PartyCodeSchema).min(2),
  status: StatusSchema,
  date: PartialDateSchema.nullable(),
  /** The concrete equipment of an equipment_transfer, else null. */
  item: z.string().nullable(),
  evidence: z.array(EvidenceSchema).min(1),
  /** How likely the fact is right, in [0, 1], from the trained scorer (an added field the ontology allows). */
  confidence: z.number().min(0).max(1).optional(),
  /** Below the scorer's threshold: stored as a candidate for review, never merged into the knowledge base. */
  candidate: z.boolean().optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const DocumentFactsSchema = z.object({
  doc: z.string(),
  published: PartialDateSchema.nullable(),
  facts: z.array(FactSchema),
});
export type DocumentFacts = z.infer<typeof DocumentFactsSchema>;

/** Statuses that only meetings and exercises take, and those only agreements take. */
export const EVENT_TYPES: readonly FactType[] = ['two_plus_two', 'high_level_meeting', 'joint_exercise'];
