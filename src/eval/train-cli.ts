// `npm run train`: fits the fact scorer on every visible gold article (../shared/gold seeds, dev, train),
// picks its threshold from cross-validated (out-of-fold) confidences, and writes data/model/fact-scorer.json.
// Deterministic: the same ../shared and code give the same file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../test-support/shared.js';
import { MODEL_FILE, type Model } from '../extract/scorer/model.js';
import { fitLogistic } from '../extract/scorer/train.js';
import { bestThreshold, examplesOf, outOfFold } from './cross-validate.js';
import { labelledCorpus } from './labelled-corpus.js';

async function main(): Promise<void> {
  const corpus = await labelledCorpus(sharedDir());
  const examples = examplesOf(corpus);
  // The threshold is chosen where the rules were never tuned: on the train articles' out-of-fold confidences.
  const { threshold, score } = bestThreshold(outOfFold(corpus, 5).filter((d) => d.set === 'train'));
  const fitted = fitLogistic(examples);
  const model: Model = {
    version: 1,
    ...fitted,
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
      `(cross-validated on the train articles: F1 ${score.f1.toFixed(3)} P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)}), ` +
      `${model.trainedOn.examples} examples from ${model.trainedOn.documents} documents`,
  );
}

main().catch((e: unknown) => {
  console.error(`train: ${(e as Error).message}`);
  process.exitCode = 1;
});
