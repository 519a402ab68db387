// `npm run eval:cv`: 5-fold cross-validation by document over every labelled article (the gold, the news-mix,
// the probe articles; a probe set goes whole to one fold): F1, P, R, date accuracy and calibration of the
// trained scorer on articles it did not train on, beside the rules alone and the shipped model on the text it
// was trained on, and the precision/recall curve over the threshold.
import { sharedDir } from '../test-support/shared.js';
import { shippedModel, listConfidence } from '../extract/scorer/model.js';
import { RULES_ONLY } from '../extract/pipeline.js';
import { averagePrecision, calibrationError, outOfFold, scoreAt } from './cross-validate.js';
import {
  isGold,
  isProbe,
  NEWS_MIX,
  PROBE_SET,
  trainingCorpus,
  unreadProbeSets,
  type LabelledDocument,
} from './labelled-corpus.js';
import { keptFacts } from '../extract/stages/facts.js';
import type { ScoredFact } from '../extract/document.js';
import type { Score } from './score.js';

const K = 5;
const line = (s: Score) =>
  `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} date_acc ${s.dateAccuracy.toFixed(3)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;

const SETS = ['seeds', 'dev', 'train'] as const;

/** The same documents with every confidence replaced: the rules alone, or the shipped model. */
function rescored(docs: readonly LabelledDocument[], score: (s: ScoredFact) => number): LabelledDocument[] {
  return docs.map((d) => ({
    ...d,
    scored: d.scored.map((s) => ({ ...s, fact: { ...s.fact, confidence: score(s) } })),
  }));
}

function bySet(docs: readonly LabelledDocument[], threshold: number): void {
  for (const set of SETS)
    console.log(
      `  ${set.padEnd(6)} ${line(
        scoreAt(
          docs.filter((d) => d.set === set),
          threshold,
        ),
      )}`,
    );
  console.log(`  probes ${line(scoreAt(docs.filter(isProbe), threshold))}`);
}

/** How many non-defense articles yield any fact: the right number is none. */
function newsMix(docs: readonly LabelledDocument[], threshold: number): string {
  const mix = docs.filter((d) => d.set === NEWS_MIX);
  const yielding = mix.filter((d) => keptFacts(d.scored, threshold).length > 0);
  return `${yielding.length} of ${mix.length} non-defense articles (news-mix) yield a fact`;
}

async function main(): Promise<void> {
  const corpus = await trainingCorpus(sharedDir());
  const model = shippedModel();
  const { docs: oof } = outOfFold(corpus, K);
  const gold = oof.filter(isGold);
  const probes = oof.filter(isProbe);
  const probeSets = [...new Set(probes.map((d) => d.set))];
  console.log(
    `${gold.length} gold articles, ${oof.length - gold.length - probes.length} non-defense ones and ${probes.length} probe articles ` +
      `(${probeSets.length} sets), ${K}-fold cross-validation by document (a probe set whole in one fold)`,
  );
  console.log(`cross-validated at threshold ${model.threshold}: ${line(scoreAt(gold, model.threshold))}`);
  console.log(
    `  ECE (out-of-fold confidence, 10 bins): gold articles ${calibrationError(gold).toFixed(3)}, probe articles ${calibrationError(probes).toFixed(3)}`,
  );
  bySet(oof, model.threshold);
  console.log(`  ${newsMix(oof, model.threshold)}`);
  const unread = new Set(unreadProbeSets().map((s) => `${PROBE_SET}${s}`));
  const fresh = probes.filter((d) => unread.has(d.set));
  console.log(
    `  the unread probe sets (${fresh.length} articles): ${line(scoreAt(fresh, model.threshold))}; ` +
      `average precision of the ranking ${averagePrecision(fresh).toFixed(3)}`,
  );
  console.log('  each probe set, scored by a model that never saw it:');
  for (const set of probeSets)
    console.log(
      `    ${set.padEnd(9)} ${line(
        scoreAt(
          probes.filter((d) => d.set === set),
          model.threshold,
        ),
      )}`,
    );
  const rules = rescored(corpus, (s) => RULES_ONLY.confidence(s.features.record));
  console.log(`rules alone (no scorer): ${line(scoreAt(rules.filter(isGold), 0.5))}`);
  bySet(rules, 0.5);
  console.log(`  ${newsMix(rules, 0.5)}`);
  const shipped = rescored(corpus, (s) => listConfidence(model, s.features, s.fact));
  console.log('shipped model on the text it was trained on (tuned figures):');
  bySet(shipped, model.threshold);
  console.log(`  ${newsMix(shipped, model.threshold)}`);
  console.log('precision/recall over the threshold (cross-validated):');
  console.log('  threshold  gold articles          train articles         probe articles');
  console.log('             P      R      F1       P      R      F1       P      R      F1');
  const train = oof.filter((d) => d.set === 'train');
  const cells = (s: Score) => `${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}`;
  for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
    console.log(
      `  ${t.toFixed(2).padEnd(9)}  ${cells(scoreAt(gold, t))}    ${cells(scoreAt(train, t))}    ${cells(scoreAt(probes, t))}`,
    );
}

main().catch((e: unknown) => {
  console.error(`eval:cv: ${(e as Error).message}`);
  process.exitCode = 1;
});
