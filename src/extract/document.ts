// The one document object the extraction stages fill in, in order (see pipeline.ts).
import type { Fact, FactType, PartialDate, PartyCode, Status } from '../schema/fact.js';
import type { PartyMention } from './lexicon/party-mention.js';
import type { TriggerGate, TriggerKind } from './relations/find-triggers.js';
import type { FeatureList, WordChoice } from './scorer/features.js';

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

/**
 * What a sentence says about one reading's parties, for the scorer: how directly the trigger ties them.
 * Counts are over the reading's parties.
 */
export interface CandidateSignals {
  /** Parties the sentence does not name (read from the discourse). */
  fromContext: number;
  /** Largest distance in characters from the trigger to a party's nearest mention in the sentence. */
  maxDistance: number;
  /** Parties named only outside the trigger's clause. */
  outsideClause: number;
  /** Parties named only as the rival, an onlooker, or a venue. */
  rival: number;
  excluded: number;
  place: number;
  /** Parties named only through a capital, a person, a firm, an institution or a ship. */
  indirect: number;
  /** Distinct parties the sentence names. */
  sentenceParties: number;
  /** Of those outside the reading, the ones named only as rivals, onlookers or venues. */
  bystanders: number;
  /** Transfers: 1 when the supplier makes the system (or a firm of its names it), -1 when the recipient does. */
  makerSupplies: number;
  /**
   * The other members of a list one party is named in ("clients including A, B and C", "sales to A and B",
   * "arrangements with A, B and C") when the reading pairs that party with someone outside the list: each
   * member is a partner of its own, and its list siblings are not crowding the sentence. 0 otherwise.
   */
  listSiblings: number;
  /**
   * 1 when the rules read no parties for the trigger at all, so the reading is one of the only ones it has; 0
   * when the rules chose parties (another reading of such a trigger competes with the rules' choice).
   */
  orphan: number;
}

/** A relation read from one sentence before deduplication: a fact with its sentence. */
export interface Candidate {
  /** 'rule': the reading the rules chose; 'alternative': another reading proposed for the scorer to weigh. */
  origin: 'rule' | 'alternative';
  /** How the trigger names the tie. */
  kind: TriggerKind;
  /** 'rule': decideStatus's status; 'cue': another cue in the clause. */
  statusFrom: 'rule' | 'cue';
  /** The statuses a cue in the trigger's clause speaks for (decide-status.ts cuedStatuses). */
  cued: readonly Status[];
  signals: CandidateSignals;
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
  /** The stated date follows a reporting verb ("the ministry said Tuesday"): it dates the report, so any other
   * date the text states for the fact wins over it. */
  dateReported: boolean;
  /**
   * A later step of the instrument its sentence told first ("signed in May, and in force from
   * June"): a fact of its own, with its own date, not the same fact seen again (stages/facts.ts).
   */
  milestone?: true;
}

export interface AnalyzedDocument {
  id: string;
  /** The text as ingested: evidence offsets index into it. */
  original: string;
  /** The text with Unicode spaces, quotes and dashes folded to ASCII, same length as `original`. */
  normalized: string;
  /** Publication date from metadata or the leading date line. */
  published: PartialDate | null;
  /** Set by the screen stage: civil news, read no further (no fact). */
  screenedOut?: boolean;
  sentences: Sentence[];
  /** Party mentions over the whole normalized text, sorted by start. */
  parties: PartyMention[];
  /**
   * Per sentence index: the gate's literal pass over a sentence that names a party or points back to one (and
   * links to no other article), which of find-triggers.ts's word lists, mention tests and status tests may
   * match in it; null for every other sentence, which the relation stage does not read.
   */
  passes: Array<ReadonlySet<RegExp> | null>;
  /** Per sentence index: what its cheap trigger tests found, or null when it cannot carry a fact. */
  gates: Array<TriggerGate | null>;
  /**
   * Dates per sentence index, resolved against the reference date in force at that sentence. Read only in a
   * document with candidates (the dates stage runs after the relations stage): they date candidates only.
   */
  dates: Map<number, DateMention[]>;
  /** The reference date in force at each sentence (publication date, or a quoted report's date); read with `dates`. */
  references: Array<PartialDate | null>;
  candidates: Candidate[];
  /** How facts are scored and which are kept (pipeline.ts: the shipped model unless told otherwise). */
  scorer: FactScorer;
  /** Every fact read, with its confidence and the features it was scored on, kept or not. */
  scored: ScoredFact[];
  /** The facts whose confidence reaches the threshold (the document's output). */
  facts: Fact[];
}

export interface FactScorer {
  /** The fact's type and status choose the per-type and per-status weights of its evidence (scorer/features.ts). */
  confidence(features: Record<string, number>, kind?: { type: string; status: string }): number;
  /**
   * The same confidence from the features as the extractor lists them (scorer/features.ts), where the scorer
   * can weigh them without looking each up by name; a scorer without it is asked with the record.
   */
  listConfidence?(features: FeatureList, kind: { type: string; status: string }): number;
  threshold: number;
  /** The words of the sentence stating a fact that are features (scorer/features.ts): those the model weighs. */
  words?: WordChoice;
}

/** A fact with what the scorer saw: its features, and its confidence. */
export interface ScoredFact {
  fact: Fact & { confidence: number };
  /** By index for the model; `.record` by name, for training and inspection. */
  features: FeatureList;
}
