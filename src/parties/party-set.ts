// One set of parties as one order and one key, whatever order the text named them in. Most ties have two
// parties: those are compared directly, without the copy and the sort's own work array (sorting copies of
// two-element arrays was a sixth of all the memory the extraction allocates).

/** The parties in code order (the order Array.prototype.sort gives strings), as a new array. */
export function sortedParties<T extends string>(parties: readonly T[]): T[] {
  if (parties.length === 2) {
    const a = parties[0]!;
    const b = parties[1]!;
    return a <= b ? [a, b] : [b, a];
  }
  return [...parties].sort();
}

/** The parties in code order joined by "+": the key of one set of parties. */
export function partySetKey(parties: readonly string[]): string {
  if (parties.length === 2) {
    const a = parties[0]!;
    const b = parties[1]!;
    return a <= b ? `${a}+${b}` : `${b}+${a}`;
  }
  return parties.length < 2 ? parties.join('+') : [...parties].sort().join('+');
}
