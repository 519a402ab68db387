// The quality bars of issue 2, measured on ../shared's gold files, and the agreement of `entente eval`'s
// figures with the reference scorer's on the same predictions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../extract/pipeline.js';
import { readArticleFile } from '../ingest/read-file.js';
import type { DocumentFacts } from '../schema/fact.js';
import { sharedDir } from '../test-support/shared.js';
import { readGoldDir } from './gold.js';
import { score, type Score } from './score.js';

interface Run {
  documents: DocumentFacts[];
  texts: Map<string, string>;
  score: Score;
  reference: string;
}

async function evaluate(goldDir: string, textDir: string): Promise<Run> {
  const gold = await readGoldDir(goldDir);
  if (!gold.ok) throw new Error(gold.error.toLine());
  const documents: DocumentFacts[] = [];
  const texts = new Map<string, string>();
  for (const name of readdirSync(textDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const read = await readArticleFile(join(textDir, name));
    if (!read.ok) throw new Error(read.error.toLine());
    texts.set(name, read.value.text);
    documents.push({ doc: name, published: read.value.published, facts: extractFacts(read.value) });
  }
  const predictions = new Map(documents.map((d) => [d.doc, d.facts]));
  const file = join(mkdtempSync(join(tmpdir(), 'entente-eval-')), 'predictions.json');
  writeFileSync(file, JSON.stringify(documents));
  const reference = execFileSync(process.execPath, [join(sharedDir(), 'eval', 'score.mjs'), goldDir, file], {
    encoding: 'utf8',
  });
  return { documents, texts, score: score(gold.value, predictions), reference };
}

const figures = (s: Score) =>
  `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} date_acc ${s.dateAccuracy.toFixed(3)}`;

describe('extraction quality on the gold files', () => {
  let seeds: Run;
  let dev: Run;
  let train: Run;
  beforeAll(async () => {
    const shared = sharedDir();
    seeds = await evaluate(join(shared, 'gold', 'seeds'), join(shared, 'seeds'));
    dev = await evaluate(join(shared, 'gold', 'dev'), join(shared, 'gold', 'dev', 'texts'));
    train = await evaluate(join(shared, 'gold', 'train'), join(shared, 'gold', 'train', 'texts'));
  });

  it('reaches F1 >= 0.90 and date accuracy >= 0.90 on the seed articles', () => {
    expect(seeds.score.f1).toBeGreaterThanOrEqual(0.9);
    expect(seeds.score.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches F1 >= 0.85 on the development articles', () => {
    expect(dev.score.f1).toBeGreaterThanOrEqual(0.85);
  });

  // The scorer trained on these articles: the bar and a floor against regressions, not a measure of
  // generality (that is `npm run eval:cv`, cross-validated by document).
  it('reaches F1 >= 0.80 and precision >= 0.85 on the train articles', () => {
    expect(train.score.f1).toBeGreaterThanOrEqual(0.8);
    expect(train.score.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('scores exactly as the reference scorer does', () => {
    for (const run of [seeds, dev, train]) {
      const last = run.reference.trim().split('\n').at(-1);
      expect(last).toBe(figures(run.score));
    }
  });

  it('quotes evidence that is the document text sliced at its offsets, for every fact', () => {
    let checked = 0;
    for (const run of [seeds, dev, train]) {
      for (const d of run.documents) {
        const text = run.texts.get(d.doc)!;
        for (const f of d.facts) {
          for (const e of f.evidence) {
            expect(e.text).toBe(text.slice(e.start, e.end));
            expect(e.doc).toBe(d.doc);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
