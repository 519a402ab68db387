// Where well-known weapon systems come from, so "Manila buys BrahMos missiles" or "the procurement of
// Tomahawk missiles" names the supplier the sentence leaves out. The systems live in the weapons catalogue.
import type { PartyCode } from '../../schema/fact.js';
import { weaponOrigin } from '../catalogues/index.js';

/** The state whose industry makes the first named system in the text (at or after `from`), if any is known. */
export function equipmentOrigin(
  text: string,
  from = 0,
): { code: PartyCode; name: string; index: number } | null {
  return weaponOrigin(text, from);
}

/**
 * Before a document's sentences are read: the ambiguous system names it shows to be systems somewhere ("the K9
 * howitzer") are systems in its other sentences too ("Norway bought the K9"). Null for a document none of whose
 * sentences is read: nothing carries over from the one before.
 */
export { confirmDocumentSystems as readDocumentSystems } from '../catalogues/index.js';
