// Which of a list of expressions can match a text at all, told by one pass over it. Each expression needs one
// of a few literal words (required-literals.ts); an Aho-Corasick automaton over all of them finds, in one
// pass, which expressions' words the text holds. Testing each word with indexOf costs more than the
// expressions themselves; the pass costs a fraction of one.
import { requiredLiterals } from './required-literals.js';

export class LiteralFilter {
  /** Per ASCII code: its column in the table, 0 for a character no literal uses (nor any other character). */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /** The transition table, `width` columns a state; state 0 is the root. */
  private readonly next: Int32Array;
  /** Per state: the expressions one of whose literals ends there, or null. */
  private readonly output: Array<Int32Array | null>;
  /** The expressions with no literals to look for: they may always match. */
  private readonly always: number[] = [];

  constructor(private readonly expressions: readonly RegExp[]) {
    const literals = expressions.map((re) => requiredLiterals(re.source, re.flags));
    let width = 1;
    for (const set of literals)
      for (const literal of set ?? [])
        for (let i = 0; i < literal.length; i++) {
          const c = literal.charCodeAt(i);
          if (this.column[c] === 0) this.column[c] = width++;
        }
    // The literals are lower case; upper-case text reads the same (ASCII folds one for one).
    for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32]!;
    this.width = width;
    const goto: Array<Map<number, number>> = [new Map()];
    const ends: Array<Set<number>> = [new Set()];
    literals.forEach((set, expression) => {
      if (set === null) return this.always.push(expression);
      for (const literal of set) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const col = this.column[literal.charCodeAt(i)]!;
          let to = goto[state]!.get(col);
          if (to === undefined) {
            to = goto.length;
            goto.push(new Map());
            ends.push(new Set());
            goto[state]!.set(col, to);
          }
          state = to;
        }
        ends[state]!.add(expression);
      }
    });
    // Breadth first: failure links, outputs merged along them, and the full transition table.
    this.next = new Int32Array(goto.length * width);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let col = 1; col < width; col++) {
      const to = goto[0]!.get(col) ?? 0;
      this.next[col] = to;
      if (to !== 0) queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const e of ends[fail[state]!]!) ends[state]!.add(e);
      for (let col = 1; col < width; col++) {
        const to = goto[state]!.get(col);
        const viaFail = this.next[fail[state]! * width + col]!;
        if (to === undefined) this.next[state * width + col] = viaFail;
        else {
          this.next[state * width + col] = to;
          fail[to] = viaFail;
          queue.push(to);
        }
      }
    }
    this.output = ends.map((s) => (s.size > 0 ? Int32Array.from(s) : null));
  }

  /**
   * The expressions that may match in `text`: those whose literals it holds, and those without literals.
   * Sound without /u: under /i a character outside ASCII matches no ASCII letter, so a literal the expression
   * matches is spelled in ASCII in the text.
   */
  mayMatch(text: string): Set<RegExp> {
    const { column, width, next, output } = this;
    const hit = new Uint8Array(this.expressions.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state * width + (c < 128 ? column[c]! : 0)]!;
      const out = output[state];
      if (out) for (let k = 0; k < out.length; k++) hit[out[k]!] = 1;
    }
    for (const e of this.always) hit[e] = 1;
    return new Set(this.expressions.filter((_, e) => hit[e] === 1));
  }
}
