// Answers already serialized, keyed by the store's version: a pair page is computed once per change, not per request.

/** A response body already written as JSON (from the cache); the endpoint layer sends it as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

export class ResponseCache {
  private readonly entries = new Map<string, RawJson>();

  constructor(private readonly capacity = 5000) {}

  /** The cached answer for `key` at `version`, else computes, serializes and keeps it (least recently used goes first). */
  async get(version: string, key: string, compute: () => Promise<unknown>): Promise<RawJson> {
    const full = `${version}\u0000${key}`;
    const hit = this.entries.get(full);
    if (hit) {
      this.entries.delete(full);
      this.entries.set(full, hit);
      return hit;
    }
    const value = new RawJson(JSON.stringify(await compute()));
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(full, value);
    return value;
  }
}
