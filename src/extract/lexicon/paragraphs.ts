// Paragraphs as spans of the text, from the sentences the segment stage read: quotations and a transcript's
// turns are told paragraph by paragraph.
import type { Sentence } from '../document.js';

export interface Paragraph {
  /** Offsets into the text, [start, end): its first sentence's start, its last one's end. */
  start: number;
  end: number;
}

export function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && sentences[s.index - 1]?.paragraph === s.paragraph) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
