// The first person of a quotation stands for the speaker's state: in "'We signed the accord with Lima in May,'
// the Chilean minister said", "we" is Chile. News built on interviews, speeches and press conferences tells
// many ties only as quoted from the officials who made them, and without this their sentences name one
// party or none. The speaker is read from the attribution beside the quotation, or carried from the last
// attribution that named one ("'...,' he added"). A transcript's answers speak unquoted (interviews.ts).
import type { Sentence } from '../document.js';
import { compileFamily } from '../phrasebook/compile.js';
import {
  FIRST_PERSON_FAMILY,
  REPORTED_SPEECH_FAMILY,
  SPEAKER_AFTER_QUOTE_FAMILY,
  SPEAKER_BEFORE_QUOTE_FAMILY,
} from '../phrasebook/anaphora.js';
import type { PartyCode } from '../../schema/fact.js';
import { interviewAnswers } from './interviews.js';
import { paragraphsOf } from './paragraphs.js';
import type { MentionKind, PartyMention } from './party-mention.js';

const FIRST_PERSON = compileFamily(FIRST_PERSON_FAMILY);
const AFTER_QUOTE = compileFamily(SPEAKER_AFTER_QUOTE_FAMILY);
const BEFORE_QUOTE = compileFamily(SPEAKER_BEFORE_QUOTE_FAMILY);
const REPORTED_SPEECH = compileFamily(REPORTED_SPEECH_FAMILY);

/** Any first-person word at all: most articles have none in a quotation, and the pass stops there. */
const ANY_FIRST_PERSON = /\b(?:we|our|ours|us|my)\b/i;

/** How far before a quotation opens its attribution is read ("The Peruvian minister told lawmakers: '"). */
const BEFORE_SPAN = 200;

/** How far after a quotation closes its attribution names the speaker ("', said the ... minister of Peru"). */
const AFTER_SPAN = 120;

/**
 * How many sentences a speaker stays the one a bare attribution ("she said", "the envoy added") or an
 * unattributed quotation goes on with.
 */
const SPEAKER_CARRY = 6;

/**
 * How far into a sentence of reported speech its subject is read: "Peru's defence minister said ..." names
 * the speaker before the verb, and a party further on is who the speaker spoke of.
 */
const SUBJECT_SPAN = 100;

/**
 * Kinds that can name who speaks: a state, its officials, institutions and firms; a place named as a capital
 * speaks for its government too ("Lima said").
 */
const SPEAKER_KINDS: ReadonlySet<MentionKind> = new Set([
  'name',
  'abbreviation',
  'demonym',
  'capital',
  'grouping',
  'institution',
  'firm',
  'person',
]);

/** A party named as whom the speaker spoke to or met, not the speaker: "told his Omani counterpart". */
const ADDRESSEE_BEFORE =
  /\b(?:with|to|alongside|beside|and|from|about|on|after|before|met|meeting|told|his|her|their)\s+(?:the\s+)?$/i;
const ADDRESSEE_AFTER = /^(?:'s)?\s+(?:counterparts?|guests?|visitors?|hosts?)\b/i;

interface Quotation {
  start: number;
  end: number;
}

/**
 * The mentions with each first-person word of a quotation added as a mention of its speaker's state (kind
 * 'speaker'), in text order.
 */
export function withSpeakers(
  text: string,
  sentences: readonly Sentence[],
  mentions: PartyMention[],
): PartyMention[] {
  if (!ANY_FIRST_PERSON.test(text)) return mentions;
  const added: PartyMention[] = [];
  // Where a first-person word was read already (a quotation inside an interview's answer): read once.
  const read = new Set<number>();
  if (text.includes('"')) quotedSpeakers(text, sentences, mentions, added, read);
  for (const answer of interviewAnswers(text, sentences, mentions, (m) => SPEAKER_KINDS.has(m.kind)))
    addFirstPerson(text, answer, answer.code, mentions, added, read);
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The first person of each quotation whose speaker is named beside it or carried from before. */
function quotedSpeakers(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly PartyMention[],
  added: PartyMention[],
  read: Set<number>,
): void {
  const quotations = quotationsOf(text, sentences);
  let speaker: { code: PartyCode; sentence: number } | null = null;
  let q = 0;
  // The first quotation not wholly before the sentence: quotations are in text order and do not overlap.
  let open = 0;
  for (const sentence of sentences) {
    if (q >= quotations.length) break;
    while (open < quotations.length && quotations[open]!.end <= sentence.start) open++;
    // A sentence of reported speech outside any quotation names the speaker the next quotations go on with.
    const quoted = open < quotations.length && quotations[open]!.start < sentence.end;
    if (!quoted && REPORTED_SPEECH.test(sentence.text)) {
      const code = subjectOf(text, sentence, mentions);
      if (code) speaker = { code, sentence: sentence.index };
    }
    for (; q < quotations.length && quotations[q]!.start < sentence.end; q++) {
      const quote = quotations[q]!;
      const said = attributed(text, quote, sentences, mentions, quotations[q + 1]?.start ?? text.length);
      if (said) speaker = { code: said, sentence: sentence.index };
      const carried = speaker && sentence.index - speaker.sentence <= SPEAKER_CARRY ? speaker.code : null;
      const code = said ?? carried;
      if (code) addFirstPerson(text, quote, code, mentions, added, read);
    }
  }
}

/** Each first-person word in [from, to) as a mention of `code`, where no party is named already. */
function addFirstPerson(
  text: string,
  span: { start: number; end: number },
  code: PartyCode,
  mentions: readonly PartyMention[],
  added: PartyMention[],
  read: Set<number>,
): void {
  const body = text.slice(span.start, span.end);
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(body); m; m = FIRST_PERSON.exec(body)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    // A party's name holding the word, or the word read already.
    const before = mentions[firstEndingAfter(mentions, start)];
    if ((before && before.start < end) || read.has(start)) continue;
    read.add(start);
    added.push({ start, end, code, kind: 'speaker', text: m[0] });
  }
}

/** The index of the first mention (in text order) that ends after `offset`: binary search, not a scan. */
function firstEndingAfter(mentions: readonly PartyMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding `offset` (its end counted in when `endIn`): binary search, not a scan. */
function sentenceAt(sentences: readonly Sentence[], offset: number, endIn: boolean): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (endIn ? s.end < offset : s.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= offset ? s : undefined;
}

/**
 * The quotations of the text, paragraph by paragraph: marks pair in order, and a mark left open runs to the
 * paragraph's end (a quotation going on in the next paragraph opens it again).
 */
function quotationsOf(text: string, sentences: readonly Sentence[]): Quotation[] {
  const out: Quotation[] = [];
  for (const { start: from, end: to } of paragraphsOf(sentences)) {
    let open = -1;
    for (let at = text.indexOf('"', from); at >= 0 && at < to; at = text.indexOf('"', at + 1)) {
      if (open < 0) open = at + 1;
      else {
        out.push({ start: open, end: at });
        open = -1;
      }
    }
    if (open >= 0) out.push({ start: open, end: to });
  }
  return out;
}

/**
 * Who a quotation's attribution names: after it closes ("', said the Chilean minister"), or before it opens
 * ("The Chilean minister said: '"). Null when the attribution names no party ("he said") or there is none.
 */
function attributed(
  text: string,
  quote: Quotation,
  sentences: readonly Sentence[],
  mentions: readonly PartyMention[],
  nextQuote: number,
): PartyCode | null {
  const sentence = sentenceAt(sentences, quote.end, true);
  if (sentence && quote.end < sentence.end) {
    const to = Math.min(sentence.end, nextQuote, quote.end + 1 + AFTER_SPAN);
    const after = text.slice(quote.end + 1, to);
    if (AFTER_QUOTE.test(after)) return speakerIn(text, mentions, quote.end + 1, to);
  }
  const opening = sentenceAt(sentences, quote.start - 1, false);
  if (opening && opening.start < quote.start - 1) {
    // The attribution stands right before the mark: a long sentence is read from BEFORE_SPAN before it.
    const before = text.slice(Math.max(opening.start, quote.start - 1 - BEFORE_SPAN), quote.start - 1);
    if (BEFORE_QUOTE.test(before)) return speakerIn(text, mentions, opening.start, quote.start - 1);
  }
  return null;
}

/** The first party in [from, to) named as one who speaks (not one spoken to or met). */
function speakerIn(
  text: string,
  mentions: readonly PartyMention[],
  from: number,
  to: number,
): PartyCode | null {
  for (let i = firstEndingAfter(mentions, from); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start < from) continue;
    if (m.end > to) break;
    if (!SPEAKER_KINDS.has(m.kind)) continue;
    if (ADDRESSEE_BEFORE.test(text.slice(Math.max(from, m.start - 30), m.start))) continue;
    if (ADDRESSEE_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    return m.code;
  }
  return null;
}

/** The speaker of a sentence of reported speech: a party named before its verb of saying. */
function subjectOf(text: string, sentence: Sentence, mentions: readonly PartyMention[]): PartyCode | null {
  const verb = REPORTED_SPEECH.exec(sentence.text);
  if (!verb || verb.index > SUBJECT_SPAN) return null;
  return speakerIn(text, mentions, sentence.start, sentence.start + verb.index);
}
