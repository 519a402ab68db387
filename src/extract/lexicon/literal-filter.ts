// Which of a list of expressions can match a text at all, told by one pass over it. Each expression needs
// literal words, as a formula (required-literals.ts: "defence" or "defense", and "pact"); an Aho-Corasick
// automaton over all of them finds, in one pass, which sets of words the text holds, and each expression's
// formula is then read off. Testing each word with indexOf costs more than the expressions themselves; the
// pass costs a fraction of one.
import { literalNeed, type Need } from './required-literals.js';

/** A Need over the filter's literal sets: the set `set` found (SET), every part met (ALL), or some part (ONE). */
interface Check {
  op: typeof SET | typeof ALL | typeof ONE;
  set: number;
  parts: Check[];
}
const SET = 0;
const ALL = 1;
const ONE = 2;

export class LiteralFilter {
  /** Per ASCII code: its column in the table, 0 for a character no literal uses (nor any other character). */
  private readonly column = new Uint8Array(128);
  private readonly width: number;
  /** The transition table, `width` columns a state; state 0 is the root (16 bits: it stays in cache). */
  private readonly next: Uint16Array | Int32Array;
  /**
   * The states where some literal ends are numbered last, from `firstOutput` on: the scan asks of most
   * characters only whether the state reached is below it, not where its outputs lie (two reads of a table
   * indexed by state, a cache line apart for most pairs of states).
   */
  private readonly firstOutput: number;
  /**
   * Per state s from firstOutput: the literal sets one of whose literals ends there,
   * outputs[outputFrom[s - firstOutput] .. outputFrom[s - firstOutput + 1]).
   */
  private readonly outputFrom: Int32Array;
  private readonly outputs: Int32Array;
  /**
   * Per expression: what the text must hold for it to match, as the first step of its check in the branch
   * program below (compileCheck); MET when it may always match.
   */
  private readonly entry: Int32Array;
  /**
   * The checks as one branch program: a step tests whether the text holds literal set `stepSet`, then goes on
   * to step `ifFound` or `ifMissing`, or ends the check (MET, UNMET). Read in a loop, the checks take half
   * the instructions a recursive walk of their trees did (a call per node, for hundreds of nodes a sentence).
   */
  private readonly stepSet: Int32Array;
  private readonly ifFound: Int32Array;
  private readonly ifMissing: Int32Array;
  /**
   * Per expression: a set of literals its check implies (one word of each alternative), -1 for none. Most
   * expressions fail it, at the cost of one look-up instead of a walk of their check.
   */
  private readonly quick: Int32Array;
  private readonly setCount: number;
  /**
   * Per expression given, where its parts stand among the expressions read (`read`): from partsFrom[e] to
   * partsFrom[e + 1]. A part is read only where its expression's check is met: it matches only where its
   * expression does, so only where the words its expression needs are there.
   */
  private readonly partsFrom: Int32Array;
  /** The expressions given, then the parts of each, in their order: what `entry` and `quick` are indexed by. */
  private readonly read: readonly RegExp[];
  /**
   * Per literal set: 1 when the text read by mayMatch holds one of its literals. One array cleared per call
   * rather than one allocated: the gate asks this of every sentence that names a party.
   */
  private readonly hit: Uint8Array;
  /**
   * Per literal set: 1 when it is taken as found without a look (a set with a one-letter literal, "a" or "s":
   * nearly every sentence holds it, and the scan wrote its hit at each of that letter's occurrences, a third
   * of all its writes). Its expressions may match a little more often, never less: the filter stays sound,
   * and where such a set stands in a sequence the sets beside it still tell.
   */
  private readonly assumed: Uint8Array;

  constructor(
    private readonly expressions: readonly RegExp[],
    /**
     * Expressions' parts (their alternatives, each alone, as SplitFamily reads them): in the set mayMatch
     * returns too, where they may match.
     */
    parts: ReadonlyMap<RegExp, readonly RegExp[]> = new Map(),
  ) {
    // Each distinct set of literals (one of its strings) is found once, however many expressions need it.
    const literals: string[][] = [];
    const setIndex = new Map<string, number>();
    const indexOf = (strings: string[]): number => {
      const key = [...strings].sort().join('\n');
      let index = setIndex.get(key);
      if (index === undefined) {
        setIndex.set(key, (index = literals.length));
        literals.push(strings);
      }
      return index;
    };
    const checkOf = (need: Need): Check => {
      if (need.kind === 'all') return { op: ALL, set: -1, parts: need.of.map(checkOf) };
      if (need.kind === 'one') return { op: ONE, set: -1, parts: need.of.map(checkOf) };
      return { op: SET, set: indexOf(need.strings), parts: [] };
    };
    const partsOf = expressions.map((re) => parts.get(re) ?? []);
    this.read = [...expressions, ...partsOf.flat()];
    const partsFrom = new Int32Array(expressions.length + 1);
    partsFrom[0] = expressions.length;
    partsOf.forEach((p, e) => (partsFrom[e + 1] = partsFrom[e]! + p.length));
    this.partsFrom = partsFrom;
    const needs = this.read.map((re) => literalNeed(re.source, re.flags));
    const steps: Step[] = [];
    this.entry = Int32Array.from(needs, (need) =>
      need === null ? MET : compileCheck(checkOf(need), MET, UNMET, steps),
    );
    this.stepSet = Int32Array.from(steps, (step) => step.set);
    this.ifFound = Int32Array.from(steps, (step) => step.found);
    this.ifMissing = Int32Array.from(steps, (step) => step.missing);
    this.quick = Int32Array.from(needs, (need) => {
      const strings = need && impliedLiterals(need);
      return strings ? indexOf(strings) : -1;
    });
    this.setCount = literals.length;
    this.hit = new Uint8Array(this.setCount);
    this.assumed = Uint8Array.from(literals, (set) =>
      set.some((literal) => /^[a-z]$/.test(literal)) ? 1 : 0,
    );
    let width = 1;
    for (const set of literals.filter((_, index) => this.assumed[index] === 0))
      for (const literal of set)
        for (let i = 0; i < literal.length; i++) {
          const c = literal.charCodeAt(i);
          if (this.column[c] === 0) this.column[c] = width++;
        }
    // The literals are lower case; upper-case text reads the same (ASCII folds one for one).
    for (let c = 65; c <= 90; c++) this.column[c] = this.column[c + 32]!;
    this.width = width;
    const goto: Array<Map<number, number>> = [new Map()];
    const ends: Array<Set<number>> = [new Set()];
    literals.forEach((set, index) => {
      if (this.assumed[index] === 1) return;
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
        ends[state]!.add(index);
      }
    });
    // Breadth first: failure links, outputs merged along them, and the full transition table.
    const built =
      goto.length < 0x10000 ? new Uint16Array(goto.length * width) : new Int32Array(goto.length * width);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let col = 1; col < width; col++) {
      const to = goto[0]!.get(col) ?? 0;
      built[col] = to;
      if (to !== 0) queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const e of ends[fail[state]!]!) ends[state]!.add(e);
      for (let col = 1; col < width; col++) {
        const to = goto[state]!.get(col);
        const viaFail = built[fail[state]! * width + col]!;
        if (to === undefined) built[state * width + col] = viaFail;
        else {
          built[state * width + col] = to;
          fail[to] = viaFail;
          queue.push(to);
        }
      }
    }
    // Renumbered: the root and the other states without outputs first, in their order, then the rest.
    const order = [...ends.keys()].filter((state) => ends[state]!.size === 0);
    this.firstOutput = order.length;
    order.push(...[...ends.keys()].filter((state) => ends[state]!.size > 0));
    const renumbered = new Int32Array(order.length);
    order.forEach((state, id) => (renumbered[state] = id));
    this.next = goto.length < 0x10000 ? new Uint16Array(built.length) : new Int32Array(built.length);
    for (let state = 0; state < goto.length; state++)
      for (let col = 0; col < width; col++)
        this.next[renumbered[state]! * width + col] = renumbered[built[state * width + col]!]!;
    const withOutputs = order.slice(this.firstOutput).map((state) => ends[state]!);
    this.outputFrom = new Int32Array(withOutputs.length + 1);
    withOutputs.forEach((set, k) => (this.outputFrom[k + 1] = this.outputFrom[k]! + set.size));
    this.outputs = Int32Array.from(withOutputs.flatMap((set) => [...set]));
  }

  /**
   * The expressions that may match in `text`: those whose literals it holds as their formula asks, and those
   * without literals; and of those, their parts that may. Sound without /u: under /i a character outside
   * ASCII matches no ASCII letter, so a literal the expression matches is spelled in ASCII in the text.
   */
  mayMatch(text: string): Set<RegExp> {
    const { column, width, next, firstOutput, outputFrom, outputs, hit } = this;
    hit.set(this.assumed);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state * width + (c < 128 ? column[c]! : 0)]!;
      if (state < firstOutput) continue;
      const at = state - firstOutput;
      for (let k = outputFrom[at]!, to = outputFrom[at + 1]!; k < to; k++) hit[outputs[k]!] = 1;
    }
    const { partsFrom, read } = this;
    const may = new Set<RegExp>();
    for (let e = 0; e < this.expressions.length; e++) {
      if (!this.met(e)) continue;
      may.add(read[e]!);
      for (let k = partsFrom[e]!, to = partsFrom[e + 1]!; k < to; k++) if (this.met(k)) may.add(read[k]!);
    }
    return may;
  }

  /** Whether the text read last holds the words expression (or part) `e` needs: its quick test, then its check. */
  private met(e: number): boolean {
    const { hit, entry, stepSet, ifFound, ifMissing } = this;
    const quick = this.quick[e]!;
    if (quick >= 0 && hit[quick] === 0) return false;
    let step = entry[e]!;
    while (step >= 0) step = hit[stepSet[step]!] === 1 ? ifFound[step]! : ifMissing[step]!;
    return step === MET;
  }
}

/**
 * Literals one of which a text meeting the need holds: every alternative's, and of a sequence's parts the
 * one least likely in a sentence (its shortest string the longest). Null when some alternative has none.
 */
function impliedLiterals(need: Need): string[] | null {
  if (need.kind === 'literal') return need.strings;
  const parts = need.of.map(impliedLiterals);
  if (need.kind === 'one') return parts.every((p) => p) ? [...new Set(parts.flatMap((p) => p!))] : null;
  const shortest = (p: string[]) => Math.min(...p.map((s) => s.length));
  return parts.reduce<string[] | null>(
    (best, p) => (p && (!best || shortest(p) > shortest(best)) ? p : best),
    null,
  );
}

/** Where a check ends: met, or not. Steps are numbered from 0. */
const MET = -1;
const UNMET = -2;

/** One step of the branch program: the set it tests, and where each outcome goes (a step, MET or UNMET). */
interface Step {
  set: number;
  found: number;
  missing: number;
}

/**
 * Appends a check's steps to `steps` and returns its first: read left to right with the short cuts of
 * `&&` and `||`, the check goes on to `met` when it holds and to `unmet` when it does not. A part's steps
 * go on to the next part's, so its parts are compiled last first. The steps visited are the sets a recursive
 * walk of the tree would test, in its order, and the outcome the same.
 */
function compileCheck(check: Check, met: number, unmet: number, steps: Step[]): number {
  if (check.op === SET) {
    steps.push({ set: check.set, found: met, missing: unmet });
    return steps.length - 1;
  }
  // Every part met (ALL) or none (ONE) ends where the check does; an empty ALL holds, an empty ONE does not.
  let next = check.op === ALL ? met : unmet;
  for (let k = check.parts.length - 1; k >= 0; k--)
    next =
      check.op === ALL
        ? compileCheck(check.parts[k]!, next, unmet, steps)
        : compileCheck(check.parts[k]!, met, next, steps);
  return next;
}
