// The browser's view of the HTTP API: typed GETs and POSTs, errors as the API's {code, message}.
import type { z } from 'zod';
import type { Network } from '../../analyze/network.js';
import type { PairSummary } from '../../analyze/pairs.js';
import type { PartnerMatrix } from '../../analyze/partner-matrix.js';
import type { TiesPerYear } from '../../analyze/ties-per-year.js';
import type { TimelineEvent } from '../../store/services/timeline.service.js';
import type { SearchResult } from '../../analyze/search.js';
import type { CanonicalFact, Conflict, Review } from '../../schema/canonical.js';
import type { Fact } from '../../schema/fact.js';
import type { Party } from '../../serve/schemas/analysis.js';
import type { FactDetailSchema, IngestResponseSchema, PairDetail } from '../../serve/schemas/records.js';
import type { Page } from '../../serve/schemas/common.js';
import { session } from './session.js';

export type { CanonicalFact, Conflict, Fact, Network, PairDetail, PairSummary, Party, PartnerMatrix, Review };
export type FactDetail = z.output<typeof FactDetailSchema>;
export type IngestResponse = z.output<typeof IngestResponseSchema>;

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = session.token();
  // The token goes along on reads too: /api/status then says whether this tab can write.
  const headers = {
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...(init.headers as Record<string, string>),
  };
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body ?? {}) as { code?: string; message?: string };
    throw new ApiFailure(res.status, e.code ?? 'HTTP_ERROR', e.message ?? `${res.status} ${res.statusText}`);
  }
  return body as T;
}

function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};
const seg = encodeURIComponent;

export const api = {
  status: () => call<{ documents: number; facts: number; parties: number; writable: boolean }>('/api/status'),
  /** Newest ingested first, without their text. */
  documents: (limit = 1) =>
    call<Page<{ id: string; title: string | null; published: string | null; ingestedAt: string }>>(
      `/api/documents${q({ limit })}`,
    ),
  parties: (limit = 500) => call<Page<Party>>(`/api/parties${q({ limit })}`),
  search: (text: string) => call<SearchResult>(`/api/search${q({ q: text })}`),
  network: (params: Record<string, string | undefined>) => call<Network>(`/api/network${q(params)}`),
  pairs: (party: string) => call<Page<PairSummary>>(`/api/pairs${q({ party, limit: 500 })}`),
  pair: (a: string, b: string, offset = 0) =>
    call<PairDetail>(`/api/pairs/${seg(a)}/${seg(b)}${q({ offset, limit: 25 })}`),
  matrix: (party: string) => call<PartnerMatrix>(`/api/matrix/${seg(party)}`),
  timeline: (party?: string, offset = 0) =>
    call<Page<TimelineEvent>>(`/api/timeline${q({ party, limit: 500, offset })}`),
  tiesPerYear: (party?: string) => call<TiesPerYear>(`/api/ties-per-year${q({ party })}`),
  facts: (params: Record<string, string | number | undefined>) =>
    call<Page<CanonicalFact>>(`/api/facts${q(params)}`),
  fact: (id: number) => call<FactDetail>(`/api/facts/${id}`),
  conflicts: (party?: string) => call<Page<Conflict>>(`/api/conflicts${q({ party, limit: 200 })}`),
  ingest: (body: { text?: string; url?: string; save: boolean; format?: 'text' | 'html' }) =>
    post<IngestResponse>('/api/ingest', body),
  review: (
    id: number,
    body: { action: 'confirm' | 'reject' | 'edit'; reviewer: string; edit?: Record<string, string | null> },
  ) => post<{ review: Review; fact: CanonicalFact }>(`/api/facts/${id}/review`, body),
};
