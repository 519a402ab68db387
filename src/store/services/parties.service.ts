// Party arguments as people type them ("JPN", "jpn", "Japan", "the United States") resolved to ontology codes.
import { AppError, err, ok, type Result } from '../../errors.js';
import { findPartyMentions } from '../../extract/lexicon/find-party-mentions.js';
import { isKnownParty, partyName } from '../../parties/party-catalogue.js';
import { PartyCodeSchema, type PartyCode } from '../../schema/fact.js';
import type { Store } from '../store.js';
import { loadedPartyNames } from './reference.service.js';

export async function resolveParty(store: Store, arg: string): Promise<Result<PartyCode>> {
  const names = await loadedPartyNames(store.db);
  return resolvePartyName(arg, names);
}

/**
 * Codes first (any case), then the extractor's catalogue of names, then the names the reference dataset gave.
 * A code is known when the catalogue or the reference names it: 'XXX' is refused, not read as a party with no facts.
 */
export function resolvePartyName(
  arg: string,
  names: Readonly<Record<string, string>> = {},
): Result<PartyCode> {
  const text = arg.trim();
  const upper = text.toUpperCase();
  if (PartyCodeSchema.safeParse(upper).success && (isKnownParty(upper) || Object.hasOwn(names, upper))) {
    return ok(upper);
  }
  const mentions = findPartyMentions(text);
  const codes = new Set(mentions.map((m) => m.code));
  const covered = mentions.reduce((n, m) => n + (m.end - m.start), 0);
  if (codes.size === 1 && covered >= text.replace(/^the\s+/i, '').length * 0.6) return ok([...codes][0]!);
  const byName = Object.entries(names).find(([, name]) => name.toLowerCase() === text.toLowerCase());
  if (byName) return ok(byName[0]);
  return err(unknownParty(arg));
}

/** The one wording of an unknown party, for the CLI's line and the API's 404 (UNKNOWN_PARTY). */
export function unknownParty(arg: string): AppError {
  return new AppError('UNKNOWN_PARTY', `unknown party '${arg.trim()}': not a country code, name or grouping`);
}

export function displayName(code: string, names: Readonly<Record<string, string>> = {}): string {
  const known = partyName(code);
  return known !== code ? known : (names[code] ?? code);
}
