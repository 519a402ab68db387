// Stage 6: dates in each sentence, to the precision the text supports, resolved against the reference date
// in force at that sentence: the publication date, or the date of a report the article quotes; then the date
// of each candidate. It runs after the relations stage because only candidates need dates: most news reads
// none, and the date parser is the costly part. Last, a purchase dated years before the article is read as
// delivered: a status only its date can settle.
import type { AnalyzedDocument, Candidate, DateMention, Sentence } from '../document.js';
import type { PartialDate } from '../../schema/fact.js';
import { CARRY, pickDate } from '../relations/pick-date.js';
import { allMatches } from '../lexicon/all-matches.js';
import { parseCasualDates } from './date-parser.js';
import {
  formatReference,
  resolveMention,
  type Reference,
  referenceFrom,
  tenseMatters,
} from './date-resolution.js';

/**
 * Only sentences with one of these words can hold a date; the parser runs on no other (it is the costly part).
 * Three expressions, asked in turn, hold where their alternation would: the year and the numeric date, with
 * no case and a digit to start from, are each scanned several times faster than the words, and a sentence
 * with a year (half of those with a date) is then not scanned for the words at all.
 */
const DATE_YEAR = /\b(?:19|20)\d\d\b/;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
// Every alternative opens on a word boundary: written once before them (as compile.ts's alternation() does), the
// engine tests the boundary once per place instead of once per alternative, and the scan takes a third less time.
const DATE_WORDS =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:yesterday|today|tomorrow|tonight)\b|(?:last|next|this|past|previous|coming)\s+(?:week|month|year|summer|winter|spring|autumn|fall)\b)/i;
/**
 * The middle of every numeric date, without the word edges: the engine finds a run that starts with a digit
 * ten times faster than one that starts at a word edge, and few sentences hold one.
 */
const NUMERIC_DATE_CORE = /\d[/.-]\d{1,2}[/.-]\d/;
const hasDateWord = (text: string): boolean =>
  DATE_YEAR.test(text) || (NUMERIC_DATE_CORE.test(text) && NUMERIC_DATE.test(text)) || DATE_WORDS.test(text);

/**
 * What the date parser reads besides a bare year: months, weekdays, casual days and times, numeric dates, and
 * the units of spans counted from the reference ("three years ago", "within two years"). A sentence whose only
 * date word is a year gets nothing from the parser (BARE_YEAR reads it), and the parser is the costly part.
 */
const PARSER_WORD =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:yesterday|today|tomorrow|tonight|now|noon|midnight|morning|afternoon|evening|night)\b|(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?\b)|\d[/.:-]\d|\d\s*[ap]\.?m\b/i;

/** "a report published on June 2, 2019", "this April 9, 2021 article": later relative dates hang on it. */
const REANCHOR_BEFORE = /\b(?:published|posted|reported|dated|released|written|issued)\b[^.;]{0,60}?$/i;
const REANCHOR_AFTER = /^[\s,]*(?:piece|story|article|report|post|release|statement|column)\b/i;

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

const NEW_SOURCE =
  /\b(?:according to|(?:this|that|another|a) (?:story|piece|article|report|post|release|statement) (?:on|from|in|by))\b/i;

/** A year standing alone ("in 2015", "opened 2023"): chrono reads it only with a month. */
const BARE_YEAR = /(?<![\d$.,/-])\b(19[5-9]\d|20[0-4]\d)\b(?![\d%]|s\b|-\d|\/\d)/g;

/** Every word REANCHOR_BEFORE or REANCHOR_AFTER needs: without one, a sentence's date cannot become the reference. */
const MAY_REANCHOR =
  /\b(?:published|posted|reported|dated|released|written|issued|piece|story|article|report|post|release|statement|column)\b/i;

const REANCHOR_WORD =
  /\b(?:published|posted|reported|dated|released|written|issued|piece|story|article|report)\b/i;

/** Whether a fact may be dated from this sentence: it, or one of the next CARRY, may carry a fact. */
function datesAFact(doc: AnalyzedDocument, index: number): boolean {
  for (let i = index; i <= index + CARRY && i < doc.gates.length; i++) if (doc.gates[i]) return true;
  return false;
}

/** A month abbreviation alone ("Jun", "Mar."), with no day or year beside it. */
const BARE_MONTH_ABBREVIATION = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/i;
/**
 * A weekday cut to three or four letters and standing alone: prose writes weekdays in full, so "sat", "wed" or
 * "Sun" alone is a verb or a name ("the ministers sat down"), never a day; a dateline's "Sat, 12 Mar" is read
 * whole, with its digits.
 */
const BARE_WEEKDAY_ABBREVIATION = /^(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)$/i;

/**
 * Spans chrono reads as dates but that are durations or counts, not points in time; and "two years after",
 * which chrono counts from today but the text counts from the event named next ("two years after Britain and
 * Japan began talks").
 */
const NOT_A_DATE =
  /\b(?:past|over|for)\s+(?:the\s+)?(?:two|three|four|five|several|\d+)\b|\b(?:after|before)$/i;

export function dates(doc: AnalyzedDocument): void {
  if (doc.candidates.length === 0) return;
  const { read, carryOnly } = datedSentences(doc);
  // What a sentence after the last candidate's says dates nothing: the reading stops there.
  const later = { may: carryOnly, pending: new Map<number, PendingParse>() };
  readDates(doc, Math.max(...doc.candidates.map((c) => c.sentence)), read, later);
  // A sentence left for later is parsed the first time pickDate reads it: most are never read (a candidate's
  // own sentence states a date, its status takes none from the narrative, or a paragraph starts between).
  const datesOf = (index: number): DateMention[] | undefined => {
    const pending = later.pending.get(index);
    if (pending) {
      later.pending.delete(index);
      const found = sentenceDates(doc.sentences[index]!, pending.reference, pending.contextYear);
      if (found.mentions.length > 0) doc.dates.set(index, found.mentions);
    }
    return doc.dates.get(index);
  };
  // A candidate's date depends on its sentence, its trigger and its status only: the readings of one trigger
  // share it. They are found by the trigger's offset, then among the few readings there: no key is built and
  // hashed per candidate. Not in a sentence with brackets, where a list may give each member its own year
  // (pickDate's bracketedYear).
  const brackets = (c: Candidate): boolean => doc.sentences[c.sentence]!.text.includes('(');
  const dated = new Map<number, Candidate[]>();
  for (const c of doc.candidates) {
    let here = dated.get(c.anchor);
    if (!here) dated.set(c.anchor, (here = []));
    const same = brackets(c)
      ? undefined
      : here.find((d) => d.sentence === c.sentence && d.anchorEnd === c.anchorEnd && d.status === c.status);
    const date = same ?? pickDate(doc, c, datesOf);
    if (!same) here.push(c);
    c.date = date.date;
    c.dateStated = date.dateStated;
    c.dateReported = date.dateReported;
  }
  // "the radars it bought in 2016", told in 2024: kit bought years before the article has long since arrived.
  // Not where the sentence tells the delivery too ("bought in 2012 and delivered from 2014"): each is a fact.
  // Nor a purchase the article tells was cancelled.
  const aged = doc.candidates.filter((c) => agedPurchase(c, doc.published));
  for (const c of aged)
    if (
      !doc.candidates.some(
        (d) =>
          d.type === c.type &&
          ((d.sentence === c.sentence && d.status === 'completed') || d.status === 'ended') &&
          d.parties.join() === c.parties.join(),
      )
    )
      c.status = 'completed';
}

/** A purchase told by its past verb, the words that carry it. */
const PAST_PURCHASE = /^(?:bought|purchased|acquired|sold|imported)\b/i;
/** How many years before the article a purchase must be dated for its kit to count as delivered. */
const AGED_YEARS = 5;

/** A purchase told in the past and dated in its own sentence at least AGED_YEARS before the article. */
function agedPurchase(c: Candidate, published: PartialDate | null): boolean {
  if (c.type !== 'equipment_transfer' || c.status !== 'concluded' || !c.dateStated || !c.date || !published)
    return false;
  return (
    PAST_PURCHASE.test(c.trigger) && Number(published.slice(0, 4)) - Number(c.date.slice(0, 4)) >= AGED_YEARS
  );
}

/**
 * The sentences whose dates may be read (`read`): each candidate's own and the CARRY before it; and of those,
 * the ones that are no candidate's own (`carryOnly`). pickDate reads one of these only when it is in the
 * candidate's paragraph, the candidate's status takes a date from the narrative and its own sentence states
 * none (carriedFrom): most are never read, and their parse can wait until one is.
 */
function datedSentences(doc: AnalyzedDocument): { read: Set<number>; carryOnly: Set<number> } {
  const own = new Set(doc.candidates.map((c) => c.sentence));
  const read = new Set<number>();
  const carryOnly = new Set<number>();
  for (const s of own)
    for (let i = Math.max(0, s - CARRY); i <= s; i++) {
      read.add(i);
      if (!own.has(i)) carryOnly.add(i);
    }
  return { read, carryOnly };
}

/** What a sentence's dates are read against, kept for a parse left for later. */
interface PendingParse {
  reference: Reference;
  contextYear: number | null;
}

/**
 * Any of the words REANCHOR_BEFORE or REANCHOR_AFTER need, anywhere, even inside a longer word (they read
 * slices of the sentence, where a word may be cut): without one, a sentence's dates cannot move the reference.
 */
const REANCHOR_LETTERS =
  /published|posted|reported|dated|released|written|issued|piece|story|article|report|post|release|statement|column/i;

/**
 * The dates of the sentences (doc.dates) and the reference date in force at each (doc.references), up to the
 * sentence `last`: each depends on the sentences before it only. With `read` (the sentences whose dates are
 * read), a sentence outside it is parsed only where it may move the reference date: once there is one, it
 * stays (a new source goes back to the publication date), and the year named in passing then dates nothing
 * (resolveMention asks it only without a reference), so a parse there is the same as none.
 */
export function readDates(
  doc: AnalyzedDocument,
  last = doc.sentences.length - 1,
  read?: ReadonlySet<number>,
  /**
   * Sentences (`may`) whose parse may wait until their dates are asked for, left in `pending`: where there is
   * a reference date and the sentence cannot move it, its parse changes nothing that comes after it.
   */
  later?: { may: ReadonlySet<number>; pending: Map<number, PendingParse> },
): void {
  let reference: Reference | null = referenceFrom(doc.published);
  let contextYear: number | null = reference?.year ?? null;
  const published = referenceFrom(doc.published);
  let formatted: Reference | null | undefined;
  let spelled: string | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.index > last) break;
    // A new source introduced without a date of its own ("this story on the ministry's website") speaks
    // from the article's own date again.
    if (published && NEW_SOURCE.test(sentence.text)) reference = published;
    // The reference changes a few times a document at most: it is spelled out again only then.
    if (reference !== formatted) {
      formatted = reference;
      spelled = reference ? formatReference(reference) : null;
    }
    doc.references[sentence.index] = spelled;
    if (!hasDateWord(sentence.text)) continue;
    // The parser runs where a fact can be dated (a sentence that may carry one, or the few before it whose
    // dates carry over), or where the reference date may move; elsewhere a year named in passing still sets
    // the year that month-and-day dates fall in.
    if (reference && !datesAFact(doc, sentence.index) && !REANCHOR_WORD.test(sentence.text)) {
      const years = allMatches(BARE_YEAR, sentence.text);
      if (years.length > 0) contextYear = Number(years.at(-1)![1]);
      continue;
    }
    if (reference && read && !read.has(sentence.index) && !MAY_REANCHOR.test(sentence.text)) continue;
    if (reference && later?.may.has(sentence.index) && !REANCHOR_LETTERS.test(sentence.text)) {
      later.pending.set(sentence.index, { reference, contextYear });
      continue;
    }
    const found = sentenceDates(sentence, reference, contextYear);
    if (found.mentions.length > 0) doc.dates.set(sentence.index, found.mentions);
    if (found.reanchor) reference = found.reanchor;
    else if (!reference && found.firstFull) reference = found.firstFull;
    if (found.lastYear !== null) contextYear = found.lastYear;
    else if (reference && contextYear === null) contextYear = reference.year;
  }
}

// "would hold" is reported speech's future ("the ministry said the navies would hold drills on May 10"); a bare
// "would" is as often a hypothetical ("it would be the first since January").
// "agreed to hold drills in May": an event agreed, decided or planned is still to come; "will be conducted
// in May" is the future, its participle no past verb, and so is "will be held" (the participles not in -ed).
const FUTURE_WORD =
  /\b(?:(?:will|shall|is\s+to|are\s+to)\s+be\s+(?:\w+\s+)?(?:[a-z]+ed|held|built|sent|made|done|given|taken|shown|run|met|brought|bought|sold|led|set)|likely(?=\s+(?:on\s+|around\s+|by\s+|in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|early|late|mid)[a-z]*\b)|will|shall|upcoming|next|scheduled|later this|to be (?:held|hosted|staged|conducted)|look(?:s|ed|ing)? forward to|set to|plans? to|expected to|would\s+(?:\w+\s+)?(?:hold|conduct|stage|take part|participate|join|host|meet|visit|travel|sail|train|begin|start|launch)|(?:agreed|agree|agrees|decided|decides|planning|aim|aims|aiming|intends?|intending|preparing|poised|slated|due)\s+to\s+(?:jointly\s+|also\s+)?(?:hold|conduct|stage|host|meet|visit|sign|launch|begin|start|resume))\b/i;
const FUTURE_WORDS = new RegExp(FUTURE_WORD.source, 'gi');
/**
 * A verb in the past right before a date ("said on Tuesday", "a contract signed in January"); not the
 * adjectives in -ed that name forces and drills ("their combined exercise in March", "unmanned systems").
 */
const PAST_WORDS =
  /\b(?:said|says|told|announced|reported|confirmed|added|signed|inked|sealed|agreed|approved|ordered|delivered|held|met|was|were|had|began|started|launched|concluded|took|completed|received|(?!(?:combined|armed|unmanned|guided|advanced|integrated|coordinated|planned|scheduled|expected|proposed|based|related|united|limited|called|skilled|armou?red|allied|detailed|automated|speciali[sz]ed|dedicated|experienced)\b)[a-z]{3,}ed)\b/gi;

/**
 * Whether a date in a sentence that speaks of the future is itself in the future: the nearer of the
 * future words and the past-tense verbs before it decides ("Poland will buy helicopters, the ministry said
 * on Tuesday": Tuesday is past). A future word at the same place wins ("scheduled").
 */
function speaksOfFuture(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const last = (re: RegExp) => {
    let end = -1;
    for (const m of allMatches(re, before, 0)) end = m.index + m[0].length;
    return end;
  };
  const future = last(FUTURE_WORDS);
  const past = last(PAST_WORDS);
  return past < 0 || future >= past;
}

/** The instant the parser reads relative dates from: noon of the reference date, or mid-year of the year in force. */
function parserInstant(reference: Reference | null, contextYear: number | null): Date {
  return reference
    ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12))
    : new Date(Date.UTC(contextYear ?? 2000, 6, 1, 12));
}

interface SentenceDates {
  mentions: DateMention[];
  reanchor: Reference | null;
  firstFull: Reference | null;
  lastYear: number | null;
}

function sentenceDates(
  sentence: Sentence,
  reference: Reference | null,
  contextYear: number | null,
): SentenceDates {
  const text = sentence.text;
  // Whether the sentence speaks of the future at all: asked only of a date the parser read and kept, whose
  // year depends on it (most sentences the parser reads have none), and then once.
  let sentenceFuture: boolean | undefined;
  const results = PARSER_WORD.test(text) ? parseCasualDates(text, parserInstant(reference, contextYear)) : [];
  const out: SentenceDates = { mentions: [], reanchor: null, firstFull: null, lastYear: null };
  const covered: Array<[number, number]> = [];
  for (const r of results) {
    if (NOT_A_DATE.test(r.text) || BARE_WEEKDAY_ABBREVIATION.test(r.text)) continue;
    // "Defence Minister Dong Jun", "Mar Menor": a bare month abbreviation right after a capitalised word is a name.
    if (
      BARE_MONTH_ABBREVIATION.test(r.text) &&
      /[A-Z][\w'’-]*\s+$/.test(text.slice(Math.max(0, r.index - 30), r.index))
    )
      continue;
    // "the November presidential race": a month used as an adjective dates another event.
    if (
      /\bthe\s+$/i.test(text.slice(Math.max(0, r.index - 5), r.index)) &&
      /^\s+[a-z]/.test(text.slice(r.index + r.text.length))
    )
      continue;
    const relativeWords = !/\d/.test(r.text) && !MONTH_NAME.test(r.text);
    const future =
      tenseMatters(r.start, reference) &&
      (sentenceFuture ??= FUTURE_WORD.test(text)) &&
      speaksOfFuture(text, r.index);
    let resolved = resolveMention(r.start, { reference, contextYear, future, relativeWords });
    if (!resolved) continue;
    // "in April last year", "in May next year": a month without a year, then the year it falls in.
    const yearAfter = YEAR_AFTER_MONTH.exec(
      text.slice(r.index + r.text.length, r.index + r.text.length + 16),
    );
    if (yearAfter && reference && !r.start.isCertain('year') && /^\d{4}-\d\d/.test(resolved.value)) {
      const year = reference.year + (/last/i.test(yearAfter[1]!) ? -1 : /next/i.test(yearAfter[1]!) ? 1 : 0);
      resolved = { ...resolved, value: `${year}${resolved.value.slice(4)}`, relative: true };
    }
    const start = sentence.start + r.index;
    const end = start + r.text.length;
    covered.push([r.index, r.index + r.text.length]);
    out.mentions.push({ start, end, value: resolved.value, relative: resolved.relative });
    if (resolved.full && !resolved.relative) {
      out.firstFull ??= resolved.full;
      const before = text.slice(Math.max(0, r.index - 80), r.index);
      const after = text.slice(r.index + r.text.length, r.index + r.text.length + 20);
      if (REANCHOR_BEFORE.test(before) || REANCHOR_AFTER.test(after)) out.reanchor = resolved.full;
    }
    if (r.start.isCertain('year')) out.lastYear = r.start.get('year') ?? out.lastYear;
  }
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(text); m; m = BARE_YEAR.exec(text)) {
    const at = m.index;
    if (covered.some(([s, e]) => at >= s && at < e)) continue;
    out.mentions.push({
      start: sentence.start + at,
      end: sentence.start + at + 4,
      value: m[1]!,
      relative: false,
    });
    out.lastYear = Number(m[1]);
  }
  // "ratified in 2011, in effect the following year": a year counted from one the sentence told.
  // The parser reads "two years later" from the article's date: the year told before it is the one counted from.
  for (const m of allMatches(YEARS_LATER, text, 0)) {
    const start = sentence.start + m.index;
    let told: DateMention | undefined;
    for (const x of out.mentions)
      if (x.end <= start && /^\d{4}/.test(x.value) && (!told || x.end > told.end)) told = x;
    if (!told) continue;
    const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
    const value = String(Number(told.value.slice(0, 4)) + count);
    const read = out.mentions.findIndex((x) => x.start <= start && x.end > start);
    if (read >= 0) out.mentions[read] = { ...out.mentions[read]!, value, relative: true };
    else out.mentions.push({ start, end: start + m[0].length, value, relative: true });
  }
  // "this summer", "next spring": the parser reads no seasons; the year they fall in is what the text gives.
  if (reference)
    for (const m of allMatches(SEASON, text, 0)) {
      if (covered.some(([s, e]) => m.index >= s && m.index < e)) continue;
      const shift = /^next$/i.test(m[1]!) ? 1 : /^last$/i.test(m[1]!) ? -1 : 0;
      out.mentions.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        value: String(reference.year + shift),
        relative: true,
      });
    }
  out.mentions.sort((a, b) => a.start - b.start);
  return out;
}

const SEASON = /\b(this|next|last|coming)\s+(?:summer|winter|spring|autumn|fall)\b/gi;
/** "the following year", "a year later", "two years later": counted from the year told before it. */
const YEARS_LATER =
  /\b(?:the\s+(?:following|next)\s+year|the\s+year\s+after|(?:a|one)\s+year\s+later|(two|three|four|five|[2-9])\s+years\s+later)\b/gi;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const YEAR_AFTER_MONTH = /^,?\s+(last|next|this)\s+year\b/i;
