// Reviews: a person confirms, rejects or edits a canonical fact; each is recorded with who, when, before and after.
import { AppError, err, ok, type Result } from '../../errors.js';
import { FactEditSchema, ReviewActionSchema, type FactEdit, type Review } from '../../schema/canonical.js';
import type { Status } from '../../schema/fact.js';
import { getFact, updateFact } from '../repos/facts.repo.js';
import { insertReview, reviewsOf } from '../repos/reviews.repo.js';
import type { Store } from '../store.js';
import { parseOverride, refreshFact } from './merge.service.js';

export interface ReviewRequest {
  factId: number;
  reviewer: string;
  action: 'confirm' | 'reject' | 'edit';
  /** For `edit`: the values that replace what the sources say. */
  edit?: FactEdit;
}

export async function reviewFact(
  store: Store,
  request: ReviewRequest,
  now = new Date(),
): Promise<Result<Review>> {
  const edit = FactEditSchema.safeParse(request.edit ?? {});
  if (!edit.success || request.reviewer.trim() === '') {
    return err(
      new AppError('INVALID_INPUT', 'a review needs a reviewer and a valid edit', `fact ${request.factId}`),
    );
  }
  if (request.action === 'edit' && Object.keys(edit.data).length === 0) {
    return err(
      new AppError('INVALID_INPUT', 'an edit must change status, date or item', `fact ${request.factId}`),
    );
  }
  const at = now.toISOString();
  return store.write(async (trx): Promise<Result<Review>> => {
    const fact = await getFact(trx, request.factId);
    if (!fact) return err(new AppError('NOT_FOUND', 'no such fact', `fact ${request.factId}`));
    const before: FactEdit = { status: fact.status as Status, date: fact.date, item: fact.item };
    if (request.action === 'edit') {
      const override = { ...(parseOverride(fact.override) ?? {}), ...edit.data };
      await updateFact(trx, fact.id, {
        override: JSON.stringify(override),
        review: 'edited',
        ...(edit.data.item !== undefined ? { item: edit.data.item } : {}),
      });
      await refreshFact(trx, fact.id, new Set(), at);
    } else {
      await updateFact(trx, fact.id, { review: request.action === 'confirm' ? 'confirmed' : 'rejected' });
    }
    const updated = (await getFact(trx, fact.id))!;
    const after: FactEdit = { status: updated.status as Status, date: updated.date, item: updated.item };
    const id = await insertReview(trx, {
      fact_id: fact.id,
      reviewer: request.reviewer,
      at,
      action: request.action,
      before: JSON.stringify(before),
      after: JSON.stringify(after),
    });
    return ok({ id, factId: fact.id, reviewer: request.reviewer, at, action: request.action, before, after });
  });
}

export async function reviewHistory(store: Store, factId: number): Promise<Review[]> {
  const rows = await reviewsOf(store.db, factId);
  return rows.map((r) => ({
    id: r.id,
    factId: r.fact_id,
    reviewer: r.reviewer,
    at: r.at,
    action: ReviewActionSchema.parse(r.action),
    before: FactEditSchema.parse(JSON.parse(r.before)),
    after: FactEditSchema.parse(JSON.parse(r.after)),
  }));
}
