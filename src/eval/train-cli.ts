// `npm run train`: fits the fact scorer on every labelled article (../shared/gold seeds, dev and train, the
// news-mix, and the probe articles of data/probes) and the trees stacked on it, calibrates them and picks the
// threshold on out-of-fold confidences, and writes data/model/fact-scorer.json. Deterministic: the same inputs and code give the same
// file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test-support/shared.js';
import { MODEL_FILE, type Model } from '../extract/scorer/model.js';
import { fitLogistic } from '../extract/scorer/train.js';
import { bestThreshold, calibratedStack, examplesOf, fitStack, outOfFold } from './cross-validate.js';
import { PROBE_SET, trainingCorpus, unreadProbeSets } from './labelled-corpus.js';

async function main(): Promise<void> {
  const corpus = await trainingCorpus(sharedDir());
  const examples = examplesOf(corpus);
  const { docs: oof, calibration, linear, inputs } = outOfFold(corpus, 5);
  // The threshold is chosen on the unread probe sets, each scored by a model that never saw it: the text most
  // like the news the tool will read. There it keeps the precision the issue asks of fresh news and takes the
  // most F1 within it (pickThreshold); on text the rules were fixed against (the gold, the other probe sets)
  // precision is higher at every threshold, and the README gives the curves.
  const unread = new Set(unreadProbeSets().map((s) => `${PROBE_SET}${s}`));
  const { threshold, score } = bestThreshold(oof.filter((d) => unread.has(d.set)));
  const model: Model = {
    version: 1,
    // The linear model as fitted (its log-odds are the trees' first input), the trees fitted on every fact's
    // out-of-fold log-odds (as each fold's trees were) with the calibration folded in.
    ...fitLogistic(examples),
    stack: calibratedStack(fitStack(corpus, linear, inputs), inputs, calibration),
    threshold,
    trainedOn: {
      documents: corpus.length,
      examples: examples.length,
      positives: examples.filter((e) => e.label === 1).length,
    },
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  console.log(
    `wrote ${fileURLToPath(MODEL_FILE)}: ${Object.keys(model.weights).length} weights, threshold ${threshold} ` +
      `(the unread probe sets, leave-set-out: F1 ${score.f1.toFixed(3)} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}), ` +
      `${model.stack!.trees.length} trees over ${inputs.length + 1} inputs, calibration slope ${calibration.slope.toFixed(3)} intercept ${calibration.intercept.toFixed(3)}, ` +
      `${model.trainedOn.examples} examples from ${model.trainedOn.documents} documents`,
  );
}

main().catch((e: unknown) => {
  console.error(`train: ${(e as Error).message}`);
  process.exitCode = 1;
});
