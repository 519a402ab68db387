// Words that name each kind of tie. Translated and machine-spun variants are listed beside the usual names
// ("Mutual Access Agreement", "Reciprocal Materials and Labor Services Agreement", "Minister of Protection").
import type { FactType } from '../../schema/fact.js';

export interface TriggerPattern {
  type: FactType;
  pattern: RegExp;
  /** A named instrument ("the ACSA") rather than an activity ("drills"): statuses come from agreement cues. */
  instrument: boolean;
}

const DEF = 'defen[cs]e|protection'; // "protection" is how a spinner rewrites "defense"
const AGREEMENT_WORDS = 'agreements?|accords?|pacts?|deals?|treaty|treaties|arrangements?';
const AGREEMENT = `(?:${AGREEMENT_WORDS})`;

const t = (type: FactType, instrument: boolean, source: string, flags = 'gi'): TriggerPattern => ({
  type,
  instrument,
  pattern: new RegExp(source, flags),
});

export const TRIGGERS: readonly TriggerPattern[] = [
  t(
    'two_plus_two',
    true,
    `\\b(?:2\\s?\\+\\s?2|two[- ]plus[- ]two)(?![\\d])|\\bforeign and (?:${DEF}) minist(?:ers?|erial)(?:'|’)?s?\\s+(?:meeting|talks|consultations?|dialogue|conference)|\\b(?:${DEF}) and foreign minist(?:ers?|erial)(?:'|’)?s?\\s+(?:meeting|talks|consultations?|dialogue)|\\bjoint foreign and (?:${DEF}) ministerial consultations|\\bsecurity consultative committee\\b`,
  ),
  t(
    'information_security',
    true,
    `\\bGSOMIA\\b|\\bCOMCASA\\b|\\bBECA\\b|\\bbasic exchange and cooperation agreement\\b|\\bcommunications compatibility and security agreement\\b|\\bgeneral security of (?:military )?information agreements?|\\b(?:military )?(?:information|intelligence)[- ](?:security|protection|sharing)\\s+${AGREEMENT}|\\b(?:security|protection|exchange) of (?:classified |military )?information\\s+${AGREEMENT}|\\bintelligence[- ]sharing\\b|\\bclassified (?:military )?information\\b`,
  ),
  t(
    'equipment_transfer_agreement',
    true,
    `\\btransfers? of (?:${DEF}|military) equipment and technolog(?:y|ies)\\b|\\b(?:${DEF}|military) equipment and technolog(?:y|ies) transfers?\\b|\\b(?:${DEF}|military) equipment and technology (?:cooperation )?${AGREEMENT}|\\b(?:${DEF}|military) equipment (?:transfer|cooperation) ${AGREEMENT}`,
  ),
  t(
    'acsa',
    true,
    `\\bACSAs?\\b|\\bLEMOA\\b|\\bMLSA\\b|\\blogistics exchange memorandum of agreement\\b|\\bmutual logistics support\\b|\\breciprocal provision of logistics?(?:al)? support\\b|\\blogistics?(?:al)? (?:exchange|sharing|cooperation) ${AGREEMENT}|\\bacquisition and cross[- ]servicing\\b|\\bcross[- ]servicing\\b|\\breciprocal (?:provision|supply) of (?:supplies|materials|goods)\\b|\\breciprocal materials and (?:labou?r|manpower) services\\b|\\bsupply[- ]sharing\\b|\\blogistics?(?:al)? support ${AGREEMENT}|\\bexchanges? of supplies and (?:logistic(?:al)?|services)`,
  ),
  t(
    'reciprocal_access',
    true,
    `\\breciprocal access\\b|\\bRAAs?\\b|\\bmutual access ${AGREEMENT}|\\bvisiting forces? ${AGREEMENT}|\\bVFAs?\\b|\\bstatus of (?:visiting )?forces? ${AGREEMENT}|\\bSOFAs?\\b|\\bagreement on reciprocal access\\b`,
  ),
  t(
    'security_treaty',
    true,
    `\\b(?:mutual|collective)[- ]defen[cs]e (?:treaty|pact|agreement)\\b|\\bsecurity treaty\\b|\\b(?:military|${DEF}|defen[cs]e cooperation) guidelines\\b|\\bjoint declaration on security cooperation\\b|\\bguidelines for (?:${DEF}) cooperation\\b|\\btreaty of (?:mutual cooperation|alliance)\\b`,
  ),
  t(
    'defense_mou',
    true,
    `\\bmemorand(?:um|a) of understanding\\b|\\bMOUs?\\b|\\bMoUs?\\b|\\bsecurity of supply arrangement|\\bSOSA\\b|\\b(?:${DEF}) cooperation (?:agreement|accord|arrangement|memorandum)\\b|\\b(?:${DEF}) exchanges? (?:memorandum|arrangement)`,
  ),
  t(
    'joint_exercise',
    false,
    `\\b(?:exercises|drills?|war[- ]?games|maneuvers|manoeuvres|(?:joint|combined|coordinated) (?:\\w+ ){0,2}(?:training|patrols?|sails?|sailing|operations?)|maritime cooperative activit(?:y|ies)|(?:combined|bilateral|trilateral|multilateral|joint|military|naval|air|maritime|field training|amphibious) exercise)\\b|\\b(?:the|an?|annual|this)\\s+(?:\\w+\\s+){0,2}exercise\\b(?!\\s+(?:the|of|its|their|a|his|her)\\b)|\\bExercise\\s+[A-Z][a-z]+|\\b(?:Balikatan|Malabar|RIMPAC|Talisman Sabre|Pitch Black|Cope North|Keen Sword|Keen Edge|Orient Shield|Garuda Shield|Cobra Gold|Freedom Shield|Ulchi Freedom Shield|Resolute Dragon|Kamandag|Sama Sama|Iron Fist|Southern Jackaroo|Nishtar|Dharma Guardian|Shinyuu Maitri|Veer Guardian|JIMEX|Vigilant Isles)\\b`,
  ),
  t(
    'joint_development',
    false,
    `\\bjoint (?:research|development|production)\\b|\\bco-?develop(?:s|ed|ing|ment)?\\b|\\bco-?produc(?:e|es|ed|ing|tion)\\b|\\bjointly (?:develop|produc|research)\\w*|\\bcooperative (?:development|research)\\b|\\bcooperative growth\\b|\\bdevelop(?:ed|ing)? (?:\\w+ ){0,4}jointly\\b|\\b(?:being |be )?(?:develop|produc|build)(?:ed|ing)? (?:jointly )?(?:together )?with\\b|\\bGlobal Combat Air Programme\\b|\\bGCAP\\b`,
  ),
  t(
    'membership',
    false,
    `\\b(?:join|joining|joined|joins|accession to|accede to|membership (?:in|of)|member of|apply to join|applied to join|bid to join|become a member|role in|part of|members? of|partners? in|participat\\w* in)\\b`,
  ),
];

/**
 * "their defense agreement", "a new defence pact": an umbrella security instrument, unless the sentence also
 * names a specific one ("a defense pact to facilitate exchanges of supplies" is an ACSA).
 */
export const UMBRELLA_AGREEMENT =
  /\b(?:defen[cs]e|security|military)\s+(?:cooperation\s+|partnership\s+)?(?:agreement|pact|treaty|accord)\b|\bdefen[cs]e partnership\b(?!\s+framework)|\bmutual (?:defen[cs]e|assistance) clause\b/gi;

/** Words that name some agreement without saying which: they take their type from what came before. */
export const GENERIC_AGREEMENT =
  /\b(?:(?:similar|such|the|this|that|these|a|an)\s+(?:new\s+|bilateral\s+|defen[cs]e\s+|security\s+|basic\s+)?(?:agreements?|accords?|pacts?|deals?|arrangements?))\b/gi;
