// Answers already serialized, keyed by the store's version: a pair page is computed once per change, not per request.

/** A response body already written as JSON (from the cache); the endpoint layer sends it as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

/** Least recently used first out, within a budget of characters (a pair page is tens of KB; the heap stays small). */
export class ResponseCache {
  private readonly entries = new Map<string, RawJson>();
  private size = 0;

  constructor(private readonly budgetChars = 128 * 1024 * 1024) {}

  /** The cached answer for `key` at `version`, else computes, serializes and keeps it. */
  async get(version: string, key: string, compute: () => Promise<unknown>): Promise<RawJson> {
    const full = `${version}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit;
    }
    const value = new RawJson(JSON.stringify(await compute()));
    this.entries.set(full, value);
    this.size += value.json.length;
    for (const [k, v] of this.entries) {
      if (this.size <= this.budgetChars) break;
      this.entries.delete(k);
      this.size -= v.json.length;
    }
    return value;
  }
}
