// Stage 2: whether a document is news about defense at all. An article of some length with next to no military
// word (a trade, sport, energy or disaster story naming states, "talks" and "agreements") carries no defense tie:
// it is screened out before the costly stages, which is most of a news firehose. A short text (a headline, a
// line) says too little to judge and is always read.
import type { AnalyzedDocument } from '../document.js';
import { compileEntries } from '../phrasebook/compile.js';
import { DEFENSE_CONTEXT_FAMILY, DEFENSE_NEWS_FAMILY } from '../phrasebook/readings.js';

/** Below this length a text is always read. */
export const SCREEN_MIN_CHARS = 800;

/** An article with fewer military words than this is civil news. Every gold article has at least four. */
export const SCREEN_MIN_WORDS = 2;

export function screen(doc: AnalyzedDocument): void {
  doc.screenedOut =
    doc.normalized.length >= SCREEN_MIN_CHARS && militaryWords(doc.normalized) < SCREEN_MIN_WORDS;
}

/** The military words of the text, counted up to SCREEN_MIN_WORDS: the count stops as soon as it is enough. */
function militaryWords(text: string): number {
  let n = 0;
  for (MILITARY_WORDS.lastIndex = 0; n < SCREEN_MIN_WORDS && MILITARY_WORDS.exec(text); n++);
  return n;
}

const MILITARY_WORDS = compileEntries(
  [...DEFENSE_CONTEXT_FAMILY.entries, ...DEFENSE_NEWS_FAMILY.entries],
  'gi',
);
