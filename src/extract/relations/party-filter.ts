// Which party mentions in a sentence can be parties to a tie: not the rival a tie is aimed at ("amid China's
// buildup"), not a newspaper ("Japan Times"), and a capital after "in" is a place before it is a government.
import type { PartyMention } from '../lexicon/party-mention.js';

export interface SentenceMention extends PartyMention {
  /** "in Tokyo", "at Camp X, Philippines": a venue; used only when nothing else names the second party. */
  place: boolean;
  /** Named as the threat or rival, not as a partner. */
  rival: boolean;
  /** Named as an onlooker ("observers from Canada"): never a party. */
  excluded: boolean;
}

const RIVAL_BEFORE =
  /\b(?:amid|against|(?:condemnation|criticism|protests?|warnings?|objections?|anger|ire|rebuke) (?:from|by)|counter(?:ing)?|counterbalance|deter(?:ring)?|rival(?:ry)?|threats? (?:from|of|posed by)|pressure from|tensions? with|disputes? with|dispute between|at odds with|confront(?:ing)?|contain(?:ing)?|aggression (?:by|from)|invasion (?:of|by)|war (?:on|in|with)|conflict with|annexation of|reliance on|dependence on|influence of|concerns? (?:over|about)|wary of|vis-a-vis|versus|vs\.?|face of|faces? tensions in its [\w ]+ with)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$/i;
const RIVAL_AFTER =
  /^(?:'s?)?\s+(?:growing |increasing |rising |increasingly |continued |military |maritime |expanding |aggressive |coercive |recent |illegal |full-scale )*(?:condemn\w*|protest\w*|criticiz\w*|criticis\w*|denounc\w*|slamm?\w*|warn(?:s|ed)?|oppos\w*|object(?:s|ed)|buildup|build-up|assertiveness|assertive|aggression|aggressive|threats?|expansion|expansionism|coercion|invasion|incursions?|provocations?|claims|militari[sz]ation|rise|influence|clout|intimidation|war|attack|missile launches|nuclear|hostility|annexation|policy to allow)\b/i;
const MEDIA_AFTER =
  /^\s+(?:Times|Today|News|Herald|Daily|Post|Tribune|Press|Gazette|Journal|Broadcasting|Inquirer|Star|Observer|Monitor|Insider|Forum)\b/;
const PLACE_BEFORE =
  /\b(?:in|at|near|outside|across|around|off|over|inside|within|throughout|visit(?:s|ed|ing)? to|trip to|arrived in|held in|based in|hosted in|off the coast of)\s+(?:the\s+)?(?:[A-Z][\w'-]*,?\s+){0,3}$/;
/** "G7 members", "NATO allies", "Group of Seven defense chiefs": the grouping describes others, it is not a party. */
const GROUPING_AS_ADJECTIVE =
  /^\s+(?:(?:defen[cs]e|foreign|finance|military)\s+)?(?:members?|member states|countries|nations|partners|allies|chiefs|ministers|leaders|summit|counterparts)\b/i;
/** Onlookers: the list after "observers from" runs through names and "and", not past a verb. */
const EXCLUDED_BEFORE =
  /\b(?:[Nn]eighbou?r(?:ing)? (?:of|to)|[Bb]orders? with|[Bb]ordering|[Bb]order of)\s+(?:the\s+)?$|\b(?:[Oo]bservers?|[Oo]bserver nations?|[Oo]bserver countries)\s+(?:from|of|including)\s+(?:(?:[A-Z][\w'-]*|and|the|of|as well as),?\s+){0,12}$/;

export function classifyMentions(
  sentence: string,
  offset: number,
  mentions: PartyMention[],
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const m of mentions) {
    const s = m.start - offset;
    const e = m.end - offset;
    const before = sentence.slice(Math.max(0, s - 60), s);
    const after = sentence.slice(e, e + 60);
    if (m.kind !== 'person' && m.kind !== 'firm' && MEDIA_AFTER.test(after)) continue;
    const rival = RIVAL_BEFORE.test(before) || (m.kind !== 'person' && RIVAL_AFTER.test(after));
    const place = (m.kind === 'capital' || m.kind === 'name') && PLACE_BEFORE.test(before);
    const excluded =
      EXCLUDED_BEFORE.test(sentence.slice(Math.max(0, s - 200), s)) ||
      (m.kind === 'grouping' && GROUPING_AS_ADJECTIVE.test(after));
    out.push({ ...m, place, rival, excluded });
  }
  return out;
}
