// The features the trained scorer weighs for one fact: what kind of tie and status it is, whether the rules
// chose it or it is another reading, how directly its sentences tie its parties to the trigger, and how much
// of the document speaks for it. Named features (not positions) so a model file reads as what it learned.
import { GROUPING_MEMBERS, isMemberOf } from '../../parties/grouping-members.js';
import { isGroupingCode, type GroupingCode } from '../../parties/groupings.js';
import type { Fact } from '../../schema/fact.js';
import type { AnalyzedDocument, Candidate } from '../document.js';
import { compileEntries } from '../phrasebook/compile.js';
import { DEFENSE_CONTEXT_FAMILY } from '../phrasebook/readings.js';
import { partySetKey } from '../../parties/party-set.js';
import { CIVIL_CONTEXT } from '../relations/find-triggers.js';
import { ELLIPSIS_ONLY } from '../stages/gate.js';
import { topicBlocks } from './topic-blocks.js';

export type Features = Record<string, number>;

/** The readings of one type and set of parties: the statuses read for them, and whether the rules read them. */
export interface Reading {
  statuses: Set<string>;
  rule: boolean;
}

/** The party mentions of one topic block: the whole text of an ordinary article, an item of a digest. */
export interface BlockCounts {
  /** Mentions of each party. */
  mentions: Map<string, number>;
  focal: string | null;
  /** The parties each sentence names, for how often a reading's parties are named together. */
  together: Array<ReadonlySet<string>>;
  /** How many of `together` name both of two parties, counted once per pair (see togetherCount). */
  togetherCounts: Map<string, Map<string, number>>;
  /** All party mentions. */
  totalMentions: number;
}

/** Everything the document says that the features of one fact compare against. */
export interface DocumentContext {
  /** The topic block of each sentence (topic-blocks.ts): all 0 but in a digest. */
  blockOf: Int32Array;
  /** What each block says of its parties, which the document features of a fact in it count. */
  blocks: BlockCounts[];
  /**
   * Per type, then per parties' key (sorted, joined): the statuses read for them, and whether the rules read
   * them. Two look-ups by strings already built, instead of a key "type|parties" joined and hashed each time.
   */
  readings: Map<string, Map<string, Reading>>;
  /** Parties sets (sorted, joined) the rules read for any type. */
  rulePairs: Set<string>;
  sentences: number;
  /** Per sentence: whether it speaks of defense (troops, arms, security...). */
  defense: boolean[];
  /** The share of the document's sentences that do. */
  defenseShare: number;
  /**
   * Per sentence that carries a candidate and does not speak of defense: whether it speaks of something outside
   * defense (health ministers, a trade pact). False for a sentence that speaks of defense.
   */
  civil: boolean[];
  /** The article's publication date, against which a fact's date is before or after. */
  published: string | null;
  /** The words whose features the scorer weighs (FactScorer.words): every word, some, or none. */
  words: WordChoice;
  /** Per evidence sentence (by its start), its words that are features: found once per document. */
  sentenceWords: Map<number, WordIds[]>;
  /** The document's sentences, for the words next to a reading's trigger. */
  sentenceList: AnalyzedDocument['sentences'];
  /** Per sentence (by index) that carries a fact's first reading, its lower-case words where they stand. */
  sentenceWordsAt: Map<number, WordRuns>;
}

/** Which words of a fact's sentence become features: all (to train on), those a model weighs, or none. */
export type WordChoice = 'all' | ReadonlySet<string> | undefined;

/**
 * "Signed" and "in force" said of one agreement in one article are one fact seen twice (a text rarely
 * separates the two): the status part of a fact's identity.
 */
export function factStatusKey(status: string): string {
  return status === 'in_force' ? 'concluded' : status;
}

export function documentContext(doc: AnalyzedDocument, candidates: readonly Candidate[]): DocumentContext {
  const blockOf = topicBlocks(doc);
  const readings = new Map<string, Map<string, Reading>>();
  const rulePairs = new Set<string>();
  for (const c of candidates) {
    const pk = partySetKey(c.parties);
    let ofType = readings.get(c.type);
    if (!ofType) readings.set(c.type, (ofType = new Map()));
    let had = ofType.get(pk);
    if (!had) ofType.set(pk, (had = { statuses: new Set<string>(), rule: false }));
    had.statuses.add(factStatusKey(c.status));
    if (c.origin === 'rule') {
      had.rule = true;
      rulePairs.add(pk);
    }
  }
  const defense = doc.sentences.map((x) => DEFENSE_CONTEXT.test(x.text));
  // Read only for the sentences that carry a candidate and do not speak of defense: a fact stated in a sentence
  // that does is a defense fact whatever else its sentences say (factFeatures), and no feature asks about the
  // others. Most candidates' sentences speak of defense, and the civil words are the costlier test.
  const civil: boolean[] = [];
  for (const c of candidates) civil[c.sentence] ??= !defense[c.sentence] && civilSentence(doc, c.sentence);
  return {
    published: doc.published,
    civil,
    defense,
    defenseShare: defense.filter(Boolean).length / Math.max(1, defense.length),
    blockOf,
    blocks: blockCounts(doc, blockOf),
    readings,
    rulePairs,
    sentences: doc.sentences.length,
    words: doc.scorer.words,
    sentenceWords: new Map(),
    sentenceList: doc.sentences,
    sentenceWordsAt: new Map(),
  };
}

/**
 * Each block's mentions, focal party, and the parties each of its sentences names (the sentences that name two
 * or more). A mention after the last sentence's end counts in the last block, as in no sentence.
 */
function blockCounts(doc: AnalyzedDocument, blockOf: Int32Array): BlockCounts[] {
  const blocks: BlockCounts[] = [];
  const blockAt = (i: number): BlockCounts =>
    (blocks[i] ??= {
      mentions: new Map(),
      focal: null,
      together: [],
      togetherCounts: new Map(),
      totalMentions: 0,
    });
  const last = doc.sentences.length - 1;
  // Every block, the ones naming no party too: a fact read from context may be told in one.
  for (let i = 0; i <= (last >= 0 ? blockOf[last]! : 0); i++) blockAt(i);
  let s = 0;
  let at = -1;
  let named: Set<string> | null = null;
  for (const m of doc.parties) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    const inside = s < doc.sentences.length;
    const block = blockAt(inside ? blockOf[s]! : last >= 0 ? blockOf[last]! : 0);
    block.mentions.set(m.code, (block.mentions.get(m.code) ?? 0) + 1);
    block.totalMentions++;
    if (!inside) continue;
    if (s !== at) {
      if (named && named.size > 1) blockAt(blockOf[at]!).together.push(named);
      named = new Set();
      at = s;
    }
    named!.add(m.code);
  }
  if (named && named.size > 1) blockAt(blockOf[at]!).together.push(named);
  for (const block of blocks) {
    for (const [code, n] of block.mentions)
      if (!block.focal || n > block.mentions.get(block.focal)!) block.focal = code;
  }
  return blocks;
}

const DEFENSE_CONTEXT = compileEntries(DEFENSE_CONTEXT_FAMILY.entries, DEFENSE_CONTEXT_FAMILY.flags);

/**
 * Whether a sentence speaks of something outside defense (CIVIL_CONTEXT, the trigger gate's own expression).
 * The gate's literal pass over the sentence, where it made one, tells whether its words are there at all: most
 * sentences lack them, and are not scanned (a sentence let through for its ellipsis alone had no pass).
 */
function civilSentence(doc: AnalyzedDocument, index: number): boolean {
  const gate = doc.gates[index];
  if (gate && gate !== ELLIPSIS_ONLY && !gate.may.has(CIVIL_CONTEXT)) return false;
  return CIVIL_CONTEXT.test(doc.sentences[index]!.text);
}

/**
 * Every feature name built, by index: a fact lists its features by index (FeatureList), and the model weighs an
 * index from an array (model.ts) where it would hash a name into a map for each feature of each fact.
 */
const FEATURE_NAMES: string[] = [];
const FEATURE_IDS = new Map<string, number>();

/** The index of a feature name, the same for the run; a name not seen before gets the next one. */
export function featureId(name: string): number {
  let id = FEATURE_IDS.get(name);
  if (id === undefined) FEATURE_IDS.set(name, (id = FEATURE_NAMES.push(name) - 1));
  return id;
}

export const featureName = (id: number): string => FEATURE_NAMES[id]!;

/** The index of a feature name if some fact has shown it, else undefined (no index is made for it). */
export const knownFeatureId = (name: string): number | undefined => FEATURE_IDS.get(name);

/** How many feature names have an index so far. */
export const featureCount = (): number => FEATURE_NAMES.length;

/** Indices of names known in advance, found by a property of a fixed object rather than a look-up by name. */
function featureIds<const N extends string>(names: readonly N[]): Readonly<Record<N, number>> {
  return Object.fromEntries(names.map((name) => [name, featureId(name)])) as Record<N, number>;
}

/**
 * A fact's features by index and value, which the model sums without looking a name up, and as the record
 * training and the tests read (`record`, names in the order they were set). Each feature is set once.
 */
export class FeatureList {
  readonly ids: number[] = [];
  readonly values: number[] = [];
  private named: Features | null = null;

  set(id: number, value: number): void {
    this.ids.push(id);
    this.values.push(value);
  }

  /**
   * Built when first asked for: a run of the extractor never asks (the model reads the indices), and with the
   * words a fact has some sixty names to write.
   */
  get record(): Features {
    if (this.named) return this.named;
    // A dictionary from the start (no prototype): an ordinary object takes a new hidden class with each name.
    const record = Object.create(null) as Features;
    for (let i = 0; i < this.ids.length; i++) record[FEATURE_NAMES[this.ids[i]!]!] = this.values[i]!;
    return (this.named = record);
  }
}

/**
 * The index of a feature named by a prefix and a value ("type=acsa"), found by prefix then value: a name
 * joined afresh for every fact is a new string to hash.
 */
function named(prefix: string, value: string): number {
  let byValue = NAMES.get(prefix);
  if (!byValue) NAMES.set(prefix, (byValue = new Map()));
  let id = byValue.get(value);
  if (id === undefined) byValue.set(value, (id = featureId(prefix + value)));
  return id;
}
const NAMES = new Map<string, Map<string, number>>();

/**
 * Evidence weighs differently by the kind of tie and its status (a party named outside the trigger's clause is
 * common in a transfer's background, rare in a meeting's): beside its own weight, each evidence feature (a name
 * with no "=") has one per type and one per status, named "crowd*type=acsa" and "crowd*status=held". Training
 * spells them out (withCrosses); scoring adds their weights to the feature's own (model.ts), so a fact's
 * features stay as few as before. On the unread probe sets, cross-validated, this lifted the ranking of fresh
 * candidates (average precision 0.789 -> 0.797) where added evidence features had not.
 */
export function crossName(name: string, axis: 'type' | 'status', value: string): string {
  let byValue = CROSSES.get(axis)!.get(name);
  if (!byValue) CROSSES.get(axis)!.set(name, (byValue = new Map()));
  let crossed = byValue.get(value);
  if (crossed === undefined) byValue.set(value, (crossed = `${name}*${axis}=${value}`));
  return crossed;
}
const CROSSES = new Map<'type' | 'status', Map<string, Map<string, string>>>([
  ['type', new Map()],
  ['status', new Map()],
]);

/** Whether a feature is evidence (weighed per type and status too) rather than a category ("type=acsa"). */
export const isEvidence = (name: string): boolean => !name.includes('=');

/** A fact's features with the per-type and per-status copies of its evidence spelled out, as training sees them. */
export function withCrosses(features: Features, type: string, status: string): Features {
  const out = Object.create(null) as Features;
  for (const name in features) {
    const value = features[name]!;
    out[name] = value;
    if (!isEvidence(name)) continue;
    out[crossName(name, 'type', type)] = value;
    out[crossName(name, 'status', status)] = value;
  }
  return out;
}

/** The event types whose readings name any number of states. */
const MULTILATERAL_EVENTS: ReadonlySet<string> = new Set(['joint_exercise', 'high_level_meeting']);

/** Whether the rules read the same status for a larger set of states that holds all of these. */
function insideLarger(
  ofType: Map<string, Reading> | undefined,
  parties: readonly string[],
  status: string,
): boolean {
  if (!ofType) return false;
  for (const [key, reading] of ofType) {
    if (!reading.rule || !reading.statuses.has(status)) continue;
    const others = key.split('+');
    if (others.length > parties.length && parties.every((p) => others.includes(p))) return true;
  }
  return false;
}

/** A 0..1 scale for counts and distances whose first steps matter most. */
const squash = (n: number, scale: number): number => 1 - Math.exp(-n / scale);

/** The indices of the features factFeatures sets under fixed names. */
const ID = featureIds([
  'rule',
  'statusFromCue',
  'cueAgrees',
  'cueOther',
  'dateAfter',
  'dateBefore',
  'support',
  'ruleSupport',
  'parties=2',
  'parties=3',
  'parties>=4',
  'fromContext',
  'outsideClause',
  'rival',
  'excluded',
  'place',
  'indirect',
  'distance',
  'crowd',
  'bystanders',
  'listed',
  'orphan',
  'headline',
  'position',
  'dateStated',
  'defenseSentence',
  'defenseShare',
  'rarest',
  'focal',
  'together',
  'share',
  'otherStatuses',
  'ruleReadOtherStatus',
  'rulePairOtherType',
  'makerSupplies',
  'makerReceives',
  'insideLarger',
  'knownMember',
  'knownNonMember',
]);

export function factFeatures(
  fact: Fact,
  candidates: readonly Candidate[],
  ctx: DocumentContext,
): FeatureList {
  // Each name is set once, in a fixed order (a model's dot product and the JSON of a fact's features read them
  // in that order).
  const f = new FeatureList();
  const { type, status } = fact;
  const n = fact.parties.length;
  // One pass over the fact's readings gathers all that the features ask of them.
  const r = readingsOf(candidates, status, n, ctx);
  const rule = r.rule;
  f.set(named('type=', type), 1);
  f.set(named('status=', status), 1);
  f.set(typeStatusName(type, status), 1);
  if (rule) f.set(ID.rule, 1);
  // How the rules named it, when they did: an anaphor restating a named instrument ("under the agreement")
  // is support, not a vaguer kind of fact.
  for (const kind of namingKinds(candidates, rule)) f.set(named('kind=', kind), 1);
  if (r.allFromCue) f.set(ID.statusFromCue, 1);
  // Whether a cue in the trigger's clause speaks for this status or only for others.
  if (r.cueAgrees) f.set(ID.cueAgrees, 1);
  else if (r.cued) f.set(ID.cueOther, 1);
  // An event dated after the article is still to come; a transfer dated before it is under way or done.
  if (fact.date && ctx.published) {
    const told = ctx.published.slice(0, fact.date.length);
    if (fact.date > told) f.set(ID.dateAfter, 1);
    else if (fact.date < told) f.set(ID.dateBefore, 1);
  }
  f.set(ID.support, squash(distinctSentences(candidates, false) - 1, 2));
  f.set(ID.ruleSupport, squash(distinctSentences(candidates, true), 1.5));
  f.set(n === 2 ? ID['parties=2'] : n === 3 ? ID['parties=3'] : ID['parties>=4'], 1);
  if (n > 2) f.set(named('many*type=', type), 1);
  if (fact.parties.some((p) => isGroupingCode(p))) f.set(named('grouping*type=', type), 1);

  // The best sentence for the fact: the one that ties its parties to the trigger most directly.
  if (r.fromContext) f.set(ID.fromContext, r.fromContext);
  if (r.outsideClause) f.set(ID.outsideClause, r.outsideClause);
  if (r.rival) f.set(ID.rival, r.rival);
  if (r.excluded) f.set(ID.excluded, r.excluded);
  if (r.place) f.set(ID.place, r.place);
  if (r.indirect) f.set(ID.indirect, r.indirect);
  f.set(ID.distance, squash(r.distance, 60));
  f.set(ID.crowd, squash(r.crowd, 2));
  // Of that crowd, the states named only as rivals, onlookers or venues: no competitor for the role.
  if (r.bystanders > 0) f.set(ID.bystanders, squash(r.bystanders, 2));
  if (r.listed > 0) f.set(ID.listed, 1);
  if (!rule) f.set(named('alt*crowd*type=', type), squash(r.crowd, 2));
  // A reading of a trigger the rules read no parties for: not in competition with the rules' choice.
  if (!rule && r.orphan) f.set(ID.orphan, 1);
  if (type === 'equipment_transfer' && r.maker !== 0)
    f.set(r.maker > 0 ? ID.makerSupplies : ID.makerReceives, 1);
  if (r.first === 0) f.set(ID.headline, 1);
  f.set(ID.position, r.first / Math.max(1, ctx.sentences));
  if (r.dateStated) f.set(ID.dateStated, 1);
  // A health ministers' meeting or a trade memorandum is not a defense tie: the words around tell.
  if (r.defenseSentence) f.set(ID.defenseSentence, 1);
  if (!r.defenseSentence && r.allCivil) f.set(named('civil*type=', type), 1);
  f.set(ID.defenseShare, ctx.defenseShare);

  // The document: a party named once is an aside more often than a party of a reported tie.
  // Of a digest, the item the fact is told in (topic-blocks.ts).
  const block = ctx.blocks[ctx.blockOf[r.first] ?? 0]!;
  let rarest = Infinity;
  let share = 0;
  for (const p of fact.parties) {
    const mentioned = block.mentions.get(p) ?? 0;
    rarest = Math.min(rarest, mentioned);
    share += mentioned;
  }
  f.set(ID.rarest, squash(rarest, 3));
  if (block.focal && fact.parties.includes(block.focal)) f.set(ID.focal, 1);
  // Partners are named together again and again; a rival or a venue, once.
  f.set(ID.together, squash(togetherCount(block, fact.parties[0]!, fact.parties[1]!) - 1, 2));
  f.set(ID.share, share / Math.max(1, block.totalMentions));
  // The fact's parties are its first reading's, each once: the key documentContext built for the readings
  // that name them once.
  const pk = partySetKey(fact.parties);
  const reading = ctx.readings.get(type)?.get(pk);
  if (reading && reading.statuses.size > 1) f.set(ID.otherStatuses, reading.statuses.size - 1);
  if (!rule && reading?.rule) f.set(ID.ruleReadOtherStatus, 1);
  if (!rule && ctx.rulePairs.has(pk)) f.set(ID.rulePairOtherType, 1);
  // A membership of a grouping whose members are known (as of 2026): a standing membership of a member is
  // likelier than one of a state outside, and a step toward joining the reverse (crossed by status).
  if (type === 'membership') {
    const grouping = fact.parties.find(isGroupingCode);
    const state = fact.parties.find((p) => !isGroupingCode(p));
    if (grouping && state && GROUPING_MEMBERS[grouping as GroupingCode])
      f.set(isMemberOf(grouping, state) ? ID.knownMember : ID.knownNonMember, 1);
  }
  // Drills or a summit whose states are some of those the rules read for a larger one with the same status: a
  // part of that event told on its own, or the event with its participants told short.
  if (
    MULTILATERAL_EVENTS.has(type) &&
    insideLarger(ctx.readings.get(type), fact.parties, factStatusKey(status))
  )
    f.set(ID.insideLarger, 1);
  if (ctx.words) {
    // The reading whose sentence states the fact: its trigger's neighbours are read (setNearWords), and its
    // sentence is the fact's first evidence (facts.ts puts the rules' first reading's sentence first).
    const stated = candidates.find((x) => x.origin === 'rule') ?? candidates[0];
    setWords(f, fact, stated, ctx);
    setNearWords(f, fact, stated, ctx);
  }
  return f;
}

/**
 * The words next to the trigger of the fact's first reading (the rules' own where they read it), alone, per
 * status and per type: a sentence's words are shared by every fact it states, but "will be held", "took
 * delivery of" or "talks on" stand beside one trigger and tell that reading's status, and "memorandum" or
 * "treaty" beside it which of an agreement's kinds it is.
 */
function setNearWords(f: FeatureList, fact: Fact, c: Candidate | undefined, ctx: DocumentContext): void {
  const sentence = c && ctx.sentenceList[c.sentence];
  if (!c || !sentence) return;
  const runs = runsOf(ctx, c.sentence);
  const from = c.anchor - sentence.start;
  const to = c.anchorEnd - sentence.start;
  // The first word at or after the trigger's start, then NEAR_WORDS on each side of the trigger's words (every
  // lower-case word counts toward the four, weighed or not).
  let first = 0;
  while (first < runs.starts.length && runs.starts[first]! < from) first++;
  let last = first;
  while (last < runs.starts.length && runs.starts[last]! < to) last++;
  const slot = slotOf(STATUS_SLOTS, fact.status);
  const typeSlot = slotOf(TYPE_SLOTS, fact.type);
  const seen: WordIds[] = [];
  for (let i = Math.max(0, first - NEAR_WORDS); i < Math.min(runs.starts.length, last + NEAR_WORDS); i++) {
    const w = runs.ids[i];
    if (!w || seen.includes(w)) continue;
    seen.push(w);
    f.set((w.near ??= featureId(NEAR + w.word)), 1);
    let byStatus = w.nearByStatus[slot];
    if (byStatus === undefined)
      w.nearByStatus[slot] = byStatus = featureId(`${NEAR_BY_STATUS}${w.word}|${fact.status}`);
    f.set(byStatus, 1);
    let byType = w.nearByType[typeSlot];
    if (byType === undefined)
      w.nearByType[typeSlot] = byType = featureId(`${NEAR_BY_TYPE}${w.word}|${fact.type}`);
    f.set(byType, 1);
  }
}
/** How many words on each side of a trigger are its neighbours. */
const NEAR_WORDS = 4;
export const NEAR = 'near=';
export const NEAR_BY_STATUS = 'near*status=';
export const NEAR_BY_TYPE = 'near*type=';

/**
 * The common words of the sentence that states the fact, alone and per type: "already", "received", "under",
 * "as" or "together" tell a stated tie from an aside, a plan or a comparison in ways no named feature spells
 * out, and the fit weighs each (cross-validate.ts keeps the words of enough articles). Lower-case words only: a name
 * (a state, a ship, an exercise) would teach the partners of the articles read, not how ties are told.
 */
function setWords(f: FeatureList, fact: Fact, stated: Candidate | undefined, ctx: DocumentContext): void {
  // The sentence that states the fact (the rules' own, else the first): the words of every sentence that
  // restates it would grow with its support, and the quotes and background around a lead fact outweighed it.
  const e = fact.evidence[0];
  if (!e) return;
  // Most facts share their sentence with others: each sentence's words are found once per document. The
  // evidence is the original text of the stated reading's sentence, which setNearWords reads the words of
  // (normalized): where normalizing changed nothing there (most sentences), its words are those, not read again.
  let words = ctx.sentenceWords.get(e.start);
  if (!words) {
    const sentence = stated && ctx.sentenceList[stated.sentence];
    words =
      sentence && sentence.text === e.text
        ? distinctWords(runsOf(ctx, stated.sentence))
        : wordsOf(e.text, ctx.words!);
    ctx.sentenceWords.set(e.start, words);
  }
  // The type's slot is found once per fact, not hashed again for each of its words.
  const type = fact.type;
  const slot = slotOf(TYPE_SLOTS, type);
  const status = slotOf(STATUS_SLOTS, fact.status);
  for (const w of words) {
    f.set(w.id, 1);
    let crossed = w.byType[slot];
    if (crossed === undefined) w.byType[slot] = crossed = featureId(`${WORD_BY_TYPE}${w.word}|${type}`);
    f.set(crossed, 1);
    let byStatus = w.byStatus[status];
    if (byStatus === undefined)
      w.byStatus[status] = byStatus = featureId(`${WORD_BY_STATUS}${w.word}|${fact.status}`);
    f.set(byStatus, 1);
  }
}

/**
 * A word's feature index, and its per-type ones as facts of each type first use it, by the type's slot
 * (TYPE_SLOTS): an array read per word of each fact, where a map per word was hashed (out of cache by then).
 */
interface WordIds {
  word: string;
  id: number;
  byType: Array<number | undefined>;
  /** The same by the status's slot (STATUS_SLOTS). */
  byStatus: Array<number | undefined>;
  /** As a word next to a trigger (setNearWords): its own feature and its per-status and per-type ones. */
  near?: number;
  nearByStatus: Array<number | undefined>;
  nearByType: Array<number | undefined>;
}
const WORD_IDS = new Map<string, WordIds>();
/** Each fact type's slot in WordIds.byType, and each status's in byStatus, in the order they come. */
const TYPE_SLOTS = new Map<string, number>();
const STATUS_SLOTS = new Map<string, number>();
function slotOf(slots: Map<string, number>, key: string): number {
  let slot = slots.get(key);
  if (slot === undefined) slots.set(key, (slot = slots.size));
  return slot;
}

/**
 * The distinct lower-case words of a sentence that are features (all, or those the model weighs): the matches
 * of `/(?<![\p{L}'’-])[a-z][a-z'’-]*[a-z]/gu`, read by a loop over the sentence's runs of `[a-z'’-]`. Inside a
 * run no match can start (the look-behind sees a run character), so each run gives at most one word: from its
 * first character, when that is `a-z` and no letter stands before the run, to its last `a-z`. The expression
 * itself, through matchAll (a copy of it per sentence), cost more than the rest of the facts' words.
 */
function wordsOf(text: string, choice: Exclude<WordChoice, undefined>): WordIds[] {
  const out: WordIds[] = [];
  // A word said again is listed once: a sentence has a few dozen words, so the list itself is the set.
  readWords(text, choice, (ids) => {
    if (ids && !out.includes(ids)) out.push(ids);
  });
  return out;
}

/** Every lower-case word of a sentence where it starts, with its WordIds when it is a feature. */
interface WordRuns {
  starts: number[];
  ids: Array<WordIds | undefined>;
}
/** The words of a sentence (by index) where they stand, read once per document. */
function runsOf(ctx: DocumentContext, index: number): WordRuns {
  let runs = ctx.sentenceWordsAt.get(index);
  if (!runs) ctx.sentenceWordsAt.set(index, (runs = wordRuns(ctx.sentenceList[index]!.text, ctx.words!)));
  return runs;
}

/** wordsOf the text `runs` were read from: its words that are features, each once, in order. */
function distinctWords(runs: WordRuns): WordIds[] {
  const out: WordIds[] = [];
  for (const ids of runs.ids) if (ids && !out.includes(ids)) out.push(ids);
  return out;
}

function wordRuns(text: string, choice: Exclude<WordChoice, undefined>): WordRuns {
  const runs: WordRuns = { starts: [], ids: [] };
  readWords(text, choice, (ids, start) => {
    runs.starts.push(start);
    runs.ids.push(ids);
  });
  return runs;
}

/**
 * The lower-case words of a sentence in order, each with its WordIds when it is a feature (all, or those the
 * model weighs) and where it starts: the matches of `/(?<![\p{L}'’-])[a-z][a-z'’-]*[a-z]/gu`, read by a loop
 * over the sentence's runs of `[a-z'’-]`. Inside a run no match can start (the look-behind sees a run
 * character), so each run gives at most one word: from its first character, when that is `a-z` and no letter
 * stands before the run, to its last `a-z`. The expression itself, through matchAll (a copy of it per
 * sentence), cost more than the rest of the facts' words.
 */
function readWords(
  text: string,
  choice: Exclude<WordChoice, undefined>,
  visit: (ids: WordIds | undefined, start: number) => void,
): void {
  const chosen = choice === 'all' ? null : chosenWords(choice);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordRunCode(c)) {
      i++;
      continue;
    }
    // The hash of the run through its last a-z (ChosenWords.hashOf), computed as the run is read.
    let hash = c;
    let last = -1;
    let lastHash = 0;
    let j = i + 1;
    for (let d = 0; j < n && isWordRunCode((d = text.charCodeAt(j))); j++) {
      hash = (Math.imul(hash, 31) + d) | 0;
      if (d >= 97 && d <= 122) {
        last = j;
        lastHash = hash;
      }
    }
    if (c >= 97 && c <= 122 && last > i && !letterBefore(text, i))
      visit(chosen ? chosen.find(text, i, last + 1, lastHash) : wordIds(text.slice(i, last + 1)), i);
    i = j;
  }
}

/** A word's WordIds, made when it is first used (its feature index with it). */
function wordIds(w: string): WordIds {
  let ids = WORD_IDS.get(w);
  if (!ids)
    WORD_IDS.set(
      w,
      (ids = {
        word: w,
        id: featureId(WORD + w),
        byType: [],
        byStatus: [],
        nearByStatus: [],
        nearByType: [],
      }),
    );
  return ids;
}

/**
 * The words a model weighs, by a hash of their characters: a word of a sentence is looked up where it stands,
 * without cutting it out of the text and hashing it as a string for the set of chosen words and again for
 * WORD_IDS (most words of a sentence are not chosen). Open addressing over typed arrays, built once per set.
 */
class ChosenWords {
  private readonly words: string[];
  private readonly ids: Array<WordIds | undefined>;
  /** Per slot: 1 + the index of the word there, 0 for none; and that word's hash. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** How many words the set held when the table was built. */
  readonly size: number;

  constructor(choice: ReadonlySet<string>) {
    this.words = [...choice];
    this.size = this.words.length;
    this.ids = this.words.map(() => undefined);
    let size = 16;
    while (size < this.words.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.words.forEach((word, k) => {
      const hash = ChosenWords.hashOf(word);
      let at = ChosenWords.spread(hash) & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.slots[at] = k + 1;
      this.hashes[at] = hash;
    });
  }

  /** The hash wordsOf computes over a word's code units as it reads them. */
  static hashOf(word: string): number {
    let hash = word.charCodeAt(0);
    for (let k = 1; k < word.length; k++) hash = (Math.imul(hash, 31) + word.charCodeAt(k)) | 0;
    return hash;
  }

  private static spread(hash: number): number {
    return hash ^ (hash >>> 15);
  }

  /** The WordIds of text[from, to) (whose hash is `hash`) when it is a chosen word, else undefined. */
  find(text: string, from: number, to: number, hash: number): WordIds | undefined {
    const { slots, hashes, mask, words } = this;
    for (let at = ChosenWords.spread(hash) & mask; slots[at] !== 0; at = (at + 1) & mask) {
      if (hashes[at] !== hash) continue;
      const k = slots[at]! - 1;
      const word = words[k]!;
      if (word.length !== to - from || !spells(text, from, word)) continue;
      return (this.ids[k] ??= wordIds(word));
    }
    return undefined;
  }
}

/** Whether the text at `from` reads `word`, code unit for code unit. */
function spells(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
  return true;
}

const CHOSEN = new WeakMap<ReadonlySet<string>, ChosenWords>();
function chosenWords(choice: ReadonlySet<string>): ChosenWords {
  let chosen = CHOSEN.get(choice);
  // Built again should the set have changed size since (a caller's set is read, not owned).
  if (!chosen || chosen.size !== choice.size) CHOSEN.set(choice, (chosen = new ChosenWords(choice)));
  return chosen;
}

/** `[a-z'’-]`: the characters a word of wordsOf runs through. */
const isWordRunCode = (c: number): boolean => (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45;

/** Whether the code point before `at` is a letter (`\p{L}`, read as a /u look-behind reads it: a surrogate pair whole). */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at));
}
const LETTER_AT_END = /\p{L}$/u;
export const WORD = 'word=';
export const WORD_BY_TYPE = 'word*type=';
export const WORD_BY_STATUS = 'word*status=';

/** What the features ask of a fact's readings, read in one pass over them. */
interface ReadingsSummary {
  rule: boolean;
  allFromCue: boolean;
  cueAgrees: boolean;
  cued: boolean;
  dateStated: boolean;
  defenseSentence: boolean;
  allCivil: boolean;
  orphan: boolean;
  /** The first sentence that states the fact. */
  first: number;
  fromContext: number;
  outsideClause: number;
  rival: number;
  excluded: number;
  place: number;
  indirect: number;
  distance: number;
  crowd: number;
  bystanders: number;
  maker: number;
  listed: number;
}

function readingsOf(
  candidates: readonly Candidate[],
  status: string,
  n: number,
  ctx: DocumentContext,
): ReadingsSummary {
  const r: ReadingsSummary = {
    rule: false,
    allFromCue: true,
    cueAgrees: false,
    cued: false,
    dateStated: false,
    defenseSentence: false,
    allCivil: true,
    orphan: false,
    first: Infinity,
    fromContext: 1e9,
    outsideClause: 1e9,
    rival: 1e9,
    excluded: 1e9,
    place: 1e9,
    indirect: 1e9,
    distance: 1e9,
    crowd: 1e9,
    bystanders: 0,
    maker: -1,
    listed: 0,
  };
  for (const c of candidates) {
    if (c.origin === 'rule') r.rule = true;
    if (c.statusFrom !== 'cue') r.allFromCue = false;
    if (c.cued.length > 0) {
      r.cued = true;
      if (c.cued.includes(status as Candidate['status'])) r.cueAgrees = true;
    }
    if (c.dateStated) r.dateStated = true;
    if (ctx.defense[c.sentence]) r.defenseSentence = true;
    if (!ctx.civil[c.sentence]) r.allCivil = false;
    r.first = Math.min(r.first, c.sentence);
    const g = c.signals;
    if (g.orphan === 1) r.orphan = true;
    r.fromContext = Math.min(r.fromContext, g.fromContext);
    r.outsideClause = Math.min(r.outsideClause, g.outsideClause);
    r.rival = Math.min(r.rival, g.rival);
    r.excluded = Math.min(r.excluded, g.excluded);
    r.place = Math.min(r.place, g.place);
    r.indirect = Math.min(r.indirect, g.indirect);
    r.distance = Math.min(r.distance, g.maxDistance);
    // A list member's siblings ("clients including A, B and C") are partners of their own, not a crowd.
    const own = Math.max(0, g.sentenceParties - n - g.listSiblings);
    if (own < r.crowd || (own === r.crowd && g.bystanders > r.bystanders))
      r.bystanders = Math.min(own, g.bystanders);
    r.crowd = Math.min(r.crowd, own);
    r.listed = Math.max(r.listed, g.listSiblings);
    r.maker = Math.max(r.maker, g.makerSupplies);
  }
  return r;
}

/** The kinds of the rules' readings (of all readings, when the rules read none), in order of first reading. */
function namingKinds(candidates: readonly Candidate[], rule: boolean): string[] {
  const kinds: string[] = [];
  for (const c of candidates)
    if ((!rule || c.origin === 'rule') && !kinds.includes(c.kind)) kinds.push(c.kind);
  return kinds;
}

/** How many sentences state the fact (only the rules' readings, with `ruleOnly`). */
function distinctSentences(candidates: readonly Candidate[], ruleOnly: boolean): number {
  // Most facts are read once: no set for them.
  if (candidates.length === 1) return ruleOnly && candidates[0]!.origin !== 'rule' ? 0 : 1;
  const seen = new Set<number>();
  for (const c of candidates) if (!ruleOnly || c.origin === 'rule') seen.add(c.sentence);
  return seen.size;
}

/** How many sentences name both parties: counted once per pair and document, for the facts that share it. */
function togetherCount(block: BlockCounts, a: string, b: string): number {
  let byB = block.togetherCounts.get(a);
  if (!byB) block.togetherCounts.set(a, (byB = new Map()));
  let count = byB.get(b);
  if (count === undefined) {
    count = 0;
    for (const t of block.together) if (t.has(a) && t.has(b)) count++;
    byB.set(b, count);
  }
  return count;
}

/** The index of the name "type*status=acsa|concluded", found by type then status. */
function typeStatusName(type: string, status: string): number {
  let byStatus = TYPE_STATUS.get(type);
  if (!byStatus) TYPE_STATUS.set(type, (byStatus = new Map()));
  let id = byStatus.get(status);
  if (id === undefined) byStatus.set(status, (id = featureId(`type*status=${type}|${status}`)));
  return id;
}
const TYPE_STATUS = new Map<string, Map<string, number>>();
