// The trained fact scorer: a logistic model over named features (scorer/features.ts), and boosted trees over
// its log-odds and the evidence features (scorer/boost.ts), read once from data/model/fact-scorer.json, which
// `npm run train` writes. Inference is a dot product and a few hundred comparisons: no network, no native code.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  featureCount,
  featureName,
  isEvidence,
  knownFeatureId,
  WORD,
  WORD_BY_TYPE,
  WORD_BY_STATUS,
  NEAR,
  NEAR_BY_STATUS,
  NEAR_BY_TYPE,
  type FeatureList,
  type Features,
} from './features.js';
import { boostedLogit } from './boost.js';

/**
 * A finite number by feature name, checked by a loop over the values: z.record(z.string(), z.number()) walked the
 * shipped model's 33,000 weights at the cost of a tenth of a second, before the first document was read.
 */
const Weights = z.custom<Record<string, number>>(
  (w) =>
    typeof w === 'object' &&
    w !== null &&
    !Array.isArray(w) &&
    Object.values(w).every((v) => typeof v === 'number' && Number.isFinite(v)),
  { message: 'weights must be finite numbers by feature name' },
);

const Indices = z.array(z.number().int());
const TreeSchema = z.object({
  feature: Indices,
  threshold: z.array(z.number()),
  left: Indices,
  right: Indices,
  value: z.array(z.number()),
});

/**
 * The second stage: trees over the linear model's log-odds (input 0) and the named evidence features (inputs
 * 1...); the confidence's log-odds are `linear` times the linear log-odds plus the trees' sum.
 */
const StackSchema = z
  .object({
    inputs: z.array(z.string()),
    /** What the linear log-odds add beside the trees (the blend and the calibration folded in). */
    linear: z.number(),
    base: z.number(),
    trees: z.array(TreeSchema),
  })
  .refine((stack) => stack.trees.every((t) => wellFormed(t, stack.inputs.length + 1)), {
    message: 'each tree needs arrays of one length, children among its nodes and inputs the stack has',
  });

/** Whether a tree can be walked: every split reads an input there is and leads to nodes of the tree. */
function wellFormed(t: z.infer<typeof TreeSchema>, width: number): boolean {
  const n = t.feature.length;
  if (n === 0 || [t.threshold, t.left, t.right, t.value].some((a) => a.length !== n)) return false;
  // Children come after their parent (as fitBoosted adds them), so a walk always ends at a leaf.
  return t.feature.every(
    (f, i) => f < 0 || (f < width && t.left[i]! > i && t.left[i]! < n && t.right[i]! > i && t.right[i]! < n),
  );
}
export type Stack = z.infer<typeof StackSchema>;

export const ModelSchema = z.object({
  version: z.literal(1),
  /**
   * Weight of each named feature; a feature the model never saw weighs nothing. With a stack, the sum is the
   * stack's first input; without one, it is the confidence's log-odds.
   */
  weights: Weights,
  bias: z.number(),
  stack: StackSchema.optional(),
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

/** What a fact's evidence weights depend on besides its features: its type and status (features.ts). */
export interface FactKind {
  type: string;
  status: string;
}

/**
 * The model's log-odds that a fact is right. With the fact's kind, each evidence feature weighs its own weight
 * plus its per-type and per-status ones, as `withCrosses(features, type, status)` would spell them out.
 */
export function logit(model: Pick<Model, 'weights' | 'bias'>, features: Features, kind?: FactKind): number {
  let z = model.bias;
  // Object.keys, not for-in: the same names in the same order (a fact's features are a dictionary with no
  // prototype), without for-in's check of each name against the object as it walks.
  const names = Object.keys(features);
  if (!kind) {
    for (const name of names) z += (model.weights[name] ?? 0) * features[name]!;
    return z;
  }
  const folded = foldedWeights(model.weights, kind);
  for (const name of names) z += weightOf(folded, name) * features[name]!;
  return z;
}

/**
 * logit(model, features.record, kind), to the last bit: the same products summed in the same order, each weight
 * read by the feature's index from an array instead of by its name from a map.
 */
export function listLogit(
  model: Pick<Model, 'weights' | 'bias'>,
  features: FeatureList,
  kind: FactKind,
): number {
  const weights = weightsById(foldedWeights(model.weights, kind));
  const { ids, values } = features;
  let z = model.bias;
  for (let i = 0; i < ids.length; i++) z += weights[ids[i]!]! * values[i]!;
  return z;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function confidence(
  model: Pick<Model, 'weights' | 'bias' | 'stack'>,
  features: Features,
  kind?: FactKind,
): number {
  const z = logit(model, features, kind);
  if (!model.stack) return sigmoid(z);
  return sigmoid(
    model.stack.linear * z + boostedLogit(model.stack, stackInputRow(model.stack.inputs, z, features)),
  );
}

/** confidence(model, features.record, kind), by listLogit. */
export function listConfidence(
  model: Pick<Model, 'weights' | 'bias' | 'stack'>,
  features: FeatureList,
  kind: FactKind,
): number {
  const z = listLogit(model, features, kind);
  if (!model.stack) return sigmoid(z);
  const row = new Float64Array(model.stack.inputs.length + 1);
  row[0] = z;
  const table = stackColumnsById(model.stack);
  const { ids, values } = features;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let c = table[id];
    // Looked up by name once per index: the indices grow as facts show new names.
    if (c === undefined) table[id] = c = stackColumns(model.stack).get(featureName(id)) ?? -1;
    if (c >= 0) row[c] = values[i]!;
  }
  return sigmoid(model.stack.linear * z + boostedLogit(model.stack, row));
}

/**
 * Whether the trees read a feature: the evidence and categories, not the words (thousands, which the linear
 * model weighs) nor the crosses (the trees split on type and status themselves), nor where a party stands in
 * a list far from the trigger (NOT_STACKED).
 */
export const isStackInput = (name: string): boolean =>
  !name.includes('*') && !name.startsWith(WORD) && !name.startsWith(NEAR) && !NOT_STACKED.has(name);

/**
 * A hub's agreements told as a list ("has signed such pacts with A, B, C and D") are labelled one way in the
 * analysts' gold and less consistently in the helpers' probe articles, which are most of the examples: trees
 * that read these two features learned the probes' habit (cross-validated, the seed articles' ranking fell,
 * average precision 0.989 -> 0.965), and without them they did not (0.983). The linear model still weighs them.
 */
const NOT_STACKED: ReadonlySet<string> = new Set(['listed', 'distance']);

/**
 * A fact's input row for the trees, from its named features: the linear log-odds, then its value of each input
 * (0 where it has none). Training builds its rows with it too.
 */
export function stackInputRow(inputs: readonly string[], linear: number, features: Features): Float64Array {
  const row = new Float64Array(inputs.length + 1);
  row[0] = linear;
  for (let c = 0; c < inputs.length; c++) row[c + 1] = features[inputs[c]!] ?? 0;
  return row;
}

/** A stack's columns by feature name (inputs start at column 1), for the features listed by index. */
function stackColumns(stack: Stack): Map<string, number> {
  let columns = COLUMNS.get(stack);
  if (!columns) COLUMNS.set(stack, (columns = new Map(stack.inputs.map((name, i) => [name, i + 1]))));
  return columns;
}
const COLUMNS = new WeakMap<Stack, Map<string, number>>();

/** A stack's column of each feature index seen so far (-1 for one it does not read). */
function stackColumnsById(stack: Stack): number[] {
  let byId = COLUMNS_BY_ID.get(stack);
  if (!byId) COLUMNS_BY_ID.set(stack, (byId = []));
  return byId;
}
const COLUMNS_BY_ID = new WeakMap<Stack, number[]>();

/**
 * One kind's folded weights: the model's own, plus what this kind's crosses add to its evidence features (a
 * few dozen names: the thousands of word weights are not copied per kind), and by feature index (0 for a
 * name the model never saw).
 */
interface Folded {
  weights: Record<string, number>;
  extra: Map<string, number>;
  byId: Float64Array;
  /** How many of byId's slots hold a name's weight (the rest are room to grow). */
  filled: number;
  /** The names in `extra` no fact has shown yet (they have no index): looked up again as indices are added. */
  unindexed: string[];
}

/**
 * The folded weights by index of every feature name indexed so far: names get indices as facts first show them,
 * so the array grows when a fact has a newer one. The words (thousands of names, met one by one over a run)
 * make that often: the new indices' own weights are copied from the model's (ownById, looked up once for all
 * kinds), and only this kind's few crosses that have since got an index are added to them.
 */
function weightsById(folded: Folded): Float64Array {
  const count = featureCount();
  if (folded.filled >= count) return folded.byId;
  if (folded.byId.length < count) {
    // Room to grow: a doubling, not one slot per new word.
    const byId = new Float64Array(Math.max(count, 2 * folded.byId.length));
    byId.set(folded.byId.subarray(0, folded.filled));
    folded.byId = byId;
  }
  const own = ownById(folded.weights, count);
  folded.byId.set(own.subarray(folded.filled, count), folded.filled);
  // A cross's name indexed since the last call has an index past `filled` (indices only grow): weightOf's sum.
  if (folded.unindexed.length > 0)
    folded.unindexed = folded.unindexed.filter((name) => {
      const id = knownFeatureId(name);
      if (id === undefined) return true;
      folded.byId[id] = own[id]! + folded.extra.get(name)!;
      return false;
    });
  folded.filled = count;
  return folded.byId;
}

/** The model's own weight of each indexed feature (0 for a name it never saw), shared by all kinds of fact. */
interface OwnWeights {
  byId: Float64Array;
  filled: number;
}

/** The model's own weights by index, filled up to `count` (the indices known). */
function ownById(weights: Record<string, number>, count: number): Float64Array {
  let own = OWN.get(weights);
  if (!own) OWN.set(weights, (own = { byId: new Float64Array(0), filled: 0 }));
  if (own.filled >= count) return own.byId;
  if (own.byId.length < count) {
    const byId = new Float64Array(Math.max(count, 2 * own.byId.length));
    byId.set(own.byId.subarray(0, own.filled));
    own.byId = byId;
  }
  for (let id = own.filled; id < count; id++) {
    const name = featureName(id);
    own.byId[id] = Object.hasOwn(weights, name) ? weights[name]! : 0;
  }
  own.filled = count;
  return own.byId;
}
const OWN = new WeakMap<Record<string, number>, OwnWeights>();

/**
 * Per type and status, each evidence feature's weight with its per-type and per-status weights added: the
 * dot product then runs over the fact's own features only. Built once per model and kind, and found by type
 * then status (a key joined per fact is a new string to hash).
 */
function foldedWeights(weights: Record<string, number>, kind: FactKind): Folded {
  // A run scores with one model: its tables are kept at hand, not looked up by the weights each fact.
  let byType = weights === lastWeights ? lastByType : FOLDED.get(weights);
  if (!byType) FOLDED.set(weights, (byType = new Map()));
  lastWeights = weights;
  lastByType = byType;
  let byStatus = byType.get(kind.type);
  if (!byStatus) byType.set(kind.type, (byStatus = new Map()));
  let folded = byStatus.get(kind.status);
  if (folded) return folded;
  const extra = new Map<string, number>();
  for (const { weight, base, axis, value } of parsedWeights(weights))
    // "crowd*type=acsa" adds to "crowd" for an acsa fact, "crowd*status=held" for a held one.
    if (value === (axis === 'type' ? kind.type : kind.status))
      extra.set(base, (extra.get(base) ?? 0) + weight);
  folded = { weights, extra, byId: new Float64Array(0), filled: 0, unindexed: [...extra.keys()] };
  byStatus.set(kind.status, folded);
  return folded;
}
const FOLDED = new WeakMap<Record<string, number>, Map<string, Map<string, Folded>>>();
let lastWeights: Record<string, number> | undefined;
let lastByType: Map<string, Map<string, Folded>> | undefined;
const CROSS = /^(.+)\*(type|status)=(.+)$/;

/** A cross's name read once per model: the evidence feature it crosses, on which axis, for which value. */
interface ParsedWeight {
  weight: number;
  base: string;
  axis: string;
  value: string;
}

/** A feature's weight for one kind of fact: its own and its crosses'. */
function weightOf(folded: Folded, name: string): number {
  return (Object.hasOwn(folded.weights, name) ? folded.weights[name]! : 0) + (folded.extra.get(name) ?? 0);
}

/** The model's crosses with their names parsed, once per model rather than once per kind of fact. */
function parsedWeights(weights: Record<string, number>): ParsedWeight[] {
  let parsed = PARSED.get(weights);
  if (parsed) return parsed;
  parsed = Object.entries(weights).flatMap(([name, weight]) => {
    // A word's per-type weight ("word*type=already|acsa") is a feature of its own, not a cross of one.
    if (
      name.startsWith(WORD_BY_TYPE) ||
      name.startsWith(WORD_BY_STATUS) ||
      name.startsWith(NEAR_BY_STATUS) ||
      name.startsWith(NEAR_BY_TYPE)
    )
      return [];
    const m = CROSS.exec(name);
    return m && isEvidence(m[1]!) ? [{ weight, base: m[1]!, axis: m[2]!, value: m[3]! }] : [];
  });
  PARSED.set(weights, parsed);
  return parsed;
}
const PARSED = new WeakMap<Record<string, number>, ParsedWeight[]>();

/**
 * The words a model weighs (features "word=..."), found once per model: only they become a fact's features,
 * so a firehose of new words adds no feature names.
 */
export function modelWords(model: Pick<Model, 'weights'>): ReadonlySet<string> {
  let words = WORDS.get(model.weights);
  if (!words) {
    words = new Set(
      Object.keys(model.weights)
        .filter((name) => name.startsWith(WORD) || name.startsWith(NEAR))
        .map((name) => name.slice(name.startsWith(WORD) ? WORD.length : NEAR.length)),
    );
    WORDS.set(model.weights, words);
  }
  return words;
}
const WORDS = new WeakMap<Record<string, number>, ReadonlySet<string>>();
