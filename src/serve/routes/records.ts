// Read endpoints over stored records: status, documents, facts (filtered, paginated), one fact, conflicts.
import { z } from 'zod';
import { ClaimSchema } from '../../schema/canonical.js';
import { checkDateRange } from '../../schema/query-args.js';
import { dateRange } from '../../store/rules/partial-date.js';
import { listConflicts, listFactsById, toCanonicalFact } from '../../store/services/query.service.js';
import { reviewHistory } from '../../store/services/review.service.js';
import { notFound } from '../api-error.js';
import { partyCode, type ServeDeps } from '../deps.js';
import { endpoint, type AnyEndpoint } from '../endpoint.js';
import { conflictsOf, withEvidence } from '../pair-detail.js';
import { documentWithClaims, documentsPage } from '../repos/documents.repo.js';
import { factsPage } from '../repos/facts-page.repo.js';
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
  return [
    endpoint({
      method: 'get',
      path: '/api/status',
      tag: 'meta',
      summary: 'What the knowledge base holds, and whether this server accepts writes',
      response: StatusResponseSchema,
      async handle(_input, ctx) {
        const count = async (table: 'documents' | 'facts' | 'conflicts') =>
          Number(
            (
              await store.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const parties = await store.db
          .selectFrom('fact_parties')
          .select((eb) => eb.fn.count<number>('party').distinct().as('n'))
          .executeTakeFirstOrThrow();
        return {
          backend: store.backend,
          documents: await count('documents'),
          facts: await count('facts'),
          conflicts: await count('conflicts'),
          parties: Number(parties.n),
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
        const { rows, total } = await documentsPage(store.db, query);
        const items = rows.map((r) => ({
          id: r.id,
          url: r.url,
          source: r.source,
          title: r.title,
          published: r.published,
          contentHash: r.content_hash,
          nearDuplicateOf: r.near_duplicate_of,
          ingestedAt: r.ingested_at,
          claims: r.claim_count,
        }));
        return { items, total, limit: query.limit, offset: query.offset };
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
        const found = await documentWithClaims(store.db, params.id);
        if (!found) throw notFound(`no document with id '${params.id}'`);
        const { doc, claims } = found;
        return {
          id: doc.id,
          url: doc.url,
          source: doc.source,
          title: doc.title,
          published: doc.published,
          contentHash: doc.content_hash,
          nearDuplicateOf: doc.near_duplicate_of,
          ingestedAt: doc.ingested_at,
          claims: claims.map((c) =>
            ClaimSchema.parse({
              id: c.id,
              document: doc.id,
              type: c.type,
              parties: c.parties.split('|'),
              status: c.status,
              date: c.date,
              item: c.item,
              evidence: { start: c.ev_start, end: c.ev_end, text: c.ev_text },
              factId: c.fact_id,
            }),
          ),
          text: doc.text,
        };
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
        const { rows, total } = await factsPage(store.db, {
          parties,
          types: query.type ?? [],
          statuses: query.status ?? [],
          ...(query.from ? { fromLo: dateRange(query.from).lo! } : {}),
          ...(query.to ? { toHi: dateRange(query.to).hi! } : {}),
          ...(query.source ? { source: query.source } : {}),
          ...(query.review ? { review: query.review } : {}),
          limit: query.limit,
          offset: query.offset,
        });
        return { items: rows.map(toCanonicalFact), total, limit: query.limit, offset: query.offset };
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
        const [withQuotes] = await withEvidence(store, [fact], query.evidence);
        return {
          ...withQuotes!,
          conflictList: await conflictsOf(store, [fact.id]),
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
