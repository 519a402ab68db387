// What every export format writes about a fact: the canonical fact, its parties' names, and where its best quote is from.
import type { CanonicalFact } from '../../schema/canonical.js';
import type { BestQuote } from '../../schema/quote.js';
import { displayName } from '../../store/services/parties.service.js';
import { listFacts } from '../../store/services/query.service.js';
import { loadedPartyNames } from '../../store/services/reference.service.js';
import type { Store } from '../../store/store.js';

export interface ExportFact {
  /** Its `quote` carries the document's url, title, outlet and date, or the reference dataset's name and URL. */
  fact: CanonicalFact;
  /** Display names of `fact.parties`, in the same order. */
  names: string[];
}

export interface ExportData {
  facts: ExportFact[];
  /** Code -> display name: the extractor's catalogue first, then names the reference dataset gave. */
  name: (code: string) => string;
}

/** Only equipment_transfer has a direction: its parties are [supplier, recipient]; every other relation is mutual. */
export function isDirected(fact: CanonicalFact): boolean {
  return fact.type === 'equipment_transfer';
}

/** The best quote when it is an article's sentence; a reference entry has no words, title or outlet to export. */
export function article(x: ExportFact): Extract<BestQuote, { kind: 'article' }> | null {
  return x.fact.quote?.kind === 'article' ? x.fact.quote : null;
}

export async function loadExportData(store: Store): Promise<ExportData> {
  const facts = await listFacts(store);
  const names = await loadedPartyNames(store.db);
  const name = (code: string) => displayName(code, names);
  return { name, facts: facts.map((fact) => ({ fact, names: fact.parties.map(name) })) };
}
