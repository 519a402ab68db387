// The gazetteer: finds every party mention in a text, left to right, the longest match winning at each point.
import type { PartyCode } from '../../schema/fact.js';
import { readNameWords, readTitledName } from './name-reader.js';
import { COMMON_WORD_FIRMS } from './firms.js';
import { catalogueEntries, type CatalogueEntry } from './gazetteer.js';
import type { MentionKind, PartyMention } from './party-mention.js';
import { PhraseTrie } from './phrase-trie.js';
import { regionMentions } from './regions.js';
import { PLURAL_SHIP_PREFIX, SHIP_NAME_CONNECTORS, SHIP_PREFIXES } from './ships.js';
import { newToken, readToken, tokenKey, type Token } from './token-scanner.js';
import { WordKeys } from './word-keys.js';

interface Gazetteer {
  trie: PhraseTrie<CatalogueEntry>;
  /** Surnames of listed people that name one state only: "Prime Minister Modi", "President Xi". */
  surnames: Map<string, PartyCode>;
  ships: Map<string, PartyCode>;
  /**
   * First characters of ship prefixes, so the scan can skip tokens that start nothing: a byte per ASCII code,
   * a set beyond (asked of most words of every text, a set's look-up cost more than the rest of the test).
   */
  shipStarts: { ascii: Uint8Array; other: ReadonlySet<number> };
  /** The ship prefixes and the surnames, by hash slot: with the trie's first keys, every key a word may hit. */
  otherKeys: WordKeys;
}

let cached: Gazetteer | undefined;

/** Built on first use from the catalogue, then shared: the catalogue is constant data. */
function gazetteer(): Gazetteer {
  if (cached) return cached;
  const trie = new PhraseTrie<CatalogueEntry>();
  const surnames = new Map<string, PartyCode | null>();
  for (const entry of catalogueEntries()) {
    trie.insert(entry.text, entry);
    for (const s of entry.kind === 'person' ? (entry.surnames ?? []) : []) {
      const had = surnames.get(s);
      surnames.set(s, had === undefined || had === entry.code ? entry.code : null);
    }
  }
  const ships = new Map<string, PartyCode>(Object.entries(SHIP_PREFIXES));
  ships.set(PLURAL_SHIP_PREFIX.first, PLURAL_SHIP_PREFIX.code);
  const shipStarts = { ascii: new Uint8Array(128), other: new Set<number>() };
  for (const prefix of ships.keys()) {
    const c = prefix.charCodeAt(0);
    if (c < 128) shipStarts.ascii[c] = 1;
    else shipStarts.other.add(c);
  }
  const unique = new Map<string, PartyCode>();
  for (const [s, code] of surnames) if (code && !s.includes(' ')) unique.set(s, code);
  const otherKeys = new WordKeys();
  for (const key of [...ships.keys(), ...unique.keys()]) otherKeys.add(key);
  cached = { trie, surnames: unique, ships, shipStarts, otherKeys };
  return cached;
}

/** A leader's or minister's title right before a bare surname makes the surname a person. */
const TITLE_BEFORE =
  /\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|Senator|King|Queen|Crown Prince|Emperor|Sultan|PM|Gen\.?|General|Adm\.?|Admiral|Vice President|Foreign Minister|Defen[cs]e Minister)\s+$/;

/** Mention kinds after which "<title> <Name>" is a person speaking for that party. */
const TITLE_ANCHORS: ReadonlySet<MentionKind> = new Set([
  'name',
  'abbreviation',
  'demonym',
  'capital',
  'institution',
  'grouping',
]);

interface Candidate {
  end: number;
  code: PartyCode | null;
  kind: MentionKind;
  /** Forms that name the same person later in the text. */
  learn?: readonly string[];
}

/** Names met in this text ("Gen Nakatani") whose short forms ("Nakatani") name the person from then on. */
class LearnedNames {
  private trie: PhraseTrie<string> | undefined;
  private readonly codes = new Map<string, PartyCode | null>();

  learn(form: string, code: PartyCode): void {
    const known = this.codes.get(form);
    if (known === undefined) {
      this.codes.set(form, code);
      // A text learns a few names: few hash slots for their first words.
      (this.trie ??= new PhraseTrie<string>(1 << 10)).insert(form, form);
    } else if (known !== code) {
      this.codes.set(form, null); // two people of different states share it: it names neither
    }
  }

  mayStartWith(charCode: number): boolean {
    return this.trie !== undefined && this.trie.mayStartWith(charCode);
  }

  mayStartWithWord(text: string, token: Token): boolean {
    return this.trie !== undefined && this.trie.mayStartWithWord(text, token);
  }

  at(text: string, token: Token, key: string, scratch: Token): Candidate | undefined {
    const match = this.trie?.longestAt(text, token, key, scratch);
    const code = match && this.codes.get(match.value);
    return match && code ? { end: match.end, code, kind: 'person' } : undefined;
  }
}

const SHIP_NAME = { maxWords: 4, connectors: SHIP_NAME_CONNECTORS, person: false } as const;

/** "HMS Atherstone", or "HM Ships Tamar and Spey": the prefix through the last ship name. */
function shipAt(
  text: string,
  token: Token,
  key: string,
  code: PartyCode,
  scratch: Token,
): Candidate | undefined {
  let cursor = token.end;
  if (key === PLURAL_SHIP_PREFIX.first) {
    if (!readToken(text, cursor, scratch) || !scratch.spaced) return undefined;
    if (text.slice(scratch.start, scratch.end) !== PLURAL_SHIP_PREFIX.second) return undefined;
    cursor = scratch.end;
  }
  if (!readToken(text, cursor, scratch) || !scratch.spaced) return undefined;
  let end = -1;
  for (;;) {
    const name = readNameWords(text, cursor, scratch, SHIP_NAME);
    if (!name) break;
    end = name.end;
    if (key !== PLURAL_SHIP_PREFIX.first) break;
    // "HM Ships Tamar, Spey and Medway": separators between names of the plural prefix.
    cursor = name.end;
    if (readToken(text, cursor, scratch) && !scratch.word && tokenKey(text, scratch) === ',')
      cursor = scratch.end;
    if (readToken(text, cursor, scratch) && text.slice(scratch.start, scratch.end) === 'and')
      cursor = scratch.end;
    if (cursor === name.end) break;
  }
  return end < 0 ? undefined : { end, code, kind: 'ship' };
}

/** The candidate reaching further; on a tie the one found first (catalogue, ship, titled, learned). */
function longer(best: Candidate | undefined, other: Candidate | undefined): Candidate | undefined {
  return other && (!best || other.end > best.end) ? other : best;
}

/**
 * All party mentions in `text`, non-overlapping, sorted by start. At each token the longest of the
 * catalogue phrase, ship name, titled name and remembered short name wins; a stop phrase
 * ("South China Sea") wins like any phrase and yields nothing.
 */
export function findPartyMentions(text: string): PartyMention[] {
  const { trie, surnames, ships, shipStarts, otherKeys } = gazetteer();
  const mentions: PartyMention[] = [];
  const token = newToken();
  const scratch = newToken();
  const learned = new LearnedNames();
  let titled: { start: number; end: number; code: PartyCode; surname: string } | undefined;
  let pos = 0;
  while (readToken(text, pos, token)) {
    pos = token.end;
    if (!token.word) continue;
    if (titled && titled.start < token.start) titled = undefined;
    const first = text.charCodeAt(token.start);
    const inTrie = trie.mayStartWith(first);
    const atTitled = titled?.start === token.start ? titled : undefined;
    const shipStart = first < 128 ? shipStarts.ascii[first] === 1 : shipStarts.other.has(first);
    if (!inTrie && !atTitled && !shipStart && !learned.mayStartWith(first)) continue;
    // Nor does an ASCII word (its key is itself) that starts no phrase of the catalogue or of the names learned,
    // and is no ship prefix nor surname: most capitalised words. Left before its key is cut out of the text
    // and looked up in each map (the trie's root alone, a third of the stage).
    if (
      !atTitled &&
      !trie.mayStartWithWord(text, token) &&
      !learned.mayStartWithWord(text, token) &&
      !otherKeys.mayHold(text, token.start, token.end)
    )
      continue;

    const key = tokenKey(text, token);
    const hit = inTrie ? trie.longestAt(text, token, key, scratch) : undefined;
    let found: Candidate | undefined = hit && {
      end: hit.end,
      code: hit.value.code,
      kind: hit.value.kind,
      learn: hit.value.surnames,
    };
    const shipCode = ships.get(key);
    if (shipCode) found = longer(found, shipAt(text, token, key, shipCode, scratch));
    if (atTitled) {
      const full = text.slice(atTitled.start, atTitled.end);
      found = longer(found, {
        end: atTitled.end,
        code: atTitled.code,
        kind: 'person',
        learn: [full, atTitled.surname],
      });
    }
    found = longer(found, learned.at(text, token, key, scratch));
    const titledSurname = found ? undefined : surnames.get(key);
    // "Minister Yunus-Bek Yevkurov": a surname joined by a hyphen to more name is someone else's name.
    const joined = text[token.end] === '-' && /\p{L}/u.test(text[token.end + 1] ?? '');
    if (titledSurname && !joined && TITLE_BEFORE.test(text.slice(Math.max(0, token.start - 24), token.start)))
      found = { end: token.end, code: titledSurname, kind: 'person', learn: [key] };
    if (!found) continue;

    pos = found.end;
    const code = found.code;
    if (code === null) continue;
    if (
      found.kind === 'firm' &&
      COMMON_WORD_FIRMS.has(text.slice(token.start, found.end)) &&
      inLongerName(text, token.start, mentions)
    )
      continue;
    mentions.push({
      start: token.start,
      end: found.end,
      code,
      kind: found.kind,
      text: text.slice(token.start, found.end),
    });
    if (found.learn) for (const form of found.learn) learned.learn(form, code);
    if (TITLE_ANCHORS.has(found.kind)) {
      const name = readTitledName(text, found.end, scratch);
      if (name)
        titled = { start: name.start, end: name.end, code, surname: text.slice(name.lastStart, name.end) };
    }
  }
  return withRegions(text, mentions);
}

/**
 * Whether a capitalised word runs into the name at `start` ("Mine Countermeasures Naval Group"): not an article
 * opening the sentence, nor a state or its people named just before ("French Naval Group").
 */
function inLongerName(text: string, start: number, mentions: PartyMention[]): boolean {
  const before = /([A-Z][\p{L}-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before || /^(?:The|A|An|This|That|Its|Their)$/.test(before[1]!)) return false;
  return mentions.at(-1)?.end !== start - 1;
}

/**
 * "the Baltic states": a mention of each member at the region word, all at one span (groupMentions reads
 * mentions at one span as one list). Where a catalogue name already starts there, it stands.
 */
function withRegions(text: string, mentions: PartyMention[]): PartyMention[] {
  const regions = regionMentions(text);
  if (regions.length === 0) return mentions;
  const taken = new Set(mentions.map((m) => m.start));
  const added = regions
    .filter((r) => !taken.has(r.start))
    .flatMap((r) =>
      r.members.map((code): PartyMention => ({
        start: r.start,
        end: r.end,
        code,
        kind: 'demonym',
        text: text.slice(r.start, r.end),
      })),
    );
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
