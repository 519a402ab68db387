// A trie over token sequences: finds the longest catalogued phrase starting at a token in one walk.
import { newToken, readToken, tokenKey, type Token } from './token-scanner.js';
import { WordKeys } from './word-keys.js';

interface TrieNode<V> {
  value?: V;
  /** Children reached across whitespace ("United" -> "States") and without it ("U" -> "."). */
  spaced?: Map<string, TrieNode<V>>;
  tight?: Map<string, TrieNode<V>>;
}

export interface PhraseMatch<V> {
  value: V;
  end: number;
}

export class PhraseTrie<V> {
  private readonly root = new Map<string, TrieNode<V>>();
  /** First characters of phrases: a byte per ASCII code, a set beyond. */
  private readonly asciiFirst = new Uint8Array(128);
  private readonly otherFirst = new Set<number>();
  /** The keys of phrases' first tokens, by hash slot (word-keys.ts). */
  private readonly firstKeys: WordKeys;

  /** `firstKeySlots`: hash slots for the first tokens' keys (WordKeys), a few times as many as phrases. */
  constructor(firstKeySlots?: number) {
    this.firstKeys = new WordKeys(firstKeySlots);
  }

  /** Adds a phrase; the first value inserted for a phrase is kept. Returns whether it was new. */
  insert(phrase: string, value: V): boolean {
    const token = newToken();
    let node: TrieNode<V> | undefined;
    let pos = 0;
    while (readToken(phrase, pos, token)) {
      pos = token.end;
      const key = tokenKey(phrase, token);
      let children: Map<string, TrieNode<V>>;
      if (!node) {
        children = this.root;
        const c = phrase.charCodeAt(token.start);
        if (c < 128) this.asciiFirst[c] = 1;
        else this.otherFirst.add(c);
        this.firstKeys.add(key);
      } else if (token.spaced) {
        children = node.spaced ??= new Map();
      } else {
        children = node.tight ??= new Map();
      }
      let child = children.get(key);
      if (!child) {
        child = {};
        children.set(key, child);
      }
      node = child;
    }
    if (!node || node.value !== undefined) return false;
    node.value = value;
    return true;
  }

  /** Whether some phrase starts with a token beginning with this character code (a cheap pre-filter). */
  mayStartWith(charCode: number): boolean {
    return charCode < 128 ? this.asciiFirst[charCode] === 1 : this.otherFirst.has(charCode);
  }

  /**
   * Whether some phrase may start with the word token `first`, before its key is cut out of the text: false
   * only when the token is an ASCII word (its key is itself) that starts no phrase.
   */
  mayStartWithWord(text: string, first: Token): boolean {
    return first.wide || this.firstKeys.mayHold(text, first.start, first.end);
  }

  /**
   * The longest phrase starting at `first`, whose key is `firstKey`. `scratch` is overwritten.
   * Returns undefined when no phrase starts there.
   */
  longestAt(text: string, first: Token, firstKey: string, scratch: Token): PhraseMatch<V> | undefined {
    let node: TrieNode<V> | undefined = this.root.get(firstKey);
    if (!node) return undefined;
    let best: PhraseMatch<V> | undefined;
    let end = first.end;
    for (;;) {
      if (node.value !== undefined) best = { value: node.value, end };
      if (!node.spaced && !node.tight) break;
      if (!readToken(text, end, scratch)) break;
      const children: Map<string, TrieNode<V>> | undefined = scratch.spaced ? node.spaced : node.tight;
      const next: TrieNode<V> | undefined = children?.get(tokenKey(text, scratch));
      if (!next) break;
      node = next;
      end = scratch.end;
    }
    return best;
  }
}
