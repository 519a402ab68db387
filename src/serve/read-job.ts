// One read of the pair endpoints as plain data: answered by a read worker over its own SQLite connection, or in-thread
// over the store's query layer; either way the answer is the same JSON.
import { ladderOf } from '../analyze/ladder.js';
import type { PageReads } from '../store/services/page-reads.service.js';
import { pairDetail, pairDetailJson, pairLadderFacts, type PairPage } from './pair-detail.js';

export type ReadJob =
  /** `names`: the display names of `a` and `b`, resolved by the request thread (which holds the party names). */
  | { kind: 'pair'; a: string; b: string; names: [string, string]; page: PairPage }
  | { kind: 'ladder'; a: string; b: string };

/** The job's answer, serialized (what the endpoint sends as it is). */
export async function runReadJob(reads: PageReads, job: ReadJob): Promise<string> {
  if (job.kind === 'ladder') return JSON.stringify(ladderOf(await pairLadderFacts(reads, job.a, job.b)));
  const { a, b, names, page } = job;
  const name = (code: string) => (code === a ? names[0] : code === b ? names[1] : code);
  // Reads that hold stored cards (a read worker's) write the page from them; the query layer's are built as objects.
  return reads.factCards
    ? pairDetailJson(reads, a, b, name, page)
    : JSON.stringify(await pairDetail(reads, a, b, name, page));
}
