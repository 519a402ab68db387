// The shape of a party mention found in text: what the gazetteer hands to the relation stage.
import type { PartyCode } from '../../schema/fact.js';

/**
 * How a mention names its party. Relations weigh them differently: a capital after
 * "in" is a place, not a government; a demonym before "counterpart" is a person's state.
 */
export type MentionKind =
  | 'name' // "Japan", "the United Kingdom", "Republic of Korea"
  | 'abbreviation' // "U.S.", "UK", "ROK", "PRC", "UAE"
  | 'demonym' // "Japanese", "British"
  | 'capital' // "Tokyo", "Washington" (may be a place or a government); "Busan", "Darwin" (a place)
  | 'grouping' // "NATO", "the Quad", "Association of Southeast Asian Nations"
  | 'institution' // "White House", "Pentagon", "Self-Defense Forces", "Royal Navy"
  | 'firm' // "Mitsubishi Heavy Industries", "Raytheon"
  | 'ship' // "HMS Atherstone"
  | 'person' // "Gen Nakatani", "Lloyd Austin"
  | 'speaker'; // "we", "our" in a quotation: the state of whoever speaks it (speakers.ts)

export interface PartyMention {
  /** Offsets into the text searched, [start, end). */
  start: number;
  end: number;
  code: PartyCode;
  kind: MentionKind;
  text: string;
}
