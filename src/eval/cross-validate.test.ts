// The training recipe's pieces: folds that keep a probe set whole, weights that count, and a calibration
// that folds into the trees without changing what they rank.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeatureList } from '../extract/scorer/features.js';
import { confidence } from '../extract/scorer/model.js';
import { boostedLogit, DEFAULT_BOOST, fitBoosted } from '../extract/scorer/boost.js';
import { fitLogistic, type Example } from '../extract/scorer/train.js';
import {
  averagePrecision,
  calibratedStack,
  foldsOf,
  pickThreshold,
  PRECISION_FLOOR,
  PRECISION_MARGIN,
  STACK_SHARE,
} from './cross-validate.js';
import { probeSets, unreadProbeSets, type LabelledDocument } from './labelled-corpus.js';

const doc = (set: string, name: string): LabelledDocument => ({
  set,
  doc: name,
  published: null,
  gold: { doc: name, published: null, facts: [] },
  scored: [],
  labels: [],
});

describe('the training recipe', () => {
  it('deals gold articles round-robin and puts each probe set whole in one fold', () => {
    const docs = [
      ...['1', '2', '3', '4'].map((n) => doc('train', n)),
      ...['1', '2', '3'].map((n) => doc('probe-a', n)),
      ...['1', '2'].map((n) => doc('probe-b', n)),
    ];
    const folds = foldsOf(docs, 3);
    expect(folds.slice(0, 4)).toEqual([0, 1, 2, 0]);
    expect(new Set(folds.slice(4, 7)).size).toBe(1);
    expect(new Set(folds.slice(7)).size).toBe(1);
    expect(folds[4]).not.toBe(folds[7]);
  });

  it('counts an example of weight 2 as two copies of it', () => {
    const base: Example[] = [
      { features: { a: 1 }, label: 1 },
      { features: { a: 1 }, label: 0 },
      { features: { b: 1 }, label: 0 },
    ];
    const weighted = fitLogistic([{ ...base[0]!, weight: 2 }, base[1]!, base[2]!]);
    const copied = fitLogistic([base[0]!, ...base]);
    expect(confidence(weighted, { a: 1 })).toBeCloseTo(confidence(copied, { a: 1 }), 4);
    expect(confidence(weighted, { a: 1 })).toBeGreaterThan(confidence(fitLogistic(base), { a: 1 }) + 0.05);
  });

  it('folds Platt scaling into the trees: the same confidences as scaling their log-odds', () => {
    const rows = [0, 1, 2, 3, 4, 5, 6, 7].map((x) => Float64Array.from([x / 4, x % 2]));
    const labels = [0, 0, 1, 0, 1, 1, 1, 1];
    const trees = fitBoosted(
      rows,
      labels,
      labels.map(() => 1),
      2,
      { ...DEFAULT_BOOST, rounds: 5, minLeaf: 2 },
    );
    const cal = { slope: 1.3, intercept: 0.2 };
    const stack = calibratedStack(trees, ['b'], cal);
    const model = { weights: { a: 2 }, bias: -0.5, stack };
    for (const [a, b] of [
      [0, 0],
      [0.5, 1],
      [1.2, 0],
      [2, 1],
    ] as const)
      expect(confidence(model, b ? { a, b } : { a })).toBeCloseTo(
        1 /
          (1 +
            Math.exp(
              -(
                cal.slope *
                  ((1 - STACK_SHARE) * (2 * a - 0.5) + STACK_SHARE * boostedLogit(trees, [2 * a - 0.5, b])) +
                cal.intercept
              ),
            )),
        5,
      );
  });

  it('measures the ranking: 1 with every right reading first, less with a wrong one above a right one', () => {
    const ranked = (pairs: Array<[number, 0 | 1 | null]>): LabelledDocument => ({
      ...doc('probe-a', 'x'),
      scored: pairs.map(([confidence]) => ({
        fact: {
          type: 'acsa',
          parties: ['JPN', 'USA'],
          status: 'concluded',
          date: null,
          item: null,
          evidence: [],
          confidence,
        },
        features: new FeatureList(),
      })),
      labels: pairs.map(([, label]) => label),
    });
    expect(
      averagePrecision([
        ranked([
          [0.9, 1],
          [0.8, 1],
          [0.2, 0],
        ]),
      ]),
    ).toBe(1);
    // The right ones at ranks 2 and 3: (1/2 + 2/3) / 2.
    expect(
      averagePrecision([
        ranked([
          [0.9, 0],
          [0.8, 1],
          [0.2, 1],
        ]),
      ]),
    ).toBeCloseTo(7 / 12, 6);
    // An optional fact (no label) is not ranked.
    expect(
      averagePrecision([
        ranked([
          [0.95, null],
          [0.9, 1],
        ]),
      ]),
    ).toBe(1);
  });

  it('reads which probe sets are unread from the manifest, and names a set that does not exist', () => {
    const unread = unreadProbeSets();
    expect(unread.length).toBeGreaterThan(0);
    for (const s of unread) expect(probeSets()).toContain(s);
    const dir = mkdtempSync(join(tmpdir(), 'entente-probes-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'sets.json'), JSON.stringify({ about: 'test', unread: ['a', 'q'] }));
      expect(() => unreadProbeSets(dir)).toThrow(/sets\.json: no probe set q/);
      writeFileSync(join(dir, 'sets.json'), '{"unread": "a"}');
      expect(() => unreadProbeSets(dir)).toThrow(/sets\.json: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pickThreshold', () => {
  // A curve like the unread sets': F1 falls slowly as the threshold rises, precision climbs.
  const curve = Array.from({ length: 20 }, (_, i) => ({ f1: 0.72 - 0.002 * i, precision: 0.7 + 0.01 * i }));

  it('takes the most F1 among the thresholds that keep the precision floor', () => {
    const i = pickThreshold(curve);
    expect(curve[i]!.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR + PRECISION_MARGIN);
    expect(curve[i - 1]!.precision).toBeLessThan(PRECISION_FLOOR + PRECISION_MARGIN);
  });

  it('passes over a threshold whose precision only ties the floor', () => {
    const tie = curve.map((s, i) => ({ ...s, precision: i < 10 ? 0.79 : i === 10 ? PRECISION_FLOOR : 0.81 }));
    expect(pickThreshold(tie)).toBe(11);
  });

  it('falls back to the most precise within a hundredth of the best F1 where none keeps the floor', () => {
    const low = curve.map((s) => ({ ...s, precision: s.precision - 0.3 }));
    const i = pickThreshold(low);
    // Not the best F1 (the first) but a more precise one near it, and not the far end where F1 has fallen.
    expect(i).toBeGreaterThan(2);
    expect(low[0]!.f1 - low[i]!.f1).toBeLessThan(0.02);
    expect(i).toBeLessThan(low.length - 4);
  });
});
