// The `\s` class of a regular expression on one char code, for scans that walk a text by index instead of
// running an expression per character (normalize and segment stages, the token scanner, the catalogue tries).

/** `\s` of an expression, the characters trim() removes: white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
