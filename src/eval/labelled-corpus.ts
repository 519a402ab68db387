// The labelled articles (../shared/gold: seeds, dev, train; ../shared/news-mix; the probe articles of
// data/probes) read through the extractor, every fact it reads labelled against their gold: the examples the
// scorer trains on and cross-validation scores.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { FactScorer, ScoredFact } from '../extract/document.js';
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

/**
 * A scorer that keeps everything: features do not depend on the model, and training needs them all, with
 * every word of the sentence stating a fact (the fit chooses which words to weigh).
 */
const KEEP_ALL: FactScorer = { confidence: () => 1, threshold: 0, words: 'all' };

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

/** The probe articles (data/probes/<set>/), two folders up from src/eval and dist/eval alike. */
export const PROBES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'probes');

/** The prefix of a probe set's name in a labelled corpus ("probe-w"). */
export const PROBE_SET = 'probe-';

/** The probe sets in data/probes, in order. */
export function probeSets(root = PROBES_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const ProbeManifestSchema = z.object({ about: z.string(), unread: z.array(z.string()) });

/**
 * The probe sets no rule was written from (data/probes/sets.json): the text most like news nobody has tuned
 * to. Every set named must exist.
 */
export function unreadProbeSets(root = PROBES_DIR): string[] {
  const path = join(root, 'sets.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: cannot read the probe sets' manifest (${(e as Error).message})`);
  }
  const parsed = ProbeManifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'not a manifest'}`);
  const sets = probeSets(root);
  const missing = parsed.data.unread.filter((s) => !sets.includes(s));
  if (missing.length > 0) throw new Error(`${path}: no probe set ${missing.join(', ')} in ${root}`);
  return parsed.data.unread;
}

/**
 * The probe articles of the sets named (data/probes/<set>), read and labelled like the gold: written and
 * labelled by helper sessions in the styles and regions news comes in, they teach the scorer what fresh text
 * looks like (the gold articles were read while the rules were written, so their candidates are too easy).
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
        set: `${PROBE_SET}${set}`,
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

/** What the scorer trains on: the gold, the news-mix and every probe set. */
export async function trainingCorpus(shared: string): Promise<LabelledDocument[]> {
  return [...(await labelledCorpus(shared)), ...(await labelledProbes(PROBES_DIR, probeSets()))];
}

/** Whether a labelled document is one of ../shared/gold's (not the news-mix, not a probe). */
export function isGold(d: Pick<LabelledDocument, 'set'>): boolean {
  return d.set !== NEWS_MIX && !d.set.startsWith(PROBE_SET);
}

export function isProbe(d: Pick<LabelledDocument, 'set'>): boolean {
  return d.set.startsWith(PROBE_SET);
}
