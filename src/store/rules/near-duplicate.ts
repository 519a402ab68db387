// Near-duplicate detection: MinHash over word 5-shingles (wire copies) and over the sequence of names and numbers
// (machine-spun copies, which swap common words for synonyms but keep names and figures), with LSH buckets to find candidates.

/** Hash functions per signature, all used for the similarity estimate; the first BANDS x ROWS feed the LSH buckets. */
export const SIGNATURE_SIZE = 96;
/**
 * Few buckets per document keep ingest cheap (each is a random index insert). Words: 16 bands of 3 rows find a
 * pair at Jaccard 0.5 with p = 0.88 and at 0.4 with p = 0.65. Anchors: 8 bands of 4 rows, selective enough that
 * same-topic articles sharing names rarely collide, still find a spun copy (anchor Jaccard ~0.9) with p > 0.99.
 */
const WORD_BANDS = { bands: 16, rows: 3 };
const ANCHOR_BANDS = { bands: 8, rows: 4 };
const WORD_SHINGLE = 5;
const ANCHOR_SHINGLE = 3;

/** Thresholds on estimated Jaccard similarity (and containment, for a wire story with an outlet's extra lines). */
export const WORD_JACCARD = 0.5;
export const WORD_CONTAINMENT = 0.8;
export const ANCHOR_JACCARD = 0.6;
/** Below this many shingles a signature says too little to call two texts copies. */
const MIN_WORD_SHINGLES = 20;
const MIN_ANCHOR_SHINGLES = 10;

export interface Signature {
  words: Uint32Array;
  anchors: Uint32Array;
  wordCount: number;
  anchorCount: number;
}

export interface Similarity {
  words: number;
  anchors: number;
  containment: number;
  /** The highest of the measures that passed their minimum size: what is compared to the thresholds. */
  nearDuplicate: boolean;
  score: number;
}

export function signatureOf(text: string): Signature {
  const words = shingleHashes(wordTokens(text), WORD_SHINGLE);
  const anchors = shingleHashes(anchorTokens(text), ANCHOR_SHINGLE);
  return {
    words: minHash(words),
    anchors: minHash(anchors),
    wordCount: words.size,
    anchorCount: anchors.size,
  };
}

/** LSH buckets: two signatures share one when a whole band of rows is equal (kind-tagged so word and anchor bands never mix). */
export function bucketsOf(sig: Signature): number[] {
  const out: number[] = [];
  if (sig.wordCount >= MIN_WORD_SHINGLES) out.push(...bands(sig.words, 1, WORD_BANDS));
  if (sig.anchorCount >= MIN_ANCHOR_SHINGLES) out.push(...bands(sig.anchors, 2, ANCHOR_BANDS));
  return [...new Set(out)];
}

export function compare(a: Signature, b: Signature): Similarity {
  const wordsOk = Math.min(a.wordCount, b.wordCount) >= MIN_WORD_SHINGLES;
  const anchorsOk = Math.min(a.anchorCount, b.anchorCount) >= MIN_ANCHOR_SHINGLES;
  const words = wordsOk ? estimate(a.words, b.words) : 0;
  const anchors = anchorsOk ? estimate(a.anchors, b.anchors) : 0;
  // |A∩B| = J(|A|+|B|)/(1+J); containment divides by the smaller set.
  const containment = wordsOk
    ? Math.min(1, (words * (a.wordCount + b.wordCount)) / (1 + words) / Math.min(a.wordCount, b.wordCount))
    : 0;
  const nearDuplicate = words >= WORD_JACCARD || containment >= WORD_CONTAINMENT || anchors >= ANCHOR_JACCARD;
  return { words, anchors, containment, nearDuplicate, score: Math.max(words, containment, anchors) };
}

export function encodeSignature(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

export function decodeSignature(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const out = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE && i * 4 + 3 < bytes.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Capitalized words inside a sentence and numbers, in order: what a synonym spinner leaves alone. */
function anchorTokens(text: string): string[] {
  const out: string[] = [];
  const re = /([.!?\n]\s*)?([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[2] ?? '';
    const sentenceStart = m[1] !== undefined || m.index === 0;
    if (/\d/.test(word) || (!sentenceStart && /^\p{Lu}/u.test(word) && word.length > 1))
      out.push(word.toLowerCase());
  }
  return out;
}

function shingleHashes(tokens: string[], size: number): Set<number> {
  const out = new Set<number>();
  if (tokens.length === 0) return out;
  if (tokens.length < size) {
    out.add(fnv1a(tokens.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= tokens.length; i++) out.add(fnv1a(tokens.slice(i, i + size).join(' ')));
  return out;
}

function minHash(hashes: Set<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / SIGNATURE_SIZE;
}

function bands(sig: Uint32Array, kind: number, shape: { bands: number; rows: number }): number[] {
  const out: number[] = [];
  for (let band = 0; band < shape.bands; band++) {
    let h = mix32(kind * 0x9e3779b1 + band);
    for (let r = 0; r < shape.rows; r++) h = mix32(h ^ sig[band * shape.rows + r]!);
    out.push(h | 0); // signed 32-bit: fits an SQL integer column in every dialect
  }
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: a cheap, well-mixed 32-bit permutation. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) seeds[i] = mix32(0x5bd1e995 + i * 0x27d4eb2d);
  return seeds;
})();
