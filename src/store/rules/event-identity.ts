// Which real-world event or instrument a claim speaks of: by the name the text gives it, else by type, parties and date.
import { findExercises, findInstruments, findWeapons } from '../../extract/catalogues/index.js';
import type { Milestones } from '../../schema/canonical.js';
import { EVENT_TYPES, FACT_TYPES, type FactType, type PartialDate, type Status } from '../../schema/fact.js';
import { STATUS_RANK } from './lifecycle.js';
import { dateRange } from './partial-date.js';

/** What identity needs of a claim. */
export interface IdentityClaim {
  type: FactType;
  status: Status;
  date: PartialDate | null;
  /** The instrument, programme or exercise the sentence names (see `eventName`), or null. */
  name: string | null;
}

/** A canonical fact of the same type, parties and item, as identity sees it. */
export interface EventCandidate {
  id: number;
  name: string | null;
  /** Each reported status with its milestone date (null: reported, never dated). */
  dates: Partial<Record<Status, PartialDate | null>>;
}

export type Resolution = { kind: 'join'; id: number } | { kind: 'new'; undated: boolean };

/** Types an instrument name identifies: every type but the events, the programmes and the transfers. */
const AGREEMENT_NAMED: ReadonlySet<FactType> = new Set<FactType>(
  FACT_TYPES.filter(
    (t) => !EVENT_TYPES.includes(t) && t !== 'joint_development' && t !== 'equipment_transfer',
  ),
);

/**
 * The name the sentence gives the event: an instrument of the claim's type ("EDCA", "Defense Cooperation
 * Guidelines"), the exercise ("Balikatan"), the system a development programme is about ("SM-3 Block IIA").
 * Names a type shares with every instance ("ACSA", "Reciprocal Access Agreement") are names too: same name, same
 * instrument between the same parties.
 */
export function eventName(type: FactType, text: string): string | null {
  if (type === 'joint_exercise') return findExercises(text)[0]?.entry.name ?? null;
  if (type === 'joint_development') return findWeapons(text)[0]?.entry.names[0] ?? null;
  if (!AGREEMENT_NAMED.has(type)) return null;
  const entry = findInstruments(text).find((m) => m.entry.type === type)?.entry;
  return entry ? (entry.acronyms[0] ?? entry.names[0] ?? null) : null;
}

const REVISION =
  /\b(?:revis(?:e|ed|es|ing|ion)|amend(?:ed|s|ing|ment)?|renew(?:ed|s|al|ing)?|updat(?:e|ed|ing))\b/i;

/** "revised", "amended", "renewed": the sentence reports a later step of an existing instrument, not its signing. */
export function isRevision(text: string): boolean {
  return REVISION.test(text);
}

/** The type, parties and item: every fact that could be the claim's event shares it. */
export function baseKey(type: FactType, parties: readonly string[], item: string | null): string {
  const parts: string[] = [type, parties.join(',')];
  if (item) parts.push(normalizeItem(item));
  return parts.join('|');
}

export function normalizeItem(item: string): string {
  return item
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key of a new fact: its base and what set it apart when it was created (name, date, or undated), unique by `n`. */
export function eventKey(base: string, claim: IdentityClaim, n: number): string {
  const tag = claim.name
    ? slug(claim.name)
    : claim.date
      ? claim.date.slice(0, EVENT_TYPES.includes(claim.type) ? 7 : 4)
      : 'undated';
  return [base, tag, ...(n > 0 ? [String(n + 1)] : [])].join('|');
}

/**
 * Which candidate the claim is about. A named claim joins the fact of that name (an exercise's iteration also by
 * date); otherwise a dated claim joins the closest fact whose milestones its date fits, and a new event starts when
 * none fits. An undated claim joins the only candidate, or the undated fact when there are several, or starts one.
 */
export function resolveEvent(claim: IdentityClaim, candidates: readonly EventCandidate[]): Resolution {
  const event = EVENT_TYPES.includes(claim.type);
  if (claim.date === null) {
    if (candidates.length === 1) return { kind: 'join', id: candidates[0]!.id };
    const named = claim.name ? candidates.filter((c) => c.name === claim.name) : [];
    if (named.length === 1 && !event) return { kind: 'join', id: named[0]!.id };
    const undated = candidates.find((c) => !isDated(c));
    return undated ? { kind: 'join', id: undated.id } : { kind: 'new', undated: true };
  }
  let best: { id: number; score: number } | null = null;
  for (const c of candidates) {
    const sameName = claim.name !== null && c.name === claim.name;
    const otherName = claim.name !== null && c.name !== null && c.name !== claim.name;
    // An exercise of another name is another exercise; instruments of another name may be one named two ways.
    if (event && otherName) continue;
    const distance = fit(claim, c, event);
    // A named instrument's later dates are its revisions and renewals: still the same instrument.
    if (distance === null && !(sameName && !event)) continue;
    const score = (sameName ? 0 : 1e9) + (distance ?? 1e8);
    if (best === null || score < best.score) best = { id: c.id, score };
  }
  return best ? { kind: 'join', id: best.id } : { kind: 'new', undated: false };
}

/** Records a claim in a candidate the way merging would, so the next claim of the same document sees it. */
export function absorb(c: EventCandidate, claim: IdentityClaim): EventCandidate {
  const dates = { ...c.dates };
  if (dates[claim.status] === undefined || (dates[claim.status] === null && claim.date !== null))
    dates[claim.status] = claim.date;
  return { id: c.id, name: c.name ?? claim.name, dates };
}

function isDated(c: EventCandidate): boolean {
  return Object.values(c.dates).some((d) => d !== null && d !== undefined);
}

const DAY = 1;
/** Day numbers count 12 months of 31 days (see `span`). */
const YEAR = 372;

/**
 * How far (in days) the claim's date lies from the candidate's milestones, or null when it cannot be the same
 * event: a meeting or exercise within about a month; an agreement's same step within a year (two dates for one
 * signing are a conflict, not two treaties), a later step up to 8 years after an earlier one (a signing to entry
 * into force), an earlier step at most a year after a later one.
 */
function fit(claim: IdentityClaim, c: EventCandidate, event: boolean): number | null {
  const day = span(claim.date!);
  let nearest: number | null = null;
  for (const [status, date] of Object.entries(c.dates) as [Status, PartialDate | null][]) {
    if (!date) continue;
    const other = span(date);
    const gap = other.lo > day.hi ? other.lo - day.hi : day.lo > other.hi ? -(day.lo - other.hi) : 0;
    // gap > 0: the claim's date is before the milestone's; gap < 0: after it.
    let ok: boolean;
    if (event) ok = Math.abs(gap) <= 31 * DAY;
    else if (status === claim.status) ok = Math.abs(gap) <= YEAR;
    else if (STATUS_RANK[claim.status] > STATUS_RANK[status])
      ok = gap <= YEAR && -gap <= (claim.status === 'ended' ? 80 : 8) * YEAR;
    else ok = -gap <= YEAR && gap <= (status === 'ended' ? 80 : 10) * YEAR;
    if (!ok) return null;
    nearest = nearest === null ? Math.abs(gap) : Math.min(nearest, Math.abs(gap));
  }
  return nearest ?? 5 * YEAR;
}

/** A partial date as a range of day numbers (days since year 0, months of 31 days: enough to measure gaps). */
function span(date: PartialDate): { lo: number; hi: number } {
  const r = dateRange(date);
  return { lo: dayNumber(r.lo!), hi: dayNumber(r.hi!) };
}

function dayNumber(yyyymmdd: number): number {
  const y = Math.floor(yyyymmdd / 10000);
  const m = Math.floor(yyyymmdd / 100) % 100;
  const d = yyyymmdd % 100;
  return y * 372 + (m - 1) * 31 + (d - 1);
}

function slug(name: string): string {
  return normalizeItem(name).replace(/ /g, '-');
}

/** A claim to place: its identity and the base key of its type, parties and item. */
export interface PlaceableClaim extends IdentityClaim {
  base: string;
}

/**
 * Places one document's claims in order: each joins a candidate of its base or starts a new one (numbered by
 * `newId`), and later claims of the document see what earlier ones did. `pool` holds the candidates of each base
 * and is updated in place.
 */
export function placeClaims(
  claims: readonly PlaceableClaim[],
  pool: Map<string, EventCandidate[]>,
  newId: () => number,
): { id: number; created: boolean }[] {
  return claims.map((claim) => {
    const candidates = pool.get(claim.base) ?? [];
    pool.set(claim.base, candidates);
    const resolved = resolveEvent(claim, candidates);
    if (resolved.kind === 'new') {
      const id = newId();
      candidates.push(absorb({ id, name: null, dates: {} }, claim));
      return { id, created: true };
    }
    const at = candidates.findIndex((c) => c.id === resolved.id);
    candidates[at] = absorb(candidates[at]!, claim);
    return { id: resolved.id, created: false };
  });
}

/** A stored fact as a candidate: its name and each milestone's date. */
export function candidateOf(id: number, name: string | null, milestones: Milestones): EventCandidate {
  const dates: EventCandidate['dates'] = {};
  for (const [status, m] of Object.entries(milestones) as [Status, Milestones[Status]][])
    if (m) dates[status] = m.date;
  return { id, name, dates };
}
