// Test articles stored through the store's own write path, as an ingest would store them.
import type { PartialDate } from '../schema/fact.js';
import { prepareDocument, storeDocument } from '../store/services/store-document.service.js';
import type { Store } from '../store/store.js';
import { article, type Stated } from './articles.js';

/** Stores an article whose text is `filler` around the stated sentences, with those facts as its claims. */
export function storeArticle(
  store: Store,
  id: string,
  published: PartialDate | null,
  stated: Stated[],
  filler?: string,
): ReturnType<typeof storeDocument> {
  const a = article(id, published, stated, filler);
  return storeDocument(store, prepareDocument(a.doc, a.facts));
}

/** Filler long enough that a document is more than its stated sentences (near-duplicate checks read it). */
export const backgroundFiller = (id: string, repeats: number): string =>
  `Report ${id}: ${'background words '.repeat(repeats)}`;

/** Japan and Italy's ACSA signed on a date: the fact the page tests vary. */
export const acsaSigned = (date: PartialDate): Stated => ({
  sentence: `Japan and Italy signed an ACSA on ${date}.`,
  type: 'acsa',
  parties: ['ITA', 'JPN'],
  status: 'concluded',
  date,
});
