// Write endpoints: ingest a pasted article or a URL (preview, or save with the token) and review a fact (token).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError, type Result } from '../../errors.js';
import { stripInvisible } from '../../extract/stages/normalize.js';
import { fetchText, type FetchOptions } from '../../ingest/fetch-url.js';
import { ingestDocument } from '../../ingest/ingest-run.js';
import { fromHtml, fromPlainText } from '../../ingest/read-file.js';
import { fromPage } from '../../ingest/read-source.js';
import type { SourceDocument } from '../../schema/document.js';
import { listFactsById } from '../../store/services/query.service.js';
import { reviewFact } from '../../store/services/review.service.js';
import type { StoreOutcome } from '../../store/services/store-document.service.js';
import { fromAppError, notFound } from '../api-error.js';
import type { ServeDeps } from '../deps.js';
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
        const read =
          body.url !== undefined
            ? await readUrl(body.url, {
                timeoutMs: deps.fetchTimeoutMs,
                allowPrivateUrls: deps.allowPrivateUrls === true,
              })
            : readPasted(body.text!, body.format);
        const doc: SourceDocument = {
          ...unwrap(read),
          // Stored free text holds no bidi or zero-width controls.
          ...(body.title !== undefined ? { title: stripInvisible(body.title) } : {}),
          ...(body.source !== undefined ? { source: stripInvisible(body.source) } : {}),
          ...(body.published !== undefined ? { published: body.published } : {}),
        };
        if (doc.source === null && body.url === undefined) doc.source = 'pasted';
        const extracted = extractOrExplain(deps, doc);
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

/** An over-budget document answers with its code, not a 500. */
function extractOrExplain(deps: ServeDeps, doc: SourceDocument): ReturnType<ServeDeps['extract']> {
  try {
    return deps.extract(doc);
  } catch (e) {
    if (e instanceof AppError) throw fromAppError(e);
    throw e;
  }
}

function unwrap<T>(result: Result<T, AppError>): T {
  if (!result.ok) throw fromAppError(result.error);
  return result.value;
}

async function readUrl(url: string, fetch: FetchOptions): Promise<Result<SourceDocument>> {
  const fetched = await fetchText(url, fetch);
  return fetched.ok ? fromPage(fetched.value, null) : fetched;
}

/** A pasted article's id is its content hash: pasting the same text twice names the same document. */
function readPasted(text: string, format: 'text' | 'html'): Result<SourceDocument> {
  const id = `pasted:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  return format === 'html' ? fromHtml(id, text, 'body.text') : fromPlainText(id, text, 'body.text');
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
