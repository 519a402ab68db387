// `npm run eval:probe-training -- w x y z`: would the scorer rank fresh candidates better if it also trained on
// the probe articles? Trains on the gold, the news-mix and every probe set but the ones named (by default the
// four written last), and scores the named sets against the shipped model at several thresholds; then
// cross-validates that recipe on the gold (the probes always in training) for its calibration. An experiment,
// not the shipped recipe: the README gives what it measured and why it is not shipped yet.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test-support/shared.js';
import { confidence, shippedModel } from '../extract/scorer/model.js';
import { fitLogistic, type Example } from '../extract/scorer/train.js';
import { calibrationError, examplesOf, foldsOf, scoreAt } from './cross-validate.js';
import { labelledCorpus, labelledProbes, NEWS_MIX, type LabelledDocument } from './labelled-corpus.js';
import type { Score } from './score.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'probes');
const line = (s: Score) => `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;

function rescored(
  docs: readonly LabelledDocument[],
  model: { weights: Record<string, number>; bias: number },
) {
  return docs.map((d) => ({
    ...d,
    scored: d.scored.map((s) => ({ ...s, fact: { ...s.fact, confidence: confidence(model, s.features) } })),
  }));
}

async function main(): Promise<void> {
  const sets = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const held = process.argv.slice(2).length > 0 ? process.argv.slice(2) : sets.slice(-4);
  const gold = await labelledCorpus(sharedDir());
  const probes = await labelledProbes(
    root,
    sets.filter((s) => !held.includes(s)),
  );
  const test = await labelledProbes(root, held);
  const train: Example[] = examplesOf([...gold, ...probes]);
  const model = fitLogistic(train);
  const withProbes = rescored(test, model);
  const shipped = rescored(test, shippedModel());
  console.log(
    `held-out probe sets ${held.join(' ')} (${test.length} articles); trained on the gold, the news-mix and ${probes.length} probe articles`,
  );
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.625, 0.7, 0.8])
    console.log(
      `  threshold ${t.toFixed(3)}  shipped ${line(scoreAt(shipped, t))}   with probes ${line(scoreAt(withProbes, t))}`,
    );
  // The recipe cross-validated on the gold: four fifths of it and every probe article train, the fifth is scored.
  const fold = foldsOf(gold, 5);
  const oof = gold.map((d) => ({ ...d, scored: d.scored.map((s) => ({ ...s, fact: { ...s.fact } })) }));
  for (let f = 0; f < 5; f++) {
    const m = fitLogistic(examplesOf([...gold.filter((_, i) => fold[i] !== f), ...probes]));
    gold.forEach((d, i) => {
      if (fold[i] === f) for (const s of oof[i]!.scored) s.fact.confidence = confidence(m, s.features);
    });
  }
  const goldOnly = oof.filter((d) => d.set !== NEWS_MIX);
  console.log(
    `gold cross-validated with the probes in training: at 0.625 ${line(scoreAt(goldOnly, 0.625))}, at 0.5 ${line(
      scoreAt(goldOnly, 0.5),
    )}; ECE ${calibrationError(goldOnly).toFixed(3)}`,
  );
}

main().catch((e: unknown) => {
  console.error(`eval:probe-training: ${(e as Error).message}`);
  process.exitCode = 1;
});
