// What every export format writes about a fact: the canonical fact, its parties' names, and its best quote's document.
import type { CanonicalFact } from '../../schema/canonical.js';
import { quotedDocuments, type QuotedDocument } from '../../store/repos/export-documents.repo.js';
import { displayName } from '../../store/services/parties.service.js';
import { listFacts } from '../../store/services/query.service.js';
import { loadedPartyNames } from '../../store/services/reference.service.js';
import type { Store } from '../../store/store.js';

export interface ExportFact {
  fact: CanonicalFact;
  /** Display names of `fact.parties`, in the same order. */
  names: string[];
  /** The document the best quote comes from (url, title, outlet, publication date), when it is stored. */
  quoteDoc: QuotedDocument | null;
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

export async function loadExportData(store: Store): Promise<ExportData> {
  const facts = await listFacts(store);
  const names = await loadedPartyNames(store.db);
  const name = (code: string) => displayName(code, names);
  const docs = await quotedDocuments(
    store.db,
    facts.flatMap((f) => (f.quote ? [f.quote.doc] : [])),
  );
  return {
    name,
    facts: facts.map((fact) => ({
      fact,
      names: fact.parties.map(name),
      quoteDoc: fact.quote ? (docs.get(fact.quote.doc) ?? null) : null,
    })),
  };
}
