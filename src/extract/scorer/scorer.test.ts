import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, extractFacts } from '../pipeline.js';
import {
  featureCount,
  isEvidence,
  NEAR,
  NEAR_BY_STATUS,
  NEAR_BY_TYPE,
  WORD,
  WORD_BY_TYPE,
  withCrosses,
} from './features.js';
import { confidence, logit, MODEL_FILE, ModelSchema, modelWords, shippedModel } from './model.js';
import { fitLogistic, type Example } from './train.js';

const doc = (text: string) => ({ id: 'test', text, published: '2025-03-14' });

describe('the fact scorer', () => {
  it('fits the same weights from the same examples, every time', () => {
    const examples: Example[] = [
      { features: { a: 1 }, label: 1 },
      { features: { a: 1, b: 1 }, label: 0 },
      { features: { b: 1 }, label: 0 },
      { features: { a: 1, c: 0.5 }, label: 1 },
    ];
    const first = fitLogistic(examples);
    expect(fitLogistic(examples)).toEqual(first);
    expect(confidence(first, { a: 1 })).toBeGreaterThan(0.7);
    expect(confidence(first, { b: 1 })).toBeLessThan(0.3);
  });

  it('ships a model the schema accepts, with a threshold chosen out of fold', () => {
    const model = ModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    // The gold (65), the news-mix (40) and the probe articles (274).
    expect(model.trainedOn.documents).toBeGreaterThanOrEqual(65 + 40 + 274);
    expect(Object.keys(model.weights).length).toBeGreaterThan(20);
    // The trees stacked on the linear model read its log-odds and the evidence, not the words.
    expect(model.stack?.trees.length).toBeGreaterThan(50);
    expect(model.stack?.inputs).toContain('crowd');
    expect(model.stack?.inputs).not.toContain('listed');
    expect(model.stack?.inputs.some((name) => name.startsWith(WORD) || name.includes('*'))).toBe(false);
  });

  it('refuses a model whose trees cannot be walked, naming what is wrong', () => {
    const model = ModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
    const stack = model.stack!;
    const leaf = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0.5] };
    expect(ModelSchema.safeParse({ ...model, stack: { ...stack, trees: [leaf] } }).success).toBe(true);
    for (const tree of [
      // A child outside the tree, a split on an input the stack lacks, a loop back to the root.
      { feature: [0], threshold: [0], left: [5], right: [6], value: [0] },
      {
        feature: [stack.inputs.length + 1, -1, -1],
        threshold: [0, 0, 0],
        left: [1, -1, -1],
        right: [2, -1, -1],
        value: [0, 1, 2],
      },
      { feature: [0, -1], threshold: [0, 0], left: [0, -1], right: [1, -1], value: [0, 1] },
    ]) {
      const parsed = ModelSchema.safeParse({ ...model, stack: { ...stack, trees: [tree] } });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/children among its nodes/);
    }
  });

  it('gives every fact a confidence in [0, 1] at or above the threshold', () => {
    const text =
      'Seoul, March 12 (Yonhap) -- South Korea and Poland signed a contract on Wednesday for 180 more K2 tanks, the defense ministry said.\nThe two countries also held joint drills near Gdansk last month.';
    const facts = extractFacts(doc(text));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.confidence).toBeGreaterThanOrEqual(shippedModel().threshold);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('keeps more facts at a lower --min-confidence, and only those that reach it', () => {
    const text =
      'Kenya and Tanzania signed a memorandum of understanding on defence cooperation in Nairobi on Tuesday, while Uganda, an observer at the talks, praised the move. Ethiopia bought drones from Turkey last year.';
    const key = (f: { type: string; parties: string[]; status: string }) =>
      `${f.type} ${f.parties.join('+')} ${f.status}`;
    const all = extractFacts(doc(text), { minConfidence: 0 });
    const kept = extractFacts(doc(text));
    expect(all.length).toBeGreaterThan(kept.length);
    expect(all.map(key)).toEqual(expect.arrayContaining(kept.map(key)));
    for (const f of extractFacts(doc(text), { minConfidence: 0.5 }))
      expect(f.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('scores a reading the rules chose above one that pairs a rival named in passing', () => {
    const text =
      'Vietnam and India held joint naval exercises in the South China Sea on Sunday amid China’s growing assertiveness in the region.';
    const scored = analyze(doc(text), { minConfidence: 0 }).scored;
    const of = (parties: string) =>
      scored.find((s) => s.fact.type === 'joint_exercise' && s.fact.parties.join('+') === parties)?.fact
        .confidence ?? 0;
    expect(of('IND+VNM')).toBeGreaterThan(shippedModel().threshold);
    expect(of('IND+VNM')).toBeGreaterThan(of('CHN+VNM'));
  });

  it('weighs each evidence feature per type and per status as well as on its own', () => {
    const text =
      'Seoul, March 12 (Yonhap) -- South Korea and Poland signed a contract on Wednesday for 180 more K2 tanks, the defense ministry said.';
    const scored = analyze(doc(text), { minConfidence: 0 }).scored;
    expect(scored.length).toBeGreaterThan(0);
    const model = shippedModel();
    for (const { fact, features: list } of scored) {
      const features = list.record;
      const evidence = Object.keys(features).filter(isEvidence);
      expect(evidence.length).toBeGreaterThan(3);
      // Training sees the copies spelled out...
      const crossed = withCrosses(features, fact.type, fact.status);
      for (const name of evidence) {
        expect(crossed[`${name}*type=${fact.type}`]).toBe(features[name]);
        expect(crossed[`${name}*status=${fact.status}`]).toBe(features[name]);
      }
      // ...and scoring the fact's own features with its kind gives the same log-odds.
      expect(logit(model, features, fact)).toBeCloseTo(logit(model, crossed), 9);
      expect(fact.confidence).toBeCloseTo(confidence(model, crossed), 2);
    }
    // The shipped model learned per-type weights, and they move a fact's confidence.
    expect(Object.keys(model.weights).filter((w) => w.includes('*type=')).length).toBeGreaterThan(20);
    const { fact, features } = scored[0]!;
    expect(Math.abs(logit(model, features.record, fact) - logit(model, features.record))).toBeGreaterThan(
      0.01,
    );
  });

  it('tells the scorer what the clause says of a status, when the fact is dated, and who only looks on', () => {
    // Published 2025-03-14 (doc): the talks are set for a later day, the drills were held before.
    const facts = (text: string) => analyze(doc(text), { minConfidence: 0 }).scored;
    const meeting = facts(
      'The defence ministers of Chile and Peru will meet in Lima on April 2 to discuss patrols.',
    );
    const planned = meeting.find((s) => s.fact.type === 'high_level_meeting' && s.fact.status === 'planned');
    expect(planned?.fact.date).toBe('2025-04-02');
    expect(planned?.features.record['dateAfter']).toBe(1);
    expect(planned?.features.record['cueAgrees']).toBe(1);
    const drills = facts(
      'Kenya and Tanzania held a joint naval exercise off Mombasa on March 3, as Somali officials watched.',
    );
    const held = drills.find(
      (s) => s.fact.type === 'joint_exercise' && s.fact.parties.join('+') === 'KEN+TZA',
    );
    expect(held?.features.record['dateBefore']).toBe(1);
    expect(held?.features.record['dateAfter']).toBeUndefined();
    // The other state of the sentence is named as an onlooker only: the crowd is of bystanders.
    const watched = facts(
      'Kenya and Tanzania held a joint naval exercise off Mombasa on March 3, with observers from Somalia.',
    ).find((s) => s.fact.type === 'joint_exercise' && s.fact.parties.join('+') === 'KEN+TZA');
    expect(watched?.features.record['crowd']).toBeGreaterThan(0);
    expect(watched?.features.record['bystanders']).toBe(watched?.features.record['crowd']);
    const crowded = facts(
      'Kenya and Tanzania held a joint naval exercise off Mombasa on March 3, and Somalia sent a frigate.',
    ).find((s) => s.fact.type === 'joint_exercise' && s.fact.parties.join('+') === 'KEN+TZA');
    expect(crowded?.features.record['crowd']).toBeGreaterThan(0);
    expect(crowded?.features.record['bystanders']).toBeUndefined();
  });

  it('tells the scorer which readings belong to a trigger the rules read no parties for', () => {
    const facts = (text: string) => analyze(doc(text), { minConfidence: 0 }).scored;
    // The rules choose no parties here: every reading of the sale is one of the only ones.
    const unread = facts('France has exported the Caesar gun widely, with Morocco among its buyers.');
    expect(unread.length).toBeGreaterThan(0);
    for (const s of unread) expect(s.features.record['orphan']).toBe(1);
    // Here they do: the other direction competes with their choice.
    const read = facts('Chile sold two frigates to Peru.');
    expect(
      read.map((s) => [s.fact.parties.join('+'), s.features.record['rule'], s.features.record['orphan']]),
    ).toEqual([
      ['CHL+PER', 1, undefined],
      ['PER+CHL', undefined, undefined],
    ]);
  });

  it('tells the scorer which drills hold only some of the states of larger drills read with the same status', () => {
    const scored = analyze(
      doc(
        'Chile, Peru and Ecuador held naval drills in May. Chilean and Peruvian frigates also drilled in the south in May.',
      ),
      { minConfidence: 0 },
    ).scored.filter((s) => s.fact.type === 'joint_exercise' && s.fact.status === 'held');
    const inside = (parties: string) =>
      scored.find((s) => s.fact.parties.join('+') === parties)?.features.record;
    expect(inside('CHL+PER')?.['insideLarger']).toBe(1);
    expect(inside('CHL+ECU+PER')?.['insideLarger']).toBeUndefined();
  });

  it('tells the scorer whether a membership is of a state the grouping counts among its members', () => {
    const member = (text: string) =>
      analyze(doc(text), { minConfidence: 0 }).scored.find((s) => s.fact.type === 'membership')?.features
        .record;
    expect(member('Norway, a NATO member, sent two frigates.')?.['knownMember']).toBe(1);
    expect(member('Ukraine has asked to join NATO.')?.['knownNonMember']).toBe(1);
  });

  it('weighs the common lower-case words of the sentence that states a fact, and only words the model knows', () => {
    const text =
      'Ghana and Togo already signed a quixotically worded defence cooperation agreement in Lome last year.';
    const words = (features: Record<string, number>) =>
      Object.keys(features)
        .filter((n) => n.startsWith(WORD))
        .map((n) => n.slice(WORD.length));
    // Training reads every lower-case word, alone and per type; names (states, cities) are no words.
    const all = analyze(doc(text), { confidence: () => 1, threshold: 0, words: 'all' }).scored;
    expect(all.length).toBeGreaterThan(0);
    for (const { fact, features: list } of all) {
      const features = list.record;
      expect(words(features)).toEqual(expect.arrayContaining(['already', 'quixotically', 'signed']));
      expect(words(features)).not.toContain('ghana');
      expect(words(features)).not.toContain('lome');
      expect(features[`${WORD_BY_TYPE}already|${fact.type}`]).toBe(1);
    }
    // The shipped model reads only the words it weighs: a word it never saw adds no feature name.
    const known = modelWords(shippedModel());
    expect(known.size).toBeGreaterThan(100);
    expect(known.has('quixotically')).toBe(false);
    // Warmed on one unknown word, then read with another in its place: the same known words in the same
    // places (the words next to the trigger among them), so no name is new unless the unknown word made one.
    analyze(doc(text.replace('quixotically worded', 'gobbledygook-style')), { minConfidence: 0 });
    const names = featureCount();
    const scored = analyze(doc(text.replace('quixotically worded', 'flibbertigibbet-style')), {
      minConfidence: 0,
    }).scored;
    expect(featureCount()).toBe(names);
    for (const { features } of scored)
      for (const w of words(features.record)) expect(known.has(w)).toBe(true);
    // And the words it knows are read: the shipped model's facts carry some.
    expect(scored.some(({ features }) => words(features.record).length > 0)).toBe(true);
  });
  it('weighs the words next to a reading’s trigger apart from the rest of its sentence, per status too', () => {
    const text =
      'Mali and Niger, whose juntas have grown close over the past year, will hold joint drills near the border in May.';
    const all = analyze(doc(text), { confidence: () => 1, threshold: 0, words: 'all' }).scored;
    const drills = all.find((s) => s.fact.type === 'joint_exercise');
    expect(drills?.fact.status).toBe('planned');
    const near = Object.keys(drills!.features.record)
      .filter((n) => n.startsWith(NEAR))
      .map((n) => n.slice(NEAR.length));
    // The trigger's own words and its neighbours ("will hold ... near the"), not the aside far before it.
    expect(near).toEqual(expect.arrayContaining(['joint', 'drills', 'hold']));
    expect(near).not.toContain('juntas');
    expect(drills!.features.record[`${NEAR_BY_STATUS}hold|planned`]).toBe(1);
    expect(drills!.features.record[`${NEAR_BY_TYPE}drills|joint_exercise`]).toBe(1);
  });
});
