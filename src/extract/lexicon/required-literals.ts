// What literal strings every match of an expression contains, read from its syntax tree as a formula: a text
// that does not satisfy it cannot match, and the expression need not run (see literal-filter.ts).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * A condition on the literals a text holds. `literal`: one of the strings. `all`: every part (a sequence,
 * "defen[cs]e pact" needs "defence" or "defense", and "pact"). `one`: some part (an alternation). Strings
 * are ASCII and lower-cased: the scan compares them with the text lower-cased (ASCII folds one for one).
 */
export type Need =
  { kind: 'literal'; strings: string[] } | { kind: 'all'; of: Need[] } | { kind: 'one'; of: Need[] };

/**
 * What a node tells: `exact`, the finite set of strings it matches (null when unbounded or too many); and
 * `need`, what each of its matches contains (null when nothing is known).
 */
interface Facts {
  exact: string[] | null;
  need: Need | null;
}

/** Past this many strings a set of exact matches is dropped: a product of choices grows fast. */
const MAX_EXACT = 64;

const DIGITS = [...'0123456789'];

const UNKNOWN: Facts = { exact: null, need: null };
const EMPTY: Facts = { exact: [''], need: null };

/**
 * What every match of `/source/flags` contains; null when nothing can be read (some match needs no literal,
 * or uses syntax not read here). Under /i with /u or /v, case folding maps some other characters to ASCII
 * letters ("ſ" to "s"): nothing then.
 */
export function literalNeed(source: string, flags: string): Need | null {
  const key = `${flags}/${source}`;
  let need = NEEDS.get(key);
  if (need === undefined) NEEDS.set(key, (need = readNeed(source, flags)));
  return need;
}

/**
 * Needs read, by flags and source: several literal passes cover the same expressions (the status cues are the
 * relation stage's and the gate's), and reading one costs a parse. A need is only read, never changed.
 */
const NEEDS = new Map<string, Need | null>();

function readNeed(source: string, flags: string): Need | null {
  const unicode = flags.includes('u');
  const unicodeSets = flags.includes('v');
  if (flags.includes('i') && (unicode || unicodeSets)) return null;
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode, unicodeSets });
  } catch {
    // An expression this parser does not read is run without a prefilter.
    return null;
  }
  return needOf(disjunction(pattern.alternatives));
}

/** The literals a need names, each once. */
export function literalsOf(need: Need): string[] {
  if (need.kind === 'literal') return need.strings;
  return unique(need.of.flatMap(literalsOf));
}

/** A node's need; its exact set serves when it never matches "". */
function needOf(f: Facts): Need | null {
  if (f.exact && !f.exact.includes('')) return literal(f.exact);
  return f.need;
}

/** One of the strings, without those that contain another of the set: where they occur, so does it. */
function literal(strings: readonly string[]): Need {
  return { kind: 'literal', strings: strings.filter((s) => !strings.some((t) => t !== s && s.includes(t))) };
}

/** Every part; parts that need nothing drop out, and nested `all`s are one. */
function all(parts: ReadonlyArray<Need | null>): Need | null {
  const of = parts.flatMap((p) => (p === null ? [] : p.kind === 'all' ? p.of : [p]));
  return of.length === 0 ? null : of.length === 1 ? of[0]! : { kind: 'all', of };
}

/** Some part: nothing when one part needs nothing; literal parts merge into one set, nested `one`s are one. */
function one(parts: ReadonlyArray<Need | null>): Need | null {
  if (parts.some((p) => p === null)) return null;
  const strings: string[] = [];
  const of: Need[] = [];
  for (const p of parts as Need[])
    for (const q of p.kind === 'one' ? p.of : [p])
      if (q.kind === 'literal') strings.push(...q.strings);
      else of.push(q);
  if (strings.length > 0) of.unshift(literal(unique(strings)));
  return of.length === 1 ? of[0]! : { kind: 'one', of };
}

function disjunction(alternatives: readonly AST.Alternative[]): Facts {
  const facts = alternatives.map(sequence);
  const exact = facts.every((f) => f.exact) ? unique(facts.flatMap((f) => f.exact!)) : null;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, need: one(facts.map(needOf)) };
}

/**
 * A concatenation: runs of elements with exact sets multiply into longer strings ("defen[cs]e" gives
 * "defence" and "defense"); the match contains one string of each run, and meets each other element's need.
 * A positive look-around consumes nothing, so a run goes on across it; but where the match is, the text
 * holds what it looked for ("met ... (?=signed)"): its need is the sequence's too, and the sequence has no
 * exact set of its own (an exact set would stand for it, without that need).
 */
function sequence(alternative: AST.Alternative): Facts {
  const parts: Array<Need | null> = [];
  const looked: Array<Need | null> = [];
  let run: string[] = [''];
  let allExact = true;
  const endRun = () => parts.push(run.includes('') ? null : literal(run));
  for (const element of alternative.elements) {
    if (isPositiveLookaround(element)) {
      looked.push(needOf(disjunction(element.alternatives)));
      continue;
    }
    const f = node(element);
    if (f.exact && run.length * f.exact.length <= MAX_EXACT) {
      run = unique(run.flatMap((a) => f.exact!.map((b) => a + b)));
      continue;
    }
    allExact = false;
    endRun();
    if (f.exact) run = f.exact;
    else {
      parts.push(f.need);
      run = [''];
    }
  }
  endRun();
  const need = all([...parts, ...looked]);
  return { exact: allExact && looked.every((n) => n === null) ? run : null, need };
}

/** `(?=...)` or `(?<=...)`: the text around the match holds what it looks for. */
function isPositiveLookaround(n: AST.Element): n is AST.LookaroundAssertion {
  return n.type === 'Assertion' && (n.kind === 'lookahead' || n.kind === 'lookbehind') && !n.negate;
}

function node(n: AST.Element): Facts {
  switch (n.type) {
    case 'Character':
      return n.value < 128 ? { exact: [String.fromCharCode(n.value).toLowerCase()], need: null } : UNKNOWN;
    case 'CharacterClass':
      return characterClass(n);
    case 'Assertion':
      // Zero-width, and not in a sequence (sequence reads a positive look-around's need): nothing required.
      return EMPTY;
    case 'Group':
      // A group with modifiers ("(?i:...)") changes how its letters compare: not read.
      return n.modifiers ? UNKNOWN : disjunction(n.alternatives);
    case 'CapturingGroup':
      return disjunction(n.alternatives);
    case 'Quantifier':
      return quantifier(n);
    case 'CharacterSet':
      // \d is [0-9] under any flags, a choice of ten characters; other sets (\w, \s, ., \p{...}) are not read.
      return n.kind === 'digit' && !n.negate ? { exact: DIGITS, need: null } : UNKNOWN;
    default:
      // Back-references, and class expressions of /v.
      return UNKNOWN;
  }
}

function quantifier(q: AST.Quantifier): Facts {
  if (q.max === 0) return EMPTY;
  const f = node(q.element);
  if (q.min === 0) {
    // "(?:s)?" is "" or "s"; a longer optional repetition is left unread.
    return q.max === 1 && f.exact ? { exact: unique(['', ...f.exact]), need: null } : UNKNOWN;
  }
  let exact: string[] | null = null;
  if (f.exact && q.min === q.max && f.exact.length ** q.min <= MAX_EXACT) {
    exact = [''];
    for (let i = 0; i < q.min; i++) exact = exact.flatMap((a) => f.exact!.map((b) => a + b));
    exact = unique(exact);
  }
  return { exact, need: needOf(f) };
}

/**
 * A class of a few ASCII characters is a choice of them ("[cs]", "[- ]"); other classes are not read. A range
 * as wide as the digits is read: chrono's date expressions spell them "[0-9]", as \d is.
 */
function characterClass(c: AST.CharacterClass): Facts {
  if (c.negate || c.unicodeSets) return UNKNOWN;
  const chars: string[] = [];
  for (const e of c.elements) {
    if (e.type === 'Character') chars.push(String.fromCharCode(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < DIGITS.length)
      for (let v = e.min.value; v <= e.max.value; v++) chars.push(String.fromCharCode(v));
    else return UNKNOWN;
  }
  if (chars.length > 16 || chars.some((ch) => ch.charCodeAt(0) >= 128)) return UNKNOWN;
  return { exact: unique(chars.map((ch) => ch.toLowerCase())), need: null };
}

function unique(strings: readonly string[]): string[] {
  return [...new Set(strings)];
}
