// Which of a list of expressions, tried in order, is the first to match a text: what a loop of tests tells,
// read from one scan of their union for each place where one of them matches. A loop of tests scans the whole
// text once per expression until one matches; the union scans it once, and then only past each place found.
import { topLevelAlternatives } from '../phrasebook/compile.js';

/** The expressions as one global union in which each is a capturing group, in order. */
export interface OrderedUnion {
  readonly union: RegExp;
  /** Per expression, the number of its group in the union. */
  readonly groupOf: readonly number[];
}

/**
 * The union of `patterns` for firstOf. They must share their flags and keep no lastIndex (no /g or /y), and
 * hold no back-reference (groups are renumbered in the union).
 */
export function orderedUnion(patterns: readonly RegExp[]): OrderedUnion {
  const flags = patterns[0]?.flags ?? '';
  for (const p of patterns)
    if (p.flags !== flags || p.global || p.sticky || /\\(?:[1-9]|k<)/.test(p.source))
      throw new Error(`orderedUnion: /${p.source.slice(0, 40)}/${p.flags} cannot join /${flags} expressions`);
  // As in alternation(): where every alternative starts with a word boundary, it is written once before them,
  // and V8 skips the places inside words at once.
  const bound = String.raw`\b`;
  const hoist = patterns.every((p) => topLevelAlternatives(p.source).every((a) => a.startsWith(bound)));
  const groupOf: number[] = [];
  let group = 1;
  const sources = patterns.map((p) => {
    groupOf.push(group);
    group += 1 + groupCount(p);
    const source = hoist
      ? topLevelAlternatives(p.source)
          .map((a) => a.slice(bound.length))
          .join('|')
      : p.source;
    return `(${source})`;
  });
  return { union: new RegExp(`${hoist ? bound : ''}(?:${sources.join('|')})`, `${flags}g`), groupOf };
}

/** How many capturing groups an expression has: the length of its match of "" through an empty alternative. */
function groupCount(p: RegExp): number {
  return new RegExp(`${p.source}|`, p.flags).exec('')!.length - 1;
}

/**
 * The index of the first of the expressions (in order) that matches `text` anywhere, -1 for none: the same as
 * `patterns.findIndex((p) => p.test(text))`. At each place it matches, the union reports the first expression
 * matching there; every place is visited (the scan resumes one past the last), and the least index is the
 * first expression that matches at all.
 */
export function firstOf({ union, groupOf }: OrderedUnion, text: string): number {
  let first = -1;
  union.lastIndex = 0;
  for (let m = union.exec(text); m !== null; m = union.exec(text)) {
    let i = 0;
    while (m[groupOf[i]!] === undefined) i++;
    if (first < 0 || i < first) first = i;
    if (first === 0) break;
    union.lastIndex = m.index + 1;
  }
  union.lastIndex = 0;
  return first;
}
