// Which party mentions in a sentence can be parties to a tie: not the rival a tie is aimed at ("amid China's
// buildup"), not a newspaper ("Japan Times"), and a capital after "in" is a place before it is a government.
import type { PartyMention } from '../lexicon/party-mention.js';
import { compileFamily } from '../phrasebook/compile.js';
import {
  EXCLUDED_AFTER_FAMILY,
  EXCLUDED_BEFORE_FAMILY,
  GROUPING_AS_ADJECTIVE_FAMILY,
  MEDIA_AFTER_FAMILY,
  NEAR_PLACE_FAMILY,
  PLACE_BEFORE_FAMILY,
  RIVAL_AFTER_FAMILY,
  RIVAL_BEFORE_FAMILY,
  DISCUSS_VERB,
  DISCUSSED_BEFORE_FAMILY,
  TOPIC_BEFORE_FAMILY,
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
const MEDIA_AFTER = compileFamily(MEDIA_AFTER_FAMILY);
/** Anything after "discussed" with no "with" between: what a meeting was about (a transfer may still name it). */
const DISCUSSED_BEFORE = compileFamily(DISCUSSED_BEFORE_FAMILY);
const DISCUSS_WORD = new RegExp(String.raw`\b(?:${DISCUSS_VERB})\b`, 'i');
/** The matter discussed ("they discussed Ukraine, Gaza and ..."): never a party. */
const TOPIC_BEFORE = compileFamily(TOPIC_BEFORE_FAMILY);
const PLACE_BEFORE = compileFamily(PLACE_BEFORE_FAMILY);
const NEAR_PLACE = compileFamily(NEAR_PLACE_FAMILY);
/** "G7 members", "NATO allies", "Group of Seven defense chiefs": the grouping describes others, it is not a party. */
const GROUPING_AS_ADJECTIVE = compileFamily(GROUPING_AS_ADJECTIVE_FAMILY);
/** Onlookers: the list after "observers from" runs through names and "and", not past a verb. */
const EXCLUDED_BEFORE = compileFamily(EXCLUDED_BEFORE_FAMILY);
/** Onlookers named before their role: "Japanese observers", "Chile attended as an observer". */
const EXCLUDED_AFTER = compileFamily(EXCLUDED_AFTER_FAMILY);

export function classifyMentions(
  sentence: string,
  offset: number,
  mentions: PartyMention[],
): SentenceMention[] {
  const out: SentenceMention[] = [];
  // Most sentences discuss nothing: the per-mention test of everything before it runs only where one does.
  const discussing = DISCUSS_WORD.test(sentence);
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    const before = sentence.slice(Math.max(0, s - 60), s);
    const after = sentence.slice(e, e + 60);
    if (m.kind !== 'person' && m.kind !== 'firm' && MEDIA_AFTER.test(after)) continue;
    // "a major non-NATO ally", "non-EU states": the grouping is named only to say who is outside it.
    if (m.kind === 'grouping' && /\bnon-\s*$/i.test(before)) continue;
    const rival = RIVAL_BEFORE.test(before) || (m.kind !== 'person' && RIVAL_AFTER.test(after));
    const place = (m.kind === 'capital' || m.kind === 'name') && PLACE_BEFORE.test(before);
    const excluded =
      (place && NEAR_PLACE.test(before)) ||
      EXCLUDED_BEFORE.test(sentence.slice(Math.max(0, s - 200), s)) ||
      (m.kind !== 'person' && TOPIC_BEFORE.test(before)) ||
      (m.kind !== 'person' && EXCLUDED_AFTER.test(after)) ||
      (m.kind === 'grouping' && GROUPING_AS_ADJECTIVE.test(after));
    const topic = discussing && DISCUSSED_BEFORE.test(sentence.slice(0, s));
    out.push({ ...m, place, rival, excluded, topic });
  }
  return out;
}
