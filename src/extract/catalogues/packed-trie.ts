// A catalogue trie's nodes packed into typed arrays, for the walks over it at a word start (index.ts): the one
// that says which name the text spells (CharTrie.lookup), and the backtracking one that finds where the match
// ends (CharTrie.matchAt; the edges of a node keep the order their keys were inserted in, which it tries them
// in). Why: the relation stage does so much else between two walks that the Map nodes are cold by the next
// one, and each step then chased several pointers into memory (~1.5 us per lookup in the pipeline against
// ~0.3 us in a loop of lookups alone). Packed, the edges of a node sit side by side, and a chain of single
// children (the letters of one name) sits in consecutive slots.
import { isSpaceCode } from '../lexicon/white-space.js';

/** The keys of the two units that stand apart from code units: a separator and an apostrophe. */
export const SEP = -1;
export const APOSTROPHE = 39;

export interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  value?: V;
}

export class PackedTrie<V> {
  /** Per node: where its edges start in `codes`/`kids`, and how many it has. Node 0 is the root. */
  private readonly first: Int32Array;
  private readonly count: Int32Array;
  /** Per edge: its key (a code unit, SEP or APOSTROPHE) and the node it leads to. */
  private readonly codes: Int32Array;
  private readonly kids: Int32Array;
  /** Per node: the value of the name ending there, if any. */
  private readonly values: Array<V | undefined>;
  /**
   * The root's children by ASCII key (-1: none), and by SEP. Every look-up starts at the root, the node with
   * the most edges (one per first character of a name): two thirds of the edges compared were its own.
   */
  private readonly rootAscii = new Int32Array(128).fill(-1);
  private readonly rootSep: number = -1;

  constructor(root: TrieNode<V>) {
    // Nodes numbered depth first, in insertion order, so a name's letters take consecutive numbers.
    const order: TrieNode<V>[] = [];
    const ids = new Map<TrieNode<V>, number>();
    const stack: TrieNode<V>[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      ids.set(node, order.length);
      order.push(node);
      const children = [...node.next.values()];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
    }
    let edges = 0;
    for (const node of order) edges += node.next.size;
    this.first = new Int32Array(order.length);
    this.count = new Int32Array(order.length);
    this.codes = new Int32Array(edges);
    this.kids = new Int32Array(edges);
    this.values = new Array<V | undefined>(order.length);
    let e = 0;
    for (let n = 0; n < order.length; n++) {
      const node = order[n]!;
      this.first[n] = e;
      this.count[n] = node.next.size;
      this.values[n] = node.value;
      for (const [code, child] of node.next) {
        this.codes[e] = code;
        this.kids[e] = ids.get(child)!;
        e++;
      }
    }
    for (let k = this.edgeStart(0); k < this.edgeEnd(0); k++) {
      const code = this.codes[k]!;
      if (code === SEP) this.rootSep = this.kids[k]!;
      else if (code < 128) this.rootAscii[code] = this.kids[k]!;
    }
  }

  /** Where the edges of `node` start: they run to edgeEnd(node), in the order their keys were inserted. */
  edgeStart(node: number): number {
    return this.first[node]!;
  }

  edgeEnd(node: number): number {
    return this.first[node]! + this.count[node]!;
  }

  /** The key of edge `e` (a code unit, SEP or APOSTROPHE), and the node it leads to. */
  edgeCode(e: number): number {
    return this.codes[e]!;
  }

  edgeTo(e: number): number {
    return this.kids[e]!;
  }

  /** Whether a name ends at `node`. */
  ends(node: number): boolean {
    return this.values[node] !== undefined;
  }

  /** The child of `node` by `code`, -1 when none (or when `node` is -1). */
  private child(node: number, code: number): number {
    if (node < 0) return -1;
    if (node === 0) {
      if (code >= 0 && code < 128) return this.rootAscii[code]!;
      if (code === SEP) return this.rootSep;
    }
    const from = this.first[node]!;
    const to = from + this.count[node]!;
    for (let k = from; k < to; k++) if (this.codes[k] === code) return this.kids[k]!;
    return -1;
  }

  /** The node reached from `node` by each code unit of `key` in turn, -1 when none. */
  private descend(node: number, key: string): number {
    for (let k = 0; node >= 0 && k < key.length; k++) node = this.child(node, key.charCodeAt(k));
    return node;
  }

  /**
   * The value of the longest catalogued name that the text spells from `start` (up to `end`), as
   * CharTrie.lookup documents it; `fold` says whether the trie was built lower-cased.
   */
  lookup(text: string, start: number, end: number, fold: boolean): V | undefined {
    let node = 0;
    let best = this.values[0];
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (isSepCode(c)) {
        const next = this.child(node, SEP);
        if (next < 0) break;
        node = next;
        while (i < end && isSepCode(text.charCodeAt(i))) i++;
        continue;
      }
      // The character's key: a code unit, or the code units of its lower case where that is longer ("İ").
      let code: number;
      let wide: string | null = null;
      if (c === 0x2019) code = APOSTROPHE;
      else if (!fold) code = c;
      // ASCII lower-cases one character for one and without context: by arithmetic, no string made.
      else if (c < 128) code = c >= 65 && c <= 90 ? c + 32 : c;
      else {
        const low = text[i]!.toLowerCase();
        code = low.charCodeAt(0);
        if (low.length > 1) wide = low;
      }
      let next: number;
      if (wide === null) {
        next = this.child(node, code);
        if (next < 0) next = this.child(this.child(node, SEP), code);
      } else {
        next = this.descend(node, wide);
        if (next < 0) next = this.descend(this.child(node, SEP), wide);
      }
      if (next < 0 && code === APOSTROPHE) {
        i++; // an apostrophe the catalogue spells without ("Davids Sling")
        continue;
      }
      if (next < 0) {
        const after = this.child(node, APOSTROPHE);
        if (after >= 0) next = wide === null ? this.child(after, code) : this.descend(after, wide);
      }
      if (next < 0) break;
      node = next;
      i++;
      const value = this.values[node];
      if (value !== undefined) best = value;
    }
    return best;
  }
}

/** `[\s\u00a0\-\u2010\u2011\u2013]` on a code unit, without running an expression per character. */
export function isSepCode(c: number): boolean {
  return isSpaceCode(c) || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
}
