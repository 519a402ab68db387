// The shape of one phrasing rule: what it yields, the words that express it, and sentences that prove it.
import type { FactType, Status } from '../../schema/fact.js';

/** What a rule says when its words are found. */
export interface Yields {
  type?: FactType;
  status?: Status;
  /** For words that are not a type or a status: what part they play ("meeting", "defense-role", "supply"...). */
  role?: string;
  /** A named instrument ("the ACSA") rather than an activity ("drills"): statuses come from agreement cues. */
  instrument?: boolean;
}

/**
 * One named phrasing rule.
 *
 * `words` are alternatives written in the phrase notation (compile.ts):
 *   `a b`      the words a and b, any whitespace between them
 *   `a_b`      a and b joined by a hyphen or a space ("two-plus-two", "two plus two")
 *   `(a|b)`    one of a, b
 *   `[x]`      x is optional (`agreement[s]`, `[military ]information`); `[a|b]` one of a, b or nothing
 *   `stem*`    the stem and any word characters after it (`negotiat*`)
 *   `~N `      up to N words of any kind (`develop ~4 jointly`)
 *   `'`        an apostrophe, straight or curly
 * Every other character stands for itself. Whole canonical words found in `words` also match their
 * spinner/translation synonyms (synonyms.ts). Each entry matches on word boundaries unless `open` is set.
 */
export interface PhraseEntry {
  name: string;
  yields: Yields;
  words?: readonly string[];
  /** A raw regular expression, only where the notation cannot say it (look-arounds, capitalised names). */
  pattern?: string;
  /** Words (notation) that must not follow the match: "defense partnership" but not "defense partnership framework". */
  unlessFollowedBy?: string;
  /** The match may end inside a longer word ("Exercise Talisman" continues as a name). */
  open?: boolean;
  /**
   * The `pattern` is the whole expression, used as written with no word boundaries added: for text tested
   * at an edge (`^` right after a party, `$` right before one) or with look-arounds of its own.
   */
  bare?: boolean;
  /** Sentences the entry must match. */
  examples: readonly string[];
  /** Sentences the entry must not match. */
  counterExamples: readonly string[];
  note?: string;
}

/** Entries compiled together into one expression with the flags its callers expect. */
export interface PhraseFamily {
  name: string;
  /** Regular-expression flags of the compiled family: /g for scans, /i for tests, none where case matters. */
  flags: string;
  entries: readonly PhraseEntry[];
}
