// The trained fact scorer: a logistic model over named features (scorer/features.ts), read once from
// data/model/fact-scorer.json, which `npm run train` writes. Inference is a dot product: no network, no
// native code.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Features } from './features.js';

export const ModelSchema = z.object({
  version: z.literal(1),
  /** Weight of each named feature; a feature the model never saw weighs nothing. */
  weights: z.record(z.string(), z.number()),
  bias: z.number(),
  /** Facts at or above this confidence are the output; the rest are kept as candidates for review. */
  threshold: z.number().min(0).max(1),
  /** What it was trained on and how it measured, for the README and for whoever reads the file. */
  trainedOn: z.object({ documents: z.number(), examples: z.number(), positives: z.number() }),
});
export type Model = z.infer<typeof ModelSchema>;

/** The file lives two folders up from src/extract/scorer and from dist/extract/scorer alike. */
export const MODEL_FILE = new URL('../../../data/model/fact-scorer.json', import.meta.url);

let shipped: Model | null = null;

/** The model in the repo, parsed once; a missing or broken file is a build error, named with its path. */
export function shippedModel(): Model {
  if (shipped) return shipped;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
  } catch (e) {
    throw new Error(
      `${MODEL_FILE.pathname}: cannot read the fact scorer (${(e as Error).message}); run npm run train`,
    );
  }
  const parsed = ModelSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`${MODEL_FILE.pathname}: not a fact scorer model (${parsed.error.issues[0]?.message})`);
  shipped = parsed.data;
  return shipped;
}

/** The model's log-odds that a fact is right. */
export function logit(model: Pick<Model, 'weights' | 'bias'>, features: Features): number {
  let z = model.bias;
  for (const name in features) z += (model.weights[name] ?? 0) * features[name]!;
  return z;
}

export function confidence(model: Pick<Model, 'weights' | 'bias'>, features: Features): number {
  return 1 / (1 + Math.exp(-logit(model, features)));
}
