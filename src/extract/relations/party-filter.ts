// Which party mentions in a sentence can be parties to a tie: not the rival a tie is aimed at ("amid China's
// buildup"), not a newspaper ("Japan Times"), and a capital after "in" is a place before it is a government.
import type { PartyMention } from '../lexicon/party-mention.js';
import { anyOf, compileEntries, compileFamily } from '../phrasebook/compile.js';
import {
  CRITIC_ENTRY,
  EXCLUDED_AFTER_FAMILY,
  EXCLUDED_BEFORE_FAMILY,
  MILESTONE_FAMILIES,
  ONE_OF_THEIRS_FAMILIES,
  BACKER_FAMILIES,
  GROUPING_AS_ADJECTIVE_FAMILY,
  MEDIA_AFTER_FAMILY,
  NEAR_PLACE_FAMILY,
  PLACE_BEFORE_FAMILY,
  RIVAL_AFTER_FAMILY,
  RIVAL_BEFORE_FAMILY,
  DISCUSS_VERB,
  DISCUSSED_BEFORE_FAMILY,
  DENOUNCES_EVENT_FAMILY,
  TOPIC_BEFORE_FAMILY,
  ACCORDING_TO_FAMILY,
  REPORTER_AFTER_FAMILY,
  REPORTER_BEFORE_FAMILY,
  TERRITORY_AFTER_FAMILY,
  TERRITORY_BEFORE_FAMILY,
} from '../phrasebook/roles.js';

export interface SentenceMention extends PartyMention {
  /** "in Tokyo", "at Camp X, Philippines": a venue; used only when nothing else names the second party. */
  place: boolean;
  /** Named as the threat or rival, not as a partner. */
  rival: boolean;
  /** Named as an onlooker ("observers from Canada"): never a party. */
  excluded: boolean;
  /** Named after "discussed" with no "with" between: a matter a meeting talked about, not who met. */
  topic: boolean;
}

const RIVAL_BEFORE = compileFamily(RIVAL_BEFORE_FAMILY);
const RIVAL_AFTER = compileFamily(RIVAL_AFTER_FAMILY);
const DENOUNCES_EVENT = compileFamily(DENOUNCES_EVENT_FAMILY);
/** Every word DENOUNCES_EVENT needs: the per-mention test runs only in a sentence with one. */
const DENOUNCING =
  /\b(?:denounced|condemned|slammed|critici[sz]ed|decried|blasted|deplored|regretting|regretted|protested|called|branded|labell?ed|described|watching|following|monitoring|eyeing)\b/i;
const MEDIA_AFTER = compileFamily(MEDIA_AFTER_FAMILY);
/** Anything after "discussed" with no "with" between: what a meeting was about (a transfer may still name it). */
const DISCUSSED_BEFORE = compileFamily(DISCUSSED_BEFORE_FAMILY);
const DISCUSS_WORD = new RegExp(String.raw`\b(?:${DISCUSS_VERB})\b`, 'i');
/** The matter discussed ("they discussed Ukraine, Gaza and ..."): never a party. */
const TOPIC_BEFORE = compileFamily(TOPIC_BEFORE_FAMILY);
const PLACE_BEFORE = compileFamily(PLACE_BEFORE_FAMILY);
/** A sentence opening on its venue: "In ", "At ", or the same past a dateline's dash ("LIMA - In "). */
const FRONTED_VENUE = /^\s*(?:[^,;]{0,40}?\s(?:-|–|—)\s+)?(?:In|At)\s+$/;
const NEAR_PLACE = compileFamily(NEAR_PLACE_FAMILY);
const TERRITORY_AFTER = compileFamily(TERRITORY_AFTER_FAMILY);
const TERRITORY_BEFORE = compileFamily(TERRITORY_BEFORE_FAMILY);
const REPORTER_AFTER = compileFamily(REPORTER_AFTER_FAMILY);
const REPORTER_BEFORE = compileFamily(REPORTER_BEFORE_FAMILY);
const ACCORDING_TO = compileFamily(ACCORDING_TO_FAMILY);
/** The report goes on about its own reporter ("Japan said it would ..."): the reporter is in the tie. */
const REPORTS_ON_ITSELF =
  /^[^,;]{0,30}?\b(?:said|says|reported|reports|announced|confirmed|stated|added|noted|told)\b(?:\s+(?:on\s+\w+|late\s+\w+|in\s+a\s+statement|reporters|that|the\s+\w+))*\s+(?:it|its|they|their|he|she|his|her|we|our|the\s+(?:country|ministry|government|kingdom|republic|nation))\b/i;
/** A sentence opening on a pronoun: its subject, pointed back to, may be the reporter named at its end. */
const PRONOUN_OPENING = /^\s*(?:It|Its|They|Their|He|She|His|Her|We|Our)\b/;
/** "G7 members", "NATO allies", "Group of Seven defense chiefs": the grouping describes others, it is not a party. */
const GROUPING_AS_ADJECTIVE = compileFamily(GROUPING_AS_ADJECTIVE_FAMILY);
/** What the accused is said to do, right after it: "... of supplying", "... of arming". */
const ACCUSED_OF_ACTING =
  /^[^.;:]{0,40}?\bof\s+(?:[\w-]+ing\s+(?:the\s+\w+\s+)?(?:in\s+\w+\s+)?by\s+)?(?:supplying|arming|selling|sending|providing|delivering|shipping|exporting|transferring|helping|training)\b/i;
/** Onlookers: the list after "observers from" runs through names and "and", not past a verb. */
const EXCLUDED_BEFORE = compileFamily(EXCLUDED_BEFORE_FAMILY);
/** Onlookers named before their role: "Japanese observers", "Chile attended as an observer". */
const EXCLUDED_AFTER = compileFamily(EXCLUDED_AFTER_FAMILY);
/**
 * How far after a mention its onlooker role is read: a ship's kind and adverbs ("a Russian electronic-surveillance
 * vessel has reportedly been trailing the manoeuvres"), or its envoy and a day ("'s envoy on Sunday filed a
 * strong protest with ... about the drills"), may stand between.
 */
const EXCLUDED_AFTER_SPAN = 120;
/** Of the onlookers named before their role, those voicing concern or protest: critics all through the sentence. */
const CRITIC_AFTER = compileEntries(
  EXCLUDED_AFTER_FAMILY.entries.filter((e) => e.name === CRITIC_ENTRY),
  EXCLUDED_AFTER_FAMILY.flags,
);
const MILESTONE_AFTER = compileFamily(MILESTONE_FAMILIES.after);
const MILESTONE_BEFORE = compileFamily(MILESTONE_FAMILIES.before);
const ONE_OF_THEIRS_BEFORE = compileFamily(ONE_OF_THEIRS_FAMILIES.before);
const ONE_OF_THEIRS_AFTER = compileFamily(ONE_OF_THEIRS_FAMILIES.after);
const BACKER_BEFORE = compileFamily(BACKER_FAMILIES.before);
const BACKER_AFTER = compileFamily(BACKER_FAMILIES.after);
/** "a major non-NATO ally", "non-EU states": the grouping is named only to say who is outside it. */
const NON_MEMBER = /\bnon-\s*$/i;

// Guards: one scan of a union for the role tests each side of a mention takes first (see anyOf). Nearly
// every mention has no role word on either side, and each of the tests then fails: they run only where the
// guard matched. The tests that run only after another matched (NEAR_PLACE after PLACE_BEFORE, the second
// halves of ONE_OF_THEIRS and TERRITORY) need no guard; the guards split by flags, as anyOf requires.
// The tests after a mention have none: each is anchored at its start, so the union saved no scan, and the
// literal pass (MENTION_TESTS) skips each one whose words the sentence lacks, where the union was run
// whenever the sentence had the words of any.
const ROLE_BEFORE = anyOf([NON_MEMBER, RIVAL_BEFORE, MILESTONE_BEFORE, ONE_OF_THEIRS_BEFORE]);

/**
 * The tests of the words around each mention that nearly every sentence lacks the words of: a literal pass
 * over the sentence (the trigger gate's) says which can match in it at all. None keeps a lastIndex, so a test
 * not run leaves no trace.
 */
export const MENTION_TESTS: readonly RegExp[] = [
  MEDIA_AFTER,
  ROLE_BEFORE,
  RIVAL_AFTER,
  // Also read over a longer span after each mention: that look runs only in a sentence with an onlooker's
  // or critic's word.
  EXCLUDED_AFTER,
  BACKER_AFTER,
  MILESTONE_AFTER,
  GROUPING_AS_ADJECTIVE,
  TERRITORY_AFTER,
  EXCLUDED_BEFORE,
  DISCUSS_WORD,
  DENOUNCING,
  TOPIC_BEFORE,
  REPORTER_AFTER,
  ACCORDING_TO,
];

export function classifyMentions(
  sentence: string,
  offset: number,
  mentions: PartyMention[],
  /**
   * The expressions of MENTION_TESTS that may match in the sentence, where a literal pass over it told
   * (find-triggers.ts reads them with the trigger lists); the others are not run. Undefined: all are run.
   */
  may?: ReadonlySet<RegExp>,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  const test = (re: RegExp, part: string): boolean => (may === undefined || may.has(re)) && re.test(part);
  // Most sentences discuss nothing: the per-mention test of everything before it runs only where one does.
  const discussing = test(DISCUSS_WORD, sentence);
  const denouncing = test(DENOUNCING, sentence);
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    const before = sentence.slice(Math.max(0, s - 60), s);
    const after = sentence.slice(e, e + 60);
    if (m.kind !== 'person' && m.kind !== 'firm' && test(MEDIA_AFTER, after)) continue;
    const roleBefore = test(ROLE_BEFORE, before);
    // Only a capital or a name can be a venue, and a person is never a topic. No union guards the two: the
    // place words ("in", "at") are in nearly every sentence, so a venue took the union's scan and then
    // PLACE_BEFORE's; the topic test runs only where the literal pass finds its words.
    const venue = m.kind === 'capital' || m.kind === 'name';
    if (m.kind === 'grouping' && roleBefore && NON_MEMBER.test(before)) continue;
    // "accused London of supplying missiles to Kyiv": the accused is named as the one who acts, not the target.
    const rival =
      (roleBefore && RIVAL_BEFORE.test(before) && !ACCUSED_OF_ACTING.test(sentence.slice(e, e + 60))) ||
      (m.kind !== 'person' && test(RIVAL_AFTER, after)) ||
      (denouncing && DENOUNCES_EVENT.test(sentence.slice(e, e + 160)));
    // "In Nairobi on Tuesday, ...": a capital fronted by "In" or "At" is where the sentence happens.
    const place =
      venue &&
      (PLACE_BEFORE.test(before) || (m.kind === 'capital' && FRONTED_VENUE.test(sentence.slice(0, s))));
    const excluded =
      (place && NEAR_PLACE.test(before)) ||
      test(EXCLUDED_BEFORE, sentence.slice(Math.max(0, s - 200), s)) ||
      (m.kind !== 'person' && test(TOPIC_BEFORE, before)) ||
      // A longer view: "a Russian survey vessel has reportedly been trailing the manoeuvres" runs past 60.
      (m.kind !== 'person' && test(EXCLUDED_AFTER, sentence.slice(e, e + EXCLUDED_AFTER_SPAN))) ||
      test(MILESTONE_AFTER, after) ||
      (roleBefore && MILESTONE_BEFORE.test(before)) ||
      (roleBefore && ONE_OF_THEIRS_BEFORE.test(before) && ONE_OF_THEIRS_AFTER.test(after)) ||
      (test(BACKER_AFTER, after) && BACKER_BEFORE.test(before)) ||
      (m.kind === 'grouping' && test(GROUPING_AS_ADJECTIVE, after));
    const topic = discussing && DISCUSSED_BEFORE.test(sentence.slice(0, s));
    const territory = m.kind !== 'person' && test(TERRITORY_AFTER, after) && TERRITORY_BEFORE.test(before);
    // Spelled out, not spread: a spread copy of each mention was 4% of the whole extraction.
    out.push({
      start: m.start,
      end: m.end,
      code: m.code,
      kind: m.kind,
      text: m.text,
      place: place || territory,
      rival,
      excluded: excluded || territory,
      topic,
    });
  }
  dropReporters(sentence, offset, out, test);
  dropTitledPeople(sentence, offset, out);
  dropCritics(sentence, offset, out);
  // "Brazilian and Uruguayan observers": the role named after a list holds for the whole list.
  // "A, B, C and D are following the drills as observers": back along the list, however long.
  let listed = false;
  for (let i = out.length - 1; i > 0; i--) {
    const m = out[i]!;
    const before = out[i - 1]!;
    const wasListed = listed;
    listed = false;
    if (
      m.excluded &&
      !m.place &&
      before.kind === m.kind &&
      !before.excluded &&
      (wasListed || EXCLUDED_AFTER.test(sentence.slice(m.end - offset, m.end - offset + 60)))
    ) {
      const between = sentence.slice(before.end - offset, m.start - offset);
      if (LIST_JOIN.test(between)) before.excluded = listed = true;
    }
  }
  // "an event followed in Abuja and Dakar": a city listed after a city that is a place is one too.
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    const before = out[i - 1]!;
    if (m.place || !before.place || m.kind !== 'capital' || before.kind !== 'capital') continue;
    if (LIST_JOIN.test(sentence.slice(before.end - offset, m.start - offset))) m.place = true;
  }
  return out;
}

const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

/**
 * "Dutch Prime Minister Mark Rutte": the state of the title is the person's in this sentence, whatever office
 * the person holds later (or held before); the person's own mention is set aside.
 */
function dropTitledPeople(sentence: string, offset: number, mentions: SentenceMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const before = mentions[i - 1]!;
    if (m.kind !== 'person' || before.code === m.code) continue;
    if (
      before.kind === 'demonym' &&
      TITLE_BETWEEN.test(sentence.slice(before.end - offset, m.start - offset))
    )
      m.excluded = true;
    // "the minister of defence of Colombia, Pedro Sanchez": a person set beside a title of a state named by
    // its name is that state's, whoever else bears the name.
    else if (
      (before.kind === 'name' || before.kind === 'capital') &&
      /^\s*,\s*$/.test(sentence.slice(before.end - offset, m.start - offset)) &&
      TITLE_OF_BEFORE.test(sentence.slice(Math.max(0, before.start - offset - 60), before.start - offset))
    )
      m.excluded = true;
  }
}

/**
 * "The Peruvian minister conveyed Peru's concerns over the drills Chile held": a state voicing concern or
 * protest at what a sentence tells is its critic, however else the sentence names it (its minister, its capital).
 */
function dropCritics(sentence: string, offset: number, mentions: SentenceMention[]): void {
  const critics = new Set<string>();
  for (const m of mentions)
    if (m.excluded && CRITIC_AFTER.test(sentence.slice(m.end - offset, m.end - offset + EXCLUDED_AFTER_SPAN)))
      critics.add(m.code);
  if (critics.size === 0) return;
  for (const m of mentions) if (critics.has(m.code)) m.excluded = true;
}

/** Whether the mentions that are neither excluded, rivals nor places name two parties or more. */
function twoPartiesNamed(mentions: readonly SentenceMention[]): boolean {
  let first: string | null = null;
  for (const m of mentions) {
    if (m.excluded || m.rival || m.place) continue;
    if (first === null) first = m.code;
    else if (m.code !== first) return true;
  }
  return false;
}

/** Only a title between a demonym and a name: " Prime Minister ", " defence minister ", " President ". */
/** A title "of" a state, right before the state's name: "the minister of defense of ", "President of the Republic of ". */
const TITLE_OF_BEFORE =
  /\b(?:minister|secretary|president|chief|commander|ambassador|head|premier|chancellor|king|emir)\b[^,;.]{0,40}\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate)\s+of\s+)?$/i;
const TITLE_BETWEEN =
  /^\s+(?:(?:Prime|Deputy|Vice|Foreign|Defen[cs]e|Interior|Finance|Chief|Army|Navy|Air|Force|Minister|Ministers|Secretary|President|Premier|Chancellor|Admiral|General|Gen\.?|Lt\.?|Col\.?|Commander|Ambassador|King|Queen|Crown|Prince|Emir|Sultan|of|prime|deputy|vice|foreign|defen[cs]e|minister|secretary|president|premier|chancellor|chief|ambassador)\s+){1,5}$/;

/**
 * "Chinese and Russian bombers flew a joint patrol, the Japanese defence ministry said": the one reporting
 * is an onlooker where two other parties are named. Not where the report is about itself ("Japan said it
 * would hold drills with A and B"), nor where a pronoun opening the sentence may stand for it.
 */
function dropReporters(
  sentence: string,
  offset: number,
  mentions: SentenceMention[],
  /** classifyMentions' test: a MENTION_TESTS expression, run only where the sentence's literal pass lets it. */
  test: (re: RegExp, part: string) => boolean,
): void {
  // A reporter is set aside only where two other parties are named (`others` below, drawn from these): in a
  // sentence that names fewer, none is, and the tests for reporters are not run (half the sentences).
  if (!twoPartiesNamed(mentions)) return;
  const reporters = mentions.filter((m) => {
    if (m.excluded || m.rival) return false;
    const s = m.start - offset;
    const e = m.end - offset;
    // The anchored test after the mention first: it fails at once for nearly every mention.
    return (
      (test(REPORTER_AFTER, sentence.slice(e, e + 90)) && REPORTER_BEFORE.test(sentence.slice(0, s))) ||
      test(ACCORDING_TO, sentence.slice(Math.max(0, s - 60), s))
    );
  });
  if (reporters.length === 0) return;
  const others = new Set(
    mentions.filter((m) => !m.excluded && !m.rival && !m.place && !reporters.includes(m)).map((m) => m.code),
  );
  for (const r of reporters) {
    if (others.has(r.code) || others.size < 2) continue;
    const e = r.end - offset;
    const opening = r.start - offset < 40 && !sentence.slice(0, r.start - offset).includes(',');
    if (opening ? REPORTS_ON_ITSELF.test(sentence.slice(e)) : PRONOUN_OPENING.test(sentence)) continue;
    r.excluded = true;
  }
}
