// Lookups over the domain catalogues (instruments, exercises, weapon systems, groupings), compiled lazily on first use.
import type { PartyCode } from '../../schema/fact.js';
import { EXERCISES, type ExerciseEntry } from './exercises.js';
import { GROUPINGS, type Grouping } from './groupings.js';
import { INSTRUMENTS, type InstrumentEntry } from './instruments.js';
import { WEAPON_SYSTEMS_AMERICAS, type WeaponSystem } from './weapon-systems.js';
import { WEAPON_SYSTEMS_ASIA } from './weapon-systems-asia.js';
import { WEAPON_SYSTEMS_EUROPE } from './weapon-systems-europe.js';
import { WEAPON_SYSTEMS_MIDDLE_EAST_AFRICA } from './weapon-systems-middle-east-africa.js';
import { WEAPON_SYSTEMS_RUSSIA_CHINA } from './weapon-systems-russia-china.js';
import { APOSTROPHE, isSepCode, PackedTrie, SEP, type TrieNode } from './packed-trie.js';

export type { ExerciseEntry } from './exercises.js';
export type { Grouping, GroupingMember } from './groupings.js';
export type { InstrumentEntry } from './instruments.js';
export type { WeaponKind, WeaponSystem } from './weapon-systems.js';
export { EXERCISES, GROUPINGS, INSTRUMENTS };

export const WEAPON_SYSTEMS: readonly WeaponSystem[] = [
  ...WEAPON_SYSTEMS_AMERICAS,
  ...WEAPON_SYSTEMS_EUROPE,
  ...WEAPON_SYSTEMS_RUSSIA_CHINA,
  ...WEAPON_SYSTEMS_ASIA,
  ...WEAPON_SYSTEMS_MIDDLE_EAST_AFRICA,
];

export interface CatalogueMatch<E> {
  start: number;
  end: number;
  entry: E;
}

// ---------------------------------------------------------------------------------------------------------
// Matching engine. Each catalogue becomes a character trie. A name is matched as one backtracking expression
// over the trie would match it, `(?<![\w-])(?:name|name|...)tail(?!\w|-\d)` with the alternatives sharing
// prefixes, but walked in code: V8 interprets the expression of a whole catalogue (kilobytes of bytecode) at
// 100-1000 us a match. Spaces and hyphens in a name are one optional separator unit ("F-16" = "F16" = "F 16").

/** Trie keys are code units (numbers hash faster than one-character strings); SEP and APOSTROPHE stand apart. */
const SEP_SOURCE = '[\\s\\u00a0\\-\\u2010\\u2011\\u2013]{0,3}';
/** `[\s\u00a0\-\u2010\u2011\u2013]` on the first code unit, without running an expression per character. */
const isSep = (ch: string): boolean => isSepCode(ch.charCodeAt(0));

/**
 * Whether a name's code unit matches the text's, as the expression compares them: exactly, or under /i
 * without /u. ASCII folds by case; any other pair is asked of the engine once (its case folding is
 * Unicode's simple upper-casing, and a character outside ASCII never folds to one inside it).
 */
function sameUnit(unit: number, found: number, fold: boolean): boolean {
  if (unit === found) return true;
  if (!fold) return false;
  if (unit < 128 && found < 128)
    return (unit | 0x20) === (found | 0x20) && (unit | 0x20) >= 97 && (unit | 0x20) <= 122;
  const key = unit * 0x10000 + found;
  let same = foldedPairs.get(key);
  if (same === undefined) {
    same = new RegExp(`^\\u${hex4(unit)}$`, 'i').test(String.fromCharCode(found));
    foldedPairs.set(key, same);
  }
  return same;
}

const foldedPairs = new Map<number, boolean>();
const hex4 = (code: number) => code.toString(16).padStart(4, '0');

function unitsOf(name: string, fold: boolean): number[] {
  const out: number[] = [];
  for (const ch of name.normalize('NFC')) {
    if (isSep(ch)) {
      if (out.length > 0 && out.at(-1) !== SEP) out.push(SEP);
    } else if (ch === '\u2019' || ch === "'") {
      out.push(APOSTROPHE);
    } else {
      // A character that lower-cases to two code units ("İ"), or lies outside the BMP, is each in turn.
      const unit = fold ? ch.toLowerCase() : ch;
      for (let k = 0; k < unit.length; k++) out.push(unit.charCodeAt(k));
    }
  }
  while (out.at(-1) === SEP) out.pop();
  return out;
}

class CharTrie<V> {
  readonly root: TrieNode<V> = { next: new Map() };
  size = 0;
  /** The nodes packed for lookup (packed-trie.ts), built on the first lookup after the last insert. */
  private packed: PackedTrie<V> | undefined;
  constructor(readonly fold: boolean) {}

  /** The first value inserted for a name is kept (catalogue order decides). */
  insert(name: string, value: V): void {
    this.packed = undefined;
    let node = this.root;
    for (const u of unitsOf(name, this.fold)) {
      let child = node.next.get(u);
      if (!child) node.next.set(u, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      this.size++;
    }
  }

  /**
   * The end of the match that the expression `(?<![\w-])(?:names)tail(?!\w|-\d)` finds at `start` (the
   * look-behind is the caller's), -1 when it finds none: the same backtracking, in the same order. At a
   * node, each child is tried in the order inserted, then stopping there; a separator takes up to three
   * characters, the most first; an apostrophe is optional; then `ends` must match right after the name.
   * `ends.afterDigit` serves a name ending in a digit (model suffixes, "Su-30MKI").
   */
  matchAt(text: string, start: number, ends: Ends): number {
    this.packed ??= new PackedTrie(this.root);
    return this.walk(this.packed, text, 0, start, SEP, ends);
  }

  /**
   * The match's end from packed node `node` at `i` (`last`: the unit just matched), -1 when none. A plain
   * unit that is not the text's fails at once, before any recursion: most edges of a node are such (a
   * closure per edge tried, as the walk over the Map nodes made, cost more than the whole match).
   */
  private walk(p: PackedTrie<V>, text: string, node: number, i: number, last: number, ends: Ends): number {
    for (let e = p.edgeStart(node), to = p.edgeEnd(node); e < to; e++) {
      const unit = p.edgeCode(e);
      const child = p.edgeTo(e);
      let end = -1;
      if (unit === SEP) {
        // Up to three separator characters, the most first.
        let n = 0;
        while (n < 3 && i + n < text.length && isSepCode(text.charCodeAt(i + n))) n++;
        for (let k = n; k >= 0 && end < 0; k--) end = this.walk(p, text, child, i + k, unit, ends);
      } else if (unit === APOSTROPHE) {
        // Optional: taken where the text has one, then left out.
        const ch = text.charCodeAt(i);
        if (ch === 0x27 || ch === 0x2019) end = this.walk(p, text, child, i + 1, unit, ends);
        if (end < 0) end = this.walk(p, text, child, i, unit, ends);
      } else {
        if (i >= text.length || !sameUnit(unit, text.charCodeAt(i), this.fold)) continue;
        end = this.walk(p, text, child, i + 1, unit, ends);
      }
      if (end >= 0) return end;
    }
    if (!p.ends(node)) return -1;
    const end = last >= 48 && last <= 57 ? ends.afterDigit : ends.plain;
    end.lastIndex = i;
    return end.test(text) ? end.lastIndex : -1;
  }

  /** The value of the longest catalogued name that the text spells from `start` (up to `end`). */
  lookup(text: string, start: number, end: number): V | undefined {
    this.packed ??= new PackedTrie(this.root);
    return this.packed.lookup(text, start, end, this.fold);
  }
}

/** What must follow a name, with and without /i: a match's end, and what may not come after it. */
interface Ends {
  plain: RegExp;
  afterDigit: RegExp;
}

/** A compiled catalogue: a case-insensitive trie for names and a case-sensitive one for acronyms. */
interface Compiled<V> {
  folded: CharTrie<V>;
  exact: CharTrie<V>;
  foldedEnds: Ends;
  exactEnds: Ends;
  /**
   * The bits in FIRST_WORDS of the exact and folded tries. One bit per trie, not per catalogue: a word that
   * starts only an acronym ("S-400": the "s" of every "Japan's") is then never walked in the folded trie.
   */
  exactBit: number;
  foldedBit: number;
}

/**
 * The first word of every catalogued name, folded, with a bit per catalogue trie that has a name starting
 * with it: a position whose word is in no catalogue starts no name. One map for all catalogues, so the words of
 * a sentence are looked up once, not once per catalogue.
 */
const FIRST_WORDS = new Map<string, number>();
/** Bumped when a catalogue adds its first words, so word starts found before are found again. */
let firstWordsVersion = 0;

interface WordStarts {
  /** Offsets where a name of some catalogue may start: a word's first character, not after `[\w-]`. */
  at: number[];
  /** Per offset: the bits of the tries with a name that starts with the word there (or its singular). */
  bits: number[];
}

/**
 * Word starts of the texts scanned lately (recentStarts[k] those of recentTexts[k]), for the next calls: the
 * relation stage scans one sentence for instruments, exercises and weapons in turn, and the sentences before
 * it for an exercise.
 */
const recentTexts: string[] = [];
const recentStarts: WordStarts[] = [];
/**
 * Enough for the scans of one sentence and the two before it; past it the list starts over. A larger list would
 * carry work from one document to the next: a feed repeats sentences (wire copy, boilerplate) and the bench
 * recombines a pool of them, so its figure would measure the list, not the scan.
 */
const RECENT_TEXTS = 8;
/** A longer text (a whole document) is remembered alone, so the list never holds more than a few megabytes. */
const RECENT_TEXT_CHARS = 4000;
let recentVersion = -1;

/** 1 for a letter, 2 for a digit, 0 otherwise, as `\p{L}` and `\p{N}` say; ASCII from a table. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : c >= 48 && c <= 57 ? 2 : 0,
);
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_KIND[c]!;
  // A surrogate half belongs to a character outside the BMP: counted with letters, it only joins a run.
  if (c >= 0xd800 && c <= 0xdfff) return 1;
  const ch = text[i]!;
  return LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 0;
}

/**
 * Where a name can start in the text, and which catalogues have a name starting with the word there,
 * remembered (recentStarts): the three catalogues scan the same sentences, some more than once. Words are runs of
 * letters or of digits ("F16" and "F-16" are both f, 16); a word also stands for its singular ("Patriots",
 * "ACSAs"). A position counts when the expressions' own look-behind `(?<![\w-])` would let a match start
 * there; inside a run of letters that is only after a non-ASCII letter. A plain loop: the Unicode
 * expression that says the same costs several times more.
 */
function wordStarts(text: string): WordStarts {
  if (recentVersion !== firstWordsVersion) forgetRecent();
  // Looked up before the list is made room in: cleared first, a full list lost the text just scanned by one
  // catalogue before the next asked for it (a tenth of the scans of the bench). Compared by ===, not keyed in
  // a Map: a Map hashes every new sentence whole, as long as the scan itself, where === tells most texts
  // apart by their length.
  const known = recentTexts.indexOf(text);
  if (known >= 0) return recentStarts[known]!;
  const at: number[] = [];
  const bits: number[] = [];
  if (!asciiWordStarts(text, at, bits)) {
    at.length = 0;
    bits.length = 0;
    const add = (from: number, to: number) => {
      const w = text.slice(from, to).toLowerCase();
      let b = FIRST_WORDS.get(w) ?? 0;
      if (w.endsWith('s')) b |= FIRST_WORDS.get(w.slice(0, -1)) ?? 0;
      if (b === 0) return;
      at.push(from);
      bits.push(b);
    };
    const n = text.length;
    let i = 0;
    while (i < n) {
      const kind = kindAt(text, i);
      if (kind === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      let wide = text.charCodeAt(i) > 127;
      while (j < n && kindAt(text, j) === kind) {
        if (text.charCodeAt(j) > 127) wide = true;
        j++;
      }
      if (i === 0 || !isWordOrHyphen(text.charCodeAt(i - 1))) add(i, j);
      if (wide) for (let k = i + 1; k < j; k++) if (text.charCodeAt(k - 1) > 127) add(k, j);
      i = j;
    }
  }
  const starts = { at, bits };
  if (recentTexts.length >= RECENT_TEXTS || text.length > RECENT_TEXT_CHARS) forgetRecent();
  recentTexts.push(text);
  recentStarts.push(starts);
  return starts;
}

function forgetRecent(): void {
  recentTexts.length = 0;
  recentStarts.length = 0;
  recentVersion = firstWordsVersion;
}

/**
 * wordStarts on ASCII text: the same words, looked up by a hash of their letters computed as they are
 * read, so no word is cut out of the text unless its hash is a first word's (most are not). Letters are
 * lower-cased by arithmetic as they are read (ASCII folds one for one, without context), not by a copy of
 * the text. False, with some word starts already pushed, at the first character beyond ASCII: the caller
 * reads such a text in full instead (a text is tested for ASCII in the same pass that reads it).
 */
function asciiWordStarts(text: string, at: number[], bits: number[]): boolean {
  const byHash = firstWordsByHash();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 127) return false;
    const kind = ASCII_KIND[c]!;
    if (kind === 0) {
      i++;
      continue;
    }
    let hash = lowerAscii(c);
    let prefix = 0;
    let j = i + 1;
    let d = 0;
    // A code beyond ASCII has no kind in the table: it ends the word, and the next turn gives the text up.
    while (j < n && ASCII_KIND[(d = text.charCodeAt(j))] === kind) {
      prefix = hash;
      hash = (Math.imul(hash, 31) + lowerAscii(d)) | 0;
      j++;
    }
    if (i === 0 || !isWordOrHyphen(text.charCodeAt(i - 1))) {
      let b = bitsAt(byHash, text, i, j, hash);
      // A plural ("Patriots", "ACSAs") starts like its singular.
      if (j - i > 1 && lowerAscii(text.charCodeAt(j - 1)) === 115)
        b |= bitsAt(byHash, text, i, j - 1, prefix);
      if (b !== 0) {
        at.push(i);
        bits.push(b);
      }
    }
    i = j;
  }
  return true;
}

/** An ASCII code lower-cased, as toLowerCase does it. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** The hash asciiWordStarts computes over a word's characters. */
function wordHash(word: string): number {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
  return hash;
}

let byHashVersion = -1;
/**
 * FIRST_WORDS by wordHash, open addressing over typed arrays: slot `at` holds 1 + the index of a word in
 * `words` (0: empty) and that word's hash. A map of buckets (an array of pairs per hash) was probed and walked
 * for every word whose bit is set, its buckets out of cache by then.
 */
interface FirstWordTable {
  mask: number;
  slots: Int32Array;
  hashes: Int32Array;
  words: string[];
  bits: Int32Array;
}
let byHash: FirstWordTable = {
  mask: 0,
  slots: new Int32Array(1),
  hashes: new Int32Array(1),
  words: [],
  bits: new Int32Array(0),
};
/**
 * One bit per slot of a first word's hash (hashSlot): most words of a sentence are no first word, and a bit
 * clear says so from a table that stays in cache, before the map is probed (a map probe per word, its buckets
 * cold after the rest of the stage, was most of asciiWordStarts).
 */
const HASH_SLOTS = 1 << 16;
let hashSeen = new Uint32Array(HASH_SLOTS >>> 5);
const hashSlot = (hash: number): number => (hash ^ (hash >>> 16)) & (HASH_SLOTS - 1);

/** FIRST_WORDS keyed by wordHash, rebuilt when a catalogue adds its words. */
function firstWordsByHash(): FirstWordTable {
  if (byHashVersion !== firstWordsVersion) {
    hashSeen = new Uint32Array(HASH_SLOTS >>> 5);
    const words = [...FIRST_WORDS.keys()];
    let size = 16;
    while (size < words.length * 2) size *= 2;
    const table: FirstWordTable = {
      mask: size - 1,
      slots: new Int32Array(size),
      hashes: new Int32Array(size),
      words,
      bits: Int32Array.from(words, (word) => FIRST_WORDS.get(word)!),
    };
    words.forEach((word, k) => {
      const h = wordHash(word);
      const slot = hashSlot(h);
      hashSeen[slot >>> 5]! |= 1 << (slot & 31);
      let at = slot & table.mask;
      while (table.slots[at] !== 0) at = (at + 1) & table.mask;
      table.slots[at] = k + 1;
      table.hashes[at] = h;
    });
    byHash = table;
    byHashVersion = firstWordsVersion;
  }
  return byHash;
}

/** The catalogue bits of the ASCII word text[from, to), lower-cased, with this hash; 0 when it is no first word. */
function bitsAt(table: FirstWordTable, text: string, from: number, to: number, hash: number): number {
  const slot = hashSlot(hash);
  if ((hashSeen[slot >>> 5]! & (1 << (slot & 31))) === 0) return 0;
  const { mask, slots, hashes, words } = table;
  for (let at = slot & mask; slots[at] !== 0; at = (at + 1) & mask) {
    if (hashes[at] !== hash) continue;
    const word = words[slots[at]! - 1]!;
    if (word.length === to - from && spellsLower(text, from, word)) return table.bits[slots[at]! - 1]!;
  }
  return 0;
}

/** Whether the ASCII text at `from`, lower-cased, spells `word` (a lower-cased first word). */
function spellsLower(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++)
    if (lowerAscii(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Words as names are written: runs of letters, or of digits. */
const WORD_RUN = /\p{L}+|\p{N}+/gu;

function firstWordOf(name: string): string | null {
  const m = name.normalize('NFC').match(WORD_RUN);
  return m && name.normalize('NFC').search(/\p{L}|\p{N}/u) === 0 ? m[0]!.toLowerCase() : null;
}

function compile<V>(
  names: Iterable<readonly [string, V, boolean /* exact case */]>,
  afterDigit: string,
  tail: string,
  /** The catalogue's two bits in FIRST_WORDS: `bit` for its exact trie, `bit << 1` for its folded one. */
  bit: number,
): Compiled<V> {
  const folded = new CharTrie<V>(true);
  const exact = new CharTrie<V>(false);
  for (const [name, value, exactCase] of names) {
    (exactCase ? exact : folded).insert(name, value);
    const first = firstWordOf(name);
    // The word gate in scan() is sound only if every name starts with a word.
    if (first === null) throw new Error(`catalogue name must start with a letter or digit: ${name}`);
    FIRST_WORDS.set(first, (FIRST_WORDS.get(first) ?? 0) | (exactCase ? bit : bit << 1));
  }
  firstWordsVersion++;
  // Sticky: run only right after a name, as the rest of the catalogue's expression.
  const ends = (flags: string): Ends => ({
    plain: new RegExp(`${tail}(?!\\w|-\\d)`, flags),
    afterDigit: new RegExp(`${afterDigit}${tail}(?!\\w|-\\d)`, flags),
  });
  return { folded, exact, foldedEnds: ends('iy'), exactEnds: ends('y'), exactBit: bit, foldedBit: bit << 1 };
}

/** Every match of a compiled catalogue, earliest first, overlaps resolved to the longer match. */
function scan<V>(
  c: Compiled<V>,
  text: string,
  accept: (m: CatalogueMatch<V>) => boolean,
): CatalogueMatch<V>[] {
  const starts = wordStarts(text);
  const found: CatalogueMatch<V>[] = [];
  // One hash lookup per word rejects most positions; the trie then says cheaply whether a name starts
  // there, and the expression, run only there, finds its exact extent (separators, plurals, years, model
  // suffixes). Scanning the expression over every position costs ~10x. The exact trie's matches come first,
  // as the sort below keeps them among equal spans. Two calls, not a loop over a list of the two tries: that
  // list was built anew on every scan.
  scanTrie(c.exact, c.exactEnds, c.exactBit, text, starts, accept, found);
  scanTrie(c.folded, c.foldedEnds, c.foldedBit, text, starts, accept, found);
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CatalogueMatch<V>[] = [];
  for (const m of found) if (!out.length || m.start >= out.at(-1)!.end) out.push(m);
  return out;
}

/** The matches of one of a catalogue's tries (`bit`: its bit in FIRST_WORDS), pushed to `found`. */
function scanTrie<V>(
  trie: CharTrie<V>,
  ends: Ends,
  bit: number,
  text: string,
  { at, bits }: WordStarts,
  accept: (m: CatalogueMatch<V>) => boolean,
  found: CatalogueMatch<V>[],
): void {
  if (trie.size === 0) return;
  let done = 0;
  for (let k = 0; k < at.length; k++) {
    if ((bits[k]! & bit) === 0) continue;
    const i = at[k]!;
    if (i < done) continue;
    // The expression's look-behind, `(?<![\w-])`: word starts keep to it already.
    if (i > 0 && isWordOrHyphen(text.charCodeAt(i - 1))) continue;
    if (trie.lookup(text, i, Math.min(text.length, i + 80)) === undefined) continue;
    const end = trie.matchAt(text, i, ends);
    if (end < 0) continue;
    const entry = trie.lookup(text, i, end);
    if (entry === undefined) continue;
    const match = { start: i, end, entry };
    if (accept(match)) found.push(match);
    done = Math.max(i + 1, match.end);
  }
}

/** `[\w-]` on a char code (ASCII, as in the expressions' look-behind). */
function isWordOrHyphen(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45
  );
}

// ---------------------------------------------------------------------------------------------------------
// Context tests for names that are also ordinary words.

const WORD = /[A-Za-z][\w'-]*/g;

function wordsBefore(text: string, at: number, n: number): string[] {
  return (text.slice(Math.max(0, at - 80), at).match(WORD) ?? []).slice(-n);
}
function wordsAfter(text: string, at: number, n: number): string[] {
  return (text.slice(at, at + 80).match(WORD) ?? []).slice(0, n);
}
function near(text: string, m: { start: number; end: number }, n: number, cue: RegExp): boolean {
  return [...wordsBefore(text, m.start, n), ...wordsAfter(text, m.end, n)].some((w) => cue.test(w));
}
const capitalised = (text: string, at: number) => /[A-Z]/.test(text[at] ?? '');

const MILITARY_NOUN =
  /^(?:missiles?|systems?|tanks?|jets?|launchers?|batter(?:y|ies)|fighters?|howitzers?|helicopters?|choppers?|aircraft|drones?|interceptors?|rockets?|defen[cs]e|warplanes?|gunships?|frigates?|corvettes?|submarines?|destroyers?|vessels?|ships?|vehicles?|IFVs?|APCs?|MBTs?|artillery|guns?|rifles?|radars?|torpedo(?:es)?|bombers?|trainers?|airframes?|munitions?|shells?|platforms?|SAMs?|anti-(?:tank|ship|aircraft|armou?r)|weapons?|armou?r(?:ed)?|fleet|squadrons?|airlifters?|UAVs?|loitering)$/i;
// "Patriot PAC-3", "Leopard 2A7", "Spike-LR", "Hawk Mk 127", "Harpoon Block II".
const MODEL_NUMBER =
  /^(?:\s?[A-Z]{0,5}-?\d[\w/-]*|-[A-Z]{1,5}\d*\b|\s(?:Mk\.?|Mark|Block)\s?(?:\d+|[IVX]+)\b|\s[A-Z]{2,5}\d*\b(?=\s+(?:missile|system|variant)))/;
// "the 20th edition of African Lion": an edition or iteration of a catalogued name is the recurring event.
const EXERCISE_CUE =
  /^(?:exercises?|drills?|war-?games?|wargames?|manoeuvres?|maneuvers?|training|trainings|exercising|drilling|manoeuvring|maneuvering|editions?|iterations?)$/i;
const AGREEMENT_CUE =
  /^(?:agreements?|pacts?|accords?|treat(?:y|ies)|deals?|arrangements?|defen[cs]e|security|military|sign(?:ed|ing|s)?|inked|ratif(?:y|ied|ies|ication)|negotiat\w*|concluded|force)$/i;

const EVENT_VERB =
  /^(?:host|hosts|hosted|hosting|co-hosts?|co-hosted|join|joins|joined|joining|during|stage|stages|staged|held|holds)$/i;

function weaponInContext(text: string, m: CatalogueMatch<WeaponSystem>): boolean {
  if (!m.entry.ambiguous) return true;
  if (!capitalised(text, m.start)) return false;
  return (
    nameInContext(text, m) ||
    // "The K9 howitzer ... Norway bought the K9 in 2017": a name the document has shown to be the system is that
    // system wherever else it stands in it.
    documentSystems().has(m.entry)
  );
}

/** Whether the words around an ambiguous system name make it the system. */
function nameInContext(text: string, m: CatalogueMatch<WeaponSystem>): boolean {
  return (
    MODEL_NUMBER.test(text.slice(m.end, m.end + 24)) ||
    near(text, m, 3, MILITARY_NOUN) ||
    // "The Hawk is a British jet trainer": what the name is, said right after it.
    (COPULA_AFTER.test(text.slice(m.end, m.end + 12)) &&
      wordsAfter(text, m.end, 10).some((w) => MILITARY_NOUN.test(w))) ||
    // "also field the K9", "ordered the Hawk": a verb that takes kit right before the name; not one whose
    // object is a partner ("flies alongside the Hawk"): a word of company between the verb and the name.
    // One before the verb is the buyer's partner ("in talks with Doha to buy Typhoons").
    (wordsBefore(text, m.start, 3).some((w) => KIT_VERB.test(w)) &&
      !COMPANY_AFTER_VERB.test(text.slice(Math.max(0, m.start - 30), m.start))) ||
    // "placed its own K9 order", "signed Leopard contracts": the name of what an order placed buys.
    (ORDER_AFTER.test(text.slice(m.end, m.end + 14)) &&
      wordsBefore(text, m.start, 4).some((w) => ORDER_VERB.test(w)))
  );
}

/** An order, contract or deal right after a name, and the verb that places or signs it a few words before. */
const ORDER_AFTER = /^\s+(?:orders?|contracts?|deals?)\b/;
const ORDER_VERB = /^(?:placed|places|placing|signed|signs|signing|inked|concluded)$/i;

/** A name's definition opening right after it: "The Hawk is a ...", "the K9 remains the ...". */
const COPULA_AFTER = /^\s+(?:is|was|remains|became|has\s+become)\s+(?:the|a|an)\b/;

const COMPANY_AFTER_VERB =
  /\b(?:alongside|with|beside|against|than|like)\b(?![\s\S]*\b(?:field|fields|fielded|operate|operates|operated|flies|flown|ordered|orders|buy|buys|bought|purchased|delivered|received|acquired|acquire|sold|sells|supplied|exported|exports)\b)/i;

const KIT_VERB =
  /^(?:field|fields|fielded|operate|operates|operated|flies|flown|ordered|orders|buy|buys|bought|purchased|delivered|received|acquired|acquire|sold|sells|supplied|exported|exports)$/i;

// ---------------------------------------------------------------------------------------------------------
// Compiled catalogues, built on first use.

// Exercise names often carry a year: "Steadfast Defender 2024", "Zapad-2021", "Cobra Gold '25", and serials:
// "Shaheen-IX". A bare two-digit year ("Aurora 23") counts only before punctuation or an exercise word, so
// "RIMPAC 29 nations" keeps its count out of the name.
const EXERCISE_YEAR =
  `(?:${SEP_SOURCE}(?:19|20)\\d{2}(?!\\d)|-\\d{2}(?!\\d)|\\s?['\\u2019]\\d{2}|-[IVXL]{1,6}` +
  `|\\s\\d{2}(?=[,.;:)]|\\s+(?:exercises?|drills?|war-?games?|manoeuvres?|maneuvers?)\\b|$))?`;
// Model suffixes after a digit: "Su-30MKI", "J-10CE", "K2PL", plus the plural "F-16s".
const MODEL_SUFFIX = '(?:[A-Za-z]{1,4}\\d{0,2})?';
const PLURAL = "(?:['\\u2019]?s)?";

let instruments: Compiled<InstrumentEntry> | undefined;
let exercises: Compiled<ExerciseEntry> | undefined;
let weapons: Compiled<WeaponSystem> | undefined;
let memberships: Map<string, Grouping> | undefined;

/** Names with no lower-case letter ("EDCA", "K9", "SPYDER") are acronyms: matched in that case only. */
const isAcronym = (name: string) => !/\p{Ll}/u.test(name);

/** British/American spellings of one name, so the catalogue lists each name once. */
function spellings(name: string): string[] {
  const out = new Set([name]);
  const swaps: Array<[RegExp, string]> = [
    [/efence/g, 'efense'],
    [/efense/g, 'efence'],
    [/organisation/gi, 'organization'],
    [/organization/gi, 'organisation'],
    [/programme/gi, 'program'],
    [/ ?& ?/g, ' and '],
  ];
  for (const [re, to] of swaps) for (const n of [...out]) out.add(n.replace(re, to));
  return [...out];
}

function* instrumentNames(): Generator<readonly [string, InstrumentEntry, boolean]> {
  for (const e of INSTRUMENTS) {
    for (const a of e.acronyms) yield [a, e, true];
    for (const n of e.names) {
      if (e.exactCase) yield [n, e, true];
      else for (const s of spellings(n)) yield [s, e, false];
    }
  }
}

function* exerciseNames(): Generator<readonly [string, ExerciseEntry, boolean]> {
  for (const e of EXERCISES) for (const n of [e.name, ...(e.variants ?? [])]) yield [n, e, isAcronym(n)];
}

function* weaponNames(): Generator<readonly [string, WeaponSystem, boolean]> {
  for (const e of WEAPON_SYSTEMS) for (const n of e.names) yield [n, e, isAcronym(n)];
}

/** Named defense instruments ("the Reciprocal Access Agreement", "EDCA", "GSOMIA") in the text. */
export function findInstruments(text: string): CatalogueMatch<InstrumentEntry>[] {
  instruments ??= compile(instrumentNames(), '', PLURAL, 1);
  return scan(instruments, text, (m) => {
    // "the Collective Security Treaty Organization": a body named after a treaty is not the treaty.
    if (/^\s+Organi[sz]ation\b/.test(text.slice(m.end, m.end + 14))) return false;
    const written = text.slice(m.start, m.end).replace(/['\u2019]?s$/, '');
    const doubtful = m.entry.acronyms.includes(written) ? m.entry.ambiguous : m.entry.ambiguousNames;
    return !doubtful || near(text, m, 6, AGREEMENT_CUE);
  });
}

/** Named military exercises ("Balikatan 2024", "RIMPAC", "Exercise Pitch Black") in the text. */
export function findExercises(text: string): CatalogueMatch<ExerciseEntry>[] {
  exercises ??= compile(exerciseNames(), '', EXERCISE_YEAR, 4);
  return scan(
    exercises,
    text,
    (m) =>
      !m.entry.ambiguous ||
      (capitalised(text, m.start) &&
        !insideProperName(text, m.start) &&
        // "would again host African Lion": a verb that takes an event right before the name.
        (near(text, m, 4, EXERCISE_CUE) || wordsBefore(text, m.start, 2).some((w) => EVENT_VERB.test(w)))),
  );
}

/**
 * "the Indian Ocean", "the South Caucasus": an ordinary-word exercise name right after another capitalised
 * word is part of a place's name ("Exercise Ocean" and "Operation Thunder" are the exercise).
 */
const NOT_A_NAME_PART =
  /^(?:Exercise|Operation|Drills?|The|A|An|This|That|These|Its|Their|Annual|Last|Next|New|Joint|In|At|During|After|Before|Since|And|Or|Of|For|With|From)$/;
function insideProperName(text: string, at: number): boolean {
  const before = /([A-Z][\w'-]*)[ \t]+$/.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return !!before && !NOT_A_NAME_PART.test(before);
}

/**
 * The document being read, and the systems with an ambiguous name it names in a military context somewhere:
 * worked out the first time a bare ambiguous name is met (most documents meet none).
 */
let systemsDocument: string | null = null;
let systemsShown: ReadonlySet<WeaponSystem> | null = null;
const NO_SYSTEMS: ReadonlySet<WeaponSystem> = new Set();

/**
 * Sets the document whose other sentences decide an ambiguous system name ("the K9 howitzer" there makes
 * "Norway bought the K9" here a sale of the system); null for a document none of whose sentences is read, so
 * that nothing carries over from the one before. Called once per document, before its sentences are read.
 * (Exercise and instrument names read alike were measured too, and changed nothing.)
 */
export function confirmDocumentSystems(documentText: string | null): void {
  systemsDocument = documentText;
  systemsShown = null;
  // The sentence read last may read otherwise now.
  lastWeaponsText = '';
}

function documentSystems(): ReadonlySet<WeaponSystem> {
  if (systemsShown) return systemsShown;
  const text = systemsDocument;
  if (text === null) return NO_SYSTEMS;
  weapons ??= compile(weaponNames(), MODEL_SUFFIX, PLURAL, 16);
  // Apart from the longer names they stand inside: "K9" in "the K9 howitzer" shows the bare name's system.
  systemsShown = new Set(
    scan(
      weapons,
      text,
      (m) => m.entry.ambiguous === true && capitalised(text, m.start) && nameInContext(text, m),
    ).map((m) => m.entry),
  );
  return systemsShown;
}

/** Every known weapon system named in the text, with ambiguous names only in a military context. */
export function findWeapons(text: string): CatalogueMatch<WeaponSystem>[] {
  weapons ??= compile(weaponNames(), MODEL_SUFFIX, PLURAL, 16);
  return scan(weapons, text, (m) => weaponInContext(text, m));
}

/** The state whose industry makes the first named system in the text, if any is known. */
export function weaponOrigin(
  text: string,
  from = 0,
): { code: PartyCode; name: string; index: number } | null {
  // The relation stage asks this of one sentence several times (supplier, signals, readings).
  if (text !== lastWeaponsText) {
    lastWeaponsText = text;
    lastWeapons = findWeapons(text);
  }
  const first = lastWeapons.find((m) => m.start >= from);
  return first
    ? { code: first.entry.origin, name: text.slice(first.start, first.end), index: first.start }
    : null;
}

let lastWeaponsText = '';
let lastWeapons: CatalogueMatch<WeaponSystem>[] = [];

function grouping(code: string): Grouping | undefined {
  memberships ??= new Map(GROUPINGS.map((g) => [g.code, g]));
  return memberships.get(code);
}

/** The members of a grouping in a year (default: now), in catalogue order; empty for an unknown grouping. */
export function membersOf(groupingCode: string, year?: number): PartyCode[] {
  const g = grouping(groupingCode);
  if (!g) return [];
  const y = year ?? new Date().getUTCFullYear();
  return g.members.filter((m) => m.joined <= y && (m.left === undefined || m.left > y)).map((m) => m.code);
}

/** Whether a state belonged to a grouping in a year (default: now). */
export function isMember(state: PartyCode, groupingCode: string, year?: number): boolean {
  return membersOf(groupingCode, year).includes(state);
}
