// How directly a sentence states a fact (trigger, both parties, status cue, date), as one sortable rank.
import { findPartyMentions } from '../../extract/lexicon/find-party-mentions.js';
import { decideStatus, otherStatuses } from '../../extract/relations/decide-status.js';
import { findTriggers } from '../../extract/relations/find-triggers.js';
import { normalizeText } from '../../extract/stages/normalize.js';
import type { FactType, PartialDate, Status } from '../../schema/fact.js';

/** What ranking needs of a claim and the fact it joined. */
export interface RankedClaim {
  type: FactType;
  status: Status;
  date: PartialDate | null;
  /** The fact's parties. */
  parties: readonly string[];
  quote: string;
  reference: boolean;
  nearDuplicate: boolean;
}

/**
 * Whether the sentence carries a trigger of the fact's type, and a cue for its status, as the extractor reads
 * them (its phrasebook and catalogues): one set of rules says what a sentence states, here as in extraction.
 */
function statedBy(text: string, type: FactType, status: Status): { trigger: boolean; cue: boolean } {
  const normalized = normalizeText(text);
  const triggers = findTriggers(normalized, null).filter(
    (t) => t.type === type || (t.alsoTypes ?? []).includes(type),
  );
  const cue = triggers.some(
    (t) => decideStatus(normalized, t) === status || otherStatuses(normalized, t).includes(status),
  );
  return { trigger: triggers.length > 0, cue };
}

/** Hypotheticals and conditionals: "if the two countries sign", "the deal could include" (not the month May). */
const HEDGE = /\b(?:[Ii]f|[Cc]ould|[Ww]ould|[Mm]ight|may)\b/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Directness an article's sentence needs to be quoted before the reference table's entry: trigger and parties. */
export const DIRECT_ENOUGH = 18;
const BAND = 20_000;

/**
 * Higher is better, in fixed bands so that one number orders quotes as an analyst would: an article sentence that
 * states the fact (directness of at least DIRECT_ENOUGH), then the reference table's entry, then a weaker article
 * sentence; an original before a copy; then directness (0-40: trigger 10, both parties 10 or one 4, the status
 * cue 8, the date 6, minus 8 for a hedge); then a sentence near 160 characters over a sprawling one.
 */
export function claimRank(c: RankedClaim): number {
  const d = directness(c);
  const band = c.reference ? 1 : d >= DIRECT_ENOUGH ? 2 : 0;
  return band * BAND + (c.nearDuplicate ? 0 : 10_000) + d * 100 + conciseness(c.quote);
}

/** The band of a rank (2: a direct article sentence, 1: the reference entry, 0: a weak sentence). */
export function quoteBand(rank: number): number {
  return Math.floor(rank / BAND);
}

export function directness(c: RankedClaim): number {
  const text = c.quote;
  let score = 0;
  const stated = statedBy(text, c.type, c.status);
  if (stated.trigger) score += 10;
  const named = new Set(findPartyMentions(text).map((m) => m.code));
  const present = c.parties.filter((p) => named.has(p)).length;
  score += present >= Math.min(2, c.parties.length) ? 10 : present > 0 ? 4 : 0;
  if (stated.cue) score += 8;
  if (c.date !== null && statesDate(text, c.date)) score += 6;
  if (HEDGE.test(text)) score -= 8;
  return Math.max(0, Math.min(40, score));
}

/** The sentence gives the date: its year, and its month's name when the date has one. */
export function statesDate(text: string, date: PartialDate): boolean {
  if (!text.includes(date.slice(0, 4))) {
    // "on Monday", "last month": a relative date the extractor resolved still counts when the month is named.
    const month = date.length >= 7 ? MONTHS[Number(date.slice(5, 7)) - 1] : undefined;
    return month !== undefined && new RegExp(`\\b${month}`, 'i').test(text);
  }
  if (date.length < 7) return true;
  const month = MONTHS[Number(date.slice(5, 7)) - 1]!;
  return new RegExp(`\\b${month}`, 'i').test(text) || text.includes(date.slice(0, 7));
}

/** 0-99: a sentence near 160 characters over a heading fragment or a sprawling paragraph. */
export function conciseness(quote: string): number {
  return Math.max(0, 99 - Math.floor(Math.abs(quote.length - 160) / 4));
}
