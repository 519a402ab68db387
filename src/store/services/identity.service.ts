// Places a document's claims in the events they speak of (inside the caller's transaction), creating facts for new ones.
import type { FactType, PartialDate, Status } from '../../schema/fact.js';
import type { Db } from '../database.js';
import { factsOfBases, insertNewFacts, setFactIdentity, takenKeys } from '../repos/facts.repo.js';
import { claimRank } from '../rules/directness.js';
import {
  baseKey,
  candidateOf,
  eventKey,
  eventName,
  placeClaims,
  type EventCandidate,
  type PlaceableClaim,
} from '../rules/event-identity.js';
import { orderParties } from '../rules/fact-key.js';
import { parseMilestones } from './merge.service.js';

/** A claim as stored, with what identity and ranking need to know of it and its document. */
export interface ClaimToPlace {
  type: FactType;
  parties: readonly string[];
  item: string | null;
  status: Status;
  date: PartialDate | null;
  quote: string;
  reference: boolean;
  nearDuplicate: boolean;
}

export interface PlacedLink {
  factId: number;
  created: boolean;
  /** The claim's rank on the link (rules/directness.ts). */
  rank: number;
}

/** What identity reads of a claim: its parties in ontology order, its base key and the name its sentence gives. */
export function placeable(c: ClaimToPlace): PlaceableClaim & { parties: string[]; item: string | null } {
  const parties = orderParties(c.type, c.parties);
  const item = c.type === 'equipment_transfer' && c.item ? c.item.trim() : null;
  return {
    type: c.type,
    status: c.status,
    date: c.date,
    name: eventName(c.type, c.quote),
    base: baseKey(c.type, parties, item),
    parties,
    item,
  };
}

export function rankOf(c: ClaimToPlace): number {
  return claimRank({ ...c, parties: orderParties(c.type, c.parties) });
}

/** The base of a claim (see `placeable`): the name of the facts its transaction may read and write. */
export function baseOf(c: Pick<ClaimToPlace, 'type' | 'parties' | 'item'>): string {
  const parties = orderParties(c.type, c.parties);
  const item = c.type === 'equipment_transfer' && c.item ? c.item.trim() : null;
  return baseKey(c.type, parties, item);
}

export async function placeDocumentClaims(
  trx: Db,
  claims: readonly ClaimToPlace[],
  now: string,
): Promise<PlacedLink[]> {
  const placed = claims.map(placeable);
  const bases = [...new Set(placed.map((p) => p.base))];
  const pool = new Map<string, EventCandidate[]>(bases.map((b) => [b, []]));
  for (const r of await factsOfBases(trx, bases))
    pool.get(r.base!)!.push(candidateOf(r.id, r.name, parseMilestones(r.milestones)));
  const namedBefore = new Map([...pool.values()].flat().map((c) => [c.id, c.name]));
  let provisional = 0;
  const targets = placeClaims(placed, pool, () => --provisional);
  // New events become facts in the order the document first names them, each under a key no fact holds yet.
  const fresh = targets.flatMap((t, i) => (t.created ? [{ t, p: placed[i]! }] : []));
  const wanted = fresh.map(({ p }) => eventKey(p.base, p, 0));
  const taken = await takenKeys(trx, fresh.length > 0 ? bases : [], wanted);
  const created = fresh.map(({ t, p }, n) => {
    const key = firstFree(wanted[n]!, taken);
    taken.add(key);
    const name = pool.get(p.base)!.find((c) => c.id === t.id)?.name ?? null;
    return { key, base: p.base, name, type: p.type, parties: p.parties, item: p.item, now };
  });
  const ids = await insertNewFacts(trx, created);
  const real = new Map(fresh.map(({ t }, n) => [t.id, ids[n]!]));
  // A fact first reported without a name takes the name a later sentence gives it.
  for (const candidates of pool.values()) {
    for (const c of candidates) {
      if (c.id > 0 && c.name !== null && namedBefore.get(c.id) === null)
        await setFactIdentity(trx, c.id, { name: c.name });
    }
  }
  return targets.map((t, i) => ({
    factId: t.id < 0 ? real.get(t.id)! : t.id,
    created: t.created,
    rank: rankOf(claims[i]!),
  }));
}

/** `key`, else `key|2`, `key|3`, ... (as `freeKey` chooses). */
function firstFree(key: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? key : `${key}|${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
