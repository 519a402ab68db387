// One row of the gazetteer: a surface form and the party it names (or nothing, for a stop phrase).
import type { PartyCode } from '../../schema/fact.js';
import type { MentionKind } from './party-mention.js';

export interface CatalogueEntry {
  /** The surface form, case-sensitive, as it appears in English news copy. */
  text: string;
  /**
   * The party named, or null for a stop phrase ("South China Sea"): a stop phrase takes part in the
   * longest-match contest so that the country inside it is not reported, and yields nothing itself.
   */
  code: PartyCode | null;
  kind: MentionKind;
  /** For people: the short forms ("Nakatani") that name the same person later in one text. */
  surnames?: readonly string[];
  /** Match this spelling only: no ASCII-folded or hyphen-less variant ("San José" is not "San Jose", California). */
  exact?: boolean;
}

/** A stop phrase: matched like a name, reported as nothing. */
export function stop(text: string): CatalogueEntry {
  return { text, code: null, kind: 'name' };
}
