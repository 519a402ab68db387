// Names of what a writer touches mapped to 32-bit advisory lock ids; two names sharing an id only serialize more.
import { createHash } from 'node:crypto';

/** The first key of every named lock ("ENTK"); the second is the name's id. */
export const NAMED_LOCK_CLASS = 0x454e544b;

/** Distinct ids in ascending order: every writer takes its locks in this one order, so two never wait in a cycle. */
export function lockIds(names: readonly string[]): number[] {
  const ids = new Set(names.map((n) => createHash('sha256').update(n).digest().readInt32BE(0)));
  return [...ids].sort((a, b) => a - b);
}
