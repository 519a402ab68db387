// `watch`: ingest the same feeds again and again, reporting what each round changed, until stopped or out of rounds.
import { AppError, err, ok, type Result } from '../errors.js';
import type { Store } from '../store/store.js';
import { runIngest, type Extractor, type IngestResult } from './ingest-run.js';

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m", "10s", "1h", "250ms" -> milliseconds. */
export function parseInterval(text: string): Result<number> {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/i.exec(text);
  const ms = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    return err(
      new AppError(
        'INVALID_INPUT',
        `expected a duration like 30m, 10s, 1h or 500ms, got '${text}'`,
        '--every',
      ),
    );
  }
  return ok(ms);
}

export interface WatchOptions {
  everyMs: number;
  /** Stop after this many rounds; 0 runs until the signal aborts. */
  maxIterations: number;
  fetchTimeoutMs: number;
  allowPrivateUrls?: boolean;
  signal?: AbortSignal;
  extract?: Extractor;
  onRound(round: number, result: IngestResult): Promise<void> | void;
}

/** Resolves with the number of rounds run; a failing document is reported by its round, never ends the loop. */
export async function watchLoop(
  store: Store,
  inputs: readonly string[],
  options: WatchOptions,
): Promise<number> {
  let round = 0;
  while (!options.signal?.aborted) {
    round++;
    const result = await runIngest(store, inputs, {
      fetchTimeoutMs: options.fetchTimeoutMs,
      allowPrivateUrls: options.allowPrivateUrls === true,
      ...(options.extract ? { extract: options.extract } : {}),
    });
    await options.onRound(round, result);
    if (options.maxIterations > 0 && round >= options.maxIterations) break;
    await sleep(options.everyMs, options.signal);
  }
  return round;
}

/** Waits `ms`, or less if the signal aborts: a wait that a stop request ends at once, without throwing. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
