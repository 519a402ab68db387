// Extraction as an ordered list of named stages over one document object (conventions: wink-nlp's pipeline).
import type { SourceDocument } from '../schema/document.js';
import type { Fact } from '../schema/fact.js';
import type { AnalyzedDocument } from './document.js';
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

export function analyze(source: Pick<SourceDocument, 'id' | 'text' | 'published'>): AnalyzedDocument {
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
    facts: [],
  };
  for (const [, run] of STAGES) run(doc);
  return doc;
}

/** The facts of one document, each with evidence offsets into `source.text`. */
export function extractFacts(source: Pick<SourceDocument, 'id' | 'text' | 'published'>): Fact[] {
  return analyze(source).facts;
}
