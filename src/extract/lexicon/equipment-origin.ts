// Where well-known weapon systems come from, so "Manila buys BrahMos missiles" or "the procurement of
// Tomahawk missiles" names the supplier the sentence leaves out. The systems live in the weapons catalogue.
import type { PartyCode } from '../../schema/fact.js';
import { findWeapons, weaponOrigin } from '../catalogues/index.js';

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

/**
 * The state whose industry makes most of the systems a document names, where it makes at least TOPIC_SHARE of
 * them and is named for TOPIC_MENTIONS or more: the maker of what the article is about. (Measured: 2 and 0.6
 * gave as much as 3, and more than a share of 0.7; 0.5 let in more wrong sellers.)
 */
export function systemsMaker(documentText: string): PartyCode | null {
  const counts = new Map<PartyCode, number>();
  let total = 0;
  for (const m of findWeapons(documentText)) {
    counts.set(m.entry.origin, (counts.get(m.entry.origin) ?? 0) + 1);
    total++;
  }
  let best: PartyCode | null = null;
  let most = 0;
  for (const [code, n] of counts)
    if (n > most) {
      best = code;
      most = n;
    }
  return best && most >= TOPIC_MENTIONS && most >= total * TOPIC_SHARE ? best : null;
}
const TOPIC_MENTIONS = 2;
const TOPIC_SHARE = 0.6;
