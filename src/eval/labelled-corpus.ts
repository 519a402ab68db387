// The visible gold articles (../shared/gold: seeds, dev, train) read through the extractor, every fact it
// reads labelled against the gold: the examples the scorer trains on and cross-validation scores.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoredFact } from '../extract/document.js';
import { analyze } from '../extract/pipeline.js';
import { readArticleFile } from '../ingest/read-file.js';
import type { PartialDate } from '../schema/fact.js';
import { readGoldDir, type GoldDocument } from './gold.js';
import { labelOf } from './score.js';

export interface LabelledDocument {
  set: string;
  doc: string;
  published: PartialDate | null;
  gold: GoldDocument;
  scored: ScoredFact[];
  /** One per scored fact: 1 right, 0 wrong, null only an optional gold fact (no lesson). */
  labels: Array<1 | 0 | null>;
}

/** The gold sets beside the checkout: name, gold folder, texts folder. */
export function goldSets(shared: string): Array<{ set: string; gold: string; texts: string }> {
  return [
    { set: 'seeds', gold: join(shared, 'gold', 'seeds'), texts: join(shared, 'seeds') },
    { set: 'dev', gold: join(shared, 'gold', 'dev'), texts: join(shared, 'gold', 'dev', 'texts') },
    { set: 'train', gold: join(shared, 'gold', 'train'), texts: join(shared, 'gold', 'train', 'texts') },
  ];
}

/** The set name of the non-defense articles: scored apart from the gold sets' figures. */
export const NEWS_MIX = 'news-mix';

/** A scorer that keeps everything: features do not depend on the model, and training needs them all. */
const KEEP_ALL = { confidence: () => 1, threshold: 0 };

/**
 * The visible gold articles, and the non-defense news of ../shared/news-mix, whose right extraction is no
 * fact: every fact read there is a lesson in what a defense tie is not.
 */
export async function labelledCorpus(shared: string): Promise<LabelledDocument[]> {
  const out: LabelledDocument[] = [];
  const mix = join(shared, 'news-mix');
  for (const name of readdirSync(mix)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const read = await readArticleFile(join(mix, name));
    if (!read.ok) throw new Error(read.error.toLine());
    const doc = analyze({ ...read.value, id: name }, KEEP_ALL);
    out.push({
      set: NEWS_MIX,
      doc: name,
      published: read.value.published,
      gold: { doc: name, published: read.value.published, facts: [] },
      scored: doc.scored,
      labels: doc.scored.map(() => 0),
    });
  }
  for (const { set, gold, texts } of goldSets(shared)) {
    const golds = await readGoldDir(gold);
    if (!golds.ok) throw new Error(golds.error.toLine());
    const byDoc = new Map(golds.value.map((g) => [g.doc, g]));
    for (const name of readdirSync(texts)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const g = byDoc.get(name);
      if (!g) continue;
      const read = await readArticleFile(join(texts, name));
      if (!read.ok) throw new Error(read.error.toLine());
      const doc = analyze({ ...read.value, id: name }, KEEP_ALL);
      out.push({
        set,
        doc: name,
        published: read.value.published,
        gold: g,
        scored: doc.scored,
        labels: doc.scored.map((s) => labelOf(g, s.fact)),
      });
    }
  }
  return out;
}

/**
 * The probe articles of the sets named (data/probes/<set>), read and labelled like the gold: for experiments
 * that train the scorer on some sets and measure it on others (`npm run eval:probe-training`).
 */
export async function labelledProbes(root: string, sets: readonly string[]): Promise<LabelledDocument[]> {
  const out: LabelledDocument[] = [];
  for (const set of sets) {
    const dir = join(root, set);
    const golds = await readGoldDir(dir);
    if (!golds.ok) throw new Error(golds.error.toLine());
    for (const g of golds.value) {
      const read = await readArticleFile(join(dir, g.doc));
      if (!read.ok) throw new Error(read.error.toLine());
      const doc = analyze({ ...read.value, id: g.doc }, KEEP_ALL);
      out.push({
        set: `probe-${set}`,
        doc: `${set}/${g.doc}`,
        published: read.value.published,
        gold: { ...g, doc: `${set}/${g.doc}` },
        scored: doc.scored,
        labels: doc.scored.map((s) => labelOf(g, s.fact)),
      });
    }
  }
  return out;
}
