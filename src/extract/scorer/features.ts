// The features the trained scorer weighs for one fact: what kind of tie and status it is, whether the rules
// chose it or it is another reading, how directly its sentences tie its parties to the trigger, and how much
// of the document speaks for it. Named features (not positions) so a model file reads as what it learned.
import { isGroupingCode } from '../../parties/groupings.js';
import type { Fact } from '../../schema/fact.js';
import type { AnalyzedDocument, Candidate } from '../document.js';
import { compileEntries } from '../phrasebook/compile.js';
import { CIVIL_CONTEXT_FAMILY, DEFENSE_CONTEXT_FAMILY } from '../phrasebook/readings.js';
import { partySetKey } from '../../parties/party-set.js';

export type Features = Record<string, number>;

/** Everything the document says that the features of one fact compare against. */
export interface DocumentContext {
  /** Mentions of each party in the whole text. */
  mentions: Map<string, number>;
  focal: string | null;
  /** Keys "type|parties" with the statuses read for them, and whether the rules read them. */
  readings: Map<string, { statuses: Set<string>; rule: boolean }>;
  /** Parties sets (sorted, joined) the rules read for any type. */
  rulePairs: Set<string>;
  sentences: number;
  /** The parties each sentence names, for how often a reading's parties are named together. */
  together: Array<ReadonlySet<string>>;
  /** All party mentions in the text. */
  totalMentions: number;
  /** Per sentence: whether it speaks of defense (troops, arms, security...). */
  defense: boolean[];
  /** The share of the document's sentences that do. */
  defenseShare: number;
  /**
   * Per sentence that carries a candidate: whether it speaks of something outside defense (health ministers,
   * a trade pact).
   */
  civil: boolean[];
  /** The article's publication date, against which a fact's date is before or after. */
  published: string | null;
}

/**
 * "Signed" and "in force" said of one agreement in one article are one fact seen twice (a text rarely
 * separates the two): the status part of a fact's identity.
 */
export function factStatusKey(status: string): string {
  return status === 'in_force' ? 'concluded' : status;
}

export function documentContext(doc: AnalyzedDocument, candidates: readonly Candidate[]): DocumentContext {
  const mentions = new Map<string, number>();
  for (const m of doc.parties) mentions.set(m.code, (mentions.get(m.code) ?? 0) + 1);
  let focal: string | null = null;
  for (const [code, n] of mentions) if (!focal || n > mentions.get(focal)!) focal = code;
  const readings = new Map<string, { statuses: Set<string>; rule: boolean }>();
  const rulePairs = new Set<string>();
  for (const c of candidates) {
    const pk = partySetKey(c.parties);
    const key = `${c.type}|${pk}`;
    const had = readings.get(key) ?? { statuses: new Set<string>(), rule: false };
    had.statuses.add(factStatusKey(c.status));
    had.rule ||= c.origin === 'rule';
    readings.set(key, had);
    if (c.origin === 'rule') rulePairs.add(pk);
  }
  const together: Array<Set<string>> = doc.sentences.map(() => new Set<string>());
  let s = 0;
  for (const m of doc.parties) {
    while (s < doc.sentences.length && doc.sentences[s]!.end <= m.start) s++;
    together[s]?.add(m.code);
  }
  const defense = doc.sentences.map((x) => DEFENSE_CONTEXT.test(x.text));
  // Read only for the sentences that carry a candidate: no feature asks about the others.
  const civil: boolean[] = [];
  for (const c of candidates) civil[c.sentence] ??= CIVIL_CONTEXT.test(doc.sentences[c.sentence]!.text);
  return {
    published: doc.published,
    civil,
    defense,
    defenseShare: defense.filter(Boolean).length / Math.max(1, defense.length),
    mentions,
    focal,
    readings,
    rulePairs,
    sentences: doc.sentences.length,
    together: together.filter((t) => t.size > 1),
    totalMentions: doc.parties.length,
  };
}

const DEFENSE_CONTEXT = compileEntries(DEFENSE_CONTEXT_FAMILY.entries, DEFENSE_CONTEXT_FAMILY.flags);
const CIVIL_CONTEXT = compileEntries(CIVIL_CONTEXT_FAMILY.entries, CIVIL_CONTEXT_FAMILY.flags);

/**
 * A feature name made of a prefix and a value ("type=acsa"), the same string each time: a name built afresh
 * for every fact is a new string to hash, in the fact's features and again in the model's weights.
 */
function named(prefix: string, value: string): string {
  let byValue = NAMES.get(prefix);
  if (!byValue) NAMES.set(prefix, (byValue = new Map()));
  let name = byValue.get(value);
  if (name === undefined) byValue.set(value, (name = prefix + value));
  return name;
}
const NAMES = new Map<string, Map<string, string>>();

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

/** A 0..1 scale for counts and distances whose first steps matter most. */
const squash = (n: number, scale: number): number => 1 - Math.exp(-n / scale);

export function factFeatures(fact: Fact, candidates: readonly Candidate[], ctx: DocumentContext): Features {
  // A dictionary from the start (no prototype): each fact gains its own ~20 names, and an ordinary object
  // takes a new hidden class with each, which costs several times the scoring itself.
  const f = Object.create(null) as Features;
  const on = (name: string, value = 1): void => {
    f[name] = (f[name] ?? 0) + value;
  };
  const { type, status } = fact;
  const rule = candidates.some((c) => c.origin === 'rule');
  const sentences = new Set(candidates.map((c) => c.sentence));
  const ruleSentences = new Set(candidates.filter((c) => c.origin === 'rule').map((c) => c.sentence));
  on(named('type=', type));
  on(named('status=', status));
  on(named('type*status=', `${type}|${status}`));
  if (rule) {
    on('rule');
  }
  // How the rules named it, when they did: an anaphor restating a named instrument ("under the agreement")
  // is support, not a vaguer kind of fact.
  const naming = rule ? candidates.filter((c) => c.origin === 'rule') : candidates;
  for (const kind of new Set(naming.map((c) => c.kind))) on(named('kind=', kind));
  if (candidates.every((c) => c.statusFrom === 'cue')) {
    on('statusFromCue');
  }
  // Whether a cue in the trigger's clause speaks for this status or only for others.
  if (candidates.some((c) => c.cued.includes(status))) on('cueAgrees');
  else if (candidates.some((c) => c.cued.length > 0)) on('cueOther');
  // An event dated after the article is still to come; a transfer dated before it is under way or done.
  if (fact.date && ctx.published) {
    const told = ctx.published.slice(0, fact.date.length);
    if (fact.date > told) on('dateAfter');
    else if (fact.date < told) on('dateBefore');
  }
  on('support', squash(sentences.size - 1, 2));
  on('ruleSupport', squash(ruleSentences.size, 1.5));
  const n = fact.parties.length;
  on(n === 2 ? 'parties=2' : n === 3 ? 'parties=3' : 'parties>=4');
  if (n > 2) on(named('many*type=', type));
  if (fact.parties.some((p) => isGroupingCode(p))) on(named('grouping*type=', type));

  // The best sentence for the fact: the one that ties its parties to the trigger most directly.
  const min = { fromContext: 1e9, outsideClause: 1e9, rival: 1e9, excluded: 1e9, place: 1e9, indirect: 1e9 };
  let distance = 1e9;
  let crowd = 1e9;
  let bystanders = 0;
  let maker = -1;
  let listed = 0;
  for (const c of candidates) {
    const g = c.signals;
    min.fromContext = Math.min(min.fromContext, g.fromContext);
    min.outsideClause = Math.min(min.outsideClause, g.outsideClause);
    min.rival = Math.min(min.rival, g.rival);
    min.excluded = Math.min(min.excluded, g.excluded);
    min.place = Math.min(min.place, g.place);
    min.indirect = Math.min(min.indirect, g.indirect);
    distance = Math.min(distance, g.maxDistance);
    // A list member's siblings ("clients including A, B and C") are partners of their own, not a crowd.
    const own = Math.max(0, g.sentenceParties - n - g.listSiblings);
    if (own < crowd || (own === crowd && g.bystanders > bystanders)) bystanders = Math.min(own, g.bystanders);
    crowd = Math.min(crowd, own);
    listed = Math.max(listed, g.listSiblings);
    maker = Math.max(maker, g.makerSupplies);
  }
  for (const [name, value] of Object.entries(min)) if (value) on(name, value);
  on('distance', squash(distance, 60));
  on('crowd', squash(crowd, 2));
  // Of that crowd, the states named only as rivals, onlookers or venues: no competitor for the role.
  if (bystanders > 0) on('bystanders', squash(bystanders, 2));
  if (listed > 0) {
    on('listed');
  }
  if (!rule) on(named('alt*crowd*type=', type), squash(crowd, 2));
  // A reading of a trigger the rules read no parties for: not in competition with the rules' choice.
  if (!rule && candidates.some((c) => c.signals.orphan === 1)) on('orphan');
  if (type === 'equipment_transfer' && maker !== 0) on(maker > 0 ? 'makerSupplies' : 'makerReceives');
  const first = Math.min(...sentences);
  if (first === 0) on('headline');
  on('position', first / Math.max(1, ctx.sentences));
  if (candidates.some((c) => c.dateStated)) on('dateStated');
  // A health ministers' meeting or a trade memorandum is not a defense tie: the words around tell.
  const defenseSentence = candidates.some((c) => ctx.defense[c.sentence]);
  if (defenseSentence) on('defenseSentence');
  if (!defenseSentence && candidates.every((c) => ctx.civil[c.sentence])) on(named('civil*type=', type));
  on('defenseShare', ctx.defenseShare);

  // The document: a party named once is an aside more often than a party of a reported tie.
  const rarest = Math.min(...fact.parties.map((p) => ctx.mentions.get(p) ?? 0));
  on('rarest', squash(rarest, 3));
  if (ctx.focal && fact.parties.includes(ctx.focal)) on('focal');
  // Partners are named together again and again; a rival or a venue, once.
  const [a, b] = fact.parties;
  const both = ctx.together.filter((t) => t.has(a!) && t.has(b!)).length;
  on('together', squash(both - 1, 2));
  const share = fact.parties.reduce((sum, p) => sum + (ctx.mentions.get(p) ?? 0), 0);
  on('share', share / Math.max(1, ctx.totalMentions));
  const pk = partySetKey(fact.parties);
  const reading = ctx.readings.get(`${type}|${pk}`);
  if (reading && reading.statuses.size > 1) on('otherStatuses', reading.statuses.size - 1);
  if (!rule && reading?.rule) on('ruleReadOtherStatus');
  if (!rule && ctx.rulePairs.has(pk)) on('rulePairOtherType');
  return f;
}
