// Party order of a fact, and the pre-0003 key (type, parties, item, event month) the synthetic bulk loader still uses;
// ingest places claims by event identity (event-identity.ts).
import { EVENT_TYPES, type FactType, type PartialDate, type PartyCode } from '../../schema/fact.js';
import { monthOf } from './partial-date.js';

export interface KeyedClaim {
  type: FactType;
  parties: readonly PartyCode[];
  item: string | null;
  date: PartialDate | null;
}

export interface FactIdentity {
  key: string;
  /** Parties in ontology order: alphabetical, except equipment_transfer's [supplier, recipient]. */
  parties: PartyCode[];
  item: string | null;
}

/** Events without their own date are placed in the month the reporting document was published. */
export function factIdentity(claim: KeyedClaim, published: PartialDate | null): FactIdentity {
  const parties = orderParties(claim.type, claim.parties);
  const parts: string[] = [claim.type, parties.join(',')];
  const item = claim.type === 'equipment_transfer' && claim.item ? claim.item.trim() : null;
  if (item) parts.push(normalizeItem(item));
  if (EVENT_TYPES.includes(claim.type)) {
    const when = claim.date ?? published;
    parts.push(when ? monthOf(when) : 'undated');
  }
  return { key: parts.join('|'), parties, item };
}

export function orderParties(type: FactType, parties: readonly PartyCode[]): PartyCode[] {
  const unique = [...new Set(parties)];
  return type === 'equipment_transfer' ? unique : unique.sort();
}

function normalizeItem(item: string): string {
  return item
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isEventType(type: FactType): boolean {
  return EVENT_TYPES.includes(type);
}
