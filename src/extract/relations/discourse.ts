// What earlier sentences established: the pair being talked about, the last subject, the last named
// instrument. Lets "The two leaders signed ..." and "similar deals" be read as the writer meant.
import type { FactType, PartyCode, Status } from '../../schema/fact.js';
import type { PartyMention } from '../lexicon/party-mention.js';
import { stateForms } from '../../parties/party-catalogue.js';
import { GROUP_ANAPHOR_FAMILY, PAIR_ANAPHOR_FAMILY, PRONOUN_SUBJECT_FAMILY } from '../phrasebook/anaphora.js';
import { compileFamily } from '../phrasebook/compile.js';
import { DATELINE_FAMILY } from '../phrasebook/markers.js';
import { partySetKey } from '../../parties/party-set.js';

export interface Discourse {
  /** The party the document is about (most mentioned), the hub of lists without a subject. */
  focal: PartyCode | null;
  /**
   * The state the paragraph opens on as its subject ("Colombo has never been a single-supplier customer."):
   * what its later sentences are about, where the document's most-named state may be another.
   */
  topic: PartyCode | null;
  lastPair: { codes: PartyCode[]; sentence: number } | null;
  /** How many sentences have named each pair (by its sorted codes): the pair an article is about recurs. */
  pairsTold: Map<string, number>;
  /** The last three or more states a sentence named together, for "the three ministers" after them. */
  lastGroup: { codes: PartyCode[]; sentence: number } | null;
  /** Every such list, newest last: "the three ministers" may skip a list of four named since. */
  groupsTold: { codes: PartyCode[]; sentence: number }[];
  lastSubject: { code: PartyCode; sentence: number } | null;
  /**
   * The last instrument named; `hub`, the one party of every reading of it ("Ukraine signed pacts with A and
   * B"): the partner of those "signing their own" after it.
   */
  lastInstrument: {
    type: FactType;
    sentence: number;
    status?: Status | null;
    hub?: PartyCode | null;
    /** Its parties, where the rules read it between one set of them. */
    codes?: PartyCode[];
  } | null;
  /**
   * The last exercise told; `since`, the sentence it was first told in, when later sentences added to its
   * participants ("C joined on Tuesday").
   */
  lastExercise: { codes: PartyCode[]; sentence: number; since?: number; series?: string } | null;
  /** The last meeting told with its parties, for the next session said to be set for some city. */
  lastMeeting: { codes: PartyCode[]; sentence: number } | null;
  /**
   * The meetings and exercises told before, newest last: "The next round is set for Malawi" is a round
   * of the one Malawi took part in, where a meeting of others was told since. A 2+2 is told as a meeting and
   * as a 2+2: "the next 2+2 is set for Canberra" is the pair's whose 2+2 was told, whoever met since.
   */
  eventsTold: {
    type: 'meeting' | 'exercise' | 'two_plus_two';
    codes: PartyCode[];
    sentence: number;
    /** The catalogued exercise series it was a round of (find-triggers.ts). */
    series?: string;
  }[];
  /**
   * The standing bodies told meeting (a commission, a council), by the names the sentence gave them (an acronym,
   * a head noun), newest last: "the JPC's next sitting" is a round of theirs, however far back.
   */
  bodiesTold: {
    names: string[];
    type: 'high_level_meeting' | 'two_plus_two';
    codes: PartyCode[];
    sentence: number;
  }[];
  /** The last exercise told before the sentence being read (lastExercise may be this sentence's). */
  exerciseBefore: { codes: PartyCode[]; sentence: number } | null;
  /** The last grouping named, for "the alliance" and "the bloc". */
  lastGrouping: { code: PartyCode; sentence: number } | null;
  /** The last alliance named (NATO, AUKUS), for "the alliance" after other groupings were named. */
  lastAlliance: { code: PartyCode; sentence: number } | null;
  /** The supplier of the last transfer read, for "It has since found buyers abroad". */
  lastSupplier: { code: PartyCode; sentence: number } | null;
  /** The donor of the last aid programme named ("Tokyo set up OSA in 2023"), for the recipients told next. */
  lastAidProgramme: { code: PartyCode; sentence: number } | null;
  /** The maker of the last system a sentence that may carry a fact named: "Hungary ordered it" buys it. */
  lastSystem: { code: PartyCode; sentence: number } | null;
  /** The last transfer read, supplier first: "The first frigate was delivered in May" continues it. */
  lastTransfer: { codes: [PartyCode, PartyCode]; sentence: number; status?: Status } | null;
  /**
   * Every transfer read, with the kinds of kit its sentence names ("tank", "howitzer"): "The last six howitzers
   * reached the port in May", many sentences after the sale, continues the one sale of howitzers told.
   */
  transfersTold: { codes: [PartyCode, PartyCode]; sentence: number; kit: string[] }[];
  /** The last membership read: "..., and Sweden followed in March" takes the same step into the same grouping. */
  lastMembership: { grouping: PartyCode; status: Status; sentence: number } | null;
  /**
   * The maker of the systems the article is about, where one state's industry makes most of those it names:
   * "Kenya became its fourth buyer" in a story on a Turkish drone buys from Turkey, however far back it was
   * last named. Asked for, not stored: working it out scans the whole document for systems, which most
   * documents' readings never need.
   */
  topicMaker: () => PartyCode | null;
  /** The state the article's dateline names ("ACCRA, Ghana - ..."): where the story is filed from. */
  filedFrom: PartyCode | null;
}

export function startDiscourse(mentions: PartyMention[], text = ''): Discourse {
  return {
    filedFrom: datelineState(text, mentions),
    focal: mostMentioned(mentions),
    topic: null,
    lastPair: null,
    pairsTold: new Map(),
    lastGroup: null,
    groupsTold: [],
    lastSubject: null,
    lastInstrument: null,
    lastExercise: null,
    exerciseBefore: null,
    lastMeeting: null,
    eventsTold: [],
    bodiesTold: [],
    lastGrouping: null,
    lastAlliance: null,
    lastSupplier: null,
    lastAidProgramme: null,
    lastSystem: null,
    lastTransfer: null,
    transfersTold: [],
    lastMembership: null,
    topicMaker: () => null,
  };
}

const DATELINE = compileFamily(DATELINE_FAMILY);
/** The city a dateline opens on, in capitals. */
const DATELINE_CITY = /^\s*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})/;
/** How far into an article its dateline may stand: past a title and a date line, not deep in the story. */
const DATELINE_REACH = 600;

/** The state of the article's dateline: the state named after its city, else the city's own. */
function datelineState(text: string, mentions: readonly PartyMention[]): PartyCode | null {
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH));
  if (!m) return null;
  const inside = mentions.filter((x) => x.start >= m.index && x.end <= m.index + m[0].length);
  // A city in capitals is no mention ("ACCRA"): its state is the capital's of that name.
  const city = DATELINE_CITY.exec(m[0])?.[1];
  return (inside.find((x) => x.kind !== 'capital') ?? inside[0])?.code ?? (city ? capitalOf(city) : null);
}

/** The state whose capital a name in any case is ("ACCRA": Ghana), or null. */
function capitalOf(name: string): PartyCode | null {
  CAPITALS ??= new Map(
    stateForms()
      .filter((f) => f.kind === 'capital')
      .map((f) => [f.text.toLowerCase(), f.code as PartyCode]),
  );
  return CAPITALS.get(name.toLowerCase()) ?? null;
}
let CAPITALS: Map<string, PartyCode> | undefined;

/** The most mentioned party (named more than once); ties go to the one named first. */
function mostMentioned(mentions: PartyMention[]): PartyCode | null {
  const counts = new Map<PartyCode, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + (m.kind === 'capital' ? 0.5 : 1));
  let best: PartyCode | null = null;
  let bestCount = 1;
  for (const [code, n] of counts) {
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

/** How far into its paragraph's first sentence a state stands as its subject. */
const TOPIC_WITHIN = 40;

/** At a paragraph's first sentence: the state it opens on, else none for the paragraph. */
export function openParagraph(
  discourse: Discourse,
  sentenceStart: number,
  mentions: readonly PartyMention[],
): void {
  const opening = mentions.find(
    (m) => m.start - sentenceStart <= TOPIC_WITHIN && m.kind !== 'grouping' && m.kind !== 'firm',
  );
  discourse.topic = opening?.code ?? null;
}

/**
 * The state a sentence with no recipient of its own is about: its paragraph's topic, else the document's
 * focal state; none where the document is about `not` (the supplier), whose own story names its
 * partners elsewhere.
 */
export function aboutState(discourse: Discourse, not: PartyCode | null): PartyCode | null {
  if (not !== null && discourse.focal === not) return null;
  return discourse.topic && discourse.topic !== not ? discourse.topic : discourse.focal;
}

/** Pronouns and phrases that point back to a pair named before. */
export const PAIR_ANAPHOR = compileFamily(PAIR_ANAPHOR_FAMILY);

/** "the three countries", "all four navies": the states last named together in that number. */
export const GROUP_ANAPHOR = compileFamily(GROUP_ANAPHOR_FAMILY);

const COUNTS: Readonly<Record<string, number>> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * How far back a count of states may point. Further than a pair's: a list of three or more is named less
 * often, and a later "the three countries" can only mean it.
 */
export const GROUP_SPAN = 6;

/**
 * The states a count in the sentence points back to ("The three defence chiefs initialled ..."): the last
 * ones named together, when they were as many as the count says; further back, the list of that many the
 * article named most often; null otherwise.
 */
export function groupAnaphor(text: string, sentence: number, discourse: Discourse): PartyCode[] | null {
  const found = GROUP_ANAPHOR.exec(text);
  if (!found) return null;
  const word = /\b(?:three|four|five|six|seven|eight|nine|ten|10|[3-9])\b/i.exec(found[0])![0].toLowerCase();
  const count = COUNTS[word] ?? Number(word);
  // "There the four ministers agreed ...", right after a 2+2: two ministers a side, one pair.
  if (count === 4 && MINISTERS_COUNTED.test(found[0])) {
    const twoPlusTwo = discourse.eventsTold.findLast((e) => e.type === 'two_plus_two');
    if (twoPlusTwo && sentence - twoPlusTwo.sentence <= TWO_PLUS_TWO_SPAN) return twoPlusTwo.codes;
  }
  if (discourse.groupsTold.length === 0) return null;
  // The latest list of that many within reach, past lists of another count named since.
  for (let i = discourse.groupsTold.length - 1; i >= 0; i--) {
    const group = discourse.groupsTold[i]!;
    if (sentence - group.sentence > GROUP_SPAN) break;
    if (group.codes.length === count) return group.codes;
  }
  // Further back, the list of that many the article named most often, twice at least: "the four countries"
  // in a story on the Quad, whose members were listed in its first paragraphs.
  const told = new Map<string, number>();
  let best: PartyCode[] | null = null;
  let bestTold = 1;
  for (const group of discourse.groupsTold) {
    if (group.codes.length !== count) continue;
    const key = partySetKey(group.codes);
    const n = (told.get(key) ?? 0) + 1;
    told.set(key, n);
    if (n >= bestTold && n >= ARTICLE_GROUP_TOLD) {
      best = group.codes;
      bestTold = n;
    }
  }
  return best;
}

/** Ministers counted with no post named: "the four ministers" (those of "four defence ministers" are four states'). */
const MINISTERS_COUNTED = /\b(?:four|4)\s+ministers$/i;
/** How far back a 2+2 stands for "the four ministers": the paragraph it was told in. */
const TWO_PLUS_TWO_SPAN = 3;

/** How many sentences must list the same states before a count far from them can point to them. */
const ARTICLE_GROUP_TOLD = 2;

/** A sentence whose subject is a pronoun or a bare title continues the previous subject. */
export const PRONOUN_SUBJECT = compileFamily(PRONOUN_SUBJECT_FAMILY);

/**
 * How many sentences after it the system a sentence named is still told ("The C-390 is Embraer's workhorse.
 * Hungary ordered it"): the next one only.
 */
export const SYSTEM_SPAN = 1;
/** How many sentences after an aid programme is named its recipients may be told without naming it again. */
export const AID_PROGRAMME_SPAN = 2;

export const RECENT = 4;

/** How many sentences must name a pair before "the two countries" can point to it from far back. */
const ARTICLE_PAIR_TOLD = 3;

/**
 * The pair the article keeps naming, when one pair is named in more sentences than any other and in at least
 * ARTICLE_PAIR_TOLD: "the two countries" far from the last pair named is that pair.
 */
function articlePair(discourse: Discourse): PartyCode[] | null {
  let best: string | null = null;
  let bestTold = 0;
  let tie = false;
  for (const [key, told] of discourse.pairsTold) {
    if (told > bestTold) {
      best = key;
      bestTold = told;
      tie = false;
    } else if (told === bestTold) tie = true;
  }
  return best && !tie && bestTold >= ARTICLE_PAIR_TOLD ? (best.split('+') as PartyCode[]) : null;
}

/** How many sentences back a pair the article keeps naming stays in play against a pair named once. */
const PAIR_KEPT_SPAN = 3;

/**
 * A sentence names a pair: it is counted, and it becomes the pair in play. But "Japan and Australia signed ...
 * It was Japan's second, after its 1960 treaty with the US. The two countries ...": a pair named once beside a
 * member of the pair the article keeps naming leaves that pair in play.
 */
export function tellPair(discourse: Discourse, codes: PartyCode[], sentence: number): void {
  const told = (discourse.pairsTold.get(partySetKey(codes)) ?? 0) + 1;
  discourse.pairsTold.set(partySetKey(codes), told);
  const inPlay = recent(discourse.lastPair, sentence, PAIR_KEPT_SPAN);
  const inPlayTold = inPlay ? (discourse.pairsTold.get(partySetKey(inPlay.codes)) ?? 0) : 0;
  const sharesOne = inPlay !== null && codes.filter((c) => inPlay.codes.includes(c)).length === 1;
  if (told === 1 && sharesOne && inPlayTold >= 2) inPlay.sentence = sentence;
  else discourse.lastPair = { codes, sentence };
}

/** "the two countries", "both sides": a pair told by its number, which can only be one pair. */
const TWO_OF_THEM =
  /\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|states|allies|partners|militaries|armies|navies|defen[cs]e\s+ministers|ministers|leaders|capitals|presidents)\b/i;

/** The pair a sentence's anaphor points to: the last one named, else, for "the two countries", the article's. */
export function pairInPlay(discourse: Discourse, sentence: number, text: string): PartyCode[] | null {
  return (
    recent(discourse.lastPair, sentence)?.codes ?? (TWO_OF_THEM.test(text) ? articlePair(discourse) : null)
  );
}

export function recent<T extends { sentence: number }>(
  item: T | null,
  sentence: number,
  span = RECENT,
): T | null {
  return item && sentence - item.sentence <= span ? item : null;
}

/**
 * The codes each once, first named first, as `[...new Set(codes)]` gives them: a sentence's few codes are
 * compared directly, without a Set and its iterator (asked 140,000 times a run, nine in ten of four or fewer).
 */
export function uniq(codes: PartyCode[]): PartyCode[] {
  if (codes.length > UNIQ_DIRECT) return [...new Set(codes)];
  const out: PartyCode[] = [];
  for (const code of codes) if (!out.includes(code)) out.push(code);
  return out;
}

/** Past this many codes a Set is cheaper than comparing each with those kept. */
const UNIQ_DIRECT = 16;

/** The subject a pronoun ("He then agreed ...") or a bare title continues: the last one named. */
export function pronounSubject(text: string, sentence: number, discourse: Discourse): PartyCode | null {
  if (!PRONOUN_SUBJECT.test(text)) return null;
  return recent(discourse.lastSubject, sentence, 3)?.code ?? null;
}
