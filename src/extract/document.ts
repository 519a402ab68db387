// The one document object the extraction stages fill in, in order (see pipeline.ts).
import type { Fact, FactType, PartialDate, PartyCode, Status } from '../schema/fact.js';
import type { PartyMention } from './lexicon/party-mention.js';

export interface Sentence {
  index: number;
  /** Offsets into the original text, [start, end), trimmed of white space. */
  start: number;
  end: number;
  /** Normalized text of the sentence (same length as the original slice). */
  text: string;
  /** Index of the paragraph (a run of lines without a blank line) the sentence belongs to. */
  paragraph: number;
}

export interface DateMention {
  /** Offsets into the whole text. */
  start: number;
  end: number;
  value: PartialDate;
  /** True when the value came from a weekday or "yesterday"-like word resolved against a reference date. */
  relative: boolean;
}

/** A relation read from one sentence before deduplication: a fact with its sentence. */
export interface Candidate {
  type: FactType;
  parties: PartyCode[];
  status: Status;
  item: string | null;
  sentence: number;
  /** Offset of the words that carry the type (the trigger), for picking the nearest date. */
  anchor: number;
  anchorEnd: number;
  /** The words that carry the type ("signed the RAA", "met"), for rules that depend on them. */
  trigger: string;
  date: PartialDate | null;
  /** True when the date was read in the fact's own sentence, not inferred from the narrative. */
  dateStated: boolean;
}

export interface AnalyzedDocument {
  id: string;
  /** The text as ingested: evidence offsets index into it. */
  original: string;
  /** The text with Unicode spaces, quotes and dashes folded to ASCII, same length as `original`. */
  normalized: string;
  /** Publication date from metadata or the leading date line. */
  published: PartialDate | null;
  sentences: Sentence[];
  /** Party mentions over the whole normalized text, sorted by start. */
  parties: PartyMention[];
  /** Dates per sentence index, resolved against the reference date in force at that sentence. */
  dates: Map<number, DateMention[]>;
  /** The reference date in force at each sentence (publication date, or a quoted report's date). */
  references: Array<PartialDate | null>;
  candidates: Candidate[];
  facts: Fact[];
}
