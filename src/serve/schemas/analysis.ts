// Response schemas of the analysis endpoints; each is checked against the analysis module's type where it is built.
import { z } from 'zod';
import type { Gap } from '../../analyze/gaps.js';
import type { Ladder } from '../../analyze/ladder.js';
import type { Network } from '../../analyze/network.js';
import type { PairSummary } from '../../analyze/pairs.js';
import type { PartnerMatrix } from '../../analyze/partner-matrix.js';
import type { TiesPerYear } from '../../analyze/ties-per-year.js';
import type { TimelineEvent } from '../../store/services/timeline.service.js';
import { STAGES } from '../../analyze/vocabulary.js';
import { FactTypeSchema, PartialDateSchema, StatusSchema } from '../../schema/fact.js';
import { QuoteOriginSchema } from '../../schema/quote.js';

/** Ties a schema to the TypeScript type it describes: the build fails when either moves without the other. */
const describes =
  <T>() =>
  <S extends z.ZodType<T, T>>(schema: S): S =>
    schema;

export const StageSchema = z.enum(STAGES);
const Ids = z.array(z.number().int());

const LadderStepSchema = z.object({
  type: FactTypeSchema,
  state: z.enum(['achieved', 'under_way', 'ended', 'missing']),
  status: StatusSchema.nullable(),
  date: PartialDateSchema.nullable(),
  facts: Ids,
});

const NextStepSchema = z.object({
  type: FactTypeSchema,
  stage: StageSchema,
  state: LadderStepSchema.shape.state,
});

export const LadderSchema = describes<Ladder>()(
  z.object({
    stage: StageSchema.nullable(),
    justification: Ids,
    rungs: z.array(z.object({ stage: StageSchema, reached: z.boolean(), steps: z.array(LadderStepSchema) })),
    next: NextStepSchema.nullable(),
    summary: z.string(),
  }),
);

export const PairSummarySchema = describes<PairSummary>()(
  z.object({
    parties: z.tuple([z.string(), z.string()]),
    facts: z.number().int(),
    types: z.array(FactTypeSchema),
    ladder: LadderSchema.omit({ rungs: true }),
  }),
);

export const NetworkSchema = describes<Network>()(
  z.object({
    center: z.string().nullable(),
    nodes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        kind: z.enum(['state', 'grouping']),
        facts: z.number().int(),
        partners: z.number().int(),
        degree: z.number(),
        betweenness: z.number(),
        x: z.number(),
        y: z.number(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        stage: StageSchema.nullable(),
        type: FactTypeSchema,
        facts: z.number().int(),
        since: PartialDateSchema.nullable(),
        steps: z.array(
          z.object({ year: z.number().int(), stage: StageSchema.nullable(), type: FactTypeSchema }),
        ),
      }),
    ),
    metrics: z.object({
      nodes: z.number().int(),
      edges: z.number().int(),
      facts: z.number().int(),
      density: z.number(),
      components: z.number().int(),
    }),
  }),
);

const MatrixCellSchema = z.object({
  status: StatusSchema,
  date: PartialDateSchema.nullable(),
  facts: Ids,
  conflicts: z.number().int(),
});

export const PartnerMatrixSchema = describes<PartnerMatrix>()(
  z.object({
    party: z.string(),
    types: z.array(FactTypeSchema),
    rows: z.array(
      z.object({
        partner: z.string(),
        stage: StageSchema.nullable(),
        cells: z.partialRecord(FactTypeSchema, MatrixCellSchema),
      }),
    ),
  }),
);

export const TiesPerYearSchema = describes<TiesPerYear>()(
  z.object({
    years: z.array(
      z.object({
        year: z.number().int(),
        total: z.number().int(),
        byType: z.partialRecord(FactTypeSchema, z.number().int()),
      }),
    ),
    undated: z.number().int(),
  }),
);

export const GapSchema = describes<Gap>()(
  z.object({
    partner: z.string(),
    has: Ids,
    lacking: z.enum(['under_way', 'ended', 'missing']),
    lackingFacts: Ids,
  }),
);

export const TimelineEventSchema = describes<TimelineEvent>()(
  z.object({
    date: PartialDateSchema,
    factId: z.number().int(),
    type: FactTypeSchema,
    parties: z.array(z.string()),
    item: z.string().nullable(),
    status: StatusSchema,
    quote: z.string().nullable(),
    doc: z.string().nullable(),
    claim: z.number().int().nullable(),
    origin: QuoteOriginSchema.nullable(),
    revision: z.boolean(),
  }),
);

export const PartySchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['state', 'grouping']),
  facts: z.number().int(),
  partners: z.number().int(),
});
export type Party = z.infer<typeof PartySchema>;
