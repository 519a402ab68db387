// Literal strings at least one of which every match of an expression contains, read from its syntax tree:
// a text with none of them cannot match, and the expression need not run (see literal-filter.ts).
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * What a node tells: `exact`, the finite set of strings it matches (null when unbounded or too many); and
 * `required`, strings one of which each of its matches contains (null when nothing is known). Strings are
 * ASCII and lower-cased: the scan compares them with the text lower-cased (ASCII folds one for one).
 */
interface Facts {
  exact: string[] | null;
  required: string[] | null;
}

/** Past this many strings a set of exact matches is dropped: a product of choices grows fast. */
const MAX_EXACT = 64;

const UNKNOWN: Facts = { exact: null, required: null };
const EMPTY: Facts = { exact: [''], required: null };

/**
 * The literals, lower-cased, one of which every match of `/source/flags` contains; null when no such set can
 * be read (a part of the expression matches without any literal, or uses syntax not read here). Under /i with
 * /u or /v, case folding maps some other characters to ASCII letters ("ſ" to "s"): no literals then.
 */
export function requiredLiterals(source: string, flags: string): string[] | null {
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
  const required = requiredOf(disjunction(pattern.alternatives));
  return required && minimal(required);
}

/** Without the strings that contain another of the set: where they occur, so does it. */
function minimal(set: readonly string[]): string[] {
  return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
}

/** The strings a node's matches must contain, or null: its exact set serves when it never matches "". */
function requiredOf(f: Facts): string[] | null {
  if (f.required) return f.required;
  if (f.exact && !f.exact.includes('')) return f.exact;
  return null;
}

function disjunction(alternatives: readonly AST.Alternative[]): Facts {
  const facts = alternatives.map(sequence);
  const exact = facts.every((f) => f.exact) ? unique(facts.flatMap((f) => f.exact!)) : null;
  const each = facts.map(requiredOf);
  const required = each.every((r) => r) ? unique(each.flatMap((r) => r!)) : null;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : null, required };
}

/**
 * A concatenation: runs of elements with exact sets multiply into longer strings ("defen[cs]e" gives
 * "defence" and "defense"); each run, and each element's own required set, is a candidate, and the one
 * most likely to be absent from a sentence is kept.
 */
function sequence(alternative: AST.Alternative): Facts {
  const candidates: string[][] = [];
  let run: string[] = [''];
  let allExact = true;
  for (const element of alternative.elements) {
    const f = node(element);
    if (f.exact && run.length * f.exact.length <= MAX_EXACT) {
      run = unique(run.flatMap((a) => f.exact!.map((b) => a + b)));
      continue;
    }
    allExact = false;
    candidates.push(run);
    if (f.exact) run = f.exact;
    else {
      const r = requiredOf(f);
      if (r) candidates.push(r);
      run = [''];
    }
  }
  candidates.push(run);
  const usable = candidates.filter((c) => !c.includes(''));
  const required = usable.length > 0 ? usable.reduce((a, b) => (score(b) > score(a) ? b : a)) : null;
  return { exact: allExact ? run : null, required };
}

/**
 * How likely a set is to be absent from a sentence: its shortest string's length, a character other than a
 * letter, digit or space counting twice ("+" in "2+2" is rarer than "2"); fewer strings break a tie.
 */
function score(set: readonly string[]): number {
  const weight = (s: string) => s.length + s.replace(/[a-z0-9 ]/g, '').length;
  return Math.min(...set.map(weight)) * 1000 - Math.min(set.length, 999);
}

function node(n: AST.Element): Facts {
  switch (n.type) {
    case 'Character':
      return n.value < 128
        ? { exact: [String.fromCharCode(n.value).toLowerCase()], required: null }
        : UNKNOWN;
    case 'CharacterClass':
      return characterClass(n);
    case 'Assertion':
      // Zero-width: a look-around's own content is not required of the match (it is not consumed).
      return EMPTY;
    case 'Group':
      // A group with modifiers ("(?i:...)") changes how its letters compare: not read.
      return n.modifiers ? UNKNOWN : disjunction(n.alternatives);
    case 'CapturingGroup':
      return disjunction(n.alternatives);
    case 'Quantifier':
      return quantifier(n);
    default:
      // Character sets (\w, \s, ., \p{...}), back-references, and class expressions of /v.
      return UNKNOWN;
  }
}

function quantifier(q: AST.Quantifier): Facts {
  if (q.max === 0) return EMPTY;
  const f = node(q.element);
  if (q.min === 0) {
    // "(?:s)?" is "" or "s"; a longer optional repetition is left unread.
    return q.max === 1 && f.exact ? { exact: unique(['', ...f.exact]), required: null } : UNKNOWN;
  }
  let exact: string[] | null = null;
  if (f.exact && q.min === q.max && f.exact.length ** q.min <= MAX_EXACT) {
    exact = [''];
    for (let i = 0; i < q.min; i++) exact = exact.flatMap((a) => f.exact!.map((b) => a + b));
    exact = unique(exact);
  }
  return { exact, required: requiredOf(f) };
}

/** A class of a few ASCII characters is a choice of them ("[cs]", "[- ]"); other classes are not read. */
function characterClass(c: AST.CharacterClass): Facts {
  if (c.negate || c.unicodeSets) return UNKNOWN;
  const chars: string[] = [];
  for (const e of c.elements) {
    if (e.type === 'Character') chars.push(String.fromCharCode(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < 8)
      for (let v = e.min.value; v <= e.max.value; v++) chars.push(String.fromCharCode(v));
    else return UNKNOWN;
  }
  if (chars.length > 16 || chars.some((ch) => ch.charCodeAt(0) >= 128)) return UNKNOWN;
  return { exact: unique(chars.map((ch) => ch.toLowerCase())), required: null };
}

function unique(strings: readonly string[]): string[] {
  return [...new Set(strings)];
}
