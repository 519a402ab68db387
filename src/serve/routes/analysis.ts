// Read endpoints over the analysis layer: parties, search, pairs and their ladders, network, matrix, timeline, gaps, changes.
import { z } from 'zod';
import { gapPartners } from '../../analyze/gaps.js';
import { buildNetwork, filterFacts } from '../../analyze/network.js';
import { pairSummaries } from '../../analyze/pairs.js';
import { partnerMatrix } from '../../analyze/partner-matrix.js';
import { search } from '../../analyze/search.js';
import { tiesPerYear } from '../../analyze/ties-per-year.js';
import { isGroupingCode } from '../../parties/groupings.js';
import { FactTypeSchema } from '../../schema/fact.js';
import { LimitSchema, checkDateRange } from '../../schema/query-args.js';
import { badRequest } from '../api-error.js';
import { partyCode, type ServeDeps } from '../deps.js';
import { endpoint, type AnyEndpoint } from '../endpoint.js';
import type { Names, Snapshot } from '../knowledge.js';
import { RawJson } from '../response-cache.js';
import { listFactsById } from '../../store/services/query.service.js';
import { latestChanges } from '../../store/services/snapshot.service.js';
import { timelineOf } from '../../store/services/timeline.service.js';
import { storePageReads } from '../../store/services/page-reads.service.js';
import { runReadJob, type ReadJob } from '../read-job.js';
import { DateArg, PageQuery, PartyArg, StatusList, TypeList, pageOf, paginate } from '../schemas/common.js';
import {
  GapSchema,
  LadderSchema,
  NetworkSchema,
  PairSummarySchema,
  PartnerMatrixSchema,
  PartySchema,
  StageSchema,
  TiesPerYearSchema,
  TimelineEventSchema,
  type Party,
} from '../schemas/analysis.js';
import { CanonicalFactSchema, PairDetailSchema } from '../schemas/records.js';

const PairParams = z.object({ a: PartyArg, b: PartyArg });

export function analysisEndpoints(deps: ServeDeps): AnyEndpoint[] {
  const { store, knowledge, readPool } = deps;
  const cache = knowledge.responses;
  const reads = storePageReads(store);
  /** A worker's answer when one is ready, else the same job read in-thread: the same JSON either way. */
  const read = async (job: ReadJob) => readPool?.run(job) ?? new RawJson(await runReadJob(reads, job));
  const pair = (names: Names, params: { a: string; b: string }): [string, string] => {
    const a = partyCode(names, params.a, 'path.a');
    const b = partyCode(names, params.b, 'path.b');
    if (a === b) throw badRequest(`path.b: a pair needs two parties, got ${a} twice`);
    return [a, b];
  };
  /** Full canonical facts, in the order of `ids`. */
  const fullFacts = async (ids: number[]) => {
    const byId = new Map((await listFactsById(store, ids)).map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id)).filter((f) => f !== undefined);
  };
  return [
    endpoint({
      method: 'get',
      path: '/api/parties',
      tag: 'analysis',
      summary: 'Parties with facts, the most connected first',
      query: z.object({
        q: z.string().trim().max(100).optional().describe('Code or name prefix'),
        ...PageQuery,
      }),
      response: pageOf(PartySchema),
      async handle({ query }) {
        const snap = await knowledge.current();
        const all = snap.memo('parties', () => parties(snap));
        const q = query.q?.toLowerCase();
        const hits = q
          ? all.filter((p) => p.code.toLowerCase() === q || p.name.toLowerCase().includes(q))
          : all;
        return paginate(hits, query.limit, query.offset);
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/search',
      tag: 'analysis',
      summary: 'Parties and agreements matching what people type ("Japan", "Philippines RAA", "GSOMIA")',
      query: z.object({ q: z.string().max(200).describe('The search text') }),
      response: z.object({
        parties: z.array(z.object({ code: z.string(), name: z.string(), facts: z.number().int() })),
        types: z.array(FactTypeSchema),
        facts: z.array(CanonicalFactSchema),
      }),
      async handle({ query }) {
        const snap = await knowledge.current();
        const found = search(snap.facts, snap.name, query.q);
        return { ...found, facts: await fullFacts(found.facts.map((f) => f.id)) };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/pairs',
      tag: 'analysis',
      summary: "Pairs with their stage and next step; a party's pairs list that party first",
      query: z.object({ party: PartyArg.optional(), stage: StageSchema.optional(), ...PageQuery }),
      response: pageOf(PairSummarySchema),
      async handle({ query }) {
        const snap = await knowledge.current();
        const party = query.party === undefined ? undefined : partyCode(snap, query.party, 'query.party');
        const all = snap.memo(`pairs:${party ?? ''}`, () => pairSummaries(snap.facts, party));
        const kept = query.stage ? all.filter((p) => p.ladder.stage === query.stage) : all;
        return paginate(kept, query.limit, query.offset);
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/pairs/:a/:b',
      tag: 'analysis',
      summary: "One pair's ladder, facts with their quotes in context and source links, and conflicts",
      params: PairParams,
      query: z.object({
        limit: LimitSchema(200).default(25).describe('Facts per page, 1 to 200 (the ladder counts them all)'),
        offset: z.coerce.number().int().min(0).default(0),
        evidence: z.coerce.number().int().min(1).max(20).default(3).describe('Quotes per fact'),
      }),
      response: PairDetailSchema,
      async handle({ params, query }) {
        const names = await knowledge.names();
        const [a, b] = pair(names, params);
        const key = `pair|${a}|${b}|${query.limit}|${query.offset}|${query.evidence}`;
        const page = { limit: query.limit, offset: query.offset, evidence: query.evidence };
        return cache.get(await knowledge.version(), key, () =>
          read({ kind: 'pair', a, b, names: [names.name(a), names.name(b)], page }),
        );
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/ladder/:a/:b',
      tag: 'analysis',
      summary:
        "One pair's four-stage ladder: the rungs reached, the facts that justify the stage, the next step",
      params: PairParams,
      response: LadderSchema,
      async handle({ params }) {
        // One range of fact_pairs' index, not the whole-graph snapshot: a cold server answers at once.
        const names = await knowledge.names();
        const [a, b] = pair(names, params);
        return cache.get(await knowledge.version(), `ladder|${a}|${b}`, () => read({ kind: 'ladder', a, b }));
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/network',
      tag: 'analysis',
      summary: 'The whole network, or the ego network of a party, with degree and betweenness centrality',
      query: z
        .object({
          party: PartyArg.optional().describe(
            'Center of an ego network: the party, its partners, the ties among them',
          ),
          type: TypeList.optional(),
          status: StatusList.optional(),
          from: DateArg.optional(),
          to: DateArg.optional(),
        })
        .superRefine(checkDateRange('from', 'to', 'query.to')),
      response: NetworkSchema,
      async handle({ query }) {
        const snap = await knowledge.current();
        const center = query.party === undefined ? null : partyCode(snap, query.party, 'query.party');
        const filter = {
          ...(query.type ? { types: query.type } : {}),
          ...(query.status ? { statuses: query.status } : {}),
          ...(query.from ? { from: query.from } : {}),
          ...(query.to ? { to: query.to } : {}),
        };
        const key = `network:${center ?? ''}:${JSON.stringify(filter)}`;
        return snap.memo(
          key,
          () => new RawJson(JSON.stringify(buildNetwork(filterFacts(snap.facts, filter), snap.name, center))),
        );
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/matrix/:party',
      tag: 'analysis',
      summary:
        "A party's partners against mechanism types; each cell the status and date of the most advanced fact",
      params: z.object({ party: PartyArg }),
      response: PartnerMatrixSchema,
      async handle({ params }) {
        const snap = await knowledge.current();
        const party = partyCode(snap, params.party, 'path.party');
        return snap.memo(
          `matrix:${party}`,
          () => new RawJson(JSON.stringify(partnerMatrix(snap.facts, party))),
        );
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/timeline',
      tag: 'analysis',
      summary: 'Dated events (each milestone of each fact), oldest first',
      query: z.object({ party: PartyArg.optional(), type: TypeList.optional(), ...PageQuery }),
      response: pageOf(TimelineEventSchema),
      async handle({ query }) {
        const names = await knowledge.names();
        const party = query.party === undefined ? undefined : partyCode(names, query.party, 'query.party');
        const types = query.type ?? [];
        const events = await knowledge.memo(`timeline:${party ?? ''}:${types.join(',')}`, () =>
          timelineOf(store, { ...(party !== undefined ? { party } : {}), types }),
        );
        return paginate(events, query.limit, query.offset);
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/ties-per-year',
      tag: 'analysis',
      summary: 'Ties formed per year: each fact counted in the year its first step was taken',
      query: z.object({ party: PartyArg.optional(), type: TypeList.optional() }),
      response: TiesPerYearSchema,
      async handle({ query }) {
        const snap = await knowledge.current();
        const party = query.party === undefined ? undefined : partyCode(snap, query.party, 'query.party');
        return snap.memo(`per-year:${party ?? ''}:${query.type?.join(',') ?? ''}`, () =>
          tiesPerYear(
            snap.facts.filter(
              (f) =>
                (party === undefined || f.parties.includes(party)) &&
                (!query.type || query.type.includes(f.type)),
            ),
            (f) => f.formed,
          ),
        );
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/gaps',
      tag: 'analysis',
      summary: 'Partners of a party with one step taken but not another ("an ACSA but no reciprocal access")',
      query: z.object({ party: PartyArg, has: FactTypeSchema, lacks: FactTypeSchema }),
      response: z.object({
        party: z.string(),
        has: FactTypeSchema,
        lacks: FactTypeSchema,
        items: z.array(GapSchema),
      }),
      async handle({ query }) {
        const snap = await knowledge.current();
        const party = partyCode(snap, query.party, 'query.party');
        return {
          party,
          has: query.has,
          lacks: query.lacks,
          items: gapPartners(snap.facts, party, query.has, query.lacks),
        };
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/changes',
      tag: 'analysis',
      summary: 'The latest changes: facts most recently created, moved or reviewed, newest first',
      query: z.object({ limit: LimitSchema(200).default(20) }),
      response: z.object({ items: z.array(CanonicalFactSchema) }),
      async handle({ query }) {
        return { items: await fullFacts(await latestChanges(store, query.limit)) };
      },
    }),
  ];
}

function parties(snap: Snapshot): Party[] {
  const facts = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  for (const f of snap.facts) {
    const ps = [...new Set(f.parties)];
    for (const p of ps) {
      facts.set(p, (facts.get(p) ?? 0) + 1);
      const set = partners.get(p) ?? new Set<string>();
      for (const q of ps) if (q !== p) set.add(q);
      partners.set(p, set);
    }
  }
  return [...facts.keys()]
    .map((code) => ({
      code,
      name: snap.name(code),
      kind: isGroupingCode(code) ? ('grouping' as const) : ('state' as const),
      facts: facts.get(code) ?? 0,
      partners: partners.get(code)?.size ?? 0,
    }))
    .sort((x, y) => y.partners - x.partners || y.facts - x.facts || x.name.localeCompare(y.name));
}
