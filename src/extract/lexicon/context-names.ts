// Names that stand for a party only in an article about it and its counterpart: in news on the two Koreas,
// "the North" is North Korea and "the South" South Korea. Read only where the article names both states, so
// "the North" of a country or a sports league stays nobody.
import type { PartyCode } from '../../schema/fact.js';
import type { PartyMention } from './party-mention.js';

interface ContextName {
  /** Capitalised, after "the", not followed by another capitalised word ("the North Atlantic"). */
  pattern: RegExp;
  code: PartyCode;
  /** The states the article must name for the name to stand for `code`. */
  needs: readonly PartyCode[];
}

const CONTEXT_NAMES: readonly ContextName[] = [
  {
    pattern: /\b[Tt]he North\b(?![-\s]+[A-Z])/g,
    code: 'PRK',
    needs: ['PRK', 'KOR'],
  },
  { pattern: /\b[Tt]he South\b(?![-\s]+[A-Z])/g, code: 'KOR', needs: ['PRK', 'KOR'] },
];

/** The mentions with the context names the article's own states allow, in text order. */
export function withContextNames(text: string, mentions: PartyMention[]): PartyMention[] {
  const named = new Set(mentions.map((m) => m.code));
  const added: PartyMention[] = [];
  for (const { pattern, code, needs } of CONTEXT_NAMES) {
    if (!needs.every((c) => named.has(c))) continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index + 4; // the name, after "the "
      const end = m.index + m[0].length;
      if (mentions.some((x) => x.start < end && x.end > start)) continue;
      added.push({ start, end, code, kind: 'name', text: text.slice(start, end) });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
