// The boosted trees of the scorer's second stage: deterministic, able to learn what a weighted sum cannot,
// and read at inference the way they were fitted.
import { describe, expect, it } from 'vitest';
import { boostedLogit, DEFAULT_BOOST, fitBoosted, type Boosted, type Tree } from './boost.js';

/** A grid of points in the unit square, labelled 1 where exactly one coordinate is above 0.4. */
function crossed(n: number): { rows: Float64Array[]; labels: number[] } {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const x = (i + 0.5) / n;
      const y = (j + 0.5) / n;
      rows.push(Float64Array.from([x, y, 0.25]));
      labels.push(x > 0.4 !== y > 0.4 ? 1 : 0);
    }
  return { rows, labels };
}

const small = { ...DEFAULT_BOOST, rounds: 60, learningRate: 0.3, maxLeaves: 4, minLeaf: 5 };

describe('boosted trees', () => {
  it('fit the same trees from the same examples, every time', () => {
    const { rows, labels } = crossed(12);
    const weights = labels.map(() => 1);
    expect(fitBoosted(rows, labels, weights, 3, small)).toEqual(fitBoosted(rows, labels, weights, 3, small));
  });

  it('learn a crossing no weighted sum of the inputs can: one high and one low', () => {
    const { rows, labels } = crossed(12);
    const model = fitBoosted(
      rows,
      labels,
      labels.map(() => 1),
      3,
      small,
    );
    expect(boostedLogit(model, [0.8, 0.2, 0.25])).toBeGreaterThan(1);
    expect(boostedLogit(model, [0.2, 0.8, 0.25])).toBeGreaterThan(1);
    expect(boostedLogit(model, [0.8, 0.8, 0.25])).toBeLessThan(-1);
    expect(boostedLogit(model, [0.2, 0.2, 0.25])).toBeLessThan(-1);
    // An input with one value everywhere is never split on.
    for (const t of model.trees) expect(t.feature).not.toContain(2);
  });

  it('start from the weighted share of positives and count an example of weight 2 as two', () => {
    const rows = [0, 1, 2, 3].map((x) => Float64Array.from([x]));
    const none = { ...small, rounds: 0 };
    const model = fitBoosted(rows, [1, 0, 0, 0], [3, 1, 1, 1], 1, none);
    expect(model.base).toBeCloseTo(0, 6);
    expect(model.trees).toEqual([]);
  });

  it('leave no leaf with fewer examples than the floor', () => {
    const { rows, labels } = crossed(10);
    const model = fitBoosted(
      rows,
      labels,
      labels.map(() => 1),
      3,
      { ...small, minLeaf: 30 },
    );
    for (const t of model.trees) {
      const counts = new Map<number, number>();
      for (const row of rows) {
        let i = 0;
        while (t.feature[i]! >= 0) i = row[t.feature[i]!]! <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
        counts.set(i, (counts.get(i) ?? 0) + 1);
      }
      for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(30);
    }
  });

  it('add up the leaf each tree leads a row to, to the last bit, a row at a threshold going left', () => {
    // Trees of three leaves on two inputs, with thresholds negative, zero and tiny; a row at a threshold goes
    // left.
    const tree = (k: number): Tree => ({
      feature: [k % 2, (k + 1) % 2, -1, -1, -1],
      threshold: [k % 3 === 0 ? -0.5 : k % 3 === 1 ? 0 : 1e-9 * k, 0.25 * k, 0, 0, 0],
      left: [1, 2, -1, -1, -1],
      right: [4, 3, -1, -1, -1],
      value: [0, 0, 0.1 + k / 7, -0.3 / (k + 1), 0.02 * k - 0.4],
    });
    const model: Boosted = { base: -0.125, trees: Array.from({ length: 23 }, (_, k) => tree(k)) };
    const walk = (x: number[]): number => {
      let z = model.base;
      for (const t of model.trees) {
        let i = 0;
        while (t.feature[i]! >= 0) i = x[t.feature[i]!]! <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
        z += t.value[i]!;
      }
      return z;
    };
    for (const x of [
      [-0.5, 0],
      [0, -0.5],
      [1, 2],
      [-3, 5.5],
      [1e-8, 0.25],
      [0.7, -0.01],
    ])
      expect(boostedLogit(model, x)).toBe(walk(x));
    expect(boostedLogit(model, [-0.5, 0])).not.toBe(boostedLogit(model, [-0.49, 0]));
  });
});
