// Words for meetings, official roles and equipment: what a high-level meeting, a 2+2 or a transfer is made of.

/** A meeting of leaders, ministers or staff. "talks" toward an agreement are negotiation, not a meeting (see below). */
export const MEETING =
  /\b(?:met|meets|meeting|meetings|host|hosts|hosting|will host|summit(?:ry)?|held talks|hold talks|holds talks|phone talks|telephone talks|phone call|telephone call|video call|video conference|talks (?:with|in|at|on the sidelines)|(?:their|bilateral|trilateral|summit|ministerial|leaders'?|high-level|the)\s+talks|(?:state|official|working) (?:visit|go to)|visit(?:s|ed|ing)?\b|trip to|called on|hosted|received (?:his|her|their)|(?:received|receives|welcomed|welcomes) (?:the )?(?:visiting )?(?:[A-Z][\w-]*\s+){0,3}(?:[Dd]eputy\s+|[Vv]ice\s+)?(?:[Pp]rime [Mm]inister|[Pp]resident|[Dd]efen[cs]e [Mm]inister|[Ff]oreign [Mm]inister|[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Kk]ing|delegation|counterpart)|dialogue|consultations)\b/gi;

/** "talks" and "meeting" words that are really about negotiating an instrument. */
export const NEGOTIATION_TALKS =
  /\b(?:in|start|begin|launch|formal|official|resume)\w*\s+(?:formal\s+)?talks\b|\btalks\s+(?:on|toward|towards|over|about)\s+(?:a|an|the)\b/i;

export const FOREIGN_ROLE =
  /\bforeign (?:minister|secretary|ministers|secretaries|ministry chief)|\bminister (?:of|for) foreign affairs\b|\bsecretary of state\b(?! for (?:defen[cs]e|protection))|\bexternal affairs minister\b|\btop diplomats?\b|\bforeign and (?:defen[cs]e|protection)\b/i;

export const DEFENSE_ROLE =
  /\b(?:defen[cs]e|protection) (?:minister|secretary|ministers|secretaries|chiefs?)\b|\bminist(?:er|ers) (?:of|for) (?:national )?(?:defen[cs]e|protection)\b|\bsecretary (?:of|for) (?:defen[cs]e|protection|war)\b|\bsecretary of state for (?:defen[cs]e|protection)\b|\band (?:defen[cs]e|protection) ministers?\b/i;

/** Heads of state or government and ministers: their meeting is a high-level meeting. */
export const OFFICIAL =
  /\b(?:prime minister|president|chancellor|king|queen|emperor|premier|leaders?|ministers?|secretar(?:y|ies)|chiefs?|commanders?|admiral|general|ambassador|envoys?|officials?|delegations?|counterparts?|PM)\b/i;

/** Things a transfer moves. */
export const EQUIPMENT =
  /\b(?:weapons?|arms|missiles?|munitions?|ammunition|ships?|vessels?|boats?|frigates?|destroyers?|corvettes?|submarines?|patrol (?:ships|boats|vessels)|aircraft|planes?|jets?|fighters?|helicopters?|drones?|UAVs?|unmanned (?:aerial )?(?:systems?|vehicles?)|tanks?|howitzers?|artillery|radars?|rifles?|batteries|launchers?|interceptors?|air defen[cs]e systems?|equipment|components?|parts|gyros?|engines?|systems?|hardware|materiel|armou?red vehicles?|vehicles?|trainer aircraft|F-\d+\w*|[A-Z][A-Za-z]*-\d+\w*)/;

const SUPPLY = String.raw`send|sends|sent|sending|lend|lends|lent|leas(?:e|es|ed|ing)|export(?:s|ed|ing)?|sell(?:s|ing)?|sold|sales?|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|provision|donat(?:e|es|ed|ing|ion)|deliver(?:s|ed|ing|y|ies)?|transfer(?:s|red|ring)?|hand(?:s|ed)? over|gift(?:s|ed)?|give|gives|gave|offer(?:s|ed)?|shipped`;
const ACQUIRE = String.raw`t(?:ook|akes?|aking) (?:the )?delivery|purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|procur(?:e|es|ed|ing|ement)|acquir(?:e|es|ed|ing)|acquisition|import(?:s|ed|ing)?|order(?:s|ed)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed)?`;

export const SUPPLY_VERB = new RegExp(String.raw`\b(?:${SUPPLY})\b`, 'gi');
export const ACQUIRE_VERB = new RegExp(String.raw`\b(?:${ACQUIRE})\b`, 'gi');
