// `npm run bench`: full extraction throughput on 5,000+ recombined articles, single core, against a bare
// regex sentence split of the same corpus for reference; memory is sampled to show it stays flat.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../extract/pipeline.js';
import { leadingPublicationDate } from '../ingest/publication-date.js';
import { articles, loadSentencePool } from './corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.ENTENTE_SHARED ?? join(here, '..', '..', '..', 'shared'));
const count = Number(process.argv[2] ?? 5000);

function run(label: string, work: (text: string, id: string) => number): void {
  const pool = loadSentencePool([join(shared, 'seeds'), join(shared, 'gold', 'dev', 'texts')]);
  let bytes = 0;
  let words = 0;
  let out = 0;
  const rss: number[] = [];
  const heap: number[] = [];
  const t0 = process.hrtime.bigint();
  let i = 0;
  for (const a of articles(pool, count)) {
    bytes += Buffer.byteLength(a.text);
    words += a.text.split(' ').length;
    out += work(a.text, a.id);
    if (++i % Math.ceil(count / 5) === 0) {
      // With --expose-gc, the live heap after a collection: what the run holds, not what it has yet to free.
      (globalThis as { gc?: () => void }).gc?.();
      heap.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20));
      rss.push(Math.round(process.memoryUsage().rss / 2 ** 20));
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${label.padEnd(28)} ${count} articles (${Math.round(words / count)} words avg) in ${seconds.toFixed(2)} s: ` +
      `${Math.round(count / seconds)} articles/s, ${(bytes / 2 ** 20 / seconds).toFixed(2)} MB/s, ` +
      `${out} outputs; MB live heap over the run: ${heap.join(' ')}; RSS: ${rss.join(' ')}`,
  );
}

run('regex sentence split', (text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length);
run(
  'full extraction pipeline',
  (text, id) => extractFacts({ id, text, published: leadingPublicationDate(text) }).length,
);
