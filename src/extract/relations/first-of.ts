// Which of a list of expressions match a text, and which is the first of them in order: what a loop of tests
// tells, read from one scan of their union. A loop of tests scans the whole text once per expression; the union
// scans it once, resuming one past each place where some expression matches (few places: the expressions are
// phrases), and what the union does not tell at those places a sticky test there does.
import { topLevelAlternatives } from '../phrasebook/compile.js';

/** The expressions as one global union in which each is a capturing group, in order. */
export interface OrderedUnion {
  readonly union: RegExp;
  /** Per expression, the number of its group in the union. */
  readonly groupOf: readonly number[];
  /** Per expression, a sticky copy: whether it matches at one place. */
  readonly at: readonly RegExp[];
  /** The expressions, in order: those a literal pass leaves are tested one by one (see `may` below). */
  readonly patterns: readonly RegExp[];
  /**
   * Per expression, its alternatives each alone, where given: it matches a text where one of them does, and
   * with `may` only those the literal pass leaves are tested (an expression of many phrasings scans slowly
   * whole).
   */
  readonly parts: ReadonlyArray<readonly RegExp[] | undefined>;
}

/**
 * The union of `patterns` for firstOf and allOf. They must share their flags and keep no lastIndex (no /g or
 * /y), and hold no back-reference (groups are renumbered in the union).
 */
export function orderedUnion(
  patterns: readonly RegExp[],
  /** Per expression, its alternatives (see OrderedUnion.parts), with its flags. */
  parts: ReadonlyArray<readonly RegExp[] | undefined> = [],
): OrderedUnion {
  const flags = patterns[0]?.flags ?? '';
  for (const p of [...patterns, ...parts.flat().filter((p) => p !== undefined)])
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
  return {
    union: new RegExp(`${hoist ? bound : ''}(?:${sources.join('|')})`, `${flags}g`),
    groupOf,
    at: patterns.map((p) => new RegExp(p.source, `${flags}y`)),
    patterns,
    parts,
  };
}

/** How many capturing groups an expression has: the length of its match of "" through an empty alternative. */
function groupCount(p: RegExp): number {
  return new RegExp(`${p.source}|`, p.flags).exec('')!.length - 1;
}

/**
 * Each place in `text` where some expression matches, with the first expression (in order) matching there:
 * at a place, the union tries its alternatives in order. The scan resumes one past each place, so every place
 * is visited, in order. Calls `visit` until it returns false.
 */
function places(
  { union, groupOf }: OrderedUnion,
  text: string,
  visit: (at: number, first: number) => boolean,
): void {
  union.lastIndex = 0;
  for (let m = union.exec(text); m !== null; m = union.exec(text)) {
    let i = 0;
    while (m[groupOf[i]!] === undefined) i++;
    if (!visit(m.index, i)) break;
    union.lastIndex = m.index + 1;
  }
  union.lastIndex = 0;
}

/**
 * `may`, where the caller has it: the expressions that a literal pass (literal-filter.ts) over `text`, or over a
 * text `text` is part of, says can match; the others need words it lacks, and cannot. A sentence holds the words
 * of one or two of a list's expressions, often none: those few are tested one by one, each a scan of its own
 * alternatives only, where the union tried every expression's at each word (twice to three times the work).
 * Where the union has an expression's parts, the pass covered them too (a part it does not hold is not tested).
 */
export type MayMatch = ReadonlySet<RegExp> | undefined;

/** Whether expression `j` matches `text`, where `may` holds it: by its parts that `may` holds, where it has parts. */
function mayTest(u: OrderedUnion, j: number, text: string, may: ReadonlySet<RegExp>): boolean {
  const pattern = u.patterns[j]!;
  if (!may.has(pattern)) return false;
  const parts = u.parts[j];
  if (parts === undefined) return pattern.test(text);
  for (const part of parts) if (may.has(part) && part.test(text)) return true;
  return false;
}

/**
 * The index of the first of the expressions (in order) that matches `text` anywhere, -1 for none: the same as
 * `patterns.findIndex((p) => p.test(text))`. An expression that matches somewhere is the first to match at
 * that place or a later one, so the least first expression over the places is it.
 */
export function firstOf(u: OrderedUnion, text: string, may?: MayMatch): number {
  if (may !== undefined) {
    for (let j = 0; j < u.patterns.length; j++) if (mayTest(u, j, text, may)) return j;
    return -1;
  }
  let first = -1;
  places(u, text, (_, i) => {
    if (first < 0 || i < first) first = i;
    return first > 0;
  });
  return first;
}

/**
 * The indices of the expressions that match `text` anywhere, in order: the same as the indices `i` for which
 * `patterns[i].test(text)`. An expression matches only at places the union visits; at each it is the first
 * expression matching there, or a later one that a sticky test at the place tells.
 */
export function allOf(u: OrderedUnion, text: string, may?: MayMatch): number[] {
  if (may !== undefined) {
    const out: number[] = [];
    for (let j = 0; j < u.patterns.length; j++) if (mayTest(u, j, text, may)) out.push(j);
    return out;
  }
  const at: number[] = [];
  const first: number[] = [];
  places(u, text, (place, i) => {
    at.push(place);
    first.push(i);
    return true;
  });
  const out: number[] = [];
  if (at.length === 0) return out;
  for (let j = 0; j < u.at.length; j++) {
    let matches = first.includes(j);
    const sticky = u.at[j]!;
    for (let k = 0; !matches && k < at.length; k++)
      if (first[k]! < j) {
        sticky.lastIndex = at[k]!;
        matches = sticky.test(text);
      }
    sticky.lastIndex = 0;
    if (matches) out.push(j);
  }
  return out;
}
