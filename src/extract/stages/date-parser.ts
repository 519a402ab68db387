// chrono-node's casual English parser, run on a sentence with only the parsers whose expression can match it.
// A parser whose expression finds nothing adds nothing to the results, and the refiners then see the same
// results: the output is chrono's own. Most sentences with a date name a month or a year and no weekday, time
// unit or casual day, and chrono scans every parser's expression over every sentence: a third of its time.
import * as chrono from 'chrono-node';
import { LiteralFilter } from '../lexicon/literal-filter.js';

/** What the dates stage asks of chrono; the parsers' expressions are read for these options. */
const OPTION: chrono.ParsingOption = { forwardDate: false };

const PARSERS = chrono.casual.parsers;
const REFINERS = chrono.casual.refiners;

/**
 * Each parser's expression. It may depend on the options (ENTimeUnitWithinFormatParser reads forwardDate),
 * never on the text or the reference date: read once, for OPTION.
 */
const PATTERNS = PARSERS.map((parser) => parser.pattern(new chrono.ParsingContext('', new Date(0), OPTION)));

/** Which parsers' expressions can match a sentence (one pass over it; see literal-filter.ts). */
const CAN_MATCH = new LiteralFilter(PATTERNS);

/** The dates chrono's casual parser reads in the text, the reference instant at UTC. */
export function parseCasualDates(text: string, instant: Date): chrono.ParsedResult[] {
  const may = CAN_MATCH.mayMatch(text);
  const parsers = PARSERS.filter((_, i) => may.has(PATTERNS[i]!));
  return new chrono.Chrono({ parsers, refiners: REFINERS }).parse(text, { instant, timezone: 0 }, OPTION);
}
