// Write endpoints: ingest a pasted article or a URL (preview, or save with the token) and review a fact (token).
import { z } from 'zod';
import { AppError, type Result } from '../../errors.js';
import { stripInvisible } from '../../extract/stages/normalize.js';
import { fetchText } from '../../ingest/fetch-url.js';
import { ingestDocument } from '../../ingest/ingest-run.js';
import type { SourceDocument } from '../../schema/document.js';
import { listFactsById } from '../../store/services/query.service.js';
import { reviewFact } from '../../store/services/review.service.js';
import type { StoreOutcome } from '../../store/services/store-document.service.js';
import { fromAppError, notFound } from '../api-error.js';
import type { ServeDeps } from '../deps.js';
import { runExtractJob, type ExtractJob, type ExtractJobOutput } from '../extract-job.js';
import { endpoint, type AnyEndpoint } from '../endpoint.js';
import {
  IngestRequestSchema,
  IngestResponseSchema,
  ReviewRequestSchema,
  ReviewResponseSchema,
} from '../schemas/records.js';

export function writeEndpoints(deps: ServeDeps): AnyEndpoint[] {
  const { store, knowledge } = deps;
  return [
    endpoint({
      method: 'post',
      path: '/api/ingest',
      tag: 'write',
      summary: 'Extract the facts of a pasted article or a URL; preview them, or save the document (token)',
      description:
        'Preview of pasted text is open to all. Saving (save: true) and fetching a URL need the bearer token. ' +
        'Pasted text is read as plain text unless format is "html".',
      auth: 'handler',
      body: IngestRequestSchema,
      response: IngestResponseSchema,
      async handle({ body }, ctx) {
        if (body.url !== undefined) ctx.requireToken('fetching a URL');
        if (body.save) ctx.requireToken('saving a document');
        const input: ExtractJob['input'] =
          body.url !== undefined
            ? {
                kind: 'page',
                page: unwrap(
                  await fetchText(body.url, {
                    timeoutMs: deps.fetchTimeoutMs,
                    allowPrivateUrls: deps.allowPrivateUrls === true,
                  }),
                ),
              }
            : { kind: body.format, text: body.text! };
        const job: ExtractJob = {
          input,
          ...(body.published !== undefined ? { published: body.published } : {}),
        };
        const { doc: read, facts: extracted } = await readAndExtract(deps, job);
        const doc: SourceDocument = {
          ...read,
          // Stored free text holds no bidi or zero-width controls.
          ...(body.title !== undefined ? { title: stripInvisible(body.title) } : {}),
          ...(body.source !== undefined ? { source: stripInvisible(body.source) } : {}),
        };
        if (doc.source === null && body.url === undefined) doc.source = 'pasted';
        // Below-threshold readings are saved as candidates for review, but are not shown as the article's facts.
        const facts = extracted.filter((f) => f.candidate !== true);
        const document = {
          id: doc.id,
          title: doc.title,
          url: doc.url,
          source: doc.source,
          published: doc.published,
          text: doc.text,
        };
        if (!body.save) return { saved: false, document, facts, outcome: null };
        let outcome: StoreOutcome;
        try {
          outcome = await ingestDocument(store, doc, () => extracted);
        } finally {
          knowledge.invalidate();
        }
        return { saved: outcome.kind !== 'duplicate', document, facts, outcome: outcomeOf(outcome) };
      },
    }),
    endpoint({
      method: 'post',
      path: '/api/facts/:id/review',
      tag: 'write',
      summary: 'Confirm, reject or correct a fact; who and when are kept with what changed',
      auth: 'token',
      params: z.object({ id: z.coerce.number().int().positive() }),
      body: ReviewRequestSchema,
      response: ReviewResponseSchema,
      async handle({ params, body }) {
        const reviewed = await reviewFact(store, {
          factId: params.id,
          reviewer: body.reviewer,
          action: body.action,
          ...(body.edit !== undefined ? { edit: body.edit } : {}),
        });
        knowledge.invalidate();
        const review = unwrap(reviewed);
        const [fact] = await listFactsById(store, [params.id]);
        if (!fact) throw notFound(`fact ${params.id} is gone`);
        return { review, fact };
      },
    }),
  ];
}

/**
 * Reads the document and extracts its facts: in the pool's worker threads when the server has one (the request
 * thread stays free), else in-thread with the injected extractor. An unreadable or over-budget document answers
 * with its code, not a 500.
 */
async function readAndExtract(deps: ServeDeps, job: ExtractJob): Promise<ExtractJobOutput> {
  try {
    return deps.extractPool ? await deps.extractPool.run(job) : runExtractJob(job, deps.extract);
  } catch (e) {
    if (e instanceof AppError) throw fromAppError(e);
    throw e;
  }
}

function unwrap<T>(result: Result<T, AppError>): T {
  if (!result.ok) throw fromAppError(result.error);
  return result.value;
}

function outcomeOf(o: StoreOutcome): z.input<typeof IngestResponseSchema>['outcome'] {
  if (o.kind === 'duplicate')
    return { kind: o.kind, id: o.id, of: o.of, newFacts: [], changedFacts: [], conflicts: 0 };
  return {
    kind: o.kind,
    id: o.id,
    of: o.of,
    newFacts: o.newFacts,
    changedFacts: o.changedFacts,
    conflicts: o.conflicts,
  };
}
