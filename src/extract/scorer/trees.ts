// Boosted regression trees over a fact's own features, added to the logistic model's log-odds. The logistic
// weighs each piece of evidence alone (and per type and status); the trees learn what it cannot, how pieces
// weigh together ("a transfer read from a crowded sentence with no stated date"), from the residuals the
// logistic leaves on the labelled articles (scorer/fit-trees.ts). Inference walks a few nodes per tree.
import { z } from 'zod';
import type { Features } from './features.js';

/**
 * One tree as flat arrays, in preorder: node i sends a fact left when its feature `feature[i]` (0 when absent)
 * is at most `threshold[i]`, right otherwise; a node with `left[i] === -1` is a leaf worth `value[i]` log-odds.
 * Children come after their parent, so a walk always ends.
 */
export const TreeSchema = z
  .object({
    feature: z.array(z.string()),
    threshold: z.array(z.number()),
    left: z.array(z.number().int()),
    right: z.array(z.number().int()),
    value: z.array(z.number()),
  })
  .refine(
    (t) =>
      t.feature.length > 0 &&
      [t.threshold, t.left, t.right, t.value].every((a) => a.length === t.feature.length),
    'a tree needs one entry per node in each of feature, threshold, left, right and value',
  )
  .refine(
    (t) =>
      t.left.every(
        (l, i) => l === -1 || (l > i && l < t.left.length && t.right[i]! > i && t.right[i]! < t.left.length),
      ),
    'a tree node points to a child that is not after it',
  );
export type Tree = z.infer<typeof TreeSchema>;

/** The trees' log-odds for one fact's features. */
export function treesMargin(trees: readonly Tree[], features: Features): number {
  let z = 0;
  for (const t of trees) {
    let i = 0;
    while (t.left[i]! >= 0) i = (features[t.feature[i]!] ?? 0) <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
    z += t.value[i]!;
  }
  return z;
}

/** The same trees with every leaf scaled (Platt scaling folds into them as into the weights). */
export function scaledTrees(trees: readonly Tree[], by: number): Tree[] {
  return trees.map((t) => ({ ...t, value: t.value.map((v) => Math.round(v * by * 1e6) / 1e6) }));
}
