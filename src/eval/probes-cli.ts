// `npm run eval:probes`: the extractor on the probe articles in data/probes, scored by the reference scorer's
// rules. Each set was written by a helper session that never saw the extractor, in the styles and regions
// news comes in, and labelled by the gold files' conventions; each was scored once before any rule was
// written against it (the README gives those first figures), and the kinds it showed were fixed since. The
// sets are a second measure beside the cross-validated gold, not a tuned-on benchmark of their own.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts, RULES_ONLY, analyze } from '../extract/pipeline.js';
import { leadingPublicationDate } from '../ingest/publication-date.js';
import { readGoldDir, type GoldDocument } from './gold.js';
import { score, type PredictedFact, type Score } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'probes');

const line = (s: Score) =>
  `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} date_acc ${s.dateAccuracy.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

type Reader = (id: string, text: string) => PredictedFact[];

const shipped: Reader = (id, text) => extractFacts({ id, text, published: leadingPublicationDate(text) });
const rulesAlone: Reader = (id, text) =>
  analyze({ id, text, published: leadingPublicationDate(text) }, RULES_ONLY).facts;

async function predictions(
  dir: string,
  gold: GoldDocument[],
  read: Reader,
): Promise<Map<string, PredictedFact[]>> {
  const out = new Map<string, PredictedFact[]>();
  for (const g of gold) out.set(g.doc, read(g.doc, await readFile(join(dir, g.doc), 'utf8')));
  return out;
}

async function main(): Promise<void> {
  // `npm run eval:probes -- a b`: only the sets named (a set being written is left out until it is done).
  const only = process.argv.slice(2);
  const sets = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && (only.length === 0 || only.includes(d.name)))
    .map((d) => d.name);
  const all = {
    shipped: [] as Array<[GoldDocument, PredictedFact[]]>,
    rules: [] as Array<[GoldDocument, PredictedFact[]]>,
  };
  for (const set of sets.sort()) {
    const dir = join(root, set);
    const gold = await readGoldDir(dir);
    if (!gold.ok) {
      console.error(gold.error.toLine());
      process.exitCode = 1;
      return;
    }
    const byShipped = await predictions(dir, gold.value, shipped);
    const byRules = await predictions(dir, gold.value, rulesAlone);
    console.log(`set ${set} (${gold.value.length} articles): ${line(score(gold.value, byShipped))}`);
    for (const g of gold.value) {
      all.shipped.push([{ ...g, doc: `${set}/${g.doc}` }, byShipped.get(g.doc) ?? []]);
      all.rules.push([{ ...g, doc: `${set}/${g.doc}` }, byRules.get(g.doc) ?? []]);
    }
  }
  const total = (pairs: Array<[GoldDocument, PredictedFact[]]>) =>
    score(
      pairs.map(([g]) => g),
      new Map(pairs.map(([g, p]) => [g.doc, p])),
    );
  console.log(`all ${all.shipped.length} probe articles, shipped model: ${line(total(all.shipped))}`);
  console.log(`all ${all.rules.length} probe articles, rules alone:   ${line(total(all.rules))}`);
}

await main();
