// A bit per hash slot of a set of words: whether a word of a text may be one of them, asked without cutting the
// word out of the text. Most words a scan asks about are none of them, and cutting each out (a new string) to
// probe a Map hashed it and missed a cache line for nothing.

/** The hash of a word: its code units, from `from` to `to`. The same over a string and over a text's span. */
function wordHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let k = from; k < to; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  return hash;
}

/** wordHash of the span with ASCII capitals as lowercase letters. */
function lowercasedHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    hash = (Math.imul(hash, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return hash;
}

export class WordKeys {
  private readonly seen: Uint32Array;
  private readonly mask: number;

  /** `slots`: a power of two, some times the number of words (fewer slots, more words let through). */
  constructor(slots = 1 << 16) {
    this.seen = new Uint32Array(Math.max(1, slots >>> 5));
    this.mask = slots - 1;
  }

  add(word: string): void {
    const slot = this.slotOf(wordHash(word, 0, word.length));
    this.seen[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** False only when text[from, to) is none of the words added; true may be a word that only shares a slot. */
  mayHold(text: string, from: number, to: number): boolean {
    return this.has(wordHash(text, from, to));
  }

  /**
   * mayHold for words added in lowercase, asked of a word of ASCII letters in any case: "Minister" may be
   * "minister", without a lowercased copy of the word.
   */
  mayHoldLowercased(text: string, from: number, to: number): boolean {
    return this.has(lowercasedHash(text, from, to));
  }

  private has(hash: number): boolean {
    const slot = this.slotOf(hash);
    return (this.seen[slot >>> 5]! & (1 << (slot & 31))) !== 0;
  }

  private slotOf(hash: number): number {
    return (hash ^ (hash >>> 16)) & this.mask;
  }
}
