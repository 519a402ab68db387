// The latest changes to the knowledge base, newest first (the timeline itself is the store's: timeline.service.ts).
import type { CanonicalFact } from '../schema/canonical.js';

/** Facts most recently created or changed (a new source, a move in status, a review), newest first. */
export function latestChanges<F extends Pick<CanonicalFact, 'id' | 'updatedAt'>>(
  facts: readonly F[],
  limit = 20,
): F[] {
  return [...facts]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id)
    .slice(0, Math.max(0, limit));
}
