// Fitting the boosted trees (scorer/trees.ts) on the residuals of the logistic model: gradient boosting with
// the logistic loss, each tree grown to a fixed depth on histograms of binned feature values, no sampling, so
// the same examples always give the same trees. Written here rather than taken from a library: the npm
// registry has no maintained gradient-boosting package that runs without native code or a download step
// (ml-random-forest, the closest, took minutes for five trees on this corpus and then crashed).
import type { Features } from './features.js';
import type { Tree } from './trees.js';

export interface TreeExample {
  /** The fact's own features (not the per-type copies the logistic model trains on). */
  features: Features;
  label: 0 | 1;
  weight: number;
  /** The logistic model's log-odds for the fact: the trees fit what it leaves. */
  margin: number;
}

export interface TreeOptions {
  trees: number;
  depth: number;
  /** Each tree's leaves are scaled by this (shrinkage): many small steps generalise better than a few. */
  learningRate: number;
  /** A leaf needs at least this much weighted curvature (about 4 examples per unit near p = 0.5). */
  minLeafWeight: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** At most this many split points per feature (quantiles of its values). */
  bins: number;
}

/**
 * Chosen by cross-validation, leave-set-out on the unread probe sets (average precision of the ranking):
 * depth 2 to 4, 50 to 200 trees and leaves of 30 to 60 all lifted it alike. Fewer trees and large leaves
 * leave the gold's own figures, and short texts with little document evidence, where the logistic model had
 * them: 100 trees marked down a clear one-sentence brief for its few mentions.
 */
export const DEFAULT_TREES: TreeOptions = {
  trees: 50,
  depth: 3,
  learningRate: 0.1,
  minLeafWeight: 60,
  lambda: 10,
  bins: 16,
};

interface Grown {
  feature: number;
  bin: number;
  left: Grown | number;
  right: Grown | number;
}

export function fitTrees(examples: readonly TreeExample[], options: TreeOptions = DEFAULT_TREES): Tree[] {
  if (examples.length === 0 || options.trees === 0) return [];
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.features)))].sort();
  const cuts = names.map((name) => splitPoints(examples, name, options.bins));
  // Each example's bin per feature: bin b holds values above cuts[b - 1] and at most cuts[b].
  const binned = examples.map((e) =>
    Uint8Array.from(cuts, (c, f) => {
      const x = e.features[names[f]!] ?? 0;
      let b = 0;
      while (b < c.length && x > c[b]!) b++;
      return b;
    }),
  );
  const margin = Float64Array.from(examples, (e) => e.margin);
  const g = new Float64Array(examples.length);
  const h = new Float64Array(examples.length);
  const all = examples.map((_, i) => i);
  const out: Tree[] = [];
  for (let t = 0; t < options.trees; t++) {
    examples.forEach((e, i) => {
      const p = 1 / (1 + Math.exp(-margin[i]!));
      g[i] = (p - e.label) * e.weight;
      h[i] = Math.max(1e-6, p * (1 - p)) * e.weight;
    });
    const grown = grow(all, options.depth, { binned, cuts, g, h, options });
    for (let i = 0; i < examples.length; i++)
      margin[i] = margin[i]! + options.learningRate * walk(grown, binned[i]!);
    out.push(flatten(grown, names, cuts, options.learningRate));
  }
  return out;
}

/** A feature's split points: midpoints between its values when few, else quantiles of them. */
function splitPoints(examples: readonly TreeExample[], name: string, bins: number): number[] {
  const values = [...new Set(examples.map((e) => e.features[name] ?? 0))].sort((a, b) => a - b);
  if (values.length <= bins) return values.slice(0, -1).map((v, i) => (v + values[i + 1]!) / 2);
  const points: number[] = [];
  for (let q = 1; q < bins; q++) points.push(values[Math.floor((q * values.length) / bins)]!);
  return [...new Set(points)];
}

interface Data {
  binned: Uint8Array[];
  cuts: number[][];
  g: Float64Array;
  h: Float64Array;
  options: TreeOptions;
}

function grow(rows: readonly number[], depth: number, data: Data): Grown | number {
  const { binned, cuts, g, h, options } = data;
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i]!;
    H += h[i]!;
  }
  const leaf = -G / (H + options.lambda);
  if (depth === 0 || H < 2 * options.minLeafWeight) return leaf;
  const parent = (G * G) / (H + options.lambda);
  let best = 0;
  let feature = -1;
  let split = -1;
  for (let f = 0; f < cuts.length; f++) {
    const n = cuts[f]!.length + 1;
    if (n < 2) continue;
    const hg = new Float64Array(n);
    const hh = new Float64Array(n);
    for (const i of rows) {
      const b = binned[i]![f]!;
      hg[b] = hg[b]! + g[i]!;
      hh[b] = hh[b]! + h[i]!;
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < n - 1; b++) {
      gl += hg[b]!;
      hl += hh[b]!;
      const gr = G - gl;
      const hr = H - hl;
      if (hl < options.minLeafWeight || hr < options.minLeafWeight) continue;
      const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
      if (gain > best) {
        best = gain;
        feature = f;
        split = b;
      }
    }
  }
  if (feature < 0) return leaf;
  const left = rows.filter((i) => binned[i]![feature]! <= split);
  const right = rows.filter((i) => binned[i]![feature]! > split);
  return {
    feature,
    bin: split,
    left: grow(left, depth - 1, data),
    right: grow(right, depth - 1, data),
  };
}

function walk(node: Grown | number, bins: Uint8Array): number {
  while (typeof node !== 'number') node = bins[node.feature]! <= node.bin ? node.left : node.right;
  return node;
}

/** The grown tree in the flat form the model file keeps, the shrinkage folded into its leaves. */
function flatten(root: Grown | number, names: readonly string[], cuts: number[][], rate: number): Tree {
  const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const visit = (node: Grown | number): number => {
    const i = tree.feature.length;
    if (typeof node === 'number') {
      tree.feature.push('');
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(Math.round(node * rate * 1e6) / 1e6);
      return i;
    }
    tree.feature.push(names[node.feature]!);
    tree.threshold.push(cuts[node.feature]![node.bin]!);
    tree.left.push(-1);
    tree.right.push(-1);
    tree.value.push(0);
    tree.left[i] = visit(node.left);
    tree.right[i] = visit(node.right);
    return i;
  };
  visit(root);
  return tree;
}
