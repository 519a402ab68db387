// Compiles phrasebook entries to regular expressions, widening each canonical word to its spinner synonyms.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import type { PhraseEntry, PhraseFamily } from './entry.js';
import { SYNONYMS, type Synonym } from './synonyms.js';

/** Canonical words, longest first so "reciprocal access" wins over any shorter canonical inside it. */
const BY_LENGTH = [...SYNONYMS].sort((a, b) => b.canonical.length - a.canonical.length);
const CANONICAL = new RegExp(
  BY_LENGTH.map((s) => s.canonical.split(' ').map(escape).join('[ _]')).join('|'),
  'gi',
);
const SYNONYM_OF = new Map(SYNONYMS.map((s) => [s.canonical.toLowerCase(), s]));

/**
 * Rewrites each whole canonical word in a notation string as a choice of it and its variants. One pass, so a
 * variant ("Minister of Protection") is not widened again. A stem followed by a suffix ("visit(s|ed)") is not a
 * whole word and stays as written; a plural `[s]` is kept when every variant takes it.
 */
export function expandSynonyms(words: string): string {
  return words.replace(CANONICAL, (found: string, at: number) => {
    const before = words[at - 1] ?? '';
    const after = words.slice(at + found.length);
    const synonym = SYNONYM_OF.get(found.toLowerCase().replace(/_/g, ' ')) as Synonym;
    if (/[A-Za-z0-9'*~-]/.test(before)) return found;
    if (/^[A-Za-z0-9(*'-]/.test(after)) return found;
    if (
      after.startsWith('[') &&
      !(after.startsWith('[s]') && synonym.variants.every((v) => !/[\s(]/.test(v)))
    )
      return found;
    return `(${[found, ...synonym.variants].join('|')})`;
  });
}

/**
 * A word a gap (`~N`) steps over. Names in news keep their accents ("built in Gdańsk", "talks in Reykjavík",
 * "Türkiye's navy"), and `\w` alone stops at the first accented letter, so a gap over such a name matched
 * nothing: the Latin letters with diacritics count as word letters (not the × and ÷ among them). A number keeps
 * its thousands separators ("hosts some 35,000 troops"), a comma with no space after it.
 */
export const GAP_WORD = String.raw`[\w\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff.'’-]+(?:,\d{3})*`;

/** Compiles one notation string (see entry.ts) to regular-expression source. */
export function notationToSource(words: string): string {
  let out = '';
  const open: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const ch = words[i]!;
    if (ch === ' ') {
      while (words[i + 1] === ' ') i++;
      out += String.raw`\s+`;
    } else if (ch === '_') out += '[- ]';
    else if (ch === '(' || ch === '[') {
      open.push(ch);
      out += '(?:';
    } else if (ch === ')' || ch === ']') {
      const opener = open.pop();
      if (opener !== (ch === ')' ? '(' : '[')) throw new Error(`unbalanced "${ch}" in "${words}"`);
      out += ch === ')' ? ')' : ')?';
    } else if (ch === '|') out += '|';
    else if (ch === '*') out += String.raw`\w*`;
    else if (ch === "'") out += "['’]";
    else if (ch === '~') {
      const n = /^\d+/.exec(words.slice(i + 1));
      if (!n) throw new Error(`"~" needs a count in "${words}"`);
      i += n[0].length;
      if (words[i + 1] === ' ') i++;
      // A word may carry a possessive ("Somalia's defence minister").
      // Abbreviations keep their dots ("the U.S.-led programme").
      out += String.raw`(?:${GAP_WORD}\s+){0,${n[0]}}`;
    } else out += escape(ch);
  }
  if (open.length > 0) throw new Error(`unclosed "${open.join('')}" in "${words}"`);
  return out;
}

/** The regular-expression source of one entry: its words (synonyms widened) and its raw pattern, on word boundaries. */
export function entrySource(entry: PhraseEntry): string {
  if (entry.bare) {
    if (!entry.pattern || entry.words || entry.unlessFollowedBy)
      throw new Error(`bare phrasebook entry "${entry.name}" takes a pattern only`);
    return entry.pattern;
  }
  const parts = (entry.words ?? []).map((w) => notationToSource(expandSynonyms(w)));
  // The pattern sits inside the entry's group, where a lookbehind it opens with is tried at every word boundary.
  if (entry.pattern) parts.push(topLevelAlternatives(entry.pattern).map(guardLookbehind).join('|'));
  if (parts.length === 0) throw new Error(`phrasebook entry "${entry.name}" has neither words nor pattern`);
  const tail = entry.open ? '' : String.raw`\b`;
  const unless = entry.unlessFollowedBy
    ? String.raw`(?!\s+(?:${notationToSource(expandSynonyms(entry.unlessFollowedBy))})\b)`
    : '';
  return String.raw`\b(?:${parts.join('|')})${tail}${unless}`;
}

/**
 * An entry's alternatives, each an expression source of its own: each of its words, then its pattern, with the
 * entry's word boundaries and its unlessFollowedBy. At a position the entry's expression matches as the first
 * of them that matches there does (an alternation tries its branches in order, each with what follows it), so
 * a scan of each finds the entry's matches (lexicon/split-family.ts). A bare entry is one alternative.
 */
export function alternativeSources(entry: PhraseEntry): string[] {
  if (entry.bare) return [entrySource(entry)];
  const { words, pattern, ...rest } = entry;
  const sources = (words ?? []).map((w) => entrySource({ ...rest, words: [w] }));
  if (pattern !== undefined) sources.push(entrySource({ ...rest, pattern }));
  return sources;
}

/** One expression for a family of entries, tried as alternatives in the order given. */
export function compileEntries(entries: readonly PhraseEntry[], flags: string): RegExp {
  return new RegExp(alternation(entries.map(entrySource)), flags);
}

/**
 * The alternation of expression sources, `a|b|c`. When every top-level alternative starts with `\b`, the
 * word boundary is written once before them, `\b(?:a'|b'|c')`: the same matches, but V8 tests the boundary
 * once at a position instead of once per alternative, and skips most positions (inside words) at once;
 * a family scans about three times faster.
 */
export function alternation(sources: readonly string[]): string {
  const alternatives = sources.flatMap(topLevelAlternatives).map(guardLookbehind);
  const bound = String.raw`\b`;
  if (!alternatives.every((a) => a.startsWith(bound))) return alternatives.join('|');
  return `${bound}(?:${alternatives.map((a) => a.slice(bound.length)).join('|')})`;
}

/**
 * One expression that matches a text exactly where some of `patterns` does: a guard tested before them.
 * At each position an alternation tries every alternative, so a text the union rejects each pattern
 * rejects too; a single scan then stands for several where none matches (most texts). The patterns must
 * share their flags and hold no back-reference (the union renumbers groups), and keep no lastIndex.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? '';
  for (const p of patterns)
    if (p.flags !== flags || p.global || p.sticky || /\\(?:[1-9]|k<)/.test(p.source))
      throw new Error(`anyOf: /${p.source.slice(0, 40)}/${p.flags} cannot join /${flags} expressions`);
  return new RegExp(alternation(patterns.map((p) => p.source)), flags);
}

/**
 * An alternative that opens with a lookbehind, `(?<!L)\bR`, as `\b(?=R')(?<!L)R` (R' is R with its groups made
 * non-capturing). The same matches: assertions at one position hold or fail in any order, and the lookahead
 * only turns away positions where R cannot match. But V8 tries a leading lookbehind at every position of the
 * text, walking back over it each time ("(?<!\b(?:from|next)\b[^.;]{0,60})" up to sixty characters), before it
 * looks at R: put behind R's first words, it runs only where they stand, and such an expression scans a
 * sentence ten to thirty times faster. An R with a back-reference is left as written (R' would renumber). Read
 * with regexpp's parser, as the required literals are (lexicon/required-literals.ts).
 */
export function guardLookbehind(alternative: string): string {
  if (!alternative.startsWith('(?<=') && !alternative.startsWith('(?<!')) return alternative;
  let parsed: AST.Pattern;
  try {
    parsed = PARSER.parsePattern(alternative);
  } catch {
    return alternative; // Not an expression on its own (new RegExp will say why where it is compiled).
  }
  const elements = parsed.alternatives.length === 1 ? parsed.alternatives[0]!.elements : [];
  let first = 0;
  while (elements[first]?.type === 'Assertion' && (elements[first] as AST.Assertion).kind === 'lookbehind')
    first++;
  const rest = elements.slice(first);
  if (first === 0 || rest.length === 0) return alternative;
  const openers: AST.CapturingGroup[] = [];
  let backReference = false;
  for (const node of rest)
    visitRegExpAST(node, {
      onCapturingGroupEnter: (group) => openers.push(group),
      onBackreferenceEnter: () => (backReference = true),
    });
  if (backReference) return alternative;
  const head = rest[0]!;
  const bound = head.type === 'Assertion' && head.kind === 'word' && !head.negate ? head.raw : '';
  const from = bound ? head.end : head.start;
  // The lookahead's copy: each group's opener, "(" or "(?<name>", made "(?:", from the last one back.
  let copy = alternative.slice(from);
  for (const group of openers.reverse())
    copy = copy.slice(0, group.start - from) + '(?:' + copy.slice(group.alternatives[0]!.start - from);
  return `${bound}(?=${copy})${alternative.slice(0, head.start)}${alternative.slice(from)}`;
}
const PARSER = new RegExpParser();

/** The top-level alternatives of an expression source: split at each `|` outside groups and classes. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** A family compiled as one expression with its own flags. */
export function compileFamily(family: PhraseFamily): RegExp {
  return compileEntries(family.entries, family.flags);
}

/** Each entry of a family compiled on its own, with the family's flags, in the order given. */
export function compileEach(family: PhraseFamily): { entry: PhraseEntry; pattern: RegExp }[] {
  return family.entries.map((entry) => ({ entry, pattern: compileEntries([entry], family.flags) }));
}

function escape(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
