// The boosted trees on the logistic model's residuals: they learn how features weigh together, which one
// weight per feature cannot, the same way every time, and a model file with a broken tree is refused.
import { describe, expect, it } from 'vitest';
import { fitLogistic } from './train.js';
import { logit } from './model.js';
import { fitTrees, type TreeExample } from './fit-trees.js';
import { TreeSchema, treesMargin } from './trees.js';

// Right exactly when one of a and b holds, not both: no weighting of a and b alone ranks that. (Cases with
// a alone are the most common, so the first split has something to gain.)
const exclusive = (): TreeExample[] => {
  const out: TreeExample[] = [];
  for (let copy = 0; copy < 60; copy++)
    for (const [a, b, times] of [
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 2],
      [1, 1, 1],
    ] as const)
      for (let t = 0; t < times; t++)
        out.push({ features: { a, b, noise: copy % 3 }, label: a !== b ? 1 : 0, weight: 1, margin: 0 });
  return out;
};

describe('the boosted trees', () => {
  it('learn an interaction the logistic model cannot', () => {
    const examples = exclusive();
    const linear = fitLogistic(examples.map((e) => ({ features: e.features, label: e.label })));
    const margins = examples.map((e) => ({ ...e, margin: logit(linear, e.features) }));
    const trees = fitTrees(margins, {
      trees: 30,
      depth: 2,
      learningRate: 0.3,
      minLeafWeight: 2,
      lambda: 1,
      bins: 16,
    });
    const z = (a: number, b: number) => logit(linear, { a, b }) + treesMargin(trees, { a, b });
    // The logistic model alone cannot tell the right cases from the wrong ones...
    expect(Math.abs(logit(linear, { a: 1, b: 0 }) - logit(linear, { a: 1, b: 1 }))).toBeLessThan(1);
    // ...with the trees, both right cases rank above both wrong ones.
    expect(Math.min(z(1, 0), z(0, 1))).toBeGreaterThan(Math.max(z(0, 0), z(1, 1)) + 2);
  });

  it('are the same trees from the same examples', () => {
    const examples = exclusive();
    expect(fitTrees(examples)).toEqual(fitTrees(examples));
  });

  it('refuse a tree whose node points back', () => {
    const looping = { feature: ['a', ''], threshold: [0, 0], left: [0, -1], right: [1, -1], value: [0, 1] };
    expect(TreeSchema.safeParse(looping).success).toBe(false);
    const ragged = { feature: ['a'], threshold: [], left: [-1], right: [-1], value: [1] };
    expect(TreeSchema.safeParse(ragged).success).toBe(false);
  });
});
