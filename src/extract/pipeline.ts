// Extraction as an ordered list of named stages over one document object (conventions: wink-nlp's pipeline).
import type { SourceDocument } from '../schema/document.js';
import type { Fact } from '../schema/fact.js';
import type { AnalyzedDocument, FactScorer } from './document.js';
import { confidence, shippedModel, type Model } from './scorer/model.js';
import { normalize } from './stages/normalize.js';
import { segment } from './stages/segment.js';
import { mentions } from './stages/mentions.js';
import { dates } from './stages/dates.js';
import { relations } from './stages/relations.js';
import { facts } from './stages/facts.js';

type Stage = (doc: AnalyzedDocument) => void;

/** The stages in the order they must run; each reads what the ones before it wrote. */
export const STAGES: ReadonlyArray<readonly [name: string, run: Stage]> = [
  ['normalize', normalize],
  ['segment', segment],
  ['mentions', mentions],
  ['dates', dates],
  ['relations', relations],
  ['facts', facts],
];

/** Articles longer than this are cut: no news article is this long, and the stages are linear but not free. */
export const MAX_TEXT_CHARS = 2_000_000;

export interface ExtractOptions {
  /** Keep facts at or above this confidence instead of the model's own threshold. */
  minConfidence?: number;
  /** Score with this model instead of the shipped one (training and cross-validation). */
  model?: Pick<Model, 'weights' | 'bias' | 'threshold'>;
}

/** The rules' own readings and nothing else: what the extractor read before it had a scorer. */
export const RULES_ONLY: FactScorer = { confidence: (f) => (f.rule ? 1 : 0), threshold: 0.5 };

/** The scorer a run uses: the shipped (or given) model, with the threshold it was told. */
export function scorerFor(options: ExtractOptions = {}): FactScorer {
  const model = options.model ?? shippedModel();
  return {
    confidence: (features) => confidence(model, features),
    threshold: options.minConfidence ?? model.threshold,
  };
}

export function analyze(
  source: Pick<SourceDocument, 'id' | 'text' | 'published'>,
  options: ExtractOptions | FactScorer = {},
): AnalyzedDocument {
  const original = source.text.length > MAX_TEXT_CHARS ? source.text.slice(0, MAX_TEXT_CHARS) : source.text;
  const doc: AnalyzedDocument = {
    id: source.id,
    original,
    normalized: original,
    published: source.published,
    sentences: [],
    parties: [],
    dates: new Map(),
    references: [],
    candidates: [],
    scorer: 'confidence' in options ? options : scorerFor(options),
    scored: [],
    facts: [],
  };
  for (const [, run] of STAGES) run(doc);
  return doc;
}

/** The facts of one document, each with evidence offsets into `source.text`. */
export function extractFacts(
  source: Pick<SourceDocument, 'id' | 'text' | 'published'>,
  options: ExtractOptions = {},
): Fact[] {
  return analyze(source, options).facts;
}

/** Below this confidence a reading is noise, not worth a reviewer's time: the store does not keep it. */
export const CANDIDATE_FLOOR = 0.1;

/**
 * What the store keeps of one document: its facts, and the readings below the threshold (down to
 * CANDIDATE_FLOOR) marked `candidate`, for an analyst to review rather than lose.
 */
export function extractForStore(
  source: Pick<SourceDocument, 'id' | 'text' | 'published'>,
  options: ExtractOptions = {},
): Fact[] {
  const doc = analyze(source, options);
  const kept = new Set(doc.facts);
  const candidates = doc.scored
    .map((s) => s.fact)
    .filter((f) => !kept.has(f) && f.confidence >= CANDIDATE_FLOOR)
    .map((f): Fact => ({ ...f, candidate: true }));
  return [...doc.facts, ...candidates];
}
