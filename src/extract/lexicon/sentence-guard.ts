// Which of a module's expressions can match anywhere in one sentence, told once per sentence by a literal
// filter (literal-filter.ts). The relation stage tests the same expressions on many parts of one sentence
// (the words before and after each mention, a trigger's clause, the text before it), and nearly every test
// fails. An expression whose literal words the sentence lacks cannot match in any part of it: those tests
// need not run. One pass of the filter over the sentence costs less than one of the expressions it spares.
import { LiteralFilter } from './literal-filter.js';

export class SentenceGuard {
  private readonly filter: LiteralFilter;
  private readonly guarded: ReadonlySet<RegExp>;
  /** The sentence last read, and the expressions that may match in it. */
  private sentence: string | null = null;
  private may: ReadonlySet<RegExp> = new Set();

  constructor(expressions: readonly RegExp[]) {
    // A skipped test must leave no trace: an expression with /g or /y moves its lastIndex when it runs.
    for (const re of expressions)
      if (re.global || re.sticky)
        throw new Error(`SentenceGuard: /${re.source.slice(0, 40)}/${re.flags} keeps a lastIndex`);
    this.filter = new LiteralFilter(expressions);
    this.guarded = new Set(expressions);
  }

  /** Whether `re` (one of the guard's expressions) may match in some part of `sentence`. */
  mayMatch(re: RegExp, sentence: string): boolean {
    // Any other expression would read as one that cannot match.
    if (!this.guarded.has(re)) throw new Error(`SentenceGuard: /${re.source.slice(0, 40)}/ is not guarded`);
    if (sentence !== this.sentence) {
      this.may = this.filter.mayMatch(sentence);
      this.sentence = sentence;
    }
    return this.may.has(re);
  }

  /**
   * `re.test(part)` for a `part` cut from `sentence` (a slice of it, never text made from it): false without
   * running `re` where the sentence lacks its literals.
   */
  test(re: RegExp, sentence: string, part: string): boolean {
    return this.mayMatch(re, sentence) && re.test(part);
  }
}
