// A synthetic corpus for benchmarks: articles of about 800 words recombined from the seed and dev texts,
// generated one at a time (memory stays flat however many are asked for).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function loadSentencePool(dirs: string[]): string[] {
  const pool: string[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const line of text.split('\n')) {
        for (const s of line.split(/(?<=[.!?])\s+(?=[A-Z])/))
          if (s.trim().split(/\s+/).length >= 4) pool.push(s.trim());
      }
    }
  }
  if (pool.length === 0) throw new Error(`no sentences found in ${dirs.join(', ')}`);
  return pool;
}

/** Deterministic article i: sentences drawn by a linear congruential walk over the pool, about `words` long. */
export function* articles(
  pool: string[],
  count: number,
  words = 800,
): Generator<{ id: string; text: string }> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    const parts: string[] = [`2024-0${1 + (i % 9)}-1${i % 10}`];
    let n = 0;
    while (n < words) {
      const s = pool[next() % pool.length]!;
      parts.push(s);
      n += s.split(' ').length;
      if (next() % 5 === 0) parts.push('\n');
    }
    yield { id: `bench-${i}.txt`, text: parts.join(' ') };
  }
}
