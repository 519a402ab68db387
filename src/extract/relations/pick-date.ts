// The date of a candidate: the date mention nearest its trigger in the sentence; else the last date the
// narrative gave in the same paragraph; else the reference date in force (news reports today's events),
// unless the fact is background ("already has") or still to come.
import type { AnalyzedDocument, Candidate, DateMention } from '../document.js';
import { clauseAround } from './decide-status.js';
import { compileFamily } from '../phrasebook/compile.js';
import { BACKGROUND_KIND_FAMILY, REPORT_DATE_FAMILY } from '../phrasebook/clauses.js';
import { YEAR_IN_BRACKET } from '../phrasebook/markers.js';

/** A date right after a reporting verb ("the ministry said Tuesday") dates the report, not the fact. */
const REPORT_DATE = compileFamily(REPORT_DATE_FAMILY);
/** "similar deals", "previous agreements": background the article's own date does not date. */
const BACKGROUND_KIND = compileFamily(BACKGROUND_KIND_FAMILY);

const UNDATED = new Set(['in_force', 'ended', 'planned']);

/** How many sentences back, within one paragraph, a stated date still dates what follows. */
export const CARRY = 2;

type Dated = Pick<Candidate, 'date' | 'dateStated' | 'dateReported'>;

export function pickDate(
  doc: AnalyzedDocument,
  c: Candidate,
  /** The dates of a sentence before the candidate's (the dates stage parses some only when asked). */
  datesOf: (sentence: number) => readonly DateMention[] | undefined = (i) => doc.dates.get(i),
): Dated {
  const own = bracketedYear(doc, c);
  if (own) return { date: own, dateStated: true, dateReported: false };
  const stated = nearestDate(doc, c);
  if (stated) return { date: stated.value, dateStated: true, dateReported: stated.reported };
  if (
    UNDATED.has(c.status) ||
    BACKGROUND_KIND.test(doc.normalized.slice(Math.max(0, c.anchor - 40), c.anchorEnd))
  )
    return { date: null, dateStated: false, dateReported: false };
  for (const i of carriedFrom(doc, c)) {
    const last = datesOf(i)?.at(-1);
    if (last) return { date: last.value, dateStated: false, dateReported: false };
  }
  return { date: doc.references[c.sentence] ?? null, dateStated: false, dateReported: false };
}

/**
 * A year in brackets right after a party's name: "with Chile (2015), Peru (2019) and Colombia (both 2021)" (the
 * bracket the list readers let through, markers.ts YEAR_IN_BRACKET); the year is the last four characters.
 */
const YEAR_IN_BRACKETS = new RegExp(String.raw`^\s*\((${YEAR_IN_BRACKET})\)`);

/**
 * The year a list gives one of the candidate's parties in brackets, where exactly one of them has one: each
 * member of such a list is dated by its own year, not by the date nearest the trigger.
 */
function bracketedYear(doc: AnalyzedDocument, c: Candidate): string | null {
  const sentence = doc.sentences[c.sentence]!;
  if (!sentence.text.includes('(')) return null;
  const years = new Set<string>();
  for (const m of doc.parties) {
    if (m.start < sentence.start) continue;
    if (m.end > sentence.end) break;
    if (!c.parties.includes(m.code)) continue;
    const year = YEAR_IN_BRACKETS.exec(doc.normalized.slice(m.end, m.end + 16))?.[1]?.slice(-4);
    if (year) years.add(year);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The sentences before a candidate's, nearest first, whose last date may date it when its own sentence states
 * none: up to CARRY back within its paragraph.
 */
function carriedFrom(doc: AnalyzedDocument, c: Candidate): number[] {
  // What is in force, has ended or is planned is dated by its own sentence or not at all (see pickDate).
  if (UNDATED.has(c.status)) return [];
  // Talks under way or a step proposed are not dated by the sentences before ("a presence that dated back to
  // 1960. Officials said they have begun talks on a new framework").
  const carry = c.status === 'negotiating' || c.status === 'proposed' ? 0 : CARRY;
  const paragraph = doc.sentences[c.sentence]!.paragraph;
  const out: number[] = [];
  for (let i = c.sentence - 1; i >= Math.max(0, c.sentence - carry); i--) {
    if (doc.sentences[i]!.paragraph !== paragraph) break;
    out.push(i);
  }
  return out;
}

/** The date mention nearest the trigger; one that dates a report only when the sentence states no other. */
function nearestDate(doc: AnalyzedDocument, c: Candidate): { value: string; reported: boolean } | null {
  let best: { value: string; distance: number; reported: boolean } | null = null;
  const sentence = doc.sentences[c.sentence]!;
  const mentions = doc.dates.get(c.sentence);
  if (!mentions) return null;
  const clause = clauseAround(sentence.text, c.anchor - sentence.start, c.anchorEnd - sentence.start);
  const reference = doc.references[c.sentence] ?? null;
  for (const m of mentions) {
    // What has happened cannot be dated after the day it is reported (an order whose hulls arrive "from 2027":
    // 2027 dates the deliveries to come, not the order).
    if (PAST.has(c.status) && reference && laterThan(m.value, reference)) continue;
    const reported = REPORT_DATE.test(doc.normalized.slice(Math.max(sentence.start, m.start - 80), m.start));
    // A date after the trigger usually belongs to it ("signed on Tuesday"); one before it, less often; one
    // across a comma belongs to another clause more often than not.
    const after = m.start >= c.anchorEnd;
    const between = after
      ? doc.normalized.slice(c.anchorEnd, m.start)
      : doc.normalized.slice(m.end, c.anchor);
    const commas = (between.match(/[,;(]/g) ?? []).length;
    // Across a clause edge (", while Armenia received ... in 2022") a date dates another statement.
    const otherClause = m.start < sentence.start + clause.from || m.start >= sentence.start + clause.to;
    // What a state already has is seldom dated: a date in another clause ("..., and signed one with Japan in
    // 2024") dates that clause's event, not the standing agreement.
    // A standing tie "since 1998" ("has had a pact with A, its ally, since 1998", "a partner since 1994")
    // began then: the year right after "since" dates it, whatever comma stands before.
    // "cancelled the drills it had held with Hanoi since 2012": the year dates the rounds held, when they began,
    // not the series' end.
    const rounds =
      after && SINCE_YEAR.test(between) && ROUNDS_HELD.test(doc.normalized.slice(c.anchor, m.start));
    const began =
      after && SINCE_YEAR.test(between) && (rounds ? c.status === 'held' : STANDING.has(c.status));
    if (
      !began &&
      otherClause &&
      (c.status === 'in_force' || c.status === 'negotiating' || c.status === 'proposed')
    )
      continue;
    // "A bought jets in 2021, while B ordered tanks": a contrast sets two events side by side, each dated
    // in its own clause.
    if (otherClause && CONTRAST.test(between)) continue;
    // "the 2019 Ghana-Togo Defence Cooperation Agreement": a year set before a name dates that name; "... and
    // the 2006 Accra Treaty" after the trigger dates the other name, not this one.
    const attributive =
      ATTRIBUTIVE_BEFORE.test(doc.normalized.slice(Math.max(sentence.start, m.start - 6), m.start)) &&
      NAME_NEXT.test(doc.normalized.slice(m.end, m.end + 3));
    const ownName = attributive && !after && NAME_WORDS.test(between);
    // "Israel and the UAE, which normalised ties under the 2020 Abraham Accords, held drills": a year naming
    // another instrument in another clause dates that one.
    const otherName = attributive && (after || (otherClause && !ownName));
    // "At the summit the presidents upgraded the partnership signed in 2011": a date after a participle well
    // past the trigger dates what the participle tells of.
    // Not the sentence's own passive verb ("An accord between A and B was signed in May"): that dates the trigger.
    const otherParticiple =
      after &&
      PARTICIPLE_DATE.test(between) &&
      between.trim().split(/\s+/).length > 4 &&
      !(PASSIVE_PARTICIPLE.test(between) && !RELATIVE_WORD.test(between));
    // "talks in Manila, the first such meeting since the pact took effect last September": what happened
    // "since" a date is not dated by it.
    const since = after && SINCE.test(between) && !began;
    // "Israel and the UAE, which normalised ties in 2020, held drills": a date in an aside that closes before
    // the trigger tells of the subject, not of the fact.
    // An aside on an event ("talks, which began in 2019, toward a pact") dates the event.
    // (The parser's span may take the comma that closes the aside: "in July,".)
    const aside =
      !after &&
      doc.normalized.slice(m.start, c.anchor).includes(',') &&
      asideOnParty(doc, sentence.start, m.start);
    if (otherName || otherParticiple || since || aside) continue;
    const distance = ownName
      ? 0
      : (after ? between.length : between.length * 1.5 + 10) + commas * 30 + (otherClause ? 200 : 0);
    if (!best || (best.reported && !reported) || (best.reported === reported && distance < best.distance))
      best = { value: m.value, distance, reported };
  }
  // "Golden Friendship 2024, in Bangladesh in May": a year the nearest mention names (often inside a name) is
  // dated more finely by another mention of the sentence in that year.
  if (best && best.value.length === 4) {
    const year = best.value;
    const finer = mentions.find(
      (m) =>
        m.value.length > 4 &&
        m.value.startsWith(year) &&
        !(PAST.has(c.status) && reference && laterThan(m.value, reference)),
    );
    if (finer) best = { ...best, value: finer.value };
  }
  return best;
}

const CONTRAST = /[,;]\s*(?:while|whereas)\s/i;
/** The date stands in a "since" phrase, not closed by a comma before it. */
const SINCE = /\bsince\b[^,;]*$/i;
/** The date follows "since" at once ("since 1998", "since early 2019"): when a standing tie began. */
const SINCE_YEAR = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;
const STANDING: ReadonlySet<string> = new Set(['in_force', 'ended']);
/** A relative clause on the rounds of a series: "it had held", "had staged annually". */
const ROUNDS_HELD = /\b(?:(?:had|has|have)\s+(?:\w+ly\s+)?)?(?:held|conducted|staged|run|ran|hosted)\b/i;
/** An aside opened before a date and not yet closed: ", which normalised ties under the". */
const RELATIVE_OPEN = /,\s*(?:which|who|whose)\b[^,;]*$/i;

/** Whether the date at `at` stands in an aside (", which ...") on a party named right before its comma. */
function asideOnParty(doc: AnalyzedDocument, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 120);
  const open = RELATIVE_OPEN.exec(doc.normalized.slice(from, at));
  if (!open) return false;
  const comma = from + open.index;
  // The party may be named by part of a longer name ("Prabowo" in "Prabowo Subianto, who ...").
  return doc.parties.some(
    (p) =>
      p.end <= comma &&
      comma - p.end <= 30 &&
      /^(?:\s+[A-Z][\w.'’-]*)*\s*$/.test(doc.normalized.slice(p.end, comma)),
  );
}

/** "the 2024 ...", "its 1951 ...": a year used as an attribute of the name after it. */
const ATTRIBUTIVE_BEFORE = /\b(?:the|its|their|a)\s+$/i;
const NAME_NEXT = /^\s+[A-Z]/;
/** Between such a year and the trigger: only the rest of a name ("Australia-Indonesia"). */
const NAME_WORDS = /^\s+(?:[A-Z][\w.'’-]*\s+){0,5}$/;

const PARTICIPLE_DATE =
  /\b(?:concluded|signed|agreed|established|founded|launched|inked|adopted|ratified)\s+(?:in|on)\s+$/i;
/** The participle as a passive verb ("was signed in"), and a word that opens a clause of another subject. */
const PASSIVE_PARTICIPLE =
  /\b(?:was|were|been)\s+(?:\w+\s+)?(?:concluded|signed|agreed|established|founded|launched|inked|adopted|ratified)\s+(?:in|on)\s+$/i;
const RELATIVE_WORD = /\b(?:that|which|who|whose|when|after|before|since|while|as)\b|[,;]/i;

/** Statuses of what has already happened. */
const PAST = new Set(['concluded', 'in_force', 'completed', 'held', 'ended']);

/** Whether a partial date ("2027", "2027-03") lies after a day, compared at its own precision. */
function laterThan(value: string, day: string): boolean {
  return value > day.slice(0, value.length);
}
