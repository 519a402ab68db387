// `npm run eval:cv`: 5-fold cross-validation by document over the visible gold articles: F1, P, R, date
// accuracy and calibration of the trained scorer on articles it did not train on, beside the rules alone and
// the shipped model on the text it was trained on, and the precision/recall curve over the threshold.
import { sharedDir } from '../test-support/shared.js';
import { shippedModel, confidence } from '../extract/scorer/model.js';
import { RULES_ONLY } from '../extract/pipeline.js';
import { bestThreshold, calibrationError, outOfFold, scoreAt } from './cross-validate.js';
import { labelledCorpus, type LabelledDocument } from './labelled-corpus.js';
import type { Score } from './score.js';

const K = 5;
const line = (s: Score) =>
  `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} date_acc ${s.dateAccuracy.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

async function main(): Promise<void> {
  const corpus = await labelledCorpus(sharedDir());
  const model = shippedModel();
  const oof = outOfFold(corpus, K);
  const cv = scoreAt(oof, model.threshold);
  console.log(`${corpus.length} documents, ${K}-fold cross-validation by document`);
  console.log(`cross-validated at threshold ${model.threshold}: ${line(cv)}`);
  console.log(`  ECE (out-of-fold confidence, 10 bins): ${calibrationError(oof).toFixed(3)}`);
  const best = bestThreshold(oof);
  console.log(`  best threshold out of fold: ${best.threshold} ${line(best.score)}`);
  for (const set of ['seeds', 'dev', 'train'])
    console.log(
      `  ${set.padEnd(6)} ${line(
        scoreAt(
          oof.filter((d) => d.set === set),
          model.threshold,
        ),
      )}`,
    );
  const rules: LabelledDocument[] = corpus.map((d) => ({
    ...d,
    scored: d.scored.map((s) => ({
      ...s,
      fact: { ...s.fact, confidence: RULES_ONLY.confidence(s.features) },
    })),
  }));
  console.log(`rules alone (no scorer): ${line(scoreAt(rules, 0.5))}`);
  for (const set of ['seeds', 'dev', 'train'])
    console.log(
      `  ${set.padEnd(6)} ${line(
        scoreAt(
          rules.filter((d) => d.set === set),
          0.5,
        ),
      )}`,
    );
  const shipped: LabelledDocument[] = corpus.map((d) => ({
    ...d,
    scored: d.scored.map((s) => ({ ...s, fact: { ...s.fact, confidence: confidence(model, s.features) } })),
  }));
  console.log('shipped model on the text it was trained on (tuned figures):');
  for (const set of ['seeds', 'dev', 'train'])
    console.log(
      `  ${set.padEnd(6)} ${line(
        scoreAt(
          shipped.filter((d) => d.set === set),
          model.threshold,
        ),
      )}`,
    );
  console.log('precision/recall over the threshold (cross-validated):');
  console.log('  threshold  all articles           train articles (never tuned on)');
  console.log('             P      R      F1       P      R      F1');
  const train = oof.filter((d) => d.set === 'train');
  const cells = (s: Score) => `${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}`;
  for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    console.log(`  ${t.toFixed(2).padEnd(9)}  ${cells(scoreAt(oof, t))}    ${cells(scoreAt(train, t))}`);
}

main().catch((e: unknown) => {
  console.error(`eval:cv: ${(e as Error).message}`);
  process.exitCode = 1;
});
