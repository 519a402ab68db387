// Read endpoints over stored records: status, documents, facts (filtered, paginated), one fact, conflicts.
import { z } from 'zod';
import { checkDateRange } from '../../schema/query-args.js';
import {
  documentDetail,
  documentsPage,
  knowledgeCounts,
} from '../../store/services/document-query.service.js';
import { factsPage, listConflicts, listFactsById } from '../../store/services/query.service.js';
import { reviewHistory } from '../../store/services/review.service.js';
import { storePageReads } from '../../store/services/page-reads.service.js';
import { notFound } from '../api-error.js';
import { partyCode, type ServeDeps } from '../deps.js';
import { endpoint, type AnyEndpoint } from '../endpoint.js';
import { conflictsOf, withEvidence } from '../pair-detail.js';
import { DateArg, PageQuery, PartyArg, StatusList, TypeList, pageOf, paginate } from '../schemas/common.js';
import {
  CanonicalFactSchema,
  ConflictSchema,
  DocumentDetailSchema,
  FactDetailSchema,
  StatusResponseSchema,
  StoredDocumentSchema,
} from '../schemas/records.js';

const FactId = z.object({ id: z.coerce.number().int().positive().describe('A canonical fact id') });

export function recordEndpoints(deps: ServeDeps): AnyEndpoint[] {
  const { store, knowledge } = deps;
  const reads = storePageReads(store);
  return [
    endpoint({
      method: 'get',
      path: '/api/status',
      tag: 'meta',
      summary: 'What the knowledge base holds, and whether this server accepts writes',
      response: StatusResponseSchema,
      async handle(_input, ctx) {
        return {
          backend: store.backend,
          ...(await knowledgeCounts(store)),
          writable: ctx.authorized,
          version: deps.version,
        };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/documents',
      tag: 'documents',
      summary: 'Documents, newest ingested first, without their text',
      query: z.object({
        source: z
          .string()
          .max(200)
          .optional()
          .describe('Only documents of this source (a host name, or "reference")'),
        q: z.string().trim().min(1).max(200).optional().describe('Words in the title or id'),
        ...PageQuery,
      }),
      response: pageOf(StoredDocumentSchema),
      async handle({ query }) {
        const { documents, total } = await documentsPage(store, query);
        return { items: documents, total, limit: query.limit, offset: query.offset };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/documents/:id{.+}',
      tag: 'documents',
      summary: 'One document with its text and the claims read in it',
      description: 'Ids may be URLs: encode them as one path segment (encodeURIComponent).',
      params: z.object({ id: z.string().min(1).max(2100) }),
      response: DocumentDetailSchema,
      async handle({ params }) {
        const found = await documentDetail(store, params.id);
        if (!found) throw notFound(`no document with id '${params.id}'`);
        return found;
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/facts',
      tag: 'facts',
      summary:
        'Canonical facts, newest first, filtered by party, type, status, date range, source and review',
      query: z
        .object({
          party: z
            .string()
            .max(200)
            .optional()
            .describe('Parties, comma separated: facts naming all of them'),
          type: TypeList.optional(),
          status: StatusList.optional(),
          from: DateArg.optional().describe('Facts dated on or after (at the precision given)'),
          to: DateArg.optional().describe('Facts dated on or before (at the precision given)'),
          source: z.string().max(200).optional().describe('Facts with a claim from this source'),
          review: z
            .enum(['confirmed', 'rejected', 'edited', 'none'])
            .optional()
            .describe('Default: all but rejected'),
          ...PageQuery,
        })
        .superRefine(checkDateRange('from', 'to', 'query.to')),
      response: pageOf(CanonicalFactSchema),
      async handle({ query }) {
        const names = await knowledge.names();
        const parties = (query.party ?? '')
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p !== '')
          .map((p) => partyCode(names, p, 'query.party'));
        const { facts, total } = await factsPage(store, {
          parties,
          types: query.type ?? [],
          statuses: query.status ?? [],
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
          ...(query.source ? { source: query.source } : {}),
          ...(query.review ? { review: query.review } : {}),
          limit: query.limit,
          offset: query.offset,
        });
        return { items: facts, total, limit: query.limit, offset: query.offset };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/facts/:id',
      tag: 'facts',
      summary: 'One fact with every quote in context, its conflicts and its review history',
      params: FactId,
      query: z.object({
        evidence: z.coerce.number().int().min(1).max(200).default(20).describe('Quotes to include'),
      }),
      response: FactDetailSchema,
      async handle({ params, query }) {
        const [fact] = await listFactsById(store, [params.id]);
        if (!fact) throw notFound(`no fact with id ${params.id}`);
        const [withQuotes] = await withEvidence(reads, [fact], query.evidence);
        return {
          ...withQuotes!,
          conflictList: await conflictsOf(reads, [fact.id]),
          reviews: await reviewHistory(store, fact.id),
        };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/conflicts',
      tag: 'facts',
      summary: 'Disagreements between sources (dates, statuses, the reference data), newest first',
      query: z.object({
        party: PartyArg.optional(),
        kind: z.enum(['date', 'status', 'reference_date', 'reference_status']).optional(),
        ...PageQuery,
      }),
      response: pageOf(ConflictSchema),
      async handle({ query }) {
        const names = await knowledge.names();
        const party = query.party === undefined ? undefined : partyCode(names, query.party, 'query.party');
        const all = (await listConflicts(store, party === undefined ? {} : { party })).filter(
          (c) => !query.kind || c.kind === query.kind,
        );
        return paginate(all, query.limit, query.offset);
      },
    }),
  ];
}
