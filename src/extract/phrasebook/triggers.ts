// Phrasebook entries for the words that name each kind of tie (ontology "type"), one family per fact type.
import type { FactType } from '../../schema/fact.js';
import type { PhraseEntry, PhraseFamily } from './entry.js';

/** Nouns for a signed instrument; "agreement" also brings its synonyms "accord" and "pact". */
export const AGREEMENT = '(agreement[s]|deal[s]|treaty|treaties|arrangement[s])';

const instrument = (type: FactType) => ({ type, instrument: true });
const activity = (type: FactType) => ({ type, instrument: false });

const twoPlusTwo: PhraseEntry[] = [
  {
    name: 'two-plus-two: 2+2 name',
    yields: instrument('two_plus_two'),
    words: ['2[ ]+[ ]2', 'two_plus_two', '2_plus_2'],
    examples: [
      'Seoul and Canberra will hold their 2+2 in Sydney next month.',
      'Tokyo and Manila held their second 2-plus-2 security talks in Manila.',
      'India and Brazil agreed to launch a two-plus-two dialogue on maritime security.',
      'The ministers met for the 2 + 2 talks on Tuesday.',
    ],
    counterExamples: ['The score was 22 to 12 after the second half.', 'Add 2+20 and divide by four.'],
  },
  {
    name: 'two-plus-two: foreign and defense ministers meeting',
    yields: instrument('two_plus_two'),
    words: [
      "foreign and defense minist(er[s]|erial)['][s] (meeting[s]|talks|consultation[s]|dialogue|conference)",
      'joint foreign and defense ministerial consultations',
    ],
    examples: [
      "Poland and Germany held a Foreign and Defence Ministers' Meeting in Warsaw.",
      'The foreign and defense ministerial dialogue between Vietnam and India resumed.',
      'Kenya hosted the first foreign and protection ministers meeting with Turkey.',
    ],
    counterExamples: ['The foreign ministers of both countries met in Nairobi.'],
  },
  {
    name: 'two-plus-two: defense and foreign ministers meeting',
    yields: instrument('two_plus_two'),
    words: ["defense and foreign minist(er[s]|erial)['][s] (meeting[s]|talks|consultation[s]|dialogue)"],
    examples: [
      'The Brazilian defense and foreign ministers talks ended without a statement.',
      "Officials prepared the Defence and Foreign Ministers' Consultations due in Ankara.",
    ],
    counterExamples: ['The defense and foreign ministries issued separate statements.'],
  },
  {
    name: 'two-plus-two: security consultative committee',
    yields: instrument('two_plus_two'),
    words: ['security consultative committee'],
    examples: [
      'The Security Consultative Committee convened in Washington on Friday.',
      'A joint statement followed the security consultative committee session.',
    ],
    counterExamples: ['The security committee of the parliament met behind closed doors.'],
  },
];

const informationSecurity: PhraseEntry[] = [
  {
    name: 'information-security: GSOMIA and named pacts',
    yields: instrument('information_security'),
    words: [
      'GSOMIA',
      'COMCASA',
      'BECA',
      'basic exchange and cooperation agreement',
      'communications compatibility and security agreement',
      'general security of [military |classified ]information agreement[s]',
    ],
    examples: [
      'Seoul said the GSOMIA with Tokyo would stay in place.',
      'India and the United States signed BECA during the visit.',
      'Ankara and Warsaw signed a general security of classified information accord.',
    ],
    counterExamples: ['The general security situation in the region remains tense.'],
  },
  {
    name: 'information-security: information security agreement',
    yields: instrument('information_security'),
    words: [
      `[military ]information_security ${AGREEMENT}`,
      `[military ](information|intelligence)_(security|protection|sharing) ${AGREEMENT}`,
      `(security|protection|exchange) of [classified |military ]information ${AGREEMENT}`,
      // The same named after it: "a pact on intelligence sharing".
      `${AGREEMENT} on [the ][military |classified ](information|intelligence) (security|protection|sharing)`,
      // "a pact to safeguard classified defence data", "an agreement on protecting military information".
      `(${AGREEMENT}|deal) (to|on|for) (protect|safeguard|secure|share|exchange)[ing] [classified |military |defense |sensitive ][military |defense ](information|data|intelligence)`,
      // Translated names: "a military secrets protection arrangement", "a deal on the security of state secrets".
      `[military |state ](secret[s]|secrecy) (protection|security) ${AGREEMENT}`,
      `${AGREEMENT} on [the ][mutual ](protection|security) of [military |state |classified ]secrets`,
      // The protection as a noun: "a framework on the mutual protection of secret defence data".
      `(${AGREEMENT}|framework|deal) (on|for) the [mutual |reciprocal ](protection|security|exchange|sharing) of [classified |military |defense |sensitive ][military |defense ](information|data|intelligence)`,
      // Told by what it would let the two do: "a deal that would let both swap classified data".
      `(${AGREEMENT}|framework|pact) ~2 (allow|allows|allowing|let|lets|letting|enable|enables|enabling) ~6 (share|exchange|protect|swap) (classified|military|defense|sensitive|secret) ~1 (information|data|intelligence)`,
    ],
    examples: [
      'Poland and Korea concluded an information security agreement in Seoul.',
      'The two navies want an intelligence-sharing pact before the exercise.',
      'Saudi Arabia and Turkey signed a protection of classified information agreement.',
      'Vietnam and India inked an intelligence protection accord, state media said.',
      'Hanoi and Tokyo agreed to negotiate a pact to safeguard classified defense data.',
      'Rome and Canberra are weighing an agreement on information protection.',
      'Seoul and Hanoi are drafting a military secrets protection arrangement.',
      'Lima and Quito opened talks about a framework for the mutual protection of sensitive military data.',
      'Rome and Lima will negotiate a deal enabling their navies to swap classified data.',
    ],
    counterExamples: ['The information security team patched the servers overnight.'],
  },
  {
    name: 'information-security: intelligence sharing',
    yields: instrument('information_security'),
    words: ['intelligence_sharing', 'classified [military ]information'],
    examples: [
      'Kenya and the United Kingdom expanded intelligence sharing on al-Shabaab.',
      'The deal lets both sides exchange classified military information.',
    ],
    counterExamples: ['Police shared information about the suspects with Interpol.'],
  },
];

const equipmentTransferAgreement: PhraseEntry[] = [
  {
    name: 'equipment-transfer-agreement: equipment and technology transfer',
    yields: instrument('equipment_transfer_agreement'),
    words: [
      'transfer[s] of (defense|military) equipment and technolog(y|ies)',
      'transfer[s] of (defense|military) technolog(y|ies) and equipment',
      '(defense|military) equipment and technolog(y|ies) transfer[s]',
      `(defense|military) equipment and technology [cooperation ]${AGREEMENT}`,
      `(defense|military) equipment (transfer|cooperation) ${AGREEMENT}`,
      // "an equipment transfer deal with Hanoi": the kind's name, its field implied.
      `equipment transfer ${AGREEMENT}`,
      `${AGREEMENT} on [the transfer of ](defense|military) equipment`,
      `${AGREEMENT} (governing|covering|concerning|for) the transfer[s] of (defense|military) (equipment|technology)`,
    ],
    examples: [
      'Hanoi and Canberra inked a pact covering transfers of military equipment and technologies.',
      'Seoul and Manila are negotiating an agreement on defense equipment.',
      'Talks on a defense equipment transfer agreement with Poland opened in May.',
      'The protection equipment and technology transfer pact took effect last week.',
      'The accord governing the transfer of defence equipment took effect in 2016.',
      'Tokyo and Hanoi have an equipment transfer deal.',
    ],
    counterExamples: ['The factory will transfer its equipment to a new site in Gdansk.'],
  },
];

const acsa: PhraseEntry[] = [
  {
    name: 'acsa: named agreement',
    yields: instrument('acsa'),
    words: [
      'ACSA[s]',
      'LEMOA',
      'MLSA',
      'logistics exchange memorandum of agreement',
      'acquisition and cross_servicing',
      'cross_servicing',
    ],
    examples: [
      'Germany and Japan signed an ACSA to share fuel and ammunition.',
      'India and Australia operationalised their MLSA this year.',
      'Tokyo approved the reciprocal materials and labour services pact with Berlin.',
      'Berlin and Tokyo settled the acquisition and cross-servicing terms.',
    ],
    counterExamples: ['The acquisition of the company closed in March.'],
  },
  {
    name: 'acsa: logistics agreement',
    yields: instrument('acsa'),
    words: [
      'mutual logistics support',
      'reciprocal provision of logistic[s|al] support',
      // The ontology's own gloss of an ACSA, and its plainer forms.
      'reciprocal provision of supplies and services',
      '(reciprocal|mutual) (supply|provision|exchange) of (fuel|supplies|food|ammunition|spare parts|logistic[s|al] support)',
      `logistic[s|al] (exchange|sharing|cooperation) ${AGREEMENT}`,
      `logistic[s|al] support ${AGREEMENT}`,
      // "an agreement on logistics support", "a memorandum on mutual logistic support".
      `(${AGREEMENT}|arrangement|memorandum) on [mutual |reciprocal ]logistic[s|al] support`,
      `logistic[s|al] ${AGREEMENT}`,
      `(defense|military) logistic[s|al] ${AGREEMENT}`,
      '(provision|exchange) of (reciprocal|mutual) logistic[s|al] support',
      // Told by what it lets the forces do for each other: "an arrangement letting each military draw fuel".
      `(${AGREEMENT}|arrangement[s]|pact[s]) ~2 (allow|allows|allowing|let|lets|letting|enable|enables|enabling) ~6 (each other|one another|each side|either side|each military|each force|the other) ~6 (fuel|food|supplies|ammunition|spare parts|repairs)`,
      // The arrangement told by what it now permits, with no agreement word: "agreed that their ships can
      // draw fuel from one another's oilers".
      '(agreed|agree|agrees|decided|decide|decides) ~3 that ~6 (can|may|could|will be able to|would be able to) (refuel|resupply|replenish|take on fuel|take on supplies|draw fuel|draw supplies) ~8 (each other|one another)',
    ],
    examples: [
      'Brazil and France are close to a logistics support agreement for their navies.',
      'Seoul is weighing a military logistics pact with Canberra.',
      'The mutual logistics support arrangement covers fuel, food and spare parts.',
      'Hanoi and New Delhi discussed a logistical sharing pact.',
      'The two navies signed an agreement on logistics support for port calls.',
      'Lima and Quito concluded a pact on the exchange of mutual logistic support.',
      'They will negotiate a deal allowing each side to draw fuel and rations from the other.',
      'Oslo and Lisbon agreed that their frigates may resupply at one another’s ports.',
    ],
    counterExamples: [
      'The logistics company signed a lease for a new warehouse.',
      'The deal would allow the utility to import fuel from its neighbour.',
      'During the drill the two frigates refuelled from each other at sea.',
    ],
  },
  {
    name: 'acsa: reciprocal supplies',
    yields: instrument('acsa'),
    words: [
      'reciprocal (provision|supply) of (supplies|materials|goods)',
      'supply_sharing',
      'exchange[s] of supplies and (logistic[s|al]|services)',
    ],
    examples: [
      'The pact allows the reciprocal provision of supplies during exercises.',
      'Navies may now swap fuel through exchanges of supplies and services.',
      'The supply-sharing deal lets Korean ships refuel at Polish ports.',
    ],
    counterExamples: ['Supplies reached the flooded villages on Sunday.'],
  },
];

/** Forces stationed abroad, as the status agreements covering them name them. */
const TROOPS = String.raw`(?:troops|forces|soldiers|military\s+personnel|servicemen|service\s+members)\b`;
/** Foreign forces as a host sends them home: troops, or a contingent. */
const TROOPS_OR_CONTINGENT = String.raw`(?:troops|forces|soldiers|military\s+personnel|personnel|contingents?)\b`;

/**
 * A host sending foreign forces home, or their last troops leaving: the access they stood on is over
 * (find-triggers.ts reads these as an access ended, not in a sentence about a war, where troops leave ground).
 */
/** Forces another state keeps on a host's ground: its people, or the unit they serve in. */
const GUEST_FORCES = String.raw`(?:troops|forces|soldiers|sailors|airmen|marines|military\s+personnel|personnel|service\s+members|contingents?|brigade|battalion|battle\s?group|regiment|garrison|detachment)\b`;
/** How a stay is told: for now, still, for good ("are currently stationed", "have long been based"). */
const STAY_ADVERB = String.raw`(?:(?:currently|now|still|permanently|long|also|already|normally|today)\s+)`;
/** A count or share before the forces: "some 1,500", "thousands of", "about 80". */
const FORCE_COUNT = String.raw`(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|several|thousands\s+of|hundreds\s+of|[\d,]+)\s+)`;

/**
 * A state hosting another's forces, or those forces stationed on its ground: the access they stand on is in
 * force (find-triggers.ts reads these as such, not in a sentence about drills, where guests come and go).
 * The guests' demonym is inside the words; choose-parties.ts reads the host around them as for FORCES_SENT_HOME.
 */
export const FORCES_HOSTED_FAMILY: PhraseFamily = {
  name: 'forces hosted',
  flags: 'gi',
  entries: [
    {
      name: 'forces hosted: a host keeping foreign troops, or troops stationed there',
      yields: { type: 'reciprocal_access', status: 'in_force' },
      pattern: String.raw`\b(?:hosts|(?<!\b(?:the|a|an|as|co)[\s-])host|has\s+(?:long\s+)?hosted|have\s+(?:long\s+)?hosted)\s+${FORCE_COUNT}*(?:[\w.'’-]+\s+){1,2}?${GUEST_FORCES}|\b(?:[\w.'’-]+\s+){1,3}?${GUEST_FORCES}\s+(?:(?:that|which|who)\s+)?(?:have|has|is|are|remain|remains)\s+${STAY_ADVERB}{0,2}(?:been\s+|being\s+)?${STAY_ADVERB}?(?:stationed|based|garrisoned)\b(?:\s+permanently\b)?`,
      examples: [
        'Bahrain hosts British sailors at a naval base near Manama.',
        'Muscat already hosts British marines under a 2019 accord.',
        'Egyptian soldiers are stationed in Somalia under a 2024 pact.',
        'Oman and Qatar host British forces at two air bases.',
        'About 700 Belgian soldiers are currently stationed in Romania.',
        'Czech troops have long been based in Slovakia.',
        'A Swedish battalion is being stationed permanently in Finland.',
        'The ministry thanked the Greek contingent that has been based in Cyprus for decades.',
      ],
      counterExamples: [
        'Kenya hosts the East African summit in May.',
        'Chilean soldiers were sent to the Atacama desert for training.',
        'French troops had been stationed in Chad until 2024.',
      ],
    },
    {
      // "the Dutch contingent stationed in Iraq", "American troops based in Kuwait": the forces named by where
      // they stay, with no verb of their own. Not "stationed near the border" (no host), nor "to be stationed"
      // (a plan, read by the agreement entries that allow it).
      name: 'forces hosted: forces named by where they are stationed',
      yields: { type: 'reciprocal_access', status: 'in_force' },
      pattern: String.raw`\b(?:[\w.'’-]+\s+){1,3}?${GUEST_FORCES}\s+(?:(?:now|currently|permanently)\s+)?(?:stationed|garrisoned)\s+(?:permanently\s+)?(?:in|at|on)\b`,
      examples: [
        'The Turkish contingent stationed in Qatar will grow.',
        'Roughly 3,000 American troops stationed in Kuwait marched in the parade.',
      ],
      counterExamples: [
        'Troops stationed near the border were put on alert.',
        'Polish soldiers will be stationed in Latvia next year.',
      ],
    },
    {
      // "Britain keeps about 1,000 troops in Estonia": the subject is the guest, the state after "in" the host
      // (choose-parties.ts reads the keeper as the forces' owner).
      name: 'forces hosted: a state keeping its forces on foreign ground',
      yields: { type: 'reciprocal_access', status: 'in_force' },
      pattern: String.raw`\b(?:(?:keeps|has\s+kept|have\s+kept|maintains|has\s+maintained|have\s+maintained)\s+${FORCE_COUNT}*(?:its\s+|their\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,2}?${GUEST_FORCES}(?:\s+(?:stationed|based))?|(?:has|have)\s+${FORCE_COUNT}*(?:[\w.'’-]+\s+){0,2}?${GUEST_FORCES}\s+(?:stationed|based))(?=\s+(?:in|on)\s+(?!(?:high\s+|full\s+|combat\s+)?(?:alert|standby|reserve|readiness|duty|hand)\b))`,
      examples: [
        'Britain keeps about 1,000 troops in Estonia.',
        'Paris has maintained a garrison in Gabon since 1960.',
        'Canada has some 2,000 soldiers based in Latvia.',
      ],
      counterExamples: [
        'The ministry keeps its forces on high alert.',
        'Rome keeps its forces in reserve.',
        'Lima has troops in the Amazon.',
      ],
    },
  ],
};

/** Verbs of a state put out of its host's ground; choose-parties.ts reads the guest and host around them. */
export const PUT_OUT = String.raw`(?:evicted|expelled|ousted|kicked\s+out|forced\s+out|pushed\s+out)`;

export const FORCES_SENT_HOME_FAMILY: PhraseFamily = {
  name: 'forces sent home',
  flags: 'gi',
  entries: [
    {
      name: 'forces sent home: a host ordering or forcing foreign troops out',
      yields: { type: 'reciprocal_access', status: 'ended' },
      pattern: String.raw`\b(?:ordered|asked|told)\s+(?:the\s+|all\s+|remaining\s+)*(?:[\w.'’-]+\s+){1,2}${TROOPS_OR_CONTINGENT}\s+(?:out|to\s+leave|to\s+withdraw|to\s+go)\b|\b(?:forced\s+out|kicked\s+out|pushed\s+out|expelled|evicted|ousted)\s+(?:the\s+|all\s+|remaining\s+|last\s+)*(?:[\w.'’-]+\s+){1,2}${TROOPS_OR_CONTINGENT}`,
      examples: [
        'The council ordered Spanish forces out within a month.',
        'The rulers forced out Belgian troops after the coup.',
        'Bamako expelled the remaining Danish special forces.',
      ],
      counterExamples: [
        'The general ordered troops to the border.',
        'The minister asked the troops about food.',
      ],
    },
    {
      // "France, evicted from Mali in 2022, ...": a state told as put out of its host's ground.
      name: 'forces sent home: a state evicted from its host',
      yields: { type: 'reciprocal_access', status: 'ended' },
      bare: true,
      pattern: String.raw`(?<=[A-Za-z.]\s*,\s*)${PUT_OUT}\s+from\s+(?!(?:their|his|her|its|our|my|your|a|an)\b)`,
      examples: [
        'France, evicted from Mali in 2022, moved its troops to Niger.',
        'The Russians, expelled from Egypt in 1972, lost their naval base.',
      ],
      counterExamples: ['The family, evicted from their home, slept outside.', 'He was expelled from Mali.'],
    },
    {
      name: 'forces sent home: the last foreign troops leaving',
      yields: { type: 'reciprocal_access', status: 'ended' },
      pattern: String.raw`\blast\s+(?:remaining\s+)?(?:group\s+of\s+|contingent\s+of\s+)?(?:[\w.'’-]+\s+){1,2}${TROOPS_OR_CONTINGENT}\s+(?:[\w-]+\s+){0,6}?(?:left|withdrew|departed|pulled\s+out)\b`,
      examples: [
        'The last Italian troops left the country on Friday.',
        'The last contingent of Greek military personnel posted there has now departed.',
      ],
      counterExamples: ['The last troops arrived on Friday.', 'Italian troops left the base for a patrol.'],
    },
    {
      // "the lasting presence of Belgian troops on Malian ground is now over", told by the end of the presence
      // itself: the stationing has ended.
      name: 'forces sent home: the end of a foreign presence',
      yields: { type: 'reciprocal_access', status: 'ended' },
      pattern: String.raw`\b(?:end(?:ed|s|ing)?|end\s+to|marks?\s+the\s+end\s+of)\s+(?:of\s+)?the\s+(?:(?:permanent|long-standing|decades-long|continuous|military)\s+)*(?:presence|stationing|basing)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,2}${TROOPS_OR_CONTINGENT}|\b(?:ended|ending|ends)\s+(?:the\s+)?(?:last\s+)?(?:(?:permanent|long-standing|decades-long|continuous)\s+)*[A-Z][\w'’-]+\s+(?:military\s+)?presence\b|\b(?:permanent\s+|military\s+)(?:presence|stationing)\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){1,2}${TROOPS_OR_CONTINGENT}(?=\s+(?:[\w'’,-]+\s+){0,10}?(?:has|have|had)\s+(?:now\s+|finally\s+|officially\s+)?come\s+to\s+an\s+end)`,
      examples: [
        'The handover marks the end of the permanent basing of Spanish troops in Gabon.',
        'The permanent presence of Belgian troops on Malian soil has come to an end.',
        // The presence told by its owner's word: "ending the last permanent British military presence there".
        'Oslo closed its radar station there in 2004, ending the last permanent Norwegian military presence.',
      ],
      counterExamples: [
        'The talks came to an end without a deal.',
        'The presence of Belgian troops was welcomed.',
      ],
    },
    {
      // "Spanish troops vacated their camp", "finished the withdrawal of its soldiers from":
      // foreign forces leaving the ground they were granted.
      name: 'forces sent home: forces vacating their base',
      yields: { type: 'reciprocal_access', status: 'ended' },
      // Read from the verb back (a scan from every word costs): the forces' state is then the verb's subject.
      pattern: String.raw`(?<=\b${TROOPS_OR_CONTINGENT}\s+(?:have\s+|has\s+|had\s+)?)(?:vacated|handed\s+back|handed\s+over|handed|quit)\s+(?:their|its|the)\s+(?:last\s+|remaining\s+)?(?:base|bases|facilities|facility|camp|camps|installations?)\b|\b(?:completed|finished|concluded)\s+(?:the|its|their)\s+withdrawal\s+of\s+(?:its|their|the)\s+(?:last\s+|remaining\s+)?(?:[\w.'’-]+\s+){0,2}${TROOPS_OR_CONTINGENT}`,
      examples: [
        'Spanish troops vacated their camp outside the capital on Friday.',
        'Rome finished the withdrawal of its soldiers from the camp.',
        // Handing the base to the host's forces: "the last Italian personnel handed their camp to the army".
        'The last Italian personnel handed their camp to the Nigerien army in May.',
      ],
      counterExamples: ['The troops vacated the stadium after the parade.', 'Troops left their barracks.'],
    },
    {
      // "In Dakar the French presence ended in July", "the last French base was handed back to Chad": a
      // foreign presence, or its base, told as over.
      name: 'forces sent home: a foreign presence or base told as over',
      yields: { type: 'reciprocal_access', status: 'ended' },
      pattern: String.raw`\b(?:[A-Z][\w.'’-]+\s+){1,2}(?:military\s+)?presence\s+(?:in\s+(?:[A-Z][\w'’-]+\s+){1,2})?(?:(?:formally|officially|finally)\s+)?(?:ended|came\s+to\s+an\s+end|has\s+ended|had\s+ended)\b|\b(?:last|final|remaining)\s+(?:[A-Z][\w.'’-]+\s+){1,2}(?:military\s+)?(?:base|camp|garrison)\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?(?:handed\s+(?:over|back)|returned|transferred|closed)\b`,
      examples: [
        'In Dakar the French presence ended on 17 July with a ceremony.',
        'The last French military base in the country was handed back on Friday.',
      ],
      counterExamples: [
        'The French presence grew in the 1990s.',
        'The last French base was visited by the minister.',
      ],
    },
  ],
};

const reciprocalAccess: PhraseEntry[] = [
  {
    // "It maintains a military base in Qatar under a 2014 agreement": the agreement a foreign base stands under.
    name: 'reciprocal-access: a base kept under an agreement',
    yields: instrument('reciprocal_access'),
    // "on the basis of", "under the terms of" an agreement say the same.
    pattern: String.raw`(?:military\s+|naval\s+|air\s+)?bases?\s+(?:[\w\u00c0-\u024f'’-]+,?\s+){0,4}(?:under(?:\s+the\s+terms\s+of)?|on\s+the\s+basis\s+of|pursuant\s+to)\s+(?:a|an|the|its|their)\s+(?:(?:19|20)\d\d\s+)?(?:defen[cs]e\s+|military\s+|bilateral\s+|basing\s+|interstate\s+)?(?:agreement|accord|pact|deal|treaty)`,
    examples: [
      'Paris keeps a naval base in Abu Dhabi under a 2009 agreement.',
      'The Russian base stays in Yerevan pursuant to an interstate treaty.',
      'Russia runs an air base in Tajikistan under the bilateral treaty.',
      // A verb and a comma between the base and its agreement: "the base in X remains, under a ...".
      'The Turkish base near Doha stays open, under a 2014 agreement.',
    ],
    counterExamples: ['The base was built under a 2009 budget.'],
  },
  {
    // "Turkey's only base abroad, in Somalia", "Spain closed its last base in Gabon": one side's
    // base on the other's soil stands on an access the host grants (in force while kept, ended when closed).
    // The host is the place after the base (choose-parties.ts pairs a lone owner with it); a state's own
    // bases at home name no second state.
    name: 'reciprocal-access: a base on the other’s soil',
    yields: instrument('reciprocal_access'),
    // Owned ("its", "a"), not a venue: "signed at Skrydstrup air base", "drills at a base in Apulia" tell
    // where something else happened.
    // Read from the base back (the words before it in a look-behind): a scan from every "a" of the news costs.
    pattern: String.raw`(?:base|bases|facility)\s+in\b(?<=(?<!\b(?:at|from|to|into|near|inside|outside|of|visited|toured|visit|on|over)\s+)\b(?:its|their|a|an)\s+(?:(?:first|only|second|new|main|largest|permanent|remaining|last|\d+(?:st|nd|rd|th))\s+)?(?:(?:overseas|foreign)\s+)?(?:military|naval|air|army|navy|drone|logistics|support)\s+(?:base|bases|facility)\s+in)`,
    words: [
      'overseas (base|bases|military base|military bases)',
      // A plain "base" a state runs or keeps ("has run a base in Niamey for years"): the verb says
      // whose it is, where "a base in the north" alone is only a place.
      '(operate[s|d]|operating|run[s]|ran|running|maintain[s|ed]|maintaining|keep[s]|kept|keeping) (a|an|its|their) [small |large |permanent |first |only |own ][air |naval |army |drone |military ]base (in|at|near|outside)',
      // A base known by its name: "has run Camp Lemonnier since 2002".
      '(has|have|had) (operated|run|maintained|kept) Camp',
      // A base still to be set up: "talks on setting up a naval base in Oman" (the verb tells the status).
      '(set|setting|sets) up (a|an|its|their) [own |first |permanent ][air |naval |army |drone |military |logistics ]base in',
      // The owner's demonym and the base's kind in between: "setting up an Indian naval hub at the port".
      '(set|setting|sets) up (a|an) ~3 (naval|air|military|logistics) (base|facility|hub) (in|on|at)',
      // A presence to be set up: "wants to set up a lasting military presence on the coast".
      '(establish|establishes|establishing|set up|setting up) (a|an) [permanent |lasting |long-term ](military|naval) presence (in|at|on)',

      '(ending|ended|end to|ends|withdrawing|withdrew|withdrawal of) [the |a |an |its |their ][permanent |long-standing |decades-long ]~1 military presence',
    ],
    examples: [
      'Ankara opened its first overseas base in 2019.',
      'France keeps a naval base in Abu Dhabi.',
      'Rome gave the camp back, ending a long-standing Italian military presence.',
      'Tokyo has run a base in Niamey for years.',
      'Paris still operates a drone base at Niamey airport.',
      'Washington has operated Camp Hale in Lome since 2004.',
      'Doha wants to set up a naval base in Oman.',
      'Talks on setting up a Turkish naval logistics hub on the coast are over.',
      'Ankara wants to set up a naval presence on the island.',
    ],
    counterExamples: [
      'The navy moved its base to the south.',
      'Troops at the base trained on new rifles.',
      'The pact was signed at a military base in the north.',
    ],
  },
  {
    // Forces given the use of another's bases: "US troops have access to two air bases in Singapore". Read
    // from "access" on, so that the verb before it tells the access held.
    name: 'reciprocal-access: forces with access to bases abroad',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`(?<=\b(?:troops|forces|military|militaries|navy|navies|warships|aircraft)\s+(?:(?:has|have)\s+had|have|has|had|gained|gains?|enjoys?|will\s+have|would\s+have)\s+(?:(?:regular|rotational|routine|continued)\s+)?)access\s+to\s+(?:[\w-]+\s+){0,8}?(?:base|bases|facility|facilities|port|ports|airfield|airfields)\s+(?:in|of|at)\b`,
    examples: [
      'Dutch forces have access to two air bases in Manila.',
      'Its navy has had access to a naval base in Ream since 2024.',
      // A port or airfield named by its place.
      'Kenyan warships will have access to the Tanzanian port of Tanga.',
    ],
    counterExamples: ['Reporters have access to two bases in Manila.'],
  },
  {
    // "Spain has long used Mauritanian airfields too, with access to them under a 2008 accord": access to
    // another's bases that an agreement grants, whoever holds it (a state, its forces).
    name: 'reciprocal-access: access to bases under an agreement',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`\baccess\s+to\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:bases|facilities|ports|airfields|air\s+bases|naval\s+bases|military\s+sites)\s+(?:[\w\u00c0-\u024f,'’-]+\s+){0,6}?(?:under|on\s+the\s+basis\s+of|pursuant\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|accord|pact|arrangement)\b`,
    examples: [
      'Paris has long had access to Djiboutian ports under a 2011 agreement.',
      'Its forces gained access to four Kenyan airfields in 2023 under the new accord.',
    ],
    counterExamples: ['Farmers gained access to new markets under the trade agreement.'],
  },
  {
    // "A 2021 accord gives Spain access to Mauritanian ports and airfields": an instrument told by the access to
    // another's bases it grants. The noun alone, so that its own verbs tell its status.
    name: 'reciprocal-access: an instrument that grants access to bases',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`\b(?:agreement|accord|pact|arrangement|memorand(?:um|a|ums)|treaty|deal)s?(?=,?\s+(?:[\w\u00c0-\u024f'’.,-]+\s+){0,8}?(?:gives?|gave|giving|grants?|granted|granting|allows?|allowed|provides?|provided)\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,4}?(?:(?:rotational|regular|wider|expanded|routine)\s+)?access\s+to\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,5}?(?:bases|ports|airfields|facilities|territory|(?:air|naval|military)\s+(?:base|bases)|military\s+sites)\b)`,
    examples: [
      'A 2021 accord gives Spain access to Mauritanian ports and airfields.',
      'The treaty, ratified last year, grants Japanese forces access to Philippine bases.',
      // A deal, and one base.
      'Dili and Canberra inked a deal giving Australian ships access to a naval base near Hera.',
    ],
    counterExamples: ['The trade pact gives Kenyan exporters access to British markets.'],
  },
  {
    name: 'reciprocal-access: reciprocal access agreement',
    yields: instrument('reciprocal_access'),
    words: ['reciprocal access', 'RAA[s]', 'agreement on reciprocal access'],
    note: 'The synonym map adds "mutual access".',
    examples: [
      'Manila and Tokyo signed the Reciprocal Access Agreement in July.',
      'The RAA with Britain entered into force last year.',
      'The two governments began talks on a mutual access agreement.',
    ],
    counterExamples: ['Patients need access to reciprocal health insurance.'],
  },
  {
    name: 'reciprocal-access: visiting forces and SOFA',
    yields: instrument('reciprocal_access'),
    words: [
      `visiting force[s] ${AGREEMENT}`,
      'VFA[s]',
      `status of [visiting ]force[s] ${AGREEMENT}`,
      'SOFA[s]',
      // A status settled by diplomatic notes rather than a treaty ("notes exchanged concerning the troops' status").
      '(exchange|exchanges) of (notes|letters) (on|concerning|regarding) ~4 status',
    ],
    examples: [
      'Rome settled its soldiers’ footing in Niamey through exchanges of letters concerning their status in 2018.',
      'Australia and Papua New Guinea updated their status of forces agreement.',
      'Critics in Manila want the VFA scrapped.',
      'The visiting forces pact lets Kenyan troops train in Britain.',
    ],
    counterExamples: [
      'Visiting forces fans filled the stadium on Saturday.',
      'An exchange of letters on trade was published.',
    ],
  },
  {
    // "an access agreement" between armed forces: the access is to bases and territory. Trade, data and
    // market access are other things.
    name: 'reciprocal-access: access agreement',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`(?<!(?:market|data|internet|trade|broadband|water|health|humanitarian|aid|port|fishing|fisheries|airport|road|rail|visa|education)\s)(?:(?:military|troop|base|defen[cs]e)\s+)?access\s+(?:(?:agreement|accord|pact|deal|arrangement)s?|treaty|treaties)\b`,
    examples: [
      'Lima and Santiago are negotiating an access agreement for their navies.',
      'The access treaty between Rome and Tirana took effect in May.',
      'The military access pact lets Dutch troops train in Aruba.',
    ],
    counterExamples: ['The two blocs signed a market access agreement.', 'A data access deal was struck.'],
  },
  {
    // A base held on lease from its host: "leased the naval facility from Damascus", "the lease on the air base",
    // "the camp, whose lease the two renewed". Not kit leased ("leased four helicopters").
    name: 'reciprocal-access: a base held on lease',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`\blease[sd]?\s+(?:on|of|for)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:base|camp|facility|airfield|naval\s+station)\b|\bleased\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:base|camp|facility|airfield|naval\s+station)\b|\b(?:base|camp|facility|airfield)\b[^,;.]{0,30},\s+(?:[^,;.]{0,70},\s+)?whose\s+lease\b|\b(?:lease|leases|leasing)\s+(?:the\s+|a\s+|an\s+|its\s+)(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:base|camp|airfield|naval\s+station)\b`,
    examples: [
      'Moscow leased the air base from Minsk for a quarter of a century.',
      // The host granting it: "agreed to lease a harbour to its ally".
      'Asmara agreed to lease the harbour and airfield to Doha for thirty years.',
      'Talks on the lease of the air base dragged on.',
      'The camp, the only one on the continent, whose lease the two renewed in 2014.',
    ],
    // A port leased to a firm is commerce.
    counterExamples: ['The navy leased four helicopters from a firm.', 'The lease of the port to a firm.'],
  },
  {
    // "turned down a Russian request for a naval base", "Beijing's bid for a military facility in Gabon": a
    // base one state asked another for, the access proposed (decide-status.ts reads the ask as a proposal).
    name: 'reciprocal-access: a base asked for',
    yields: instrument('reciprocal_access'),
    words: [
      '(request|requests|bid|bids|approach|approaches|push|quest|proposal|proposals|overture[s]) (for|to (build|open|set up|establish|host)) (a|an) [permanent |new |first |second ](military|naval|air|army|navy|logistics|naval logistics|drone) (base|facility|outpost|station|hub|center|centre|presence)',
    ],
    examples: [
      'Dakar rejected a Turkish request for a naval base.',
      "Ankara's bid for a military facility near Conakry worried Paris.",
      'Lima turned down an approach to open a logistics base there.',
    ],
    counterExamples: [
      'The firm submitted a bid for a new stadium.',
      'The request for a naval vessel to rescue fishermen was granted.',
    ],
  },
  {
    // "agreed to prolong the French military presence for ten more years": the access renewed.
    name: 'reciprocal-access: a foreign presence or basing right extended',
    yields: instrument('reciprocal_access'),
    words: [
      '(extend|extended|extending|extension of|prolong|prolonged|prolonging|renew|renewed|renewing|renewal of) the ~2 [military |troop |naval |air ](presence|basing rights|base lease|lease on the base|lease of the base)',
    ],
    examples: [
      'Djibouti agreed to extend the French military presence for ten more years.',
      'Manila renewed the lease on the base with Washington.',
    ],
    counterExamples: ['The navy extended the pier at the base.', 'Both sides extended their trade presence.'],
  },
  {
    // "held talks with Accra on hosting its drones", "negotiating the stationing of Polish troops": the access
    // still talked over (decide-status.ts reads the talks as its negotiation).
    name: 'reciprocal-access: talks on hosting or stationing forces',
    yields: instrument('reciprocal_access'),
    pattern: String.raw`(?<=\b(?:talks|negotiations|discussions|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\b[^.;:]{0,80}?)\b(?:(?:on|about|over)\s+(?:hosting|basing|stationing)|(?<=\b(?:negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\s+)the\s+(?:hosting|basing|stationing)\s+of)\s+(?:(?:its|their|the|more|some|a|an|additional|permanent|foreign)\s+)?(?:[\w.'’-]+\s+){0,2}?(?:${GUEST_FORCES}|(?:surveillance\s+|combat\s+|military\s+)?(?:aircraft|drones|warships|jets|bombers))`,
    examples: [
      'Washington has held talks with Accra and Lome on hosting its reconnaissance drones.',
      'Warsaw and Vilnius are negotiating the stationing of Polish troops in Lithuania.',
      'The two sides held discussions over basing British sailors at the port.',
    ],
    counterExamples: [
      'Talks on hosting the summit in Accra stalled.',
      'Lome hosted talks on the crisis with its troops on alert.',
    ],
  },
  {
    // "the stationing agreement", "a basing accord": the instrument named by the presence it allows.
    name: 'reciprocal-access: stationing or basing agreement',
    yields: instrument('reciprocal_access'),
    words: ['[troop ](stationing|basing) (agreement|accord|pact|treaty|arrangement)[s]'],
    examples: [
      'The stationing agreement was ratified by both parliaments in May.',
      'Manila and Tokyo are drafting a basing accord.',
    ],
    counterExamples: ['The stationing of troops was debated in parliament.'],
  },
  {
    // "an agreement on simplified entry of warships into ports": access for one side's forces.
    name: 'reciprocal-access: entry of warships or troops',
    yields: instrument('reciprocal_access'),
    words: [
      `${AGREEMENT} on [the ][simplified |mutual |reciprocal ](entry|access|port calls|visits|stationing|presence) of (warships|military ships|naval vessels|military vessels|troops|forces|military aircraft)`,
    ],
    examples: [
      'Moscow and Naypyidaw signed an agreement on simplified entry of warships into ports.',
      'The agreement on the stationing of troops was ratified.',
    ],
    counterExamples: ['The agreement on entry of goods into ports was renewed.'],
  },
  {
    // "an agreement on the legal status of Dutch troops in Estonia": a status of forces agreement, described.
    name: 'reciprocal-access: the status of one side’s troops on the other’s soil',
    yields: instrument('reciprocal_access'),
    // The trigger stops before the troops: their demonym names the side whose forces they are, a party.
    // Also "the legal status of Dutch soldiers in Estonia is set out by a treaty".
    pattern: String.raw`\b(?:agreements?|deals?|treaty|treaties|arrangements?)\s+on\s+the\s+(?:legal\s+)?status\s+of(?=\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,2}${TROOPS})|\blegal\s+status\s+of(?=\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,2}${TROOPS}\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}(?:is|are|was|will\s+be)\s+(?:governed|regulated|set\s+out|covered)\s+by\b)`,
    examples: [
      'A separate agreement on the legal status of the Dutch troops in Estonia was signed in May.',
      'The legal status of the Dutch soldiers in Estonia is governed by an accord the two signed.',
    ],
    counterExamples: ['The agreement on the legal status of refugees was renewed.'],
  },
  {
    // News often describes the instrument instead of naming it; the training it is for is its purpose, not
    // an exercise of its own.
    name: 'reciprocal-access: an agreement letting forces into each other',
    yields: instrument('reciprocal_access'),
    words: [
      `${AGREEMENT} (allowing|that allows|to allow|letting|that lets|permitting) ~3 (forces|troops|militaries|soldiers) [to ](enter|visit|train in|deploy to|be stationed in|operate in|rotate through|use) [each other's |one another's ](territory|territories|countries|bases|soil)[ for ~1 (training|exercises|drills)]`,
      // One side's forces based on the other's ground: "a pact that allows 500 Italian troops to be based there".
      `${AGREEMENT} ~3 (that|which) [will |would ](allowed|allows|allow|let|lets|permitted|permits) ~4 (forces|troops|soldiers|personnel|service members) to (be stationed|be based|be deployed|remain|stay|operate from|deploy|rotate)`,
      // "a pact that permits the basing of Omani troops on Yemeni ground": the same, told by the noun.
      `${AGREEMENT} (that|which) [will |would ](allowed|allows|allow|permitted|permits) the (deployment|stationing|presence|basing) of ~2 (forces|troops|soldiers|personnel)`,
    ],
    examples: [
      "Ghana and Togo signed an agreement allowing their forces to enter each other's territory for joint training.",
      'The pact that lets troops train in each other’s countries takes effect in May.',
      'Mali scrapped an accord that allowed 1,200 French troops to remain near Gao.',
      'Lima and Madrid signed a deal that will allow Spanish soldiers to deploy in turns to Peruvian bases.',
      'Muscat keeps a 2014 agreement that permits the basing of Jordanian troops on its ground.',
    ],
    counterExamples: ['The agreement allows fishermen to enter each other’s waters.'],
  },
];

const securityTreaty: PhraseEntry[] = [
  {
    name: 'security-treaty: alliance treaty',
    yields: instrument('security_treaty'),
    words: [
      '(mutual|collective)_defense (treaty|pact|agreement)',
      // An alliance of mutual defence is founded by such a treaty ("a charter creating a mutual defence alliance").
      '(mutual|collective)_defense (alliance|charter)',
      'security treaty',
      'treaty of (mutual cooperation|alliance)',
    ],
    examples: [
      'The Mutual Defense Treaty has bound Manila and Washington since 1951.',
      'Saudi Arabia seeks a security treaty with the United States.',
      'Riyadh and Islamabad signed a mutual protection accord, the agency reported.',
      'Chad, Sudan and Libya pledged to form a collective defence alliance.',
    ],
    counterExamples: ['The treaty on trade in services took years to negotiate.'],
  },
  {
    // A treaty told by its defence clause: "an accord committing either party to defend its partner".
    name: 'security-treaty: a treaty binding each side to defend the other',
    yields: instrument('security_treaty'),
    // The noun alone, so that the verbs around it, not the clause's present tense, tell its status.
    pattern: String.raw`\b(?:treaty|pact|accord)\b(?=[^.;]{0,80}?\b(?:oblig(?:es|ing|ates)|commit(?:s|ting)|bind(?:s|ing))\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?to\s+(?:defend|help|assist|aid|come\s+to|provide\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:assistance|aid|help|support))\b)`,
    examples: [
      'Minsk and Moscow have a treaty that binds each to defend the other.',
      'The pact they signed in June, which obliges either side to provide military aid, took effect.',
    ],
    counterExamples: ['The treaty obliges both sides to cut tariffs on steel.'],
  },
  {
    // A partnership treaty with a clause of mutual defence or assistance ("a strategic partnership accord that
    // includes a mutual defence clause"), or one named for mutual assistance: an alliance's instrument.
    name: 'security-treaty: a treaty with a mutual defence clause, or named for mutual assistance',
    yields: instrument('security_treaty'),
    pattern: String.raw`\b(?:treaty|agreement|accord|pact)\s+(?:[\w,'’-]+\s+){0,6}?(?:that|which)\s+(?:includes|included|contains|contained|has|carries|provides\s+for)\s+(?:a\s+)?(?:mutual|collective)\s+(?:defen[cs]e|assistance|aid|security)\s+(?:clause|commitment|provision|article|guarantee)|\btreaty\s+(?:of|on)\s+(?:[\w,]+\s+){0,4}mutual\s+(?:assistance|aid)\b`,
    examples: [
      'Athens and Paris signed a partnership accord that includes a mutual assistance clause.',
      'Minsk keeps the 1995 Treaty of Friendship and Mutual Assistance with Moscow.',
    ],
    counterExamples: [
      'The accord includes a clause on fishing quotas.',
      'The treaty on mutual legal assistance.',
    ],
  },
  {
    // Allies by treaty stand in an alliance: "the two treaty allies", "Manila's only treaty ally".
    name: 'security-treaty: treaty allies',
    yields: instrument('security_treaty'),
    words: ['treaty all(y|ies)', 'formal all(y|ies)', 'mutual_defense (partner|partners|ally|allies)'],
    examples: [
      'The United States and Thailand are treaty allies.',
      'Washington is Manila’s only formal ally.',
    ],
    counterExamples: ['The allies met to discuss the treaty on trade.'],
  },
  {
    name: 'security-treaty: guidelines and joint declaration',
    yields: instrument('security_treaty'),
    words: [
      '(military|defense|defense cooperation) guidelines',
      'joint declaration on ~3 security cooperation',
      'joint (security|defense) declaration',
      'declaration on (allied relations|alliance|mutual defense)',
      // Any declaration two states sign on their defence cooperation, joint or not ("a new declaration on").
      'declaration on [strengthening |enhancing |deepening |closer ](security|defense|military|defense and security|security and defense) cooperation',
      'declaration on ~3 cooperation in the (field|fields|area|areas|sphere|domain) of (defense|security|military)',
      'guidelines for defense cooperation',
      // A framework of security cooperation is declared, like a joint declaration on it.
      '(security|defense) cooperation framework',
      // "a strategic partnership for cooperation in defence and security": signed, it is such a declaration.
      'strategic partnership (for|on) ~3 (defense|security)',
      'framework (for|on) (security|defense) cooperation',
      // A vision statement two governments sign for their defence ties is such a declaration.
      'joint vision statement (on|for) ~5 (defense|security|military|alliance)',
      '(defense|security) vision statement',
    ],
    examples: [
      'Tokyo and Washington revised their defense cooperation guidelines.',
      'India and Japan issued a Joint Declaration on Security Cooperation.',
      'Lima and Quito issued a declaration on deepening defence cooperation.',
      'Three ministers adopted a declaration on closer cooperation in the field of defence.',
      'Canberra and Seoul issued a joint declaration on maritime security cooperation.',
      'The new guidelines for defence cooperation were adopted in April.',
      'Seoul and Tokyo agreed on a trilateral framework for security cooperation with Washington.',
      'Athens and Paris signed a strategic partnership for cooperation in defence.',
      'Seoul and Nairobi issued a joint vision statement for their defence ties in 2019.',
    ],
    counterExamples: [
      'The health ministry issued new guidelines for hospitals.',
      'The two firms issued a joint vision statement for green shipping.',
    ],
  },
];

/** A word that puts a sentence in a military setting: armed forces, their units, defence itself. */
/** A defence institution as a signer: a ministry, a service, a staff, a command. */
const DEFENCE_INSTITUTION = String.raw`(?:defen[cs]e\s+ministr(?:y|ies)|ministr(?:y|ies)\s+of\s+(?:national\s+)?defen[cs]e|armed\s+forces|armies|army|navy|navies|air\s+forces?|general\s+staffs?|militaries|coast\s+guards?|(?:cyber|space|joint|strategic)\s+command|defen[cs]e\s+forces|defen[cs]e\s+staffs?)`;
const MILITARY_WORD = String.raw`\b(?:defen[cs]e|military|troops|brigades?|battalions?|battle\s?groups?|armed\s+forces|army|armies|navy|navies|air\s+force|soldiers)\b`;

const defenseMou: PhraseEntry[] = [
  {
    name: 'defense-mou: memorandum of understanding',
    yields: instrument('defense_mou'),
    // "memorandums" is as good a plural as "memoranda", and news writes both.
    words: [
      'memorand(um|a|ums) of (understanding|cooperation)',
      'MOU[s]',
      // Cyber defence is a military domain: a "cyber memorandum" between states is a defence arrangement.
      '(security|defense|military|cyber|cyber_defense|trilateral|bilateral) [cooperation ]memorand(um|a|ums)',
    ],
    examples: [
      'Kenya and Turkey signed a memorandum of understanding on military training.',
      'The MoU covers research, testing and evaluation.',
      'Iraq and Jordan signed a security memorandum on border patrols.',
      'Tokyo and Canberra signed a memorandum of cooperation on defence research.',
      'Lisbon has signed memorandums of understanding with four African navies.',
      'Rome has since inked similar defence memorandums with two Balkan states.',
      'Tallinn and Kyiv signed a cyber defence memorandum on Friday.',
    ],
    counterExamples: ['The memorandum to staff was leaked to reporters.'],
  },
  {
    name: 'defense-mou: security of supply',
    yields: instrument('defense_mou'),
    words: ['security of supply arrangement[s]', 'SOSA'],
    examples: [
      'Poland and the United States concluded a Security of Supply Arrangement.',
      'The SOSA gives priority to orders from either side in a crisis.',
    ],
    counterExamples: ['Energy security of supply worries European buyers.'],
  },
  {
    // A standing line between two militaries is a confidence-building arrangement between them.
    name: 'defense-mou: military hotline',
    yields: instrument('defense_mou'),
    words: [
      '(defense|defence|military|naval|maritime|air|aerial) (hotline|telephone link|phone link|communication[s] (mechanism|link|channel))[s]',
      '(maritime|air|aerial) and (maritime|air|aerial) communication[s] mechanism',
      'hotline between [the |their ][two ](militaries|armed forces|defense ministries|defense ministers|navies|armies|air forces)',
    ],
    examples: [
      'Hanoi and Beijing set up a defence hotline in 2015.',
      'The two navies opened a maritime communication channel last year.',
      'The air and maritime communication mechanism took effect in June.',
      'Seoul and Tokyo agreed to a hotline between their defense ministries.',
    ],
    counterExamples: [
      'The ministry opened a hotline for veterans.',
      'A telephone link to the island was restored.',
    ],
  },
  {
    // A roadmap two governments sign, in a sentence about their forces, is the plan of their defence
    // cooperation: "both defence chiefs signed a roadmap in Tallinn", "a roadmap agreed to station a
    // brigade there". Not a peace or trade roadmap: a military word stands in the sentence.
    name: 'defense-mou: a roadmap signed in a defence sentence',
    yields: instrument('defense_mou'),
    bare: true,
    pattern: String.raw`(?:(?<=\b(?:signed|signs|sign|signing|inked|inks|agreed|agrees|adopted|adopts|initialled|initialed)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,6}["“]?)road\s?maps?\b|\broad\s?maps?(?=\s+(?:(?:that|which)\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,8}(?:signed|inked|agreed|adopted)\b))(?:(?<=${MILITARY_WORD}[^.;]{0,150})|(?=[^.;]{0,160}${MILITARY_WORD}))`,
    examples: [
      'Both defence chiefs signed a new roadmap in Tallinn.',
      'Oslo and Tallinn signed in 2022 a roadmap to station more troops in Estonia.',
      'The rotation is based on a roadmap that both armies agreed last year.',
      'Dakar and Madrid signed in May 2021 at Dakar a "roadmap for military cooperation".',
      'The brigade rests on a roadmap that the defence minister and his Polish counterpart signed in Vilnius.',
    ],
    counterExamples: [
      'Both parties signed a roadmap for a ceasefire and elections.',
      'Ministers adopted a roadmap on trade and tourism.',
    ],
  },
  {
    // "signed a memorandum with Ankara on military, security and counter-terrorism cooperation": military
    // cooperation among the fields listed, the partner perhaps between.
    name: 'defense-mou: an instrument on military and other cooperation',
    yields: instrument('defense_mou'),
    pattern: String.raw`\b(?:memorand(?:um|a|ums)|agreements?|accords?|protocols?)\s+(?:with\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’.-]+\s+){1,3})?on\s+(?=(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){0,4}?(?:military|defen[cs]e)\b)(?:(?:military|defen[cs]e|security|counter-?terrorism|intelligence|technical|border)(?:,\s*(?:and\s+)?|\s+and\s+|\s+)){2,4}cooperation`,
    examples: [
      'Baghdad signed a memorandum with Ankara on military, security and counter-terrorism cooperation.',
      'The accord on security and defence cooperation was renewed.',
    ],
    counterExamples: [
      'The memorandum on security cooperation covers policing.',
      'An agreement on trade cooperation.',
    ],
  },
  {
    // "The defence ministries of A and B signed a cooperation agreement", "A's army signed a cooperation
    // memorandum with B's general staff": a cooperation instrument whose signers are defence institutions is a
    // defence arrangement, whatever its title leaves out.
    name: 'defense-mou: a cooperation instrument defence institutions signed',
    yields: instrument('defense_mou'),
    bare: true,
    pattern: String.raw`(?:(?<=\b${DEFENCE_INSTITUTION}\b[^.;]{0,80}\b(?:signed|signs|inked|inks|concluded|exchanged)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?)cooperation\s+(?:agreement|memorand(?:um|a|ums)|protocol|accord|arrangement)s?\b|\bcooperation\s+(?:agreement|memorand(?:um|a|ums)|protocol|accord|arrangement)s?(?=\s+with\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’.-]+\s+){0,3}${DEFENCE_INSTITUTION}\b))`,
    examples: [
      'The defence ministries of Chile and Peru signed a cooperation agreement on Monday.',
      "Peru's army signed a cooperation protocol with the Bolivian army in 2024.",
      'The navy signed a cooperation memorandum with the Omani coast guard.',
    ],
    counterExamples: [
      'The health ministries of Chile and Peru signed a cooperation agreement.',
      'The army signed a contract with a Turkish firm.',
    ],
  },
  {
    // An instrument told by what it lets forces do: "a 2018 accord by which the navy surveys its waters",
    // "a memorandum allowing its soldiers to train on the simulators", "a protocol governs the posting of
    // military personnel to the army". Not one that bases or stations them (an access agreement's own entries).
    name: 'defense-mou: an instrument under which forces act',
    yields: instrument('defense_mou'),
    pattern: String.raw`\b(?:agreement|accord|memorand(?:um|a)|protocol|arrangement|pact)s?\b(?=(?:,?\s+(?:signed|concluded|reached|inked)\s+[^,.;]{0,40}?)?,?\s+(?:under\s+which|by\s+which|allowing|which\s+allow(?:s|ed)?|that\s+allow(?:s|ed)?|letting|which\s+lets?|that\s+lets?|enabling|governs|governing|which\s+governs)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:navy|navies|army|armies|air\s+forces?|armed\s+forces|troops|soldiers|military|militaries|coast\s+guards?|marines|warships|sailors|defen[cs]e\s+forces?|service\s?members|military\s+personnel)\b(?![^.;]{0,60}\b(?:station(?:ed|ing)?|based|bases?|basing|presence|access)\b))`,
    examples: [
      'Quito let lapse its 2018 accord by which the Chilean navy surveyed its waters.',
      'Both ministers inked a memorandum under which Fijian soldiers are to train in Australia.',
      'A 1990 protocol governs the secondment of Omani military personnel to the Jordanian army.',
    ],
    counterExamples: [
      'A trade agreement allowing farmers to export beef was signed.',
      'An accord allowing American troops to stay stationed at the base was revoked.',
    ],
  },
  {
    name: 'defense-mou: defense cooperation agreement',
    yields: instrument('defense_mou'),
    words: [
      // A "defence cooperation accord" is the same arrangement under another name (a treaty is more often an
      // alliance's: the umbrella's).
      '(defense|military) [and (economic|security|technical) ]cooperation (agreement|arrangement|memorandum|protocol|accord|pact)',
      '(agreement|treaty|accord|memorand(um|a|ums)|protocol|arrangement) on [bilateral |mutual ](military|defense) cooperation',
      // The field of cooperation named first: "an accord on defence procurement cooperation".
      '(agreement|accord|arrangement|memorandum) on (defense|military) (materiel|procurement|logistics|research|industrial|space|cyber) cooperation',
      // Named by the field it covers: "a military education cooperation agreement", "a military training and
      // cooperation agreement"; an alliance is no training pact.
      // Or by how it is paid for (credits lent to the partner's forces), or by the research it shares.
      '(defense|military) (training|education|technical|medical|intelligence|financial|scientific) [and ]cooperation (agreement|arrangement|memorandum|protocol)',
      // Hyphenated too, but not "military-technical" cooperation: the arms-supply framework of its own type.
      '(defense|military)-(financial|scientific) cooperation (agreement|arrangement|memorandum|protocol)',
      // An assistance or technical-assistance accord between armed forces ("the 1961 military technical
      // assistance agreement"): a defence arrangement, not a delivery of kit.
      '(defense|military) [technical ]assistance (agreement|accord|treaty|protocol|convention)',
      '(agreement|accord|protocol|convention) on (defense|military) [and ][technical ]assistance',
      '(agreement|accord|protocol|convention) ~3 on the provision of [free ](defense|military) [and technical ]assistance',
      // "initialled documents on deeper military cooperation": the papers of a defence arrangement.
      'documents on ~3 (military|defense|military-technical) cooperation',
      // An arrangement told by the air defence it joins up: "an arrangement to integrate their radar networks".
      '(agreement|arrangement|memorand(um|a|ums)|protocol) to (link|integrate|connect|pool|merge|jointly protect|protect|jointly patrol) ~4 (airspace|air surveillance|radar|radars|air defense|air policing|network|networks|skies)',

      // Translated wording puts the field last: an accord "of cooperation", then the domain or sphere.
      '(agreement|accord|protocol|memorandum|convention) (of|on) cooperation in [the ](military|defense) (domain|field|fields|sphere|area|areas)',
      // Or the field named after "of", the word order translations keep.
      '(agreement|accord|protocol|memorandum|convention) of (defense|military) [and (security|technical) ]cooperation',
      // The field as a phrase of its own: "a treaty of cooperation in the domain of defence", "in defence matters".
      '(agreement|accord|protocol|memorand(um|a|ums)|convention|treaty) (of|on) [military |technical ]cooperation in the (domain|field|fields|sphere|area|areas) of (defense|military)',
      '(agreement|accord|protocol|memorand(um|a|ums)|convention|treaty) (of|on) cooperation (in|on) (defense|military) (matters|affairs|issues)',
      // Guarding a border or a coast together is a defence arrangement, not an alliance.
      '(border|coastal|maritime border) security (agreement|arrangement|pact|accord|protocol)',
      // A shared air defence system the instrument sets up is a defence arrangement.
      '(agreement|arrangement|memorand(um|a|ums)|protocol) on (a|the) ~2 (joint|unified|integrated|common|shared) ~2 (air defense|missile defense|air and missile defense) (system|network)',
      // "a defence cooperation framework agreement", "a military protocol": the same, by other forms' names.
      '(defense|military) [and (economic|security|technical) ]cooperation framework (agreement|accord)',
      '(defense|military|security) protocol[s]',
      'defense exchange[s] (memorand(um|a|ums)|arrangement[s])',
      // Military domains a ministry's arrangement is named for: watching space or the sea, defending networks.
      '(arrangement|memorand(um|a|ums)|agreement|MOU)[s] (on|for) ~3 (space domain awareness|space situational awareness|maritime domain awareness|cyber_defense)',
      // An arrangement between two defence industries' ministries, named for them.
      '(defense|military) industr(y|ial) [cooperation ](agreement|arrangement|memorand(um|a|ums)|MOU|protocol|roadmap)[s]',
      // Another field may share the memorandum: "on defence industry and training cooperation".
      '(agreement|arrangement|memorand(um|a|ums)|MOU|protocol)[s] on [the ](defense|military) industr(y|ial) ~3 cooperation',
      // A shiprider agreement puts one side's officers on the other's patrol ships.
      `shiprider ${AGREEMENT}`,
      // An agreement named by what it is about: "an agreement on military training".
      '(agreement[s]|arrangement[s]|memorand(um|a|ums)|protocol[s]) on [military |defense ](military|defense) (training|education|exchanges|cooperation|industry cooperation|financial cooperation|scientific cooperation)',
      '(agreement[s]|arrangement[s]|memorand(um|a|ums)|protocol[s]) on (military|defense)-(financial|scientific) cooperation',
      '(agreement[s]|arrangement[s]|memorand(um|a|ums)|protocol[s]) on (maritime|military|defense|border) security',
      // "letters of intent for pooling two air forces' jets": one about forces is a defense arrangement.
      '(declaration|letter)[s] of intent to ~6 (military|defense|air force[s]|navy|navies|naval|army|armies|troops|fighter[s]|combat aircraft|forces|brigade[s]|battalion[s]|(air|naval|combined|joint) operations)',
      // "on" or "for" kit ("a letter of intent for four patrol boats") is a purchase being weighed
      // (a transfer's cue): only forces, or cooperation of a military field, make it a defence arrangement.
      '(declaration|letter)[s] of intent (on|for) ~6 ((military|defense|air force[s]|navy|navies|naval|army|armies) (cooperation|training|education|exchanges|medicine|industry|exercises)|troops|forces|brigade[s]|battalion[s]|(air|naval|combined|joint) operations)',
      // Its date or place may come between: "a declaration of intent at the summit for pooling transport fleets".
      '(declaration|letter)[s] of intent (in|on|at|during) ~3 to ~6 (military|defense|air force[s]|navy|navies|naval|army|armies|troops|fighter[s]|combat aircraft|forces|brigade[s]|battalion[s]|(air|naval|combined|joint) operations)',
      // "a fresh framework for defence cooperation", "a program-framework of military-technical cooperation".
      '(framework|programme_framework|program_framework) (of|for|on) [bilateral |the ](technical_military|military_technical|military|defense|security) cooperation',
      // A partnership's terms set down: "a framework for the two states' defence partnership".
      'framework (for|of) (their|the|a) [major |strategic |long-term ](military|defense) partnership',
      // Patrolling a sea or a border together under an instrument: the instrument, not a drill.
      '(joint|coordinated|combined) (patrol|patrolling|patrols) (agreement|arrangement|accord|pact|protocol)',
      // The patrols named after the instrument: "a deal on joint border patrols".
      '(agreement|arrangement|accord|pact|protocol|deal|memorand(um|a|ums)) (on|for) ~2 (joint|coordinated|combined) ~2 (patrol|patrols|patrolling)',
      // "a memorandum on building up the navy's capabilities": named by the forces it is about.
      '(memorand(um|a|ums)|protocol[s]) on ~4 (naval|military|defense|army|air force|coast guard) (capabilities|capability|forces|training|exchanges)',
      // A plan of cooperation, not an equipment programme ("a short-range air defence programme").
      '(defense|security|military) cooperation (plan|programme|program|roadmap)[s]',
      '(defense|security|military) roadmap[s]',
      '(roadmap|plan|programme|program) (for|on|of) [bilateral |trilateral ](defense|security|military) cooperation',
      // "a memorandum to build bases for the special forces": named by the military work it covers.
      '(agreement|arrangement|memorand(um|a|ums)|protocol) (to|that will|that would) (build|upgrade|refurbish|expand|host|station|train|equip|deploy|open|establish|set up|construct|modernise|modernize) ~3 (base[s]|barracks|garrison[s]|troops|special forces|brigade[s]|battalion[s]|coast guard|navy|army|air force|military personnel|soldiers|officers)',
      '(agreement|arrangement|memorand(um|a|ums)|protocol|roadmap) (for|on) the [permanent |long-term |rotational ](training|deployment|stationing|construction|secondment|deputation) of ~3 (base[s]|barracks|garrison[s]|troops|special forces|brigade[s]|battalion[s]|coast guard|navy|army|air force|military personnel|soldiers|officers)',
      // The same told with a verb: "a roadmap for basing a brigade", "a plan for growing the battlegroup".
      '(agreement|arrangement|memorand(um|a|ums)|protocol|roadmap) (for|on) (stationing|deploying|basing|hosting|training|scaling up|expanding|enlarging|growing) ~4 (troops|special forces|brigade[s]|battalion[s]|battlegroup[s]|battle group[s]|military personnel|soldiers|contingent[s])',
    ],
    // Defence cooperation frozen or cut off with a state: the arrangement under it is over ("froze most defence
    // cooperation with Moscow in 2014"). The noun alone, so that the verb before it tells the status.
    pattern: String.raw`(?<=\b(?:froze|frozen|freezes|freeze|freezing|suspended|suspends|suspend|suspending|halted|halts|cut\s+off|severed|severs)\s+(?:[\w-]+\s+){0,3})(?:military|defen[cs]e|security)\s+(?:cooperation|ties|contacts|exchanges)(?=\s+with\b)`,
    examples: [
      'Lima and Quito inked an accord on military logistics cooperation in May.',
      'Accra and Lome inked a deal on joint maritime patrols across the gulf.',
      'Brazil and Sweden signed a defence cooperation agreement in Brasilia.',
      'Lome and Madrid inked a defence cooperation accord in July.',
      'Minsk and Moscow renewed their accord on military cooperation.',
      'Rome and Tunis signed a protocol on bilateral military cooperation.',
      'Bishkek inked a protocol with Ankara on the provision of defence assistance.',
      'The two ministers initialled documents on closer defence cooperation.',
      'Vienna and Bern agreed an arrangement to pool their radar networks.',
      'Oslo froze most defence contacts with Minsk in 2021.',
      'Chad and Niger renewed the protocol of military cooperation they signed in 2012.',
      'Senegal and Mauritania signed a military cooperation agreement.',
      'The protection cooperation accord was inked on Monday, the ministry said.',
      'Vietnam and Korea renewed their defense exchange memorandum.',
      'Ankara and Baku inked a defence industry cooperation protocol.',
      'Paris and Canberra concluded an arrangement on space situational awareness.',
      'Ghana and Egypt signed an agreement on military training.',
      'Oslo and Kyiv signed a memorandum on strengthening the Ukrainian naval forces.',
      'Oslo and Helsinki agreed a declaration of intent for common air force training.',
      'The two air chiefs signed a letter of intent to plan combined air operations together.',
      'Laos and Mongolia signed a protocol on defense exchanges during the minister’s visit.',
      'Greece and Cyprus adopted a defence cooperation programme for 2026.',
      'Rabat and Nouakchott have had a military training and cooperation protocol since 2010.',
      'Bamako denounced the 1961 military technical assistance agreement with Paris.',
      'Ankara and Tashkent signed a military education cooperation agreement in 2019.',
      'Vilnius and Warsaw renewed their convention of cooperation in defence fields.',
      'Dushanbe and Bishkek have a border security pact.',
      'A 2009 protocol on the unified air defence network binds Minsk and Moscow.',
      'The two chiefs signed the annual programme of military cooperation for next year.',
      'Chad and Niger signed a military cooperation protocol in N’Djamena.',
      'Fiji and the United States expanded their shiprider agreement.',
      'Doha and Ankara signed a defence and economic cooperation framework agreement.',
      'Rabat and Dakar remain bound by a convention of cooperation in the area of defence.',
      'Lima and Quito signed a protocol of cooperation in defence matters.',
      'Hanoi and Seoul inked an MOU on defence industry and training cooperation.',
      'Doha and Paris keep a military and technical cooperation arrangement.',
      'Lusaka and Washington concluded a memorandum to refurbish three barracks.',
      'A protocol for the training of military personnel was signed in Rabat.',
      'The ministers signed the plan of bilateral military cooperation for next year.',
      'Vilnius and Berlin agreed a roadmap for the permanent stationing of a brigade.',
      'Tallinn and London signed a roadmap for growing their battlegroup into a brigade.',
      'Riga and Ottawa agreed an arrangement on basing up to 2,000 troops near the capital.',
      'Both navies adopted a declaration of intent during the visit to share their naval bases.',
      'Lisbon and Bissau renewed their program-framework of military-technical cooperation.',
      'Quito and Lima set up a bilateral framework for defence cooperation.',
      'Accra and Abuja adopted a new framework for the defence partnership they share.',
      'Tirana and Skopje concluded an accord on cooperation in the military areas.',
      'Panama and Colombia signed a coordinated patrol agreement in 2011.',
      'Ankara and Mogadishu renewed their military financial cooperation agreement.',
      'Niamey signed a protocol on military-scientific cooperation with Minsk.',
    ],
    counterExamples: [
      'Defense cooperation between the two neighbours has grown.',
      'A memorandum to staff said the base would close.',
      'The budget agreement for training teachers passed the parliament.',
      'The two space agencies signed an agreement on lunar exploration.',
      'Two banks inked a declaration of intent about a shared data centre.',
      'The two utilities renewed a protocol of cooperation in energy fields.',
      'The two central banks signed a financial cooperation agreement.',
      // Of its own type: an arms-supply framework.
      'Hanoi and Moscow renewed their military-technical cooperation accord.',
    ],
  },
];

const jointExercise: PhraseEntry[] = [
  {
    name: 'joint-exercise: drills and joint training',
    yields: activity('joint_exercise'),
    words: [
      'exercises',
      'drill[s]',
      'war[_]games',
      'maneuvers',
      'manoeuvres',
      // "coordinated air and sea patrols": the domains patrolled may take three words.
      '(joint|combined|coordinated) ~3 (training|patrol[s]|sail[s]|sailing|operation[s])',
      // Naval jargon for one drill of a series: "a mine countermeasures serial off the coast" (not a serial number).
      '(minehunting|mine countermeasures|mine-countermeasures|gunnery|anti-submarine|anti-air|air defense|boarding|replenishment|live-fire|firing|flying|manoeuvring|maneuvering|training) serial[s]',
      // "fired live rounds with them together with Latvian gunners": live firing beside another force.
      '(live firing[s]|live-fire (drills|exercises|training|shooting)) ~4 (together with|alongside)',
      // "days of bilateral submarine warfare drills and training": the kind may take a few words.
      // Not "bilateral talks on training": the last word before "training" names a kind of it.
      '(bilateral|trilateral) ~2 (warfare|combat|live-fire|naval|air|maritime|field|tactical|flight|submarine|amphibious|special forces) (training|patrol[s])',
      // "carried out joint maritime zone surveillance with the navy": a patrol by another name.
      '(joint|combined|coordinated) ~3 surveillance (with|of)',
      'maritime cooperative activit(y|ies)',
      // "will stage combined maritime activities next spring": joint sailing under another name.
      '(combined|joint|multilateral|bilateral|trilateral) maritime activit(y|ies)',
      // "practised joint manoeuvring at sea", "training activities with jets of a partner air force".
      '(joint|combined) (manoeuvring|maneuvering)',
      // Air forces training over each other's ground: "will resume cross-border training in May".
      'cross[-]border (training|exercise[s]|drill[s]|flying)',
      'training activit(y|ies) with',
      // "flight operations with the Guyanese defence force": flying with another's forces.
      '(flight|training) operations with',
      // "carries out surveillance of its waters jointly with the coast guard": a patrol by another name.
      '(surveillance|patrol|patrols|patrolling) ~6 jointly with',
      // "joint flights of Russian and Chinese bombers": flying together, named by the aircraft flown.
      '(joint|combined) (air|bomber|patrol|strategic bomber|long-range bomber) flight[s]',
      '(joint|combined) flight[s] of ~4 (bombers|warplanes|fighter jets|military aircraft|strategic bombers)',
      '(combined|bilateral|trilateral|multilateral|joint|military|naval|air|maritime|field training|amphibious) exercise',
      // "first joint air force exercise", "joint counter-terrorism field exercises".
      '(joint|combined|bilateral|trilateral|multilateral) ~3 exercise[s]',
      '(trained|train|training|drilled|drill|exercised|sailed|patrolled|patrol|flew|fly) together',
      // What was patrolled or sailed between the verb and "together": "have patrolled the strait's waters together".
      '(patrolled|patrolling|sailed|sailing) ~3 (waters|sea|seas|strait|coast|coasts|border|gulf) together',
      // The adverb first: "the two frigates jointly patrolled the strait", "jointly escorted a convoy".
      'jointly (patrolled|patrol|patrols|patrolling|escorted|escort|escorts|escorting)',
      // "troops trained alongside British soldiers": training beside another force, not with new kit.
      // The base form too ("are scheduled to train with US forces"), an adverb between ("train regularly with"),
      // and a single service ("with the Australian Defence Force", "with the Omani navy").
      '(train|trained|trains|training|drill|drilled|exercised|exercising|sailed|sailing|patrolled|flew|flying) [regularly |routinely |often |frequently |annually |together |jointly |also ](alongside|with) ~4 (troops|soldiers|forces|force|sailors|marines|pilots|counterparts|units|commandos|paratroopers|navy|navies|army|armies|coast guard|warships|contingent[s]|jets|fighters|frigates|crews)',
      // "held a joint amphibious landing", "flew a combined mission over the sea": one drill by its kind.
      '(joint|combined|bilateral|trilateral) [amphibious |beach |airborne ](landing[s]|assault[s])',
      '(flew|fly|flies|flying|flown) [a |two |three |several ](joint|combined) ~2 (mission[s]|sortie[s])',
    ],
    examples: [
      'The two submarines spent five days in bilateral submarine warfare training near Callao.',
      'Indian and Vietnamese warships held drills in the South China Sea.',
      'Ghanaian and Togolese troops trained together near the border last month.',
      'Turkey and Azerbaijan began joint special forces training near Baku.',
      'Korean and Polish troops wrapped up a combined exercise at Drawsko.',
      'Egypt and China wrap up first joint air force exercise',
      'Senegalese paratroopers trained alongside French commandos near Thies.',
      'Danish and Swedish jets will resume cross-border training in March.',
      'Fijian troops drill routinely with the New Zealand Defence Force.',
      'Seoul scrambled jets during joint flights of Russian and Chinese bombers.',
      'Chilean and Peruvian cutters have patrolled Peruvian waters together since 2015.',
      'A Chilean and a Peruvian frigate jointly escorted a convoy through the strait.',
      'Oman, Qatar and Kuwait have held coordinated air and sea patrols from 2010 on.',
      'Latvian gunners held live firings with the new launchers together with Polish crews.',
      'Dutch and Belgian minehunters ran a minehunting serial off Zeebrugge.',
      'Their navies will stage combined maritime activities off Jolo.',
      'A Russian corvette and Cuban patrol boats practised joint manoeuvring off Havana.',
      'Greece will host training activities with Cypriot jets next spring.',
      'US Southern Command held flight operations with the Belizean defence force.',
      'The Indian Navy patrols Mauritian waters jointly with the coast guard.',
      'Kenyan and Tanzanian marines staged a joint beach landing near Tanga.',
      'Omani and Saudi jets flew a combined strike mission over the desert.',
      'Malaysian Hawks flew alongside Thai jets near the border.',
    ],
    counterExamples: [
      'The two airlines will operate joint flights to Lisbon.',
      'The fire drilling equipment arrived late.',
      'The recruits trained with new rifles bought from a local maker.',
    ],
  },
  {
    // "the army has exercised with Ghana and Benin": the verb with a partner after it, states or forces.
    name: 'joint-exercise: exercised with a partner',
    yields: activity('joint_exercise'),
    words: ['(exercised|exercising) (with|alongside)'],
    unlessFollowedBy:
      '(caution|care|restraint|discretion|prudence|great|extreme|due|the right|its right|their right)',
    note: '"exercised with caution" is the other sense.',
    examples: [
      'Over the past decade the Togolese army has exercised with Ghana and Benin.',
      'Omani frigates are exercising alongside the Pakistani navy this week.',
    ],
    counterExamples: ['The powers were exercised with caution.'],
  },
  {
    name: 'joint-exercise: the exercise',
    yields: activity('joint_exercise'),
    // Or an owner's first: "the battalion's annual field exercise".
    words: [
      '(the|a|an|annual|this) ~2 exercise',
      "the *'s ~2 exercise",
      // Its length before the rest: "a week-long air combat exercise".
      '(the|a|an|annual|this) (week-long|weeklong|month-long|two-week|three-week|two-day|three-day|four-day|five-day|six-day|ten-day|10-day|12-day|two-week-long) ~2 exercise',
    ],
    unlessFollowedBy: '(the|of|its|their|a|his|her)',
    note: '"exercise the right", "exercise of power" are the verb and the other sense.',
    examples: [
      'Kenyan and British soldiers completed the annual exercise in Laikipia.',
      'Brazil will host a naval exercise with Argentina in October.',
      'Lima and Quito began a two-week air combat exercise on Monday.',
    ],
    counterExamples: [
      'The court said it would not exercise its powers.',
      'This exercise of authority was unlawful.',
    ],
  },
  {
    // "Mekong Shield, the exercise its navy ran with Hanoi": a relative clause whose subject is a force,
    // where "exercise its" is otherwise the verb ("exercise its powers").
    name: 'joint-exercise: the exercise a force held',
    yields: activity('joint_exercise'),
    words: [
      '(the|an|annual) exercise (its|their) (army|navy|forces|troops|military|air force|armed forces|marines|soldiers)',
    ],
    examples: [
      'Laos called off Mekong Shield, the exercise its navy ran with Hanoi since 2012.',
      'Peru scrapped the annual exercise their forces staged with Chile.',
    ],
    counterExamples: ['The court will not exercise its powers.'],
  },
  {
    name: 'joint-exercise: Exercise Name',
    yields: activity('joint_exercise'),
    // Not a pronoun or a verb's helper: "the drills it had held", "the exercise was", "an exercise that ran".
    pattern: String.raw`Exercise\s+(?!(?:it|they|we|he|she|which|that|was|were|is|are|has|had|have|will|would|this|these|those|its|their)\b)[A-Z][a-z]+`,
    open: true,
    note: 'Runs under /i, so it also takes "exercise with": kept as the scan has always read it.',
    examples: [
      'Exercise Talisman drew 30,000 troops to Queensland.',
      'German paratroopers joined Exercise Swift in Lithuania.',
    ],
    counterExamples: [
      'The 2025 exercises were cancelled.',
      'Lima cancelled the "Sea Wolf" exercise it had hosted.',
    ],
  },
  {
    name: 'joint-exercise: named exercises',
    yields: activity('joint_exercise'),
    words: [
      'Balikatan',
      'Malabar',
      'RIMPAC',
      'Talisman Sabre',
      'Pitch Black',
      'Cope North',
      'Keen Sword',
      'Keen Edge',
      'Orient Shield',
      'Garuda Shield',
      'Cobra Gold',
      'Freedom Shield',
      'Ulchi Freedom Shield',
      'Resolute Dragon',
      'Kamandag',
      'Sama Sama',
      'Iron Fist',
      'Southern Jackaroo',
      'Nishtar',
      'Dharma Guardian',
      'Shinyuu Maitri',
      'Veer Guardian',
      'JIMEX',
      'Vigilant Isles',
    ],
    examples: [
      'Thai and American marines opened Cobra Gold in Sattahip.',
      'The Indian Navy confirmed its ships for Malabar this autumn.',
    ],
    counterExamples: ['The cobra was found in a garden in Bangkok.'],
  },
];

/** Kit two states may make together, as a phrase's last word. */
const KIT_NOUNS =
  '(fighter[s]|jet[s]|aircraft|sensor[s]|sonar[s]|drone[s]|missile[s]|radar[s]|engine[s]|submarine[s]|frigate[s]|corvette[s]|vessel[s]|ship[s]|boat[s]|tank[s]|helicopter[s]|interceptor[s]|satellite[s]|weapon[s]|munition[s]|ammunition|howitzer[s]|vehicle[s]|system[s])';

const jointDevelopment: PhraseEntry[] = [
  {
    name: 'joint-development: joint research and co-development',
    yields: activity('joint_development'),
    words: [
      'joint (research|development|production|design|manufacturing|manufacture|assembly)',
      'co[-]develop[s|ed|ing|ment]',
      'co[-]produc(e|es|ed|ing|tion)',
      'jointly (develop|produc|research|build|construct|manufactur|assembl|design|stud)*',
      // A study of kit the two make together: "to study a future frigate together".
      '(study|studies|studying|studied) (a|an|the|future|new|next-generation) ~3 (fighter[s]|jet[s]|frigate[s]|corvette[s]|submarine[s]|tank[s]|missile[s]|drone[s]|radar[s]|engine[s]|aircraft|helicopter[s]|combat air system[s]|air defen(c|s)e system[s]) (together|jointly)',
      // "BrahMos, built by the Indo-Russian joint venture": a venture of two states' firms makes the kit.
      'joint venture',
      'cooperative development',
      'cooperative research',
      // Working on kit together by another verb: "agreed they would collaborate in developing a jet", "will
      // cooperate on building corvettes", "will work together on sonar and underwater drones".
      `(collaborate|collaborates|collaborated|collaborating|cooperate|cooperates|cooperated|cooperating|co-operate|co-operating) (on|in) [the |a ](development|production|design|manufacture|manufacturing|co-development|co-production) of ~4 ${KIT_NOUNS}`,
      `(collaborate|collaborates|collaborated|collaborating|cooperate|cooperates|cooperated|cooperating|co-operate|co-operating) on (developing|producing|building|designing|manufacturing) ~4 ${KIT_NOUNS}`,
      `(work|works|working|worked) together on ~3 ${KIT_NOUNS}`,
      // The kit between the verb and "together": "agreed to build drones together".
      `(build|builds|building|built|produce|produces|producing|produced|develop|develops|developing|developed|make|makes|making|manufacture|manufactures|manufacturing|manufactured) ~3 ${KIT_NOUNS} together`,
      // A study of kit or technology the two begin together: "a joint study into underwater drones".
      'joint (study|studies) (on|of|into) ~3 (system[s]|technolog(y|ies)|drone[s]|vehicle[s]|missile[s]|radar[s]|sensor[s]|engine[s]|aircraft|fighter[s]|ship[s]|submarine[s]|weapon[s]|equipment|interceptor[s]|satellite[s])',
    ],
    note: 'The synonym map adds "cooperative growth".',
    examples: [
      'Turkey and Indonesia will co-develop a medium tank.',
      'Korea and Poland agreed on joint production of howitzers.',
      'Paris and Delhi discussed the joint design of a new jet engine.',
      'Rome and Cairo agreed on joint manufacturing of patrol boat hulls.',
      'Egypt and Italy are jointly building two frigates at Alexandria.',
      'Riyadh and Seoul announced the cooperative growth of a new trainer jet.',
      'The two navies began a joint study into underwater drones.',
      'Oslo and Warsaw will jointly study a successor to their patrol boats.',
      'The two air forces agreed in a memorandum to study a future trainer jet together.',
      'Rome and Ankara agreed they would collaborate in the development of a trainer jet.',
      'The two yards will cooperate on building offshore patrol vessels.',
      'Oslo and Helsinki will work together on sonar buoys and mine-hunting drones.',
      'Ankara and Baku plan to manufacture armoured vehicles together.',
    ],
    counterExamples: [
      'The co-pilot developed a fever during the flight.',
      'A joint study on trade barriers was published.',
      'The two ministries will cooperate on the development of tourism.',
    ],
  },
  {
    name: 'joint-development: developed jointly or with',
    yields: activity('joint_development'),
    words: [
      // "the fighter built jointly by the two", "producing the vehicles jointly in Estonia".
      '(develop|produc|build|built|manufactur|assembl)* ~4 jointly',
      '[being |be ](develop|produc|build)[ed|ing] [jointly ][together ]with',
      // The kit between the verb and its partner: "are developing a sixth-generation fighter with Italy". Kit,
      // not ties ("develop closer ties with").
      '(develop|develops|developing|developed|co-develop[s|ing|ed]) (a|an|the|its|their) ~2 (fighter|fighters|jet|jets|missile|missiles|drone|drones|tank|tanks|submarine|submarines|frigate|frigates|corvette|corvettes|radar|radars|engine|engines|helicopter|helicopters|aircraft|rifle|rifles|howitzer|howitzers|warship|warships|trainer|interceptor|interceptors|satellite|satellites) with',
      // A state's weapon programme with partners: "its fighter project with Paris and Madrid".
      '(fighter|combat aircraft|combat air|jet|tank|submarine|frigate|missile|drone|engine|helicopter|trainer) (project|programme|program) with',
    ],
    examples: [
      'The missile is being developed with Israeli engineers.',
      'Ankara is developing a heavy transport helicopter with Kyiv.',
      "Rome's own tank programme with Athens and Madrid has slipped again.",
      'Germany and Brazil developed the new sensor jointly.',
      'The trainer jet is built jointly by Turkey and Azerbaijan.',
      'Kyiv and Vilnius are producing the drones jointly.',
    ],
    counterExamples: [
      'The system was developed in Turkey by Aselsan alone.',
      'Seoul wants to develop closer defence ties with Warsaw.',
    ],
  },
  {
    // "drone firms may open production plants on its soil": arms makers of one state producing on
    // another's soil. Only where arms or their makers are named before: a carmaker's new line is no tie.
    name: 'joint-development: arms production set up on a partner’s soil',
    yields: activity('joint_development'),
    pattern: String.raw`(?<=\b(?:defen[cs]e|arms|weapons?|military|drones?|missiles?|ammunition|shells?)\b[^.;]{0,60})\b(?:set\s+up|open|opens|opened|establish|establishes|established)\s+(?:[\w-]+\s+){0,3}?production\s+(?:lines?|facilit(?:y|ies)|plants?)\b`,
    examples: [
      'Oslo agreed that Polish drone makers may open production plants on its soil.',
      'The arms maker will open a shell production plant in Lithuania.',
    ],
    counterExamples: ['The carmaker opened new production plants in Slovakia.'],
  },
  {
    // Building a supplier's design at home, with its know-how, is co-production in the ontology's sense.
    name: 'joint-development: technology transfer and licensed production',
    yields: activity('joint_development'),
    words: [
      // Under a transfer, not "a deal on equipment and technology transfer" (an instrument of its own).
      '(under|with|through|including|involving|via) [a |the ][full |partial |significant ](transfer[s] of technology|technology transfer[s])',
      // "a frigate deal that also includes technology transfer": the sale's own terms.
      '(include|includes|included|involve|involves|involved) [a |an |the ][full |partial |significant |extensive |major ](transfer[s] of technology|technology transfer[s])',
      // "an order for 60 tanks, half of them to be made at home": part of an order made on the buyer's soil.
      '(of which|of them) [will |would |are |is |are set |are due ](be|to be) (built|assembled|produced|manufactured|constructed|made) (in|at|locally|by)',
      // "howitzers built by a local firm with technology from the Korean maker".
      '(built|assembled|produced|manufactured|constructed|made) ~6 with (technology|know-how) [and ~3 ]from',
      'licen(c|s)e[d] production',
      '(under|with|through) [a |the |an ][[0-9]* ](licen(c|s)e|licen(c|s)ing|technology_transfer|transfer of technology) (deal|agreement|arrangement|package|programme|program|scheme)',
      // "builds the chassis under a licence from the Korean maker".
      '(under|with) [a |an ]licen(c|s)e from',
      // "drones to be produced in Astana under a deal reached with Ankara": made at home on a partner's terms.
      '(produced|built|assembled|manufactured|made) in ~2 under ~3 (agreement|deal|contract|arrangement|memorandum) [signed |concluded |reached ]with',
      // A system made by firms of several states together: "designed by a consortium of Dutch and Belgian yards".
      '(built|developed|produced|made|designed|manufactured) by a [~2 ](consortium|joint venture) of',
      // Named by its own article too ("signed a licence agreement", "its 2014 licence deal").
      '(a|an|the|its|their) [(19|20)* ][(separate|new|further|second|broader|wider|fresh) ](licen(c|s)e|licen(c|s)ing|licen(c|s)ed_production|co-production|industrial_cooperation|industrial_partnership|industrial_participation) (deal|agreement|arrangement|memorandum|accord|contract)',
      // "to be produced locally in Egypt", "local assembly of the jets": a buyer making the seller's design.
      'local (production|assembly|manufacture|manufacturing)',
      '(produced|assembled|built|manufactured|made) locally',
      // The verb active: "agreed with Beijing to manufacture the drones locally".
      '(produce|produces|producing|assemble|assembles|assembling|build|builds|building|manufacture|manufactures|manufacturing) ~6 locally',
      '(assemble|build|produce|manufacture)[s|d] ~4 at home',
      '(built|produced|assembled|manufactured|made) [locally ]under licen(c|s)e',
      '(build|builds|building|built|produce|produces|producing|produced|assemble|assembles|assembling|assembled|manufacture|manufactures|manufacturing|manufactured) ~5 under licen(c|s)e',
      '(assistance|assist[s|ed]|help[s|ed]) in (building|constructing|producing|developing)',
      '(partnership|programme|program|project|consortium|venture) to [jointly ](build|develop|produce|design)',
      // "the air defence programme it launched with Germany and Norway": a programme run with partners.
      '(programme|program|project|consortium|venture) [it |they |that |which ](launched|started|began|set up|founded|runs|run) [jointly ](with|together with|alongside)',
      // Production moved to the buyer's soil: "with much of the output to be localised in Peru".
      '(locali(s|z)e|locali(s|z)es|locali(s|z)ed|locali(s|z)ing|locali(s|z)ation of) ~3 production',
      'production ~3 (to be|will be|would be|is to be) locali(s|z)ed',
      // A weapon two states build as one: "a joint successor to their torpedoes", "a common European tank".
      'joint successor',
      // Or one a group of states develops together: "developing a common patrol drone".
      'common [European |next-generation |future ](fighter|tank|missile|submarine|frigate|drone|helicopter|combat aircraft|air defense system)',
      '(develop|develops|developing|developed|build|builds|building|design|designs|designing|designed|produce|producing) a common ~2 (fighter|tank|missile|submarine|frigate|corvette|drone|helicopter|trainer|rifle|combat aircraft|air defense system|armo[u]red vehicle|patrol vessel|patrol boat)[s]',
    ],
    examples: [
      'Two of the frigates will be assembled in Surabaya under a technology transfer.',
      'Chile ordered six corvettes under a contract which involves technology transfer for its own yard.',
      'Hanoi ordered 40 tanks, half of which would be made at Haiphong.',
      'The rifles will be built by a Peruvian firm with technology and parts from a Czech maker.',
      'The howitzers are to be manufactured under licence in Egypt.',
      'Seoul assists in building corvettes at Peruvian shipyards.',
      'Egypt will produce Korean K9 howitzers under licence near Cairo.',
      'Since 2015 Baku has assembled Israeli-designed drones under licence.',
      'Ankara and Nairobi signed a licence agreement for the armoured vehicles.',
      'The two firms also signed a separate licensing deal for the engines.',
      'Spain left the drone programme it launched with France and Italy.',
      'Its hulls are assembled in Gdansk under a technology-transfer package with a Korean yard.',
      'Part of the order is to be produced locally in Cairo.',
      'Riyadh agreed with a Chinese firm to manufacture the drones locally.',
      'Two of the hulls are being built at a Chilean yard through a transfer of technology package.',
      'The Czech plant makes the gearbox under a licence from a German firm.',
      'The trucks will be assembled in Tashkent under a deal signed with Ankara last year.',
      'The frigate was designed by a consortium of Dutch and Belgian yards.',
      'The deal will localise production of the hulls in Peru.',
      'Rome and Paris will design a joint successor to their heavy torpedoes.',
      'Oslo quit the talks on a common European tank in 1990.',
      'Lima, Quito and Bogota are developing a common coastal patrol vessel.',
    ],
    counterExamples: [
      'The shipyard was built in 1990 with private money.',
      'The plant raised its production of shells in May.',
      'The two signed a pact on defence equipment and technology transfer.',
      'The driving licence agreement between the two states took effect.',
      'Three of them will be retired next year.',
      'The stadium was built in 2004 with money from a bank.',
    ],
  },
  {
    // The partners named inside the relative clause, a list with its commas: "the vehicle programme, which A, B
    // and C launched together in 2021".
    name: 'joint-development: a programme its partners launched together',
    yields: activity('joint_development'),
    pattern: String.raw`\b(?<=\b(?:defen[cs]e|military|radars?|missiles?|fighters?|tanks?|vehicles?|armou?red|drones?|submarines?|frigates?|corvettes?|warships?|weapons?|ammunition|howitzers?|helicopters?|jets?|aircraft|combat|trucks?)\b[^.;,]{0,40})(?:programme|program|project|consortium),?\s+(?:that|which)\s+[^.;]{1,80}?\s(?:launched|started|began|set\s+up|founded|run|runs)\s+(?:together|jointly)\b`,
    examples: [
      'The truck project which Austria, Slovenia and Croatia started together in 2019 has stalled.',
      'Its drone programme, which Ankara and Baku run jointly, flew a prototype in May.',
    ],
    counterExamples: [
      'The housing project, which the city started in 2019, has stalled.',
      'The rail project, which Austria and Slovenia started together in 2019, has stalled.',
    ],
  },
  {
    // A consortium or programme counted by its nations is their shared development: "made by a three-country
    // consortium", "the three-nation Nordic drone programme"; the states the sentence lists are its partners.
    // Not a partnership or a pact (a three-nation security partnership is a grouping), nor talks.
    name: 'joint-development: a programme counted by its nations',
    yields: activity('joint_development'),
    words: [
      '(two|three|four|five|six|seven|eight|multi|multiple)_(nation|country|state|government) ~2 (consortium|consortia|programme|program|project|venture|joint venture)[s]',
    ],
    examples: [
      'The trainer is built by a three-nation consortium in which Brazil, Chile and Peru share the work.',
      'The four-country frigate programme, with Lima, Quito, Bogota and Santiago as partners, slipped again.',
    ],
    counterExamples: [
      'The three-nation security partnership was announced in 2021.',
      'Four-nation talks on the border resumed.',
    ],
  },
  {
    // A seller's help or know-how in building its design in the buyer's yards: the build is shared, whatever
    // the sale around it ("hulls built in the buyer's yard with the seller's engineers on site").
    name: 'joint-development: building with a partner’s know-how',
    yields: activity('joint_development'),
    words: [
      '(built|constructed|assembled|produced|manufactured|developed|designed) ~5 with ~3 (technical|technological|engineering|design|industrial) (assistance|help|support|know-how|expertise|cooperation)',
      // "seven were built at a yard in Haiphong with Indian technology": the yard may take a few words.
      '(built|constructed|assembled|produced|manufactured) ~7 (with|using) ~2 (assistance|know-how|expertise|engineers on site|technology)',
      // "built by a Mumbai yard in collaboration with a French firm": the partner named after the phrase.
      '(built|constructed|assembled|produced|manufactured|developed|designed) ~6 in (collaboration|cooperation|partnership) with',
      // The work still going on: "is producing its own missiles with Chinese assistance".
      '(building|builds|constructing|assembling|assembles|producing|produces|manufacturing|manufactures) ~5 (with|using) ~2 (assistance|help|know-how|expertise|technology)',
      // Or to come: "the navy yard will build two corvettes at home with know-how from a Spanish maker".
      '(will|would|to) (build|construct|assemble|produce|manufacture) ~6 (with|using) ~2 (assistance|help|know-how|expertise|technology) from',
      // Another's design built at home: "built in the buyer's yard to a design by the seller's firm".
      '(built|constructed|assembled|produced|manufactured) ~6 (to|on|from|after|under) [the basis of ](a|an|the|its) ~2 design[s] (by|from|of)',
      '(designed|drawn up|developed) by ~5 and (built|constructed|assembled|produced|manufactured) (in|at|by|locally)',
      // Design papers handed over: "built at the state yard with Russian design documentation".
      '(with|using) ~4 design (documentation|data|drawings|papers)',
      // Help from a maker, not a lender: "built in the buyer's yard with help from the seller's shipbuilder".
      '(built|constructed|assembled|produced|manufactured) ~5 with (help|assistance|support) from ~3 (shipbuilder|shipyard|yard|firm|maker|manufacturer|engineers|industry)',
      // The work named as a noun: "production at home with the maker's technology".
      '(production|construction|assembly|manufacture|manufacturing) ~4 with ~2 (assistance|know-how|expertise|technology)',
      // The seller's part named alone, the build told before it: "..., with Spanish design and technical assistance".
      'with ~2 (technical|engineering|design) [and technical ](assistance|help|know-how|expertise)',
      // A maker building part of its product with a partner in the buyer's country (the plant may take a
      // few words: "wing parts at a new plant outside the capital with a local partner").
      '(manufacture|manufactures|manufacturing|produce|produces|producing|assemble|assembles|assembling) ~9 with (a|an|the|its|their) ~2 (partner|partners)',
      // Another's specialists helping a state's industry build: "engineers helped local firms assemble drones".
      '(assisted|assists|assist|assisting|helped|helps|help|helping) ~4 (industry|industries|firms|companies|factories|plants|engineers|workers|shipyards|yards) [to ](assemble|build|produce|manufacture|develop)',
      '(transfer|transfers|transferring|transferred|pass|passes|passing|passed|hand over|handing over|share|sharing) ~4 (know-how|design data|production technology|tooling|production line)',
      // "the maker is transferring its technology to a local plant": know-how passed to another's industry.
      '(transfer|transfers|transferring|transferred) [its |their ][military |defen(c|s)e |production ]technology to',
      // A maker helping a state build its own: "the Spanish yard is helping Peru build two patrol ships".
      '(help|helps|helped|helping|assist|assists|assisted|assisting) ~3 (build|construct|produce|manufacture|assemble|develop) ~4 (ship[s]|vessel[s]|boat[s]|frigate[s]|corvette[s]|submarine[s]|fighter[s]|jet[s]|aircraft|drone[s]|tank[s]|howitzer[s]|missile[s]|rifle[s]|radar[s]|helicopter[s])',
      '(design|designs|designing|designed|develop|develops|developing|developed) ~4 together',
      '(designed|developed|engineered) jointly',
      '(take|takes|took|taking|taken) part in the (production|manufacture|manufacturing|assembly|development) of',
    ],
    examples: [
      'The patrol boats were assembled in Mombasa with Turkish technical assistance.',
      'Four patrol boats are being built at the Mombasa yard with Dutch engineers on site.',
      'The Spanish yard is passing its production know-how to a Chilean partner.',
      'Manila wants assembly in Subic with Korean technology for the last two hulls.',
      'The corvettes, three of them in Chittagong, with Chinese engineering assistance.',
      'The Swedish firm will produce wing parts in Kraków with a Polish partner.',
      'Turkish engineers helped Qatari firms build armoured vehicles in Doha.',
      'Engineers from Ankara and Baku will develop the drone together.',
      'Under the offset deal, the Swedish maker is transferring its production technology to a Thai plant.',
      'A Dutch yard is helping Kenya build three patrol boats.',
      'The new variant was designed jointly by the two air forces.',
      'Two Czech suppliers will take part in the manufacture of the radar.',
      'The offshore patrol vessels will be assembled in Durban with support from a Dutch shipyard.',
      'Riyadh is now assembling its own drones with Turkish help.',
      'The state yard will build the two frigates in Callao with technology from a Korean firm.',
      'Five of the patrol boats were built at a yard near Haiphong with Indian technology.',
      'Most of the howitzers are assembled at a plant near Lima using Korean technology.',
      'The frigates were built by a Lisbon yard in collaboration with a Dutch firm.',
      'The corvette was built in Chittagong to a design by a Chinese state yard.',
      'The oiler, designed by a Korean firm and built at a yard in Lima, is now in service.',
      'The navy yard now assembles two tugs using Dutch design documentation.',
    ],
    counterExamples: [
      'The bridge was built in 1990 with help from a bank.',
      'The two teams played together in the final.',
      'The minister took part in the opening of the plant.',
    ],
  },
  {
    // A plant or line set up to assemble another state's system, production that is to take place in the
    // buyer's country, firms teaming up on a design: co-production in the ontology's sense.
    name: 'joint-development: local plants and industrial partners',
    yields: activity('joint_development'),
    words: [
      'industrial (partnership|cooperation) with',
      '(plant|production line|assembly line|factory|facility) ~7 to (assemble|build|produce|manufacture)',
      // The plant named by what it turns out: "opened a factory near Dushanbe producing Iranian drones".
      '(plant|production line|assembly line|factory) ~4 (producing|assembling|manufacturing|that produces|that assembles|that will produce|that will assemble)',
      // "a plant for the manufacture of armoured trucks opened outside the capital".
      '(plant|factory|facility|production line|assembly line) (for|to) [the ](production|assembly|manufacture|manufacturing) of',
      // "to set up an assembly line for the Turkish drones": a line for another's system is its local production.
      '(build|builds|building|built|set up|sets up|setting up|establish|establishes|established|establishing|open|opens|opened|opening) (a|an|the) ~2 (production|assembly|manufacturing) line[s] (for|of)',
      '(assemble|assembles|assembled|assembling|build|builds|building|produce|produces|producing|manufacture|manufactures|manufacturing) ~5 (on ~1 soil|in-country)',
      '(production|assembly|manufacturing|construction) ~3 (to take place|will take place|would take place|takes place|taking place) in',
      'locali(s|z)ed ~2 (production|variant|version|model)',
      '(team|teams|teamed|teaming) up with ~6 to (offer|build|develop|produce|design|bid)',
    ],
    examples: [
      'The Brazilian maker has an industrial partnership with a Swedish group.',
      'A factory outside Tashkent was opened to build the armoured trucks.',
      'The general opened a plant near Dushanbe producing Iranian drones.',
      'A Zimbabwean plant for the manufacture of armoured trucks opened in May with a Chinese firm.',
      'The company will assemble the helicopters on Egyptian soil.',
      'Most of the assembly will take place in Morocco.',
      'Ankara wants a localised version of the trainer jet.',
      'A plant opened near Izmir with a Turkish firm to assemble the trucks.',
      'Cairo is pressing for a localised K9 variant.',
      'An Italian firm teamed up with a Brazilian maker to bid for the trainer contract.',
      'Baku and Ankara plan to open an assembly line for Turkish drones near the capital.',
    ],
    counterExamples: [
      'The plant was closed to save costs.',
      'Production of the series will take place next year.',
    ],
  },
  {
    // "a partner in South Korea's KF-21 programme", "removed Turkey from the F-35 programme": a state's place
    // in a weapons programme run with others is a share in its development.
    name: 'joint-development: a partner in, or removed from, a programme',
    yields: activity('joint_development'),
    words: [
      '(partner|partners|participant|participants) in ~4 (programme|program|consortium)',
      // "a partner nation of the Eurofighter programme together with A and B".
      '(partner|participating) (nation|nations|country|countries|state|states) (of|in) the ~4 (programme|program|consortium)',
      // "Ankara joined the A400M programme in 2003": a seat in a weapons programme, not a grouping's membership.
      '(joined|joins|join|joining) the ~4 (fighter|jet|aircraft|submarine|frigate|tank|missile|drone|helicopter|combat_air|transport_aircraft) (programme|program|consortium|project)',
      '(remove|removes|removing|removed|expel|expels|expelling|expelled|eject|ejects|ejecting|ejected|excluded|kicked out|dropped) ~4 from the ~4 (programme|program|consortium)',
      '(kicked|thrown|forced) out of the ~4 (programme|program|consortium)',
      // "wants to join the production of Seoul's trainer": a seat in another's programme, told by its work.
      '(joined|joins|join|joining) the (development|co-development|production|co-production) of',
    ],
    // "a network of radars being developed by A, B and C": a system the sentence says several states develop
    // (a list of names: one maker named is a sale's seller, and "Korea's A and B" are one state's firms).
    pattern: String.raw`\b(?:developed|designed|co-developed)\s+(?:jointly\s+)?by(?=\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z])`,
    examples: [
      'Jakarta remains a partner in South Korea’s fighter jet programme.',
      'Washington removed Ankara from the F-35 programme in 2019.',
      'Canada joined the Swedish-led submarine programme last year.',
      'Spain, a partner nation of the Eurofighter programme with Italy, ordered more jets.',
      'Cairo is in talks to join the development of the Korean trainer.',
      'A new radar network is being developed by Chile, Peru and Ecuador.',
    ],
    counterExamples: ['The minister removed the item from the agenda.', 'Partners in crime.'],
  },
  {
    // "Ankara joined the A400M programme", "Madrid quit the KF-21 programme": a programme named by the designator
    // of the system it builds is a weapons programme, whichever way a state went in or out of it.
    name: 'joint-development: a seat taken in or given up in a system’s programme',
    yields: activity('joint_development'),
    pattern: String.raw`\b(?:joined|joins|join|joining|quit|quits|quitting|left|leaves|leave|leaving|withdrew|withdraws|withdraw|withdrawing|exited|exits|exit|exiting)\s+(?:from\s+)?the\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}?[A-Z][A-Z0-9]*-?\d+[A-Za-z]?\s+(?:(?:fighter|jet|aircraft|tank|drone|missile|helicopter)\s+)?(?:programme|program|consortium|project)\b`,
    examples: [
      'Lisbon joined the KC-390 programme in 2017.',
      'Madrid quit the F-35 programme years ago.',
      'Warsaw withdrew from the A400M programme.',
    ],
    counterExamples: ['Lisbon joined the Erasmus programme in 2017.', 'Madrid left the G20 meeting early.'],
  },
  {
    name: 'joint-development: GCAP',
    yields: activity('joint_development'),
    words: ['Global Combat Air Programme', 'GCAP'],
    examples: [
      'Saudi Arabia wants a seat in the Global Combat Air Programme.',
      'GCAP partners picked a design office in Reading.',
    ],
    counterExamples: ['The global combat helmet market is growing.'],
  },
];

const membership: PhraseEntry[] = [
  {
    name: 'membership: joining a grouping',
    yields: activity('membership'),
    words: [
      // "may take part in the grouping's technology pillar": a seat in a part of the grouping.
      '(take|takes|taking|took|to take) part in the ~3 pillar',
      'join',
      'joining',
      'joined',
      'joins',
      'accession to',
      'accede to',
      'membership (in|of)',
      'member of',
      'apply to join',
      'applied to join',
      'bid to join',
      'become a member',
      // "Finland became a member in April 2023", "Sweden completed its accession": the grouping in play.
      '(became|becomes) a [full |formal ]member',
      // "Greece and Turkey have been full members since 1952", "became full members": the grouping in play.
      '(became|become|becomes) [full |formal |founding ]members',
      '(has|have|had) been [a ][full |founding ]member[s] since',
      '(is|are|was|were) [all ](founding|full) member[s]',
      '(completed|completes|finalised|finalized) (its|their) accession',
      // "Dili was admitted to the bloc in October", "admitted as its eleventh member".
      '(admitted|admits|admit) (to|into|as)',
      // "the union's newest candidate for membership": the way in opened, not yet taken.
      'candidate (for|to) ~2 (membership|accession)',
      '[an |a |official ]candidate (country|state|member)',
      'member[s] of',
      'partner[s] in',
      'participat* in',
      // "its seat in the Quad", "Estonia, which belongs to NATO": standing membership told by its place.
      'seat (in|at|on) [the ]',
      'belong[s|ed|ing] to [the ]',
      // The founders of a new grouping are its first members; chooseParties wants the grouping right after.
      '(founded|formed|launched|created|established|set up|unveiled|announced) [the ]',
    ],
    // "Sweden's NATO accession", "Kyiv's EU membership bid": the grouping named before the word.
    // "signed the AUKUS pact": a grouping that is itself a pact is joined by signing it.
    pattern: String.raw`(?:NATO|Nato|EU|ASEAN|Asean|AUKUS|Quad)\s+(?:accession|membership(?:\s+bid)?|bid|candidate)|AUKUS\s+(?:pact|agreement|partnership|deal|alliance)`,
    examples: [
      'Sweden completed its accession to NATO in March.',
      'Australia, Britain and the United States announced the AUKUS pact in 2021.',
      "Budapest ratified Sweden's NATO accession on Monday.",
      'Canberra signed the AUKUS pact in September 2021.',
      'Washington, London and Canberra launched AUKUS in 2021.',
      'Japan prizes its seat in the Quad.',
      'Estonia, which belongs to NATO, sent two officers.',
      'Greece has been a full member since 1952.',
      'Ottawa is weighing whether it should take part in the AUKUS technology pillar.',
      'Both are founding members.',
    ],
    counterExamples: ['The two pipes are welded at the joint.'],
  },
  {
    // "as a built-in part of NATO's planning": part of something the grouping owns, not of the grouping;
    // "handed part of its fleet to": a share of what a party owns, no grouping at all.
    name: 'membership: part of, or a role in, a grouping',
    yields: activity('membership'),
    pattern: String.raw`(?:part\s+of|role\s+in)(?!\s+(?:the\s+)?[\w.-]+['’]s\b|\s+(?:its|their|his|her|our|my)\b)`,
    examples: [
      'Brazil is part of the coalition patrolling the strait.',
      'Korea wants a role in AUKUS Pillar II.',
    ],
    counterExamples: [
      "Finnish units train as a built-in part of NATO's planning.",
      'Oslo has now handed part of its patrol fleet to Lima.',
    ],
  },
];

export const TRIGGER_FAMILIES: readonly (PhraseFamily & { type: FactType; instrument: boolean })[] = [
  { name: 'two_plus_two', type: 'two_plus_two', instrument: true, flags: 'gi', entries: twoPlusTwo },
  {
    name: 'information_security',
    type: 'information_security',
    instrument: true,
    flags: 'gi',
    entries: informationSecurity,
  },
  {
    name: 'equipment_transfer_agreement',
    type: 'equipment_transfer_agreement',
    instrument: true,
    flags: 'gi',
    entries: equipmentTransferAgreement,
  },
  { name: 'acsa', type: 'acsa', instrument: true, flags: 'gi', entries: acsa },
  {
    name: 'reciprocal_access',
    type: 'reciprocal_access',
    instrument: true,
    flags: 'gi',
    entries: reciprocalAccess,
  },
  {
    name: 'security_treaty',
    type: 'security_treaty',
    instrument: true,
    flags: 'gi',
    entries: securityTreaty,
  },
  { name: 'defense_mou', type: 'defense_mou', instrument: true, flags: 'gi', entries: defenseMou },
  { name: 'joint_exercise', type: 'joint_exercise', instrument: false, flags: 'gi', entries: jointExercise },
  {
    name: 'joint_development',
    type: 'joint_development',
    instrument: false,
    flags: 'gi',
    entries: jointDevelopment,
  },
  { name: 'membership', type: 'membership', instrument: false, flags: 'gi', entries: membership },
];

/** A security instrument named without saying which kind: an umbrella treaty unless a specific one is named too. */
export const UMBRELLA_FAMILY: PhraseFamily = {
  name: 'umbrella agreement',
  flags: 'gi',
  entries: [
    {
      name: 'umbrella: defense agreement',
      yields: { type: 'security_treaty', instrument: true },
      words: [
        '(defense|security|military) [training |technical |industrial ][cooperation |partnership ](agreement[s]|treaty|treaties)',
      ],
      examples: [
        'Vietnam and Korea upgraded their military pact.',
        'Poland wants a new security treaty with Washington.',
        'Egypt has signed several defence agreements, including with Greece and Cyprus.',
        'Doha and Ankara signed a military training cooperation agreement.',
      ],
      counterExamples: ['The security guards went on strike.'],
    },
    {
      name: 'umbrella: an agreement on alliance or military cooperation',
      yields: { type: 'security_treaty', instrument: true },
      words: [
        '(agreement|treaty) on (allied relations|alliance|mutual defense|mutual assistance|security cooperation)',
        // Guarantees one state gives another's security are a treaty-like pledge, whatever the form.
        '(agreement|treaty|pact|accord) on [mutual |bilateral ]security guarantees',
        'security guarantee[s] (agreement|treaty|pact|accord)[s]',
      ],
      examples: [
        'Kazakhstan and Uzbekistan signed a treaty on allied relations in 2021.',
        'Kyiv and Oslo signed a security guarantees pact on Friday.',
      ],
      counterExamples: ['The agreement on trade cooperation was signed in Astana.'],
    },
    {
      // "Washington has separate treaties with Tokyo and Canberra", "Seoul's own security rests on its treaty with
      // Washington": a treaty a state has with another, named by no field, is the alliance between them.
      name: 'umbrella: a state’s treaty with another',
      yields: { type: 'security_treaty', instrument: true },
      pattern: String.raw`(?<=(?:\b(?:has|have|had)\s+(?:separate\s+|bilateral\s+)?|['’]s\s+(?:own\s+)?|\b(?:its|their)\s+(?:own\s+)?|\b(?:U\.S\.|US|American)\s+))treat(?:y|ies)(?=\s+with\s+(?:the\s+)?[A-Z])`,
      examples: [
        'Washington has separate treaties with Tokyo and Canberra.',
        'Its security rests on its treaty with Washington.',
      ],
      counterExamples: [
        'The treaty with Peru was signed in 1929.',
        'Its extradition treaty with Chile lapsed.',
      ],
    },
    {
      name: 'umbrella: defense partnership',
      yields: { type: 'security_treaty', instrument: true },
      words: ['defense partnership'],
      unlessFollowedBy: 'framework*',
      examples: [
        'India and Vietnam deepened their defence partnership this year.',
        'The protection partnership between Riyadh and Ankara is growing.',
      ],
      counterExamples: ['They signed a defense partnership framework in Hanoi.'],
    },
    {
      name: 'umbrella: mutual defense clause',
      yields: { type: 'security_treaty', instrument: true },
      words: ['mutual (defense|assistance) clause'],
      examples: [
        'France invoked the EU mutual assistance clause after the attacks.',
        'Warsaw cited the mutual defence clause of the treaty.',
      ],
      counterExamples: ['The contract has a mutual termination clause.'],
    },
  ],
};

/** Words that name some agreement without saying which: they take their type from what came before. */
export const GENERIC_FAMILY: PhraseFamily = {
  name: 'generic agreement',
  flags: 'gi',
  entries: [
    {
      name: 'generic: an agreement',
      yields: { role: 'generic-agreement', instrument: true },
      words: [
        // Or the one to follow it: "a successor arrangement", "a follow-on agreement".
        '(similar|such an|such a|such|the|this|that|these|a|an|comparable|equivalent|parallel) [new |bilateral |defense |security |basic |successor |follow-on |follow-up ](agreement[s]|deal[s]|arrangement[s]|treaty|treaties)',
        // "a comparable pact with Chile": pacts and accords named only as like the one before them.
        '(similar|comparable|equivalent|parallel) (pact[s]|accord[s])',
        // "signed the same kind of deal with Oslo": the kind named before it.
        'the same (kind|type|sort) of (agreement|deal|pact|accord|arrangement)[s]',
      ],
      examples: [
        'Korea signed a similar agreement with Poland last year.',
        'The new accord will be reviewed every five years.',
        'Brazil has no such arrangements with its neighbours.',
        'The treaty was ratified by both parliaments in 2019.',
        'Talks on a successor arrangement open in March.',
      ],
      counterExamples: ['Both sides agreed to meet again.'],
    },
    {
      // "the 1998 Tripartite Agreement between A, B and C", "the Quadrilateral Border Arrangement": an
      // agreement named for the number of its parties, its other words capitalised or not.
      name: 'generic: an agreement of several parties',
      yields: { role: 'generic-agreement', instrument: true },
      words: [
        '(the|a|an|its|their) [(19|20)* ](trilateral|tripartite|quadrilateral|quadripartite|three-way|four-way|three-party|four-party) ~2 (agreement|arrangement|accord|pact|treaty|protocol|memorandum)[s]',
      ],
      examples: [
        'Their coast guards patrol under the Quadrilateral Border Arrangement of 2019.',
        'Fijians serve in its regiments under a 1998 tripartite agreement.',
      ],
      counterExamples: ['The trilateral summit ended without a statement.'],
    },
    {
      // "Washington's agreements with Sweden and Finland took effect last year": agreements owned by a party.
      name: 'generic: a party’s agreements',
      yields: { role: 'generic-agreement', instrument: true },
      // Told as earlier or other ones too: "Seoul's previous deals, with A and with B".
      pattern: String.raw`(?:(?<=\b(?:its|their)\s)|(?<=['’]s\s))(?:(?:own|earlier|previous|existing|current|other|older|first)\s+)*(?:new\s+|bilateral\s+|defen[cs]e\s+|security\s+)?(?:agreements?|deals?|arrangements?|pacts?|accords?)`,
      examples: [
        'Oslo’s agreement with Washington took effect in 2022.',
        'Lima’s earlier accords with Quito and Bogota are still in force.',
        'Their arrangements with Lima were renewed.',
        'Belgium signed its own pact on Tuesday.',
      ],
      counterExamples: ['Both sides agreed to meet again.', 'The agreements were published.'],
    },
    {
      // "the 2018 agreement governing the presence of French forces": an agreement dated by the year before it.
      name: 'generic: an agreement of a year',
      yields: { role: 'generic-agreement', instrument: true },
      pattern: String.raw`(?<=\b(?:the|a|an|its|their)\s)(?:19|20)\d\d\s+(?:defen[cs]e\s+|security\s+|military\s+|bilateral\s+)?(?:agreement|accord|deal|arrangement|protocol|memorandum)s?`,
      examples: [
        'Paris and Niamey ended the 2015 agreement.',
        'Under a 2014 accord, troops train in Doha.',
        'A 1990 protocol governs the secondment of Omani officers.',
      ],
      counterExamples: ['In 2014 the two signed nothing.', 'The 2014 budget rose.'],
    },
    {
      // "Lima and Quito signed a logistics pact in 2021. It took effect a year later.": "it" taking effect is the
      // instrument just told (find-triggers.ts reads it only after one).
      name: 'generic: it, taking effect',
      yields: { role: 'generic-agreement', instrument: true },
      // Or signed: "It was signed at Quito on 2 June by both ministers".
      pattern: String.raw`\b[Ii]t(?=\s+(?:(?:has|had|have)\s+(?:since\s+)?(?:been\s+)?|formally\s+|finally\s+|then\s+|only\s+|also\s+)?(?:entered\s+(?:into\s+)?force|took\s+effect|takes\s+effect|came\s+into\s+(?:force|effect)|in\s+force|went\s+into\s+effect|became\s+effective|applied\s+since|remains?\s+in\s+force)\b|\s+(?:was|has\s+been|had\s+been)\s+(?:formally\s+|finally\s+|eventually\s+|only\s+|later\s+)?(?:signed|inked)\s+(?:in|on|at|by|last|this|early|late)\b)|(?<=\b(?:allowing|enabling|letting)\s+)it(?=\s+to\s+(?:take\s+effect|enter\s+into\s+force|come\s+into\s+force)\b)`,
      examples: [
        'Lima and Quito signed a logistics pact in 2021. It took effect a year later.',
        'The senate ratified the accord in May, enabling it to enter into force.',
        'Lima and Quito agreed a logistics pact. It was signed at Quito on 2 June.',
      ],
      counterExamples: ['It rained on the parade in Lima.', 'It joined the naval drills.'],
    },
    {
      // "A fresh text is under discussion", "drafting an amended version": a new text of the instrument
      // just told (find-triggers.ts reads it only after one).
      name: 'generic: a new text of it',
      yields: { role: 'generic-agreement', instrument: true },
      pattern: String.raw`(?<=\b(?:a|an|the)\s)(?:replacement|revised|new|updated|amended|fresh)\s+(?:text|version)\b(?!\s+of\b)`,
      examples: [
        'Lima and Quito signed a border pact in 2001. A fresh text is under discussion.',
        'Both sides are drafting an amended version.',
      ],
      counterExamples: ['The new version of the jet flew.', 'She read the text aloud.'],
    },
    {
      // "has a visiting forces pact with Australia and is negotiating one with Japan": one of the kind named.
      name: 'generic: one with a partner',
      yields: { role: 'generic-agreement', instrument: true },
      // Or those a state has: "similar to the ones Madrid has with Lima and Quito".
      pattern: String.raw`\b(?:one|another)(?=\s+with\b)|(?<=\bthe\s)ones?(?=\s+(?:that\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3}(?:already\s+)?(?:has|have|had|signed|holds|hold)\s+with\b)`,
      examples: [
        'Chile has a logistics pact with Peru and wants one with Brazil.',
        'Seoul signed an access deal with Canberra and is seeking one with Manila.',
        'Lima signed a logistics pact with Quito and is negotiating another with Bogotá.',
        'Rome wants a logistics pact with Quito like the ones Madrid has with Lima and Bogota.',
      ],
      counterExamples: ['One of the ships sailed with the Indian fleet.'],
    },
  ],
};
