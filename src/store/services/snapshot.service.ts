// What the API's analysis snapshot is read from: every fact but the rejected ones, a page at a time, in the columns
// the analyses read; the latest changed facts; and a cheap marker that moves whenever the knowledge base changes.
import type { CanonicalFact, Milestones } from '../../schema/canonical.js';
import type { FactType, Status } from '../../schema/fact.js';
import { analysisRows, changeMarkerRow, latestChangedIds } from '../repos/snapshot.repo.js';
import type { Store } from '../store.js';

/** A fact as the analyses read it (no quote, no source counts), before the caller keeps what it needs of it. */
export type AnalysisFact = Pick<
  CanonicalFact,
  'id' | 'type' | 'parties' | 'status' | 'date' | 'item' | 'milestones' | 'conflicts'
>;

/** Facts read per statement: each page is parsed, kept as the caller's compact form and dropped before the next. */
const PAGE = 10_000;

/** Moves whenever the knowledge base changes (an ingest, a review, another process's write). */
export async function changeMarker(store: Store): Promise<string> {
  return changeMarkerRow(store.db);
}

/**
 * Every fact but the rejected ones, in id order, each as `keep` makes it. Read a page at a time, so a store of
 * millions of facts never has them all parsed at once: only what `keep` returns stays.
 */
export async function analysisFacts<T>(
  store: Store,
  keep: (fact: AnalysisFact) => T,
  page = PAGE,
): Promise<T[]> {
  // A few dozen types, statuses and parties, a few thousand party lists, dates and items, shared by 200,000 facts:
  // one copy of each (the driver hands out a fresh string per row), so what is kept grows with the facts' own data only.
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const one = <S extends string | null>(x: S): S => {
    if (x === null) return x;
    const seen = strings.get(x);
    if (seen !== undefined) return seen as S;
    strings.set(x, x);
    return x;
  };
  const partiesOf = (joined: string): string[] => {
    let list = lists.get(joined);
    if (list === undefined) lists.set(joined, (list = joined.split('|').map(one)));
    return list;
  };
  const out: T[] = [];
  for (let after = 0; ;) {
    const rows = await analysisRows(store.db, after, page);
    // Written by the merge code, not by a person: JSON.parse without a schema keeps a 200,000-fact load to seconds.
    for (const r of rows) {
      out.push(
        keep({
          id: r.id,
          type: one(r.type) as FactType,
          parties: partiesOf(r.parties),
          status: one(r.status) as Status,
          date: one(r.date),
          item: one(r.item),
          milestones: JSON.parse(r.milestones) as Milestones,
          conflicts: r.conflict_count,
        }),
      );
    }
    if (rows.length < page) return out;
    after = rows[rows.length - 1]!.id;
  }
}

/** The ids of the facts most recently created or changed (a new source, a move in status, a review), newest first. */
export async function latestChanges(store: Store, limit: number): Promise<number[]> {
  return latestChangedIds(store.db, limit);
}
