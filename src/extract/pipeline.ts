// Extraction as an ordered list of named stages over one document object (conventions: wink-nlp's pipeline).
import { AppError } from '../errors.js';
import type { SourceDocument } from '../schema/document.js';
import type { Fact } from '../schema/fact.js';
import type { AnalyzedDocument, FactScorer } from './document.js';
import { confidence, listConfidence, modelWords, shippedModel, type Model } from './scorer/model.js';
import { normalize } from './stages/normalize.js';
import { screen } from './stages/screen.js';
import { segment } from './stages/segment.js';
import { mentions } from './stages/mentions.js';
import { gate } from './stages/gate.js';
import { dates } from './stages/dates.js';
import { relations } from './stages/relations.js';
import { facts } from './stages/facts.js';
import { readDocumentSystems } from './lexicon/equipment-origin.js';

type Stage = (doc: AnalyzedDocument) => void;

/** The stages in the order they must run; each reads what the ones before it wrote. */
export const STAGES: ReadonlyArray<readonly [name: string, run: Stage]> = [
  ['normalize', normalize],
  ['screen', screen],
  ['segment', segment],
  ['mentions', mentions],
  ['gate', gate],
  ['relations', relations],
  ['dates', dates],
  ['facts', facts],
];

/** Articles longer than this are cut: no news article is this long, and the stages are linear but not free. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * At most this many facts, and as many below-threshold candidates, from one document. A news article states a
 * few dozen; one run of text with no sentence end (a dump, hostile input) is cut into 1,500-character pieces
 * that each read as a sentence, with parties carried over from the piece before, and yielded hundreds.
 */
export const MAX_FACTS_PER_DOCUMENT = 200;

/** A backstop over the bounds each stage keeps: a document whose extraction runs longer is given up. */
export const EXTRACT_BUDGET_MS = 30_000;

export interface ExtractBudget {
  ms: number;
  /** The clock, in milliseconds (tests inject one). */
  now?: () => number;
}

export interface ExtractOptions {
  /** Keep facts at or above this confidence instead of the model's own threshold. */
  minConfidence?: number;
  /** Score with this model instead of the shipped one (training and cross-validation). */
  model?: Pick<Model, 'weights' | 'bias' | 'threshold'>;
  /** The time budget of one document's extraction (default EXTRACT_BUDGET_MS). */
  budget?: ExtractBudget;
}

/** The rules' own readings and nothing else: what the extractor read before it had a scorer. */
export const RULES_ONLY: FactScorer = { confidence: (f) => (f.rule ? 1 : 0), threshold: 0.5 };

/** The scorer a run uses: the shipped (or given) model, with the threshold it was told. */
export function scorerFor(options: ExtractOptions = {}): FactScorer {
  const model = options.model ?? shippedModel();
  return {
    confidence: (features, kind) => confidence(model, features, kind),
    listConfidence: (features, kind) => listConfidence(model, features, kind),
    threshold: options.minConfidence ?? model.threshold,
    words: modelWords(model),
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
    passes: [],
    gates: [],
    dates: new Map(),
    references: [],
    candidates: [],
    scorer: 'confidence' in options ? options : scorerFor(options),
    scored: [],
    facts: [],
  };
  const budget = ('budget' in options ? options.budget : undefined) ?? { ms: EXTRACT_BUDGET_MS };
  const now = budget.now ?? (() => performance.now());
  const started = now();
  try {
    for (const [name, run] of STAGES) {
      // Civil news (stages/screen.ts) has no fact to read: the stages after the screen do not run.
      if (doc.screenedOut) break;
      run(doc);
      const spent = now() - started;
      if (spent > budget.ms) {
        throw new AppError(
          'INVALID_INPUT',
          `over its time budget: extraction took ${Math.round(spent)} ms by the ${name} stage; the budget is ${budget.ms} ms`,
          source.id,
        );
      }
    }
  } finally {
    // The system names this document showed are its own: a catalogue look-up after it (the store's, or the next
    // document's first stages) reads none of them.
    readDocumentSystems(null);
  }
  if (doc.facts.length > MAX_FACTS_PER_DOCUMENT) {
    const dropped = new Set(doc.facts.slice(MAX_FACTS_PER_DOCUMENT));
    doc.facts = doc.facts.slice(0, MAX_FACTS_PER_DOCUMENT);
    doc.scored = doc.scored.filter((s) => !dropped.has(s.fact));
  }
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
    .slice(0, MAX_FACTS_PER_DOCUMENT)
    .map((f): Fact => ({ ...f, candidate: true }));
  return [...doc.facts, ...candidates];
}
