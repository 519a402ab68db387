// What the API's analysis snapshot holds: every fact but the rejected ones in the columns the analyses read, and a
// cheap marker that moves whenever the knowledge base changes.
import type { CanonicalFact, Milestones } from '../../schema/canonical.js';
import type { FactType, Status } from '../../schema/fact.js';
import { analysisRows, changeMarkerRow } from '../repos/snapshot.repo.js';
import type { Store } from '../store.js';

/** A fact as the analyses need it (no quote, no source counts): small enough to hold a few hundred thousand. */
export type AnalysisFact = Pick<
  CanonicalFact,
  'id' | 'type' | 'parties' | 'status' | 'date' | 'item' | 'milestones' | 'conflicts' | 'updatedAt'
>;

/** Moves whenever the knowledge base changes (an ingest, a review, another process's write). */
export async function changeMarker(store: Store): Promise<string> {
  return changeMarkerRow(store.db);
}

/** Every fact but the rejected ones, in id order, as the analyses read them. */
export async function analysisFacts(store: Store): Promise<AnalysisFact[]> {
  const rows = await analysisRows(store.db);
  // A few dozen types, statuses and parties, and a few thousand party lists, shared by 200,000 facts: one copy of each
  // (the driver hands out a fresh string per row), so the snapshot grows with the facts' own data only.
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const one = (x: string): string => {
    const seen = strings.get(x);
    if (seen !== undefined) return seen;
    strings.set(x, x);
    return x;
  };
  const partiesOf = (joined: string): string[] => {
    let list = lists.get(joined);
    if (list === undefined) lists.set(joined, (list = joined.split('|').map(one)));
    return list;
  };
  // Written by the merge code, not by a person: JSON.parse without a schema keeps a 200,000-fact load to seconds.
  return rows.map((r) => ({
    id: r.id,
    type: one(r.type) as FactType,
    parties: partiesOf(r.parties),
    status: one(r.status) as Status,
    date: r.date,
    item: r.item,
    milestones: JSON.parse(r.milestones) as Milestones,
    conflicts: r.conflict_count,
    updatedAt: r.updated_at,
  }));
}
