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
