// A phrase family scanned one alternative at a time, each only where the text holds its words. A family
// compiled as one alternation (a few dozen phrasings) is slow to scan: at each word V8 tries each branch in
// turn, and most of its skip-ahead is lost across so many. Each phrasing alone needs rarer words than the
// family as a whole ("provision" besides "agreement"), the literal pass rules most of them out, and those left
// scan fast; together they find the family's matches exactly (see allFrom).
import { alternativeSources, compileEntries } from '../phrasebook/compile.js';
import type { PhraseFamily } from '../phrasebook/entry.js';

export class SplitFamily {
  /** Each alternative of the family, in its order, with the family's flags. */
  readonly parts: readonly RegExp[];
  /** Each part's place in `parts`. */
  private readonly order: ReadonlyMap<RegExp, number>;

  constructor(
    /** The family compiled whole (compileEntries): what the parts stand for. */
    readonly whole: RegExp,
    family: PhraseFamily,
  ) {
    const sources = family.entries.flatMap(alternativeSources);
    // The parts find the whole's matches only where they are its branches, in order, under the same flags; a
    // global scan without /u or /v (whose empty matches step a code point, and whose case folding the literal
    // pass does not read); and no back-reference, whose numbering would change.
    if (
      whole.source !== compileEntries(family.entries, family.flags).source ||
      whole.flags !== family.flags ||
      !/^gi?$/.test(whole.flags) ||
      sources.some((s) => /\\(?:[1-9]|k<)/.test(s))
    )
      throw new Error(`SplitFamily: ${family.name} cannot be scanned by its alternatives`);
    this.parts = sources.map((s) => new RegExp(s, whole.flags));
    this.order = new Map(this.parts.map((part, i) => [part, i]));
  }

  /**
   * The parts `may` holds, in their order. A literal pass leaves a sentence a dozen or so expressions, where a
   * family has up to sixty parts: the shorter of the two lists is walked, each of its items looked up in the
   * other (a lookup per part of every family scanned was most of the scan's own time).
   */
  private live(may: ReadonlySet<RegExp>): RegExp[] {
    if (may.size >= this.parts.length) return this.parts.filter((part) => may.has(part));
    const at: number[] = [];
    for (const re of may) {
      const i = this.order.get(re);
      if (i !== undefined) at.push(i);
    }
    return at.sort((a, b) => a - b).map((i) => this.parts[i]!);
  }

  /**
   * Where the whole's first match starts, -1 when it has none: the earliest of its parts' first matches. `may`
   * holds the parts that can match in the text (a LiteralFilter pass over them); the others are not scanned.
   * Each part's first match is kept in `firstAt` (-1 for none), where allFrom starts from it. The earliest
   * does not depend on the order the parts are read in: the shorter of `may` and the parts is walked (live),
   * without a list of them made.
   */
  first(text: string, may: ReadonlySet<RegExp>, firstAt?: Map<RegExp, number>): number {
    let first = -1;
    const read = (part: RegExp): void => {
      let at = firstAt?.get(part);
      if (at === undefined) {
        // search() reads from 0 and builds no match array, of which only the index is wanted.
        at = text.search(part);
        firstAt?.set(part, at);
      }
      if (at >= 0 && (first < 0 || at < first)) first = at;
    };
    if (may.size >= this.parts.length) {
      for (const part of this.parts) if (may.has(part)) read(part);
    } else for (const re of may) if (this.order.has(re)) read(re);
    return first;
  }

  /**
   * The whole's matches from `from` on, as allMatches(whole, text, from) finds them (indices and matched text;
   * capture groups are the part's own). A global scan of the whole finds, from where the last match ended, the
   * earliest position where some branch matches, and there the first branch that does: each part's earliest
   * match from there is kept until the scan passes it, and of those the earliest, the first part's on a tie,
   * is the whole's. Where `first` told a part's first match (`firstAt`), the part is not scanned again before
   * it, nor at all when it has none.
   */
  allFrom(
    text: string,
    from: number,
    may: ReadonlySet<RegExp>,
    firstAt?: ReadonlyMap<RegExp, number>,
  ): RegExpExecArray[] {
    const live = this.live(may);
    const out: RegExpExecArray[] = [];
    if (live.length === 0) return out;
    // Per live part: its earliest match at or after the scan's position, null for none, undefined until read.
    const next: Array<RegExpExecArray | null | undefined> = new Array(live.length);
    let at = from;
    for (;;) {
      let best: RegExpExecArray | null = null;
      for (let k = 0; k < live.length; k++) {
        let m = next[k];
        if (m === undefined || (m !== null && m.index < at)) {
          const part = live[k]!;
          // No match before the first one: a scan from `at` starts there where it lies ahead.
          const known = m === undefined ? firstAt?.get(part) : undefined;
          if (known !== undefined && known < 0) m = null;
          else {
            part.lastIndex = known !== undefined && known > at ? known : at;
            m = part.exec(text);
          }
          next[k] = m;
        }
        if (m !== null && (best === null || m.index < best.index)) best = m;
      }
      if (best === null) return out;
      out.push(best);
      // As allMatches steps: past the match, and one code unit past an empty one (no /u here).
      at = best.index + best[0].length + (best[0] === '' ? 1 : 0);
    }
  }
}
