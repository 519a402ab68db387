// Other readings of a trigger's parties than the one the rules chose: every pair the sentence names, the
// whole list for events with many participants, a grouping with each state, the pair in play. They give the
// trained scorer (extract/scorer/) the recall the rules alone miss; it weighs each one by its signals.
import { isGroupingCode } from '../../parties/groupings.js';
import type { FactType, PartyCode } from '../../schema/fact.js';
import { equipmentOrigin } from '../lexicon/equipment-origin.js';
import { recent, uniq, type Discourse } from './discourse.js';
import type { Trigger } from './find-triggers.js';
import type { SentenceMention } from './party-filter.js';
import type { PartyGroup } from './party-groups.js';
import { DISTRIBUTIVE_MARKERS } from './signals.js';
import { SEPARATE } from './choose-parties.js';

/** Types whose one event or instrument can have many parties: the whole list is a reading of its own. */
const MANY_PARTIES: ReadonlySet<FactType> = new Set([
  'joint_exercise',
  'high_level_meeting',
  'joint_development',
  'two_plus_two',
  'defense_mou',
  'security_treaty',
]);

/** Past this many parties in a sentence, pairs are read only among the first few: long lists are events. */
const PAIR_LIMIT = 4;

/** A distributive list ("clients including A, B, C, D and E") pairs at most this many members with each partner. */
const LIST_LIMIT = 12;

export function alternativeParties(
  text: string,
  trigger: Trigger,
  mentions: readonly SentenceMention[],
  sentence: number,
  discourse: Discourse,
  groups: readonly PartyGroup[] = [],
): PartyCode[][] {
  const codes = uniq(mentions.filter((m) => !m.excluded).map((m) => m.code));
  const out: PartyCode[][] = [];
  if (trigger.type === 'membership') {
    // "NATO members" is excluded as a party of other ties, but it is the grouping of a membership.
    const groupings = uniq(mentions.map((m) => m.code)).filter((c) => isGroupingCode(c));
    for (const g of groupings) for (const c of codes) if (!isGroupingCode(c)) out.push([g, c]);
    return out;
  }
  const states = trigger.type === 'equipment_transfer' ? codes.filter((c) => !isGroupingCode(c)) : codes;
  const head = states.slice(0, PAIR_LIMIT);
  if (trigger.type === 'equipment_transfer') {
    for (const a of head) for (const b of head) if (a !== b) out.push([a, b]);
    // Who may supply when the sentence does not say: the maker of the system, a firm's state, the subject in
    // play, the party the article is about.
    const suppliers = uniq(
      [
        equipmentOrigin(text)?.code,
        ...mentions.filter((m) => m.kind === 'firm').map((m) => m.code),
        recent(discourse.lastSubject, sentence, 3)?.code,
        discourse.focal,
      ].filter((c): c is PartyCode => !!c),
    );
    for (const supplier of suppliers) for (const c of head) if (c !== supplier) out.push([supplier, c]);
    for (const member of listedBeyond(groups, head))
      for (const supplier of suppliers) if (member !== supplier) out.push([supplier, member]);
  } else {
    for (let i = 0; i < head.length; i++)
      for (let j = i + 1; j < head.length; j++) out.push([head[i]!, head[j]!]);
    // "held separate meetings with A and B": pairs, never one meeting of all three.
    const separate = SEPARATE.test(text.slice(Math.max(0, trigger.start - 25), trigger.end + 15));
    if (MANY_PARTIES.has(trigger.type) && states.length >= 3 && !separate) out.push(states);
    // "arrangements with A, B, C, D and E": each member with the party outside the list, however long it is.
    const members = listedBeyond(groups, head);
    if (members.length > 0) {
      const outside = uniq(
        [...states.filter((c) => !groups.some((g) => g.codes.includes(c))), discourse.focal].filter(
          (c): c is PartyCode => !!c,
        ),
      ).slice(0, 2);
      for (const member of members)
        for (const other of outside) if (other !== member) out.push([other, member]);
    }
  }
  if (states.length <= 1) {
    // One party named: its partner is the pair in play, or the party the article is about.
    const one = states[0];
    const pair = recent(discourse.lastPair, sentence)?.codes;
    if (one) {
      const partner = pair?.includes(one) ? pair.find((c) => c !== one) : undefined;
      for (const other of uniq([partner, discourse.focal].filter((c): c is PartyCode => !!c)))
        if (other !== one) out.push(trigger.type === 'equipment_transfer' ? [other, one] : [one, other]);
      // The one state named may be the seller ("talks with Sweden on the procurement of jets"), and the partner
      // in play, or the state the article is about, the buyer.
      if (trigger.type === 'equipment_transfer')
        for (const other of uniq([partner, discourse.focal].filter((c): c is PartyCode => !!c)))
          if (other !== one) out.push([one, other]);
    } else if (pair) out.push(pair);
  }
  // Two members of one distributive list ("sales to A and B") are each the other side's partner, never a
  // pair of their own.
  const lists = groups.filter((g) => g.codes.length >= 2 && DISTRIBUTIVE_MARKERS.has(g.marker));
  return out.filter(
    (parties) => parties.length !== 2 || !lists.some((g) => parties.every((c) => g.codes.includes(c))),
  );
}

/** Members of the sentence's distributive lists that the first few parties leave out. */
function listedBeyond(groups: readonly PartyGroup[], head: readonly PartyCode[]): PartyCode[] {
  // A loop, not filter and flatMap: asked for every trigger, of a sentence that mostly has no such list.
  const members: PartyCode[] = [];
  for (const g of groups)
    if (g.codes.length >= 2 && DISTRIBUTIVE_MARKERS.has(g.marker))
      for (const c of g.codes.slice(0, LIST_LIMIT))
        if (!head.includes(c) && !isGroupingCode(c)) members.push(c);
  return uniq(members);
}
