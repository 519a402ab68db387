// Every match of a global expression, as `String.prototype.matchAll` yields them, without its per-call copy.
// matchAll builds a new RegExp for each call (the spec's species constructor); the relation stage runs a
// score of expressions over each sentence that can carry a fact, and the copies cost as much as the scans.

/**
 * The matches of `re` in `text`, in order: from `re.lastIndex` (or `from`: a caller that knows no match
 * starts before it), stepping past empty matches (by a code point under /u or /v), exactly as matchAll does.
 * `re.lastIndex` is left as it was, and the matches are gathered before the caller sees any, so a caller may
 * run the same expression again inside its loop.
 */
export function allMatches(re: RegExp, text: string, from = re.lastIndex): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const was = re.lastIndex;
  re.lastIndex = from;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = was;
  return out;
}

/** The spec's AdvanceStringIndex: one code unit, or one code point in a Unicode expression. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
