// Answers already serialized, keyed by the store's version: a pair page is computed once per change, not per request.
// Bounded twice (entries and characters), and emptied when the version moves: the heap stays flat under any load.

const decoder = new TextDecoder();

/**
 * A response body already written as JSON (from the cache, or a read worker's UTF-8 bytes, moved between threads
 * without a copy and sent without encoding); the endpoint layer sends it as it is.
 */
export class RawJson {
  constructor(readonly json: string | Uint8Array<ArrayBuffer>) {}

  /** The JSON as text. */
  text(): string {
    return typeof this.json === 'string' ? this.json : decoder.decode(this.json);
  }
}

export interface CacheLimits {
  /** At most this many answers; 0 turns the cache off (every request computed). */
  maxEntries: number;
  /** At most this many characters of JSON in all (a pair page is tens of KB). */
  maxChars: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = { maxEntries: 2000, maxChars: 32 * 1024 * 1024 };

/** `ENTENTE_RESPONSE_CACHE=N`: at most N cached answers (0: off), for measuring the server with every request a miss. */
export function cacheLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): CacheLimits {
  const raw = env.ENTENTE_RESPONSE_CACHE;
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? { ...DEFAULT_CACHE_LIMITS, maxEntries: n } : DEFAULT_CACHE_LIMITS;
}

/** Least recently used first out, within a number of entries and a budget of characters. */
export class ResponseCache {
  private readonly entries = new Map<string, RawJson>();
  private chars = 0;
  private version: string | null = null;
  readonly limits: CacheLimits;

  /** A number is the character budget (the entry cap left at its default). */
  constructor(limits: number | Partial<CacheLimits> = {}) {
    this.limits =
      typeof limits === 'number'
        ? { ...DEFAULT_CACHE_LIMITS, maxChars: limits }
        : { ...DEFAULT_CACHE_LIMITS, ...limits };
  }

  /** What the cache holds now: for tests and for watching the heap. */
  get stats(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }

  /** The cached answer for `key` at `version`, else computes, serializes (unless it came serialized) and keeps it. */
  async get(version: string, key: string, compute: () => Promise<unknown>): Promise<RawJson> {
    if (version !== this.version) {
      // Answers of an older version can never be asked for again.
      this.entries.clear();
      this.chars = 0;
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const computed = await compute();
    const value = computed instanceof RawJson ? computed : new RawJson(JSON.stringify(computed));
    // The version may have moved while computing: keep only answers of the version now current.
    if (
      this.limits.maxEntries === 0 ||
      version !== this.version ||
      value.json.length > this.limits.maxChars
    ) {
      return value;
    }
    const old = this.entries.get(key);
    if (old) this.chars -= old.json.length;
    this.entries.delete(key);
    this.entries.set(key, value);
    this.chars += value.json.length;
    for (const [k, v] of this.entries) {
      if (this.chars <= this.limits.maxChars && this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(k);
      this.chars -= v.json.length;
    }
    return value;
  }
}
