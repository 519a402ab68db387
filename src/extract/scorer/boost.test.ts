// The boosted trees: they learn what a weighted sum cannot (features that matter only together), the same trees
// from the same examples, and a calibration's slope folds into their leaves.
import { describe, expect, it } from 'vitest';
import { fitBoost, scaledTrees, treesValue, DEFAULT_BOOSTING, TreeSchema } from './boost.js';
import type { Features } from './features.js';
import { confidence, logit } from './model.js';
import { fitLogistic, type Example } from './train.js';

/**
 * Right when exactly one of two features is set: no weighted sum of the two separates it. The cases come in
 * unequal numbers, as in any real corpus (evenly balanced, no first split gains anything).
 */
function exclusiveOr(copies: number): Example[] {
  const cases: Array<[Example, number]> = [
    [{ features: { a: 1 }, label: 1 }, 3],
    [{ features: { b: 1 }, label: 1 }, 1],
    [{ features: { a: 1, b: 1 }, label: 0 }, 1],
    [{ features: {}, label: 0 }, 3],
  ];
  return cases.flatMap(([e, n]) => Array.from({ length: n * copies }, () => e));
}

describe('the boosted trees', () => {
  it('learn features that matter only together, from where the logistic model left off', () => {
    const examples = exclusiveOr(40);
    const linear = fitLogistic(examples);
    const base = examples.map((e) => logit(linear, e.features));
    // The sum gets one of the four cases wrong whatever its weights.
    const cases: Features[] = [{ a: 1 }, { b: 1 }, { a: 1, b: 1 }, {}];
    const right = (m: Parameters<typeof confidence>[0]) =>
      cases.filter((f, i) => confidence(m, f) > 0.5 === i < 2).length;
    expect(right(linear)).toBeLessThan(4);
    const trees = fitBoost(examples, base, { ...DEFAULT_BOOSTING, minSupport: 10 });
    const boosted = { ...linear, trees };
    expect(confidence(boosted, { a: 1 })).toBeGreaterThan(0.7);
    expect(confidence(boosted, { b: 1 })).toBeGreaterThan(0.7);
    expect(confidence(boosted, { a: 1, b: 1 })).toBeLessThan(0.3);
    expect(confidence(boosted, {})).toBeLessThan(0.3);
    expect(right(boosted)).toBe(4);
  });

  it('fit the same trees from the same examples, and write them in the shape the model file reads', () => {
    const examples = exclusiveOr(20);
    const base = examples.map(() => 0);
    const options = { ...DEFAULT_BOOSTING, trees: 10, minSupport: 5 };
    const first = fitBoost(examples, base, options);
    expect(fitBoost(examples, base, options)).toEqual(first);
    for (const tree of first) expect(TreeSchema.parse(JSON.parse(JSON.stringify(tree)))).toEqual(tree);
  });

  it('split on no feature too rare to trust', () => {
    const examples = [...exclusiveOr(20), { features: { quirk: 1 }, label: 1 as const }];
    const trees = fitBoost(
      examples,
      examples.map(() => 0),
      { ...DEFAULT_BOOSTING, trees: 20, minSupport: 5 },
    );
    expect(JSON.stringify(trees)).not.toContain('quirk');
  });

  it('scale every leaf by a calibration slope', () => {
    const examples = exclusiveOr(20);
    const trees = fitBoost(
      examples,
      examples.map(() => 0),
      { ...DEFAULT_BOOSTING, trees: 10, minSupport: 5 },
    );
    for (const f of [{ a: 1 }, { b: 1 }, { a: 1, b: 1 }, {}] as Features[])
      expect(treesValue(scaledTrees(trees, 1.5), f)).toBeCloseTo(1.5 * treesValue(trees, f), 4);
  });
});
