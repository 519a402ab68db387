// A digest (a weekly roundup, a briefs page, a live blog) tells one item after another, each of other states:
// there, "how much of the document speaks for a fact" is how much of its item does. The scorer's document
// features (scorer/features.ts) are counted over the fact's block: the whole text for an ordinary article,
// each run of paragraphs on other states for a digest.
import type { AnalyzedDocument } from '../document.js';

/**
 * A digest turns to states the paragraph before did not name at least this often. (Cross-validated against
 * also asking for a state not named before, and against a share of 0.6: those split fewer articles, and the
 * digests and the unread sets gained less.)
 */
export const MIN_SWITCHES = 3;

/** ...and at this share of the changes of paragraph that could switch: an article's asides switch now and then. */
export const MIN_SWITCH_SHARE = 0.5;

/**
 * The block of each sentence (by index): all 0 for an ordinary article; for a digest, a new block from each
 * paragraph that names none of the states the last paragraph naming any named. An article that turns to
 * rivals and back often enough is split too: counted over its blocks, its features still measure the fact's
 * own neighbourhood.
 */
export function topicBlocks(doc: Pick<AnalyzedDocument, 'sentences' | 'parties'>): Int32Array {
  const blocks = new Int32Array(doc.sentences.length);
  const named = paragraphParties(doc);
  const starts: number[] = [];
  let previous: ReadonlySet<string> | null = null;
  let naming = 0;
  for (const [paragraph, codes] of named) {
    naming++;
    if (previous && ![...codes].some((c) => previous!.has(c))) starts.push(paragraph);
    previous = codes;
  }
  if (starts.length < MIN_SWITCHES || starts.length < MIN_SWITCH_SHARE * (naming - 1)) return blocks;
  let block = 0;
  for (const s of doc.sentences) {
    while (block < starts.length && starts[block]! <= s.paragraph) block++;
    blocks[s.index] = block;
  }
  return blocks;
}

/** The states each paragraph names, for the paragraphs that name any, in order. */
function paragraphParties(doc: Pick<AnalyzedDocument, 'sentences' | 'parties'>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let s = 0;
  for (const m of doc.parties) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    if (s >= doc.sentences.length) break;
    const paragraph = doc.sentences[s]!.paragraph;
    let codes = out.get(paragraph);
    if (!codes) out.set(paragraph, (codes = new Set()));
    codes.add(m.code);
  }
  return out;
}
