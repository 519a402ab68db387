// The shape of the clause around a trigger: where it ends, and the words that make it hypothetical, negated,
// speculative, called off, or about something else (a relative clause). Entries tested on the text before the
// trigger end in `$`; those tested on the whole clause are plain word lists.
import type { PhraseEntry, PhraseFamily } from './entry.js';
import { COUNTED_PARTNERS, YEAR_IN_BRACKET } from './markers.js';

/**
 * "hailed the fifth round in May and agreed that a sixth is to follow in Hanoi": a second reporting verb of the
 * same subject, with a "that" of its own, tells another statement even without a comma before its "and". A
 * clause edge (CLAUSE_EDGE_FAMILY), and where decide-status.ts stops looking for an event noun's tense.
 */
export const SECOND_REPORT_EDGE: PhraseEntry = {
  name: 'clause edge: a second reporting verb and its that',
  yields: { role: 'clause-edge' },
  bare: true,
  pattern: String.raw`\s(?:and|but)\s(?=(?:(?:also|further|then)\s+)?(?:agreed|decided|noted|said|announced|stressed|welcomed|reaffirmed|confirmed|underlined|emphasi[sz]ed|recalled|added|acknowledged)\s+that\b)`,
  examples: [
    'The ministers praised the drills held in May and agreed that a further round will follow in Accra.',
    'Lima hailed the talks and said that a pact would follow.',
  ],
  counterExamples: [
    'Both ministers agreed that a further round will follow in Accra.',
    'Chile and Peru said that drills would follow.',
  ],
};

/** Clause edges: a status cue beyond one of these belongs to another statement (scanned with /g). */
/** A time a sentence opens on as its heading, before a colon: "Next week: the chief travels to Hanoi". */
const TIME_HEADING = String.raw`(?:[Nn]ext|[Tt]his|[Cc]oming|[Ll]ast)\s+(?:week|weekend|month|year)`;

export const CLAUSE_EDGE_FAMILY: PhraseFamily = {
  name: 'clause edge',
  flags: 'g',
  entries: [
    {
      name: 'clause edge: punctuation, dashes, subordinators, brackets',
      yields: { role: 'clause-edge' },
      bare: true,
      // Not a comma and "and" closing a list of names ("A, B, C, and D"), nor the colon that opens a list of
      // the partners just counted ("with five states: A, B and C"), nor a bracket holding a year ("A (2016),
      // B (both 2021)").
      pattern: String.raw`;|(?<!\b${COUNTED_PARTNERS}\s*)(?<!^\W*${TIME_HEADING}\s*):|\s--?\s|,\s(?:(?:with|in|under|by|to|for|at|during|through|after) (?:which|whom)|which|while|but|yet(?!\s+to\b)|whereas|although|though|amid|as(?!\s+well)|who|whose|where|when)\b|(?<!,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\sand\s(?=[A-Z])|,\s(?:and|but|while)\s(?=the\s+(?:army|navy|air\s+force|coast\s+guard|marines|government|military|ministry)\s)|,?\s(?:and|but)\s(?=(?:is|are|was|were|has|have|had|will|would|also|now|plans|wants|hopes|seeks)\s)|\s(?:amid|while|whereas|because)\s|\sas\s(?=[A-Z])|\((?!\w{2,6}\)|${YEAR_IN_BRACKET}\))|(?<!\(\w{2,6}|\(${YEAR_IN_BRACKET})\)`,
      examples: [
        'Ghana signed the pact, which parliament must still ratify.',
        'The frigates sailed on Monday; the drills begin on Friday.',
        'Talks stalled (see below) over basing rights.',
        'Belgrade joined the programme in 2006, yet it has never sought membership.',
        'The two held talks in Lima, at which they signed a logistics pact.',
        'The air force flies Korean jets, and the navy is buying Dutch frigates.',
      ],
      counterExamples: [
        'Ghana signed the pact with Togo (ECOWAS) on Monday.',
        'Ghana signed such pacts with two states: Togo (2016) and Benin (both 2021).',
        'Next week: the army chief travels to Accra.',
        // The last item of a list written with a comma before "and": "A, B, C, and D took part".
        'Navies from Ghana, Togo, Benin, and Nigeria took part.',
        'Ghana signed the pact, as well as a memorandum on training.',
      ],
    },
    {
      // "already has such pacts with A and B, and signed one with C in 2024": a second predicate of the same
      // subject tells another event, with its own partner, status and date.
      name: 'clause edge: a second predicate after a comma',
      yields: { role: 'clause-edge' },
      bare: true,
      // Headlines drop the "and": "Jakarta signs jet deal, eyes Turkish drones".
      // "..., and days earlier had agreed to buy": a time phrase and an auxiliary may come first.
      pattern: String.raw`,\s(?:and|but)\s(?=(?:(?:in|on|by|during)\s+(?:(?:the\s+)?(?:same|following|next|previous)\s+(?:day|week|month|year)|[A-Z][a-z]+(?:\s+\d{4})?|\d{4})\s+)?(?:(?:also|later|then|recently|earlier|days|weeks|months|years|a|two|three|few|week|month|year|before|after|that|this)\s+){0,3}(?:had\s+|has\s+|have\s+)?(?:signed|inked|concluded|agreed|held|began|launched|completed|delivered|ordered|bought|sold|received|ratified|renewed|joined|hosted|conducted|staged|[a-z]{4,}ed(?=\s+(?:the|a|an|its|their|his|her|calls|demands|requests|claims|to|that|talks|negotiations|deliveries|sales|exports|purchases|plans|ties|cooperation)\b))\s)|,\s(?=(?:eyes|mulls|weighs|seeks|plans|signs|inks|buys|orders|receives|considers|eyeing|mulling|weighing)\s)|,\s(?:and|but)\s(?=(?:it|they|he|she|we)\s+(?:is|are|was|were|has|have|had|will|would|also|now|plans|hopes)\s)|\s(?:when|after|before|because|once)\s(?=(?:it|they|he|she)\s+[a-z]+ed\b)|\s(?:and|but)\s(?=(?:in|on|by|during)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+(?:also\s+)?(?:agreed|signed|inked|ordered|bought|decided|began|launched|concluded)\s)`,
      examples: [
        'Oman has a pact with India, and signed another with Kenya last year.',
        'Oman has pacts with India and Iran, and it is negotiating one with Kenya.',
        'Quito suspended talks on jets with Paris, and days earlier had agreed to buy boats from Seoul.',
        'Lima dropped the Swedish offer in 2021 when it announced a deal with Seoul.',
        'Chile bought two frigates, and later ordered a third.',
        'Quito froze talks on jets with Paris, and in the next month bought boats from Seoul.',
        'Doha ordered jets from Paris, and a month later halted talks with Washington on drones.',
        'Lima shelved the frigate deal, and in March 2024 signed for Korean corvettes.',
        'The minister hosted her Chilean counterpart, and rejected calls to cancel the drills.',
        'Jakarta signs jet deal, eyes Turkish drones',
        // No comma, but a date opening the second predicate: "leases drones from A and in 2021 signed for".
        'Berlin leases drones from Tel Aviv and in 2021 decided to buy missiles.',
      ],
      counterExamples: ['Oman, Kenya and India signed the pact.', 'Chile and Peru signed and ratified it.'],
    },
    {
      // "Spain has sent trucks, and the United States has funded radars": after the comma a new subject with
      // its own verb tells another event; the state it names is no partner of the first.
      name: 'clause edge: a second clause with a subject of its own',
      yields: { role: 'clause-edge' },
      bare: true,
      // Not the last member of a list ("Chile, Peru, and the United States then signed").
      pattern: String.raw`(?<!,\s(?:the\s+)?[A-Z][\w\u00c0-\u024f'’.-]*(?:\s+[A-Z][\w\u00c0-\u024f'’.-]*)?),\s(?:and|but|while)\s(?=(?:(?:in|on|by|last|earlier|later|this)\s+(?:(?:early|late|mid)\s+)?(?:[A-Z][a-z]+|\d{4}|week|month|year)(?:\s+\d{4})?,?\s+)?(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3}(?:(?:has|have|had|is|are|was|were|will)\s+(?:(?:also|since|now|already|long|just|recently)\s+)?(?:[a-z]+(?:ed|en|wn|nt|ng)|(?:due|set|slated|poised|about)\s+to)|(?:will|would)\s+[a-z]{3,}|[a-z]{3,}ed)\b)|,\s(?:and|but)\s(?=(?:the|its|their|a|an|another)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}\s+(?:is|are|was|were|has|have|had|will)\s+(?:(?:still|also|now|not|already)\s+)*(?:[a-z]+(?:ed|en|wn|ng)|due|set|slated|expected)\b)`,
      examples: [
        'Spain has sent trucks, and the United States has funded radars for years.',
        'Chile bought the frigates, but New Zealand has since declined the offer.',
        'Oman signed a pact with Kenya, and Ghana ordered boats.',
        // Of what is still to come: "is due to", "will".
        'Peru staged a drill with Chile in May, and the Chilean Navy is also due to receive Brazilian ships in June.',
        'Oman signed a pact with Kenya, and Ghana will sign one next year.',
        // A time phrase may open the second clause.
        'Oman has courted Kenya, and in March Ghana agreed to sell it two boats.',
        // A common noun may be the new subject.
        'Ghana ordered two boats, and the first deliveries are not due before 2027.',
      ],
      counterExamples: [
        'Drills with Chile, Peru, and the United States began.',
        'Chile, Peru, and the United States then signed the pact.',
      ],
    },
    SECOND_REPORT_EDGE,
    {
      // "..., the latest step in Tokyo's drive to ...", "..., forcing flights between A and B to reroute": an
      // aside that sums up the clause, or a consequence of it, names others than its parties.
      name: 'clause edge: a summing-up aside or a consequence',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`,\s(?:the|a|an)\s+(?:latest|first|newest|biggest|largest|next|final|further|new)\s+(?:step|move|sign|signal|milestone|example|chapter|phase|twist|blow|boost)\b|,\s(?:a|in\s+a)\s+(?:move|sign|step|signal|development)\s+(?:that|which|seen|aimed|likely|widely)\b|,\s(?=(?:forcing|prompting|causing|leading|sparking|triggering|drawing|raising|angering|alarming|worrying|unsettling|helping|allowing|enabling)\s)|,\s(?=(?:designed|intended|meant|aimed)\s+(?:to|at)\s)|,\s(?=(?:building|drawing)\s+on\s)|,\s(?=(?:replacing|superseding|updating)\s+(?:a|an|the|its|their)\s)`,
      examples: [
        'Chile and Peru signed a pact, the latest step in Santiago’s push for partners beyond the US.',
        'Chinese ships held drills, forcing flights between Fiji and Tonga to reroute.',
        'They signed a pact to build an interceptor, designed to counter missiles fielded by Iran.',
        'Lima and Quito are negotiating a treaty, building on a pact the two signed in 2019.',
      ],
      counterExamples: ['Chile and Peru signed a pact, the first of its kind.'],
    },
    {
      // "a logistics pact with Quito, similar to the ones Madrid has with Lima": the instruments compared with
      // are others', with parties of their own.
      name: 'clause edge: the ones compared with',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`,?\s(?:similar\s+to|like|as|modelled\s+on|modeled\s+on)\s(?=the\s+ones?\s+(?:that\s+)?[A-Z])`,
      examples: [
        'Rome wants a logistics pact with Quito like the ones Madrid has with Lima.',
        'a deal with Lima, similar to the ones Quito signed with Bogota',
      ],
      counterExamples: ['a deal like the one signed last year'],
    },
    {
      // "... racing to limit China's footprint since Solomon Islands signed a pact with Beijing": a time clause
      // with a subject and verb of its own tells another event, with its own parties and date. Not "after" or
      // "when": "applied for membership after the invasion began in 2014" is dated by what it follows.
      name: 'clause edge: a time clause with its own subject',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`\s(?:since|until)\s(?=(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3}(?:and\s+(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3})?(?:(?:army|armed\s+forces|forces|troops|military|navy|government|president|leaders?)\s+)?(?:signed|inked|concluded|agreed|joined|held|began|launched|bought|ordered|received|sealed|struck|opened|became|applied|withdrew|left|invaded|crossed|seized|took|sent|[a-z]{3,}ed)\b)`,
      examples: [
        'Ties have grown closer since Fiji signed a policing pact with Beijing.',
        'Drills were suspended until Chile and Peru agreed a new framework.',
        'The drills grew larger since the Russian army crossed into Georgia.',
      ],
      counterExamples: [
        'Ties have grown closer since January.',
        'Drills resumed after Chile and Peru agreed.',
      ],
    },
    {
      // "Tehran test-fired missiles as Washington and Riyadh held drills": a clause of its own opened by "as",
      // "while" or "where", its subject named and its verb past, tells another event with other parties.
      name: 'clause edge: an as, while or where clause with its own subject',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`\s(?:as|while|whereas|where)\s(?=(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3}(?:and\s+(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){1,3})?(?:(?:armies|navies|forces|troops|army|navy|military)\s+)?(?:held|staged|conducted|hosted|launched|began|started|opened|signed|inked|[a-z]{3,}ed)\b)`,
      examples: [
        'Minsk tested a missile as Warsaw and Vilnius staged drills.',
        'Caracas flew bombers over the sea while the US Navy conducted drills.',
        'Two frigates neared the waters where Manila and Canberra staged drills.',
      ],
      counterExamples: ['Drills such as Cobra Gold grew.', 'The pact came into force as planned.'],
    },
    {
      // "The deal follows an order for jets and comes as the country weighs buying drones": what the news
      // comes amid is another event.
      name: 'clause edge: what the news comes as or amid',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`\s(?:and\s+)?(?:comes?|came|coming)\s+(?:as|amid|while|when|after|before|just\s+as|(?:[\w-]+\s+){1,3}(?:after|before))\s`,
      examples: [
        'The deal follows an order for jets and comes as the country weighs buying drones.',
        'The visit came amid a row over fishing rights.',
        'The order comes ten years after talks on jets failed.',
      ],
      counterExamples: ['The frigate came into service in May.', 'Talks come first.'],
    },
    {
      // "..., agreeing to step up work on a fighter they build with Britain": a participle after the comma
      // tells a further act, with partners of its own.
      name: 'clause edge: a participial clause',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`,\s(?=(?:agreeing|saying|adding|noting|pledging|vowing|calling|stressing|underscoring|highlighting|reaffirming|welcoming|seeking|hoping|aiming|trying|signalling|signaling)\s)`,
      examples: [
        'The ministers met in Rome, agreeing to deepen work on the jet.',
        'Kenya and Uganda held talks, pledging closer ties.',
        'The premier toured Quito, seeking to show that Lima has friends.',
      ],
      counterExamples: ['Kenya, Uganda and Tanzania held talks.', 'The agreeing parties signed.'],
    },
    {
      // "..., weeks after Bolivia bought drones": the time clause tells another event.
      name: 'clause edge: a time clause',
      yields: { role: 'clause-edge' },
      bare: true,
      // Without the comma only where a state opens the time clause ("comes weeks after Russia signed").
      pattern: String.raw`,\s(?:(?:\w+|a\s+few)\s+)?(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\b|,\s(?:after|before|since|until)\s|\s(?:days|weeks|months|years)\s+(?:after|before)\s(?=(?:the\s+)?[A-Z])`,
      examples: [
        'Lima and Quito held talks, weeks after Bolivia bought drones.',
        'Ghana signed the pact, a day after Togo did.',
        'The drills began, after Kenya sent troops.',
        'The visit comes weeks after Russia signed a pact with Mali.',
      ],
      counterExamples: ['Ghana signed the pact two weeks after the election.'],
    },
  ],
};

/**
 * "whether" as a condition, not after a verb of weighing a choice ("weighing whether to join": a proposal, its
 * status cue). The look-behind comes after the word, so it runs only where the word is.
 */
const WHETHER_AS_CONDITION = String.raw`whether(?<!\b(?:weigh|weighs|weighed|weighing|consider|considers|considered|considering|decide|decides|deciding|mull|mulls|mulling|study|studies|studying|assess|assesses|assessing)\s+whether)`;

/** "if", "would", "could": the clause before the trigger is hypothetical. */
export const HYPOTHETICAL_FAMILY: PhraseFamily = {
  name: 'hypothetical',
  flags: 'i',
  entries: [
    {
      name: 'hypothetical: condition or modal',
      yields: { role: 'hypothetical' },
      // "would like to buy" is a wish stated, not a condition (a proposal: status-cues.ts).
      // Nor "would consider sending", "would look at providing": a step weighed is a proposal (status-cues.ts).
      pattern: String.raw`if|unless|${WHETHER_AS_CONDITION}|would(?!\s+(?:(?:like|love)\s+to|consider|look\s+(?:at|into)|study|explore|examine)\b)|could|might|should`,
      examples: ['Analysts in Oslo asked whether the two navies would hold ', 'Quito could sign a '],
      counterExamples: [
        'Dhaka would like to buy ',
        'Berlin would consider sending ',
        'Quito signed a ',
        'The wouldbe buyers in Accra held ',
        'Accra is weighing whether to join ',
      ],
    },
    {
      // "any new arms sales to Hanoi would anger Beijing": a deal spoken of as any at all is none in particular.
      name: 'hypothetical: any such',
      yields: { role: 'hypothetical' },
      bare: true,
      pattern: String.raw`\bany\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$`,
      examples: ['Beijing warned that any major ', 'Officials said any future '],
      counterExamples: ['Officials said the first major ', 'the first in any sense, the new '],
    },
    {
      // What a framework lets happen has not happened: "a framework enabling future sales of naval radars".
      name: 'hypothetical: enabled by a framework',
      yields: { role: 'hypothetical' },
      // What a treaty obliges each side to give ("obliges each to provide military aid if attacked") is a promise.
      pattern: String.raw`enabl(?:e|es|ing)|allow(?:s|ing)|permit(?:s|ting)|pav(?:e|es|ing) the way for|framework for|oblig(?:es|ing|ate|ates)`,
      examples: ['The pact enabling ', 'a framework for future ', 'a treaty that obliges either side to '],
      counterExamples: ['The pact signed in May led to '],
    },
  ],
};

/** The hypothetical words a reported "would" does not excuse: "said Japan would provide" is reported, "if" is not. */
export const UNREPORTED_HYPOTHETICAL_FAMILY: PhraseFamily = {
  name: 'unreported hypothetical',
  flags: 'i',
  entries: [
    {
      name: 'unreported hypothetical: condition or modal other than would',
      yields: { role: 'hypothetical' },
      pattern: String.raw`if|unless|${WHETHER_AS_CONDITION}|could|might|should|enabl(?:e|es|ing)|allow(?:s|ing)|permit(?:s|ting)|pav(?:e|es|ing) the way for|framework for|oblig(?:es|ing|ate|ates)`,
      examples: ['Seoul said that if talks go well it would sign a ', 'Nairobi might announce '],
      counterExamples: ['Nairobi said it would announce '],
    },
  ],
};

/** A sentence that opens with "If", "Unless", "Once" is a condition, whatever follows. */
export const CONDITIONAL_OPENING_FAMILY: PhraseFamily = {
  name: 'conditional opening',
  flags: 'i',
  entries: [
    {
      name: 'conditional opening: if, unless, once',
      yields: { role: 'hypothetical' },
      bare: true,
      pattern: String.raw`^\s*(?:if|unless|once)\b`,
      examples: ['If Hanoi and Manila agree on a ', ' Once the deal with Rabat clears parliament, the '],
      counterExamples: ['Hanoi said that if Manila agreed to a ', 'Onceler '],
    },
  ],
};

/** "announced that Japan would provide ...": a reported decision, not a hypothetical. */
export const REPORTED_WOULD_FAMILY: PhraseFamily = {
  name: 'reported would',
  flags: 'i',
  entries: [
    {
      name: 'reported would: a reporting verb then would',
      yields: { role: 'reported' },
      bare: true,
      pattern: String.raw`\b(?:said|says|announced|agreed|pledged|promised|confirmed|told|stated|added|noted|decided|vowed)\b(?:\s+that)?[^,;.]{0,70}\bwould\b`,
      examples: [
        'The Estonian defence ministry announced that Tallinn would buy ',
        'Officials in Dakar confirmed the navy would host ',
        // The reported subject may be long: two services named in full.
        'The ministers said the Senegalese navy and the Gambian coast guard would hold ',
      ],
      counterExamples: [
        'The ministry said, after a long pause in a briefing for reporters, that it would ',
        'Dakar would host ',
      ],
    },
  ],
};

/** "not", "yet to", "refused to" shortly before the trigger: the tie is denied. */
/**
 * "have yet to sign the pact they began negotiating", "has yet to ratify the treaty": an instrument still to be
 * signed is under negotiation, and one still to be ratified has been signed.
 */
/**
 * "decided not to renew the 2019 agreement", "let the pact lapse": an instrument its party chose not to carry on
 * has ended; a negation that still tells a status.
 */
export const NOT_RENEWED_FAMILY: PhraseFamily = {
  name: 'not renewed',
  flags: 'i',
  entries: [
    {
      name: 'not renewed: decided not to renew or extend',
      yields: { status: 'ended' },
      bare: true,
      pattern: String.raw`\b(?:(?:decided|chose|opted|voted)\s+not\s+to|(?:declined|refused)\s+to|did\s+not|will\s+not|would\s+not|won['’]t)\s+(?:formally\s+)?(?:renew|extend|prolong)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: [
        'Male also decided not to renew a ',
        'Quito declined to extend the ',
        'Lusaka did not renew its ',
      ],
      counterExamples: ['Lusaka decided to renew its ', 'Lusaka did not sign the '],
    },
  ],
};

export const YET_TO_FAMILY: PhraseFamily = {
  name: 'yet to',
  flags: 'i',
  entries: [
    {
      name: 'yet to: sign',
      yields: { status: 'negotiating' },
      bare: true,
      pattern: String.raw`\b(?:yet to|still to|has not yet|have not yet)\s+(?:formally\s+)?(?:sign(?:ed)?|concluded?|finali[sz]ed?|ink(?:ed)?|seal(?:ed)?)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$`,
      examples: ['Lima and Quito have yet to sign the ', 'Seoul has not yet concluded a '],
      counterExamples: ['Lima and Quito signed the ', 'Seoul has yet to ratify the '],
    },
    {
      name: 'yet to: ratify',
      yields: { status: 'concluded' },
      bare: true,
      pattern: String.raw`\b(?:yet to|still to|has not yet|have not yet)\s+(?:formally\s+)?(?:ratif(?:y|ied))\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$`,
      examples: ['Bogota has yet to ratify the ', 'Parliament has not yet ratified the '],
      counterExamples: ['Bogota ratified the ', 'Lima has yet to sign the '],
    },
  ],
};

export const NEGATED_FAMILY: PhraseFamily = {
  name: 'negated',
  flags: 'i',
  entries: [
    {
      name: 'negated: a negation within thirty characters before',
      yields: { role: 'negated' },
      bare: true,
      pattern: String.raw`\b(?:not|no|never|neither|nor|without|yet to|failed to|refused to|declined to)\b[^,.;]{0,30}$`,
      examples: ['Neither Accra nor Lome took part in the ', 'Lusaka declined to ratify its '],
      counterExamples: [
        'Lusaka did not comment, but officials later signed the ',
        'Notwithstanding the delays, the two armies signed a ',
      ],
    },
    {
      // "stayed away from the alliance's talks", "boycotted the summit": a gathering one side kept out of is
      // no meeting of that side with the others.
      name: 'negated: a gathering kept away from',
      yields: { role: 'negated' },
      bare: true,
      pattern: String.raw`\b(?:stay(?:s|ed|ing)?\s+away\s+from|kept\s+away\s+from|boycott(?:s|ed|ing)|skip(?:s|ped|ping)|shun(?:s|ned|ning)|snubb(?:ed|ing)|snubs)\s+(?:(?:the|its|their|all)\s+)?(?:[\w'’-]+\s+){0,3}$`,
      examples: [
        'Yerevan kept away from the alliance’s ',
        'Bamako boycotted the regional ',
        'Budapest skipped the ',
      ],
      counterExamples: ['Yerevan stayed on for the ', 'The boycott ended before the '],
    },
    {
      // "has rejected every offer of dialogue": talks offered and turned down never took place.
      name: 'negated: offers rejected',
      yields: { role: 'negated' },
      bare: true,
      pattern: String.raw`\b(?:rejects?|rejected|rebuff(?:s|ed)?|spurn(?:s|ed)?|turn(?:s|ed)\s+down|ignor(?:es|ed))\s+(?:every|any|all|an?|the|repeated|several|their|its)?\s*(?:offers?|proposals?|calls?|invitations?|overtures?)\s+(?:of|for)\s+(?:[\w-]+\s+)?$`,
      examples: ['Pyongyang has rejected every offer of ', 'Caracas rebuffed calls for '],
      counterExamples: ['Pyongyang accepted the offer of '],
    },
    {
      // "Posts shared online say that Sweden signed a contract": an unverified claim is no fact.
      name: 'negated: a claim going round',
      yields: { role: 'negated' },
      bare: true,
      pattern: String.raw`\b(?:posts?|claims?|rumou?rs?|videos?|messages?|social\s+media\s+users|accounts)\b[^.;]{0,80}?\b(?:say|says|said|claim(?:s|ed)?|alleg(?:e|es|ed))\s+(?:that\s+)?[^.;]{0,120}$`,
      examples: [
        'Posts shared widely online say that Lima "signed a contract" for ',
        'Rumours on social media claimed Quito had already received the ',
      ],
      counterExamples: ['The ministry said that Lima signed a contract for '],
    },
    {
      // What a government denies is not what it did.
      name: 'negated: denied or dismissed reports',
      yields: { role: 'negated' },
      bare: true,
      // The rejection may qualify what it rejects ("flatly rejected the absurd allegations of the U.S. that"); an
      // abbreviation's dots end no sentence.
      pattern: String.raw`\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|rejects?|rejected)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|accusations?)\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}$`,
      examples: [
        'Quito denied reports that it had ',
        'The ministry dismissed claims that the navy had ',
        'A spokesman flatly rejected the absurd allegations of the US that Quito provides ',
      ],
      counterExamples: ['Reports said Quito had '],
    },
  ],
};

/** "room for shared work on sensors one day": a prospect the writer sees, not a project anyone started. */
export const SPECULATIVE_FAMILY: PhraseFamily = {
  name: 'speculative',
  flags: 'i',
  entries: [
    {
      name: 'speculative: opportunities, prospects, aims to promote',
      yields: { role: 'speculative' },
      bare: true,
      // "the main hurdle to any meeting with ...": a meeting that has not taken place.
      // Not past a second infinitive of its own ("agreed to deepen ties and to hold drills"): that one is agreed.
      pattern: String.raw`\b(?:opportunit(?:y|ies)|future|prospects?|possibilit(?:y|ies)|avenues?|(?:obstacles?|barriers?|preconditions?|hurdles?)\s+(?:to|for)|(?:to|in\s+order\s+to|aimed\s+at|in\s+a\s+move\s+to)\s+(?:drive|promote|boost|encourage|facilitate|enable|deepen|pave\s+the\s+way\s+for))\b(?:(?!\band\s+(?:also\s+)?to\s)[^.;]){0,100}$`,
      examples: [
        'The ministers discussed prospects for ',
        'The envoy said the visit was meant to deepen ',
        'Quito calls the dispute the main hurdle to a ',
      ],
      counterExamples: [
        'The prospects looked dim. The two navies then held ',
        'The two coast guards held ',
        'Quito and Lima agreed to deepen ties, and to stage ',
      ],
    },
  ],
};

/** Meetings and drills that did not happen: cancelled, called off, postponed. */
export const CALLED_OFF_FAMILY: PhraseFamily = {
  name: 'called off',
  flags: 'i',
  entries: [
    {
      name: 'called off: cancelled, postponed, scrapped',
      yields: { role: 'called-off' },
      // Not a model's production block: "F-16 Block 50", "Block II", "Block IIA", "Block 1B".
      pattern: String.raw`cancel(?:l?ed|s|ling)?|call(?:ed|s)? off|postpon\w+|suspend\w*|scrapp?\w*|halt\w*|downsiz\w+|block(?:ed|s|ing)?(?!\s+(?:\d|[IVX]+[A-C]?\b))|veto(?:ed|es)?|froze|freez\w*|(?:stopped|ceased)\s+(?:authori[sz]ing|approving|issuing|granting)`,
      examples: [
        'The summit between Rabat and Madrid was postponed until spring.',
        'Jakarta called off the joint patrols after the storm.',
        'Ottawa blocked the export of the drone cameras.',
      ],
      counterExamples: [
        'Jakarta called on the navy to patrol the strait.',
        'Santiago received ten F-16 Block 50 jets from Washington.',
        'The Standard Missile Block IIA entered service with the navy.',
      ],
    },
  ],
};

/** Transfers a state forbids: an embargo on exports moves nothing. */
export const EMBARGOED_FAMILY: PhraseFamily = {
  name: 'embargoed',
  flags: 'i',
  entries: [
    {
      name: 'embargoed: an embargo or ban on the sales',
      yields: { role: 'called-off' },
      // Not one lifted: "since Washington lifted its arms embargo, exports have grown".
      pattern: String.raw`(?<!\b(?:lift\w*|end\w*|eas\w*|remov\w*|scrap\w*|drop\w*)\s+(?:[\w-]+\s+){0,2})(?:embargo(?:es|ed)?|ban(?:s|ned|ning)?\s+(?:on|the)|barr(?:ed|ing)|prohibit\w*|outlaw\w*)`,
      examples: [
        'Since the coup, Ottawa has kept an embargo on arms exports to Niamey.',
        'Berlin banned the sale of tanks to Riyadh in 2018.',
      ],
      counterExamples: [
        'Berlin approved the sale of tanks to Riyadh in 2018.',
        'Since Washington lifted its arms embargo on Hanoi, exports have grown.',
      ],
    },
    {
      // "lodged protests with India over arms supplies to its neighbour": the subject of a protest over sales
      // is no party to them; who sells to whom is another sentence's to tell.
      name: 'embargoed: sales protested against',
      yields: { role: 'called-off' },
      bare: true,
      pattern: String.raw`\b(?:protests?|protested|complain\w*|objections?|objected|concerns?|anger|criticism|criticised|criticized)\b[^.;]{0,50}?\b(?:over|about|against|at)\s+(?:(?:the|its|their|new|recent|continued|arms|weapons|military)\s+){0,3}$`,
      examples: ['Baku lodged protests with Delhi over arms ', 'Beijing voiced anger at the '],
      counterExamples: ['Baku signed a deal with Delhi for '],
    },
  ],
};

/** Exchanges and drills suspended or frozen have ended. */
export const SUSPENDED_FAMILY: PhraseFamily = {
  name: 'suspended',
  flags: 'i',
  entries: [
    {
      name: 'suspended: suspended, halted, frozen',
      yields: { status: 'ended' },
      pattern: String.raw`suspend(?:ed|s|ing)?|halt(?:ed|s|ing)?|froze|frozen|freez(?:e|es|ing)`,
      examples: [
        'Ankara froze military exchanges with Athens in 2020.',
        'The coast guards halted their joint training last year.',
      ],
      counterExamples: ['The suspension bridge hosted the parade in Lisbon.'],
    },
  ],
};

/** A verb that tells a meeting or drill as done: a noun trigger without one takes its sentence's tense. */
export const PAST_EVENT_VERB_FAMILY: PhraseFamily = {
  name: 'past event verb',
  flags: 'i',
  entries: [
    {
      name: 'past event verb: met, visited, held',
      yields: { status: 'held' },
      pattern: 'met|visited|held|hosted|called on|received|conducted|participated|joined|took part|signed',
      examples: ['visited', 'took part', 'signed during a visit'],
      counterExamples: ['visit', 'talks'],
    },
  ],
};

/** "likely to spur combined drills", "weighing joint drills": an idea, not yet a plan. */
export const EVENT_PROPOSED_FAMILY: PhraseFamily = {
  name: 'event proposed',
  flags: 'i',
  entries: [
    {
      name: 'event proposed: considering, proposing, hoping for',
      yields: { status: 'proposed' },
      bare: true,
      pattern: String.raw`\b(?:encourag\w*|eyes|eyeing|mull\w*|consider\w*|explor\w*|propos\w*|call(?:ed|s)? for|seek\w*|hop(?:e|es|ed|ing) (?:to|for)|possib\w*|potential|(?<!accept(?:s|ed|ing)?\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?)invit\w*|promot\w*|suggest\w*)\b(?![^.;]{0,40}?\b(?:followed|follows|came\s+after|comes\s+after)\b)[^.;]{0,40}$`,
      note: 'An invitation accepted is a visit planned (EVENT_AHEAD), not a proposal. An event the invitation followed came first, and was held.',
      examples: ['Wellington is mulling annual ', 'The two admirals hope to stage '],
      counterExamples: [
        'Wellington proposed it. The frigates then sailed to the strait and held ',
        'The two admirals staged ',
        'The proposal followed a ',
      ],
    },
    {
      // "a status of forces pact, smoothing the way for exercises": what a pact is for has yet to happen.
      name: 'event proposed: what an instrument paves the way for',
      yields: { status: 'proposed' },
      bare: true,
      pattern: String.raw`\b(?:(?:smooth\w*|pav\w*|clear\w*|open\w*)\s+the\s+way\s+(?:for|to)|to\s+(?:facilitate|ease|enable|simplify)|mak\w*\s+it\s+easier\s+(?:for\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3})?to\s+(?:hold|conduct|stage|plan|join|take\s+part\s+in))\s+(?:[\w-]+\s+){0,3}$`,
      examples: ['The pact, smoothing the way for joint ', 'a framework to facilitate bilateral '],
      counterExamples: ['The navies then held joint ', 'The way for the '],
    },
  ],
};

/** "the visit will give new impulse to ...": a future that is the event's effect says the event took place. */
export const EVENT_TOLD_PAST_FAMILY: PhraseFamily = {
  name: 'event told past',
  flags: 'i',
  entries: [
    {
      name: 'event told past: its effect to come',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`^\s+(?:will|would|could|should|can)\s+(?:\w+\s+)?(?:give|help|boost|strengthen|deepen|open|bring|contribute|further|pave|serve|promote|enhance|advance|add|lay|mark|cement)\b`,
      examples: [' will give new impulse to the cooperation', ' would help deepen ties'],
      counterExamples: [' will be held in May', ' will take place next week'],
    },
    {
      // "Minister A and his counterpart B signed the agreement under which X will build ...": the signers'
      // meeting, its words stopping right before the verb, is past once they signed.
      name: 'event told past: the signers just named signed',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`^,?\s*(?:[A-Z][\w\u00c0-\u024f'’.-]*,?\s+){0,5}(?:signed|inked)\b`,
      examples: ['signed the agreement under which the yard will build', ' Pal Jonson signed a deal'],
      counterExamples: [' will sign the agreement', ' are to sign'],
    },
  ],
};

/**
 * "During Friday's meeting in Manila, the two governments exchanged notes under which ...": a meeting opening the
 * sentence as the frame of a past main clause took place, whatever the clause then looks forward to. Tested on
 * the sentence from its start.
 */
export const EVENT_FRAME_FAMILY: PhraseFamily = {
  name: 'event frame',
  flags: 'i',
  entries: [
    {
      name: 'event frame: a meeting framing a past main clause',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`^\s*(?:During|At)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:meeting|talks|visit|summit|session)(?:\s+[\w\u00c0-\u024f'’-]+){0,4},\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){1,4}(?:also\s+)?(?:signed|exchanged|agreed|discussed|reviewed|adopted|inked|reaffirmed)\b`,
      examples: [
        'During Friday’s meeting, the two governments also exchanged notes',
        'At the talks in Manila, the ministers signed a memorandum',
      ],
      counterExamples: [
        'During the talks, the ministers will sign a memorandum',
        'The drills will take part in May, he noted',
      ],
    },
  ],
};

/**
 * "The frigate docked in Manila ahead of a joint sail": an event the clause looks forward to is still to come,
 * whatever the tense of the clause's own verb.
 */
export const EVENT_AHEAD_FAMILY: PhraseFamily = {
  name: 'event ahead',
  flags: 'i',
  entries: [
    {
      name: 'event ahead: ahead of, in the run-up to',
      yields: { status: 'planned' },
      bare: true,
      pattern: String.raw`\b(?:ahead of|in (?:the )?run-up to|in preparation for|to prepare for|before the start of|accept(?:s|ed|ing)?\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?invitation\s+to)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: [
        'The corvette reached Mombasa on Sunday ahead of the annual ',
        'Marines landed in Darwin in the run-up to ',
        'The Kenyan minister accepted an invitation to ',
      ],
      counterExamples: [
        'The corvette reached Mombasa on Sunday after the annual ',
        'Marines landed and held ',
      ],
    },
    {
      // "will let the ministers coordinate port calls and joint drills": drills being arranged are to come.
      name: 'event ahead: drills being coordinated or arranged',
      yields: { status: 'planned' },
      bare: true,
      pattern: String.raw`\b(?:to\s+)?(?:coordinate|coordinating|arrange|arranging|schedule|scheduling|plan\s+for|planning\s+for|organi[sz]e|organi[sz]ing)\s+(?:[\w'’,-]+\s+){0,12}$`,
      examples: [
        'The talks will let the ministers coordinate the frigate’s port calls and ',
        'Officials are arranging ',
      ],
      counterExamples: ['The two navies held ', 'Officials coordinated closely and then held '],
    },
  ],
};

/** "decided to set up annual talks of the ministers": events a clause agreed or decided to hold. */
export const AGREED_TO_HOLD_FAMILY: PhraseFamily = {
  name: 'agreed to hold',
  flags: 'i',
  entries: [
    {
      name: 'agreed to hold: an event agreed, decided or planned',
      yields: { status: 'planned' },
      bare: true,
      pattern: String.raw`\b(?:(?:agreed|agree|agrees|decided|decide|decides|pledged|vowed|plans?|planned|planning)\s+to|commit(?:s|ted)?\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?to)\s+(?:also\s+|jointly\s+|further\s+)?(?:hold|organi[sz]e|launch|set\s+up|establish|institutionali[sz]e|convene|resume|start|begin|increase|intensify|expand|step\s+up|deepen|boost|enhance|strengthen|carry\s+out|conduct|stage)\b[^,;]*$`,
      examples: [
        'The two premiers also decided to hold yearly talks of ministers under the ',
        'Both sides decided to set up a ',
        // More of what they already do is still to come.
        'The ministers agreed to further increase ',
        'The plan commits both navies to enhance the ',
        'The chiefs decided to carry out two ',
      ],
      counterExamples: ['The two premiers, who agreed to meet, then held ', 'The ministers held '],
    },
  ],
};

/**
 * "the roadmap, inked during the president's trip to Seoul, will ...": a visit something was signed or
 * agreed during has taken place, whatever the future of what was signed.
 */
export const DONE_DURING_FAMILY: PhraseFamily = {
  name: 'done during',
  flags: 'i',
  entries: [
    {
      name: 'done during: signed during a visit',
      yields: { status: 'held' },
      bare: true,
      // The words up to the trigger name the event the thing was done at, not a purpose ("agreed at the talks
      // to hold joint drills": the drills are what was agreed, still to come).
      pattern: String.raw`(?<!\b(?:be|being)\s+)\b(?:signed|inked|agreed|announced|concluded|adopted|unveiled|launched)\s+(?:during|at|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?:a|an|the|his|her|their|its)?\s*(?:(?!to\s)[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: ['The plan, signed during a ', 'The accord was agreed at their '],
      counterExamples: [
        'The plan will be signed during a ',
        'The plan, to be discussed at the ',
        'The chiefs agreed at the meeting to hold naval ',
      ],
    },
  ],
};

/**
 * "opened combined drills off the coast, in a move rivals will watch": an event its verb says has opened or
 * closed took place, whatever the future a later clause speaks of. Tested on the words right before the trigger.
 */
export const EVENT_BEGUN_FAMILY: PhraseFamily = {
  name: 'event begun',
  flags: 'i',
  entries: [
    {
      name: 'event begun: began, opened, wrapped up',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`(?<!\b(?:to|will|would|shall|may|could|should|must|and|or)\s+)\b(?:began|begun|started|opened|commenced|kicked\s+off|wrapped\s+up|concluded|completed|finished)\s+(?:(?:their|its|his|her|the|a|an|this|that|this\s+year['’]s|last\s+year['’]s)\s+)?(?:(?!to\s|for\s)[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: [
        'Accra and Lome on Friday opened a week of combined ',
        'Marines from both sides wrapped up the annual ',
        'The two navies commenced a ',
      ],
      counterExamples: [
        'The two navies will begin their first ',
        'The two navies plan to start a ',
        'The ministers opened talks on a plan for ',
      ],
    },
  ],
};

/**
 * "Hanoi and Delhi agreed to deepen industry ties during talks in ...": the purpose is what was agreed; the
 * talks it was agreed at took place, whatever speculative words the purpose holds.
 */
export const AGREED_DURING_FAMILY: PhraseFamily = {
  name: 'agreed during',
  flags: 'i',
  entries: [
    {
      name: 'agreed during: pledged to do something at a meeting',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`\b(?:agreed|agrees?|pledged|pledges?|vowed|vows?|decided|decides?|promised|resolved|committed\s+themselves)\s+to\s+[^.;]{0,100}?\s(?:during|at|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of)\s+(?!(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:next|upcoming|planned|coming|forthcoming)\b)(?:a|an|the|his|her|their|its)?\s*(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: [
        'Quito and Lima agreed to expand coast guard cooperation during ',
        'The two ministers pledged to promote arms industry links at their ',
        'Peru, Chile agree to study a logistics pact at their ',
      ],
      counterExamples: [
        "The two ministers pledged to promote arms industry links at next month's ",
        'The envoy said the visit was meant to deepen ',
      ],
    },
  ],
};

/**
 * "agreed to cooperate in areas such as training, joint exercises and ...": drills named as a field of
 * cooperation are no exercise held or planned.
 */
export const EVENT_AS_FIELD_FAMILY: PhraseFamily = {
  name: 'event as a field of cooperation',
  flags: 'i',
  entries: [
    {
      name: 'event as field: cooperation in areas such as',
      yields: { role: 'field' },
      bare: true,
      pattern: String.raw`\b(?:cooperat(?:e|es|ed|ing|ion)\s+(?:on|in)|(?:areas?|fields?|domains?|activities)\s*,?\s+(?:of\s+cooperation\s+)?(?:such\s+as|including|like|of))\s+(?:[\w\u00c0-\u024f'’-]+,?\s+){0,6}$`,
      examples: [
        'Lima and Quito agreed to cooperate in areas such as training, ',
        'The partnership includes cooperation on training, ',
        'The pact will ease joint activities, such as port stops and ',
      ],
      counterExamples: [
        'Lima and Quito agreed to hold ',
        'Lima and Quito cooperate closely, and their navies held ',
      ],
    },
    {
      // "The pact lets troops train together": what an instrument allows, not drills held.
      name: 'event as field: what an instrument allows',
      yields: { role: 'field' },
      bare: true,
      pattern: String.raw`\b(?:lets|let|allows?|allowing|letting|enables?|enabling|permits?|permitting)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}(?:to\s+)?$`,
      examples: ['The access pact lets troops ', 'an agreement allowing their forces to hold '],
      counterExamples: ['Lima and Quito agreed to hold ', 'The troops were allowed a rest before '],
    },
    {
      // "The army chiefs discussed joint training": a matter talked over, not drills held or set.
      name: 'event as field: what a meeting discussed',
      yields: { role: 'field' },
      bare: true,
      pattern: String.raw`\b(?:discuss(?:ed|es|ing)?|talked\s+about|explored)\s+(?:ways\s+to\s+\w+\s+|(?:expanding|boosting|increasing|more|future|possible|further|closer)\s+)?$`,
      examples: [
        'The navy chiefs discussed ',
        'The envoys explored ways to expand ',
        'They talked about more ',
      ],
      counterExamples: ['The navy chiefs discussed the recent ', 'The two armies held '],
    },
    {
      // "talked over several subjects, including port calls and joint training", "will widen cooperation in
      // relief work, including joint training": an item on the list of what was talked over or is to be
      // cooperated on, not drills held.
      name: 'event as field: an item of a list of matters discussed or of cooperation',
      yields: { role: 'field' },
      bare: true,
      pattern: String.raw`\b(?:discuss(?:ed|es|ing)?|talked\s+about|explored|reviewed|exchanged\s+views\s+on|cooperat(?:e|es|ed|ing|ion)\s+(?:on|in))\s+[^.;]{0,100}?,\s+(?:including|such\s+as|notably|namely|like)\s+(?:[\w\u00c0-\u024f'’()-]+,?\s+){0,8}$`,
      examples: [
        'The navy chiefs discussed several subjects, including maritime security and ',
        'They will widen cooperation in relief work, including conduct of ',
      ],
      counterExamples: [
        'The navy chiefs discussed the drills, and their crews held ',
        'They reviewed the year, which included ',
      ],
    },
  ],
};

/** "has a", "have a treaty and an": possession right before the instrument's name, through a list of names. */
export const HAS_BEFORE_FAMILY: PhraseFamily = {
  name: 'has before',
  flags: '',
  entries: [
    {
      name: 'has before: possession of an instrument',
      yields: { status: 'in_force' },
      bare: true,
      pattern: String.raw`\b(?:(?:has|have|had)\s+(?:also\s+|long\s+|already\s+)?(?:kept|maintained|operated|run)|has|have|had|possess(?:es)?|maintains?|keeps?|runs?|operates?|hosts?)\s+(?:also\s+|long\s+|already\s+)?(?:since\s+(?:(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)\s+|for\s+(?:years|decades)\s+)?(?:(?:a|an|the|its|their|two|three|several|similar|bilateral|existing|long-standing|separate|and|defen[cs]e|security|military|naval|air|army|navy|drone|logistics|support|overseas|foreign|first|only|main|largest|permanent|remaining|last|\d+(?:st|nd|rd|th)|mutual|reciprocal|visiting|enhanced|logistics|cooperation|access|status|of|forces|treaty|treaties|pact|pacts|agreement|agreements|accord|accords|arrangement|arrangements|formal|standing|binding|comprehensive|strategic|framework|legal|[A-Z][\w'-]*)\s+){0,12}$`,
      // Through a list of names: "have a mutual defence treaty and a status of forces agreement".
      examples: [
        'Fiji and Tonga already have a ',
        'Chile maintains a bilateral ',
        'Chile and Peru have a mutual defence treaty and a ',
        // A translated word order puts the date first: "have since 2019 a ...".
        'Ghana and Togo have since 2019 a ',
        // A base kept on another's soil: "has kept a naval base in ...".
        'Paris has long kept a naval ',
      ],
      counterExamples: ['Fiji and Tonga have agreed to negotiate a ', 'Chile signed a '],
    },
    {
      // "The two states are bound by a 1965 treaty": an instrument that binds them now is in force.
      name: 'has before: bound by an instrument',
      yields: { status: 'in_force' },
      bare: true,
      pattern: String.raw`\b(?:are|is|remain|remains|were|was|have\s+been|has\s+been)\s+(?:still\s+|also\s+|formally\s+|already\s+)?(?:bound|linked|tied|allied)\s+(?:together\s+)?(?:by|through|under)\s+(?:(?:a|an|the|its|their|two|[\w'-]+)\s+){0,5}$`,
      examples: ['The two allies are bound by a 1965 ', 'Chile and Peru remain tied by their '],
      counterExamples: ['The two allies will be bound once they sign a ', 'The pact was signed by a '],
    },
  ],
};

/**
 * "the 2014 access agreement gives US forces rotational access": an instrument that grants, in the
 * present tense, is in force. Tested right after the trigger, where no verb of its own has a say.
 */
export const GRANTS_AFTER_FAMILY: PhraseFamily = {
  name: 'grants after',
  flags: 'i',
  entries: [
    {
      name: 'grants after: the instrument grants or allows, now',
      yields: { status: 'in_force' },
      bare: true,
      pattern: String.raw`^\s*(?:\([\w-]{2,8}\)\s*)?(?:(?:between|with)\s+[^,;]{1,60}?\s+)?(?:already\s+|currently\s+)?(?:gives|grants|allows|permits|lets|governs|covers|obliges|underpins)\b`,
      examples: [
        ' gives Canadian troops access',
        ' (VFA) allows rotations of marines',
        ' already covers joint drills',
        ' between Fiji and Tonga lets their troops train together',
      ],
      counterExamples: [
        ' will give troops access',
        ', signed on Monday, allows rotations',
        ' signed in 2019 gives',
      ],
    },
    {
      // "the 1960 treaty with Tokyo remains the keystone of their alliance": what an instrument is now,
      // it is in force; a relative clause of the instrument's own ("which still binds the two") alike.
      name: 'grants after: the instrument is the basis of ties, now',
      yields: { status: 'in_force' },
      bare: true,
      pattern: String.raw`^\s*(?:\([\w-]{2,8}\)\s*)?(?:(?:between|with)\s+[^,;]{1,60}?\s+)?(?:of\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?(?:,\s*(?:which|that)\s+)?["“]?(?:(?:is|are|remains|remain|has\s+(?:long\s+)?(?:been|remained)|have\s+(?:long\s+)?(?:been|remained))\s+(?:still\s+|also\s+)?["“]?(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:bedrock|cornerstone|foundation|backbone|basis|anchor|linchpin|keystone)|(?:still|continues\s+to)\s+(?:governs?|underpins?|binds?|guarantees?))\b`,
      examples: [
        ' with Lima remains the cornerstone of their defence',
        ' between the two states is the legal basis of their ties',
        ', which still binds the two navies',
        // Treaties named in the plural, dated by their month: "the X treaties of May 1998 remain the basis".
        ' of May 1998 remain the backbone of their ties',
      ],
      counterExamples: [' would be the cornerstone of a new order', ', which was signed in 2019'],
    },
  ],
};

/** "under the 1951 treaty", "under their access agreement": acting under an instrument says it is in force. */
export const UNDER_BEFORE_FAMILY: PhraseFamily = {
  name: 'under before',
  flags: 'i',
  entries: [
    {
      name: 'under before: acting under an instrument',
      yields: { status: 'in_force' },
      bare: true,
      // "under bilateral defence agreements": a plural needs no article.
      pattern: String.raw`\b(?:under|in line with|in accordance with|pursuant to|(?:is|are|remains?)\s+(?:now\s+|still\s+|also\s+|largely\s+)?(?:guided|governed|underpinned|framed)\s+by|(?:rests?|is\s+based|are\s+based|(?:is|are|remains?)\s+anchored)\s+(?:now\s+|still\s+|also\s+|largely\s+)?(?:on|in|upon))\s+(?:(?:the|a|an|its|their|this|that)\s+(?:[\w'-]+\s+){0,4}|(?:bilateral|separate|existing|longstanding|long-standing|several)\s+(?:[\w'-]+\s+){0,3})$`,
      examples: [
        'Dutch jets patrol Baltic skies under the 1994 ',
        'Pursuant to their ',
        'Cooperation between the two states is guided by the ',
        'Their partnership rests largely on a 2011 ',
      ],
      counterExamples: ['Talks under way in Lima may produce a ', 'The jets flew under cloud toward a '],
    },
  ],
};

/** "a memorandum that calls for ...": a relative clause after the trigger speaks of something else. */
export const RELATIVE_AFTER_FAMILY: PhraseFamily = {
  name: 'relative after',
  flags: 'i',
  entries: [
    {
      name: 'relative after: that, which, who, whose',
      yields: { role: 'relative-clause' },
      pattern: 'that|which|who|whose',
      examples: [' which Accra signed in 2021', ' that allows rotations of troops'],
      counterExamples: [' signed in Accra in 2021'],
    },
  ],
};

/** How far a joint development project has come, read from its clause in this order. */
export const DEVELOPMENT_STATUS_FAMILY: PhraseFamily = {
  name: 'development status',
  flags: 'i',
  entries: [
    {
      name: 'development status: ended',
      yields: { type: 'joint_development', status: 'ended' },
      pattern: String.raw`pull(?:s|ed|ing)?\s+out|withdr[ae]w\w*|quit(?:s|ting)?|left\s+the\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:programme|program|consortium|project)|exit(?:s|ed|ing)?\s+(?:from\s+)?|abandon\w*|scrap(?:s|ped|ping)?|cancel\w*|terminat\w*|(?:remov(?:e|es|ed|ing)|expel(?:s|led|ling)?|eject(?:s|ed|ing)?|excluded|dropped)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}from|(?:kicked|thrown|forced)\s+out\s+of|had\s+(?:itself\s+|themselves\s+|once\s+)?been\s+an?\s+(?:partner|member|participant)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,5}until\b`,
      examples: [
        'Lisbon had once been a member of the trainer programme until 2015',
        'The Netherlands is pulling out of the drone programme',
        'Spain withdrew from the joint tank project',
      ],
      counterExamples: ['Spain joined the joint tank project', 'The first two hulls left the yard in May'],
    },
    {
      name: 'development status: proposed',
      yields: { type: 'joint_development', status: 'proposed' },
      // Agreeing "to study" co-production, or a feasibility study of it, signs up to look, not to build. Plans to
      // pursue it are an aim, not yet a deal ("agreed to co-produce" is one).
      pattern: String.raw`potential|considering|consider|explored?|exploring|hop(?:e|es|ing)|seek(?:s|ing)?|propos\w+|interest|(?:to\s+stud(?:y|ies)|studying)(?!\s+(?:a|an|the|future|new|next-generation)\s+(?:[\w-]+\s+){0,3}?(?:together|jointly)\b)|feasibility|offer(?:s|ed|ing)?\s+to|plans?\s+to|pursu(?:e|es|ing)\b`,
      examples: [
        'Seoul and Warsaw are exploring a jointly built tank',
        'Canberra expressed interest in co-developing the drone',
        'the two firms agreed to study co-producing rockets',
        'the leaders unveiled plans to pursue joint output of rockets',
      ],
      // The study of kit two states make together is their joint research itself, not a look at whether to.
      counterExamples: [
        'Seoul and Warsaw unveiled a jointly built tank',
        'the two navies agreed in a memorandum to study a new minehunter together',
      ],
    },
    {
      name: 'development status: negotiating',
      yields: { type: 'joint_development', status: 'negotiating' },
      // A price still argued about: "the makers keep haggling about building the engine together".
      pattern: String.raw`talks|negotiat\w+|discuss\w*|consultations|haggl\w+|hammer(?:ing)?\s+out|finali[sz]ing|close\s+to\s+(?:a|an|the)\s+(?:deal|agreement|contract)`,
      examples: [
        'Lima and Seoul are negotiating a shared trainer jet',
        'discussing a shared missile seeker',
        'the makers keep haggling about the price of co-producing the engine',
      ],
      counterExamples: ['Rome and Tokyo built a joint jet engine'],
    },
    {
      name: 'development status: completed',
      yields: { type: 'joint_development', status: 'completed' },
      // "entered service": a product already made, not a programme still running.
      // Or fielded: "the jointly developed interceptor, now deployed on destroyers of both navies".
      pattern: String.raw`completed|finished|success(?:ful)?|delivered|entered\s+service|in\s+service\s+with|now\s+deployed|now\s+operational`,
      examples: [
        'the co-developed interceptor completed its final test',
        'after a successful maiden flight',
        'the co-developed missile entered service in 2021',
      ],
      counterExamples: ['the co-developed interceptor is still on the drawing board'],
    },
    {
      name: 'development status: concluded',
      yields: { type: 'joint_development', status: 'concluded' },
      pattern: String.raw`sign\w*|agree\w*|launch\w*|embark\w*|start\w*|beg[iau]n\w*|approv\w*|decid\w*|unveil\w*`,
      examples: [
        'Ankara and Jakarta launched a joint frigate programme',
        'the parliaments approved the shared design',
      ],
      counterExamples: ['Ankara and Jakarta have a joint frigate programme'],
    },
  ],
};

/** How far a state's membership of a grouping has come, read from its clause in this order. */
export const MEMBERSHIP_STATUS_FAMILY: PhraseFamily = {
  name: 'membership status',
  flags: 'i',
  entries: [
    {
      name: 'membership status: ended',
      yields: { type: 'membership', status: 'ended' },
      pattern: String.raw`withdr(?:ew|awn|awal)|left|leave|quit|suspended|expelled`,
      examples: ['Mali quit the regional force in 2022', 'the bloc suspended Niger after the coup'],
      counterExamples: ['Mali joined the regional force in 2022'],
    },
    {
      name: 'membership status: proposed',
      yields: { type: 'membership', status: 'proposed' },
      // "its path towards membership": a way still to go.
      pattern: String.raw`consider\w*|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|stud(?:y|ies|ied|ying)\s+whether|assess(?:es|ed|ing)?\s+whether|eye(?:s|d|ing)?|debat(?:es|ed|ing)|appl(?:y|ies|ied|ications?)|interest\s+in|bids?|seek\w*|sought|want\w*|aspir\w*|hop\w*|invit\w*|ask(?:s|ed|ing)?\s+to\s+(?:join|become|be\s+admitted)|request(?:s|ed|ing)?|(?:path|road|way|route)\s+(?:to|towards?)|would\s+(?:one\s+day|eventually|someday|some\s+day)\s+(?:become|join)`,
      examples: [
        'Bosnia applied to join the alliance',
        'Kyiv and Chisinau filed their applications for membership',
        'Timor-Leste aspires to membership of the bloc',
        'Peru formally asked to become a partner of the alliance',
        'Georgia’s road towards membership of the alliance',
        // A choice still being weighed: "is weighing whether to join", "mulls joining".
        'Canberra has spent months weighing if it should join the grouping',
        'Seoul mulls joining the partnership',
        'Oslo has been studying whether to join the grouping',
        // "welcomed the other's interest in a seat": an interest stated, no step taken.
        'Canberra welcomed Seoul’s interest in joining the partnership',
      ],
      counterExamples: ['Timor-Leste is a member of the bloc'],
    },
    {
      name: 'membership status: negotiating',
      yields: { type: 'membership', status: 'negotiating' },
      // "in talks to join", "began talks on joining": the way in being negotiated.
      // A candidate for membership has had its application accepted and is negotiating its way in.
      pattern: String.raw`accession talks|negotiat\w+|ratif\w+|candidate\s+(?:for|to)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}(?:membership|accession)|candidate\s+(?:country|state|member)|(?:in|held|holds|holding|opened|began|begun|started|launched|entered)\s+(?:formal\s+|exploratory\s+)?(?:talks|consultations|discussions)\s+(?:with\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3})?(?:since\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,2})?(?:to|on|about|over)\s+(?:join|joining|becoming|membership|accession|taking\s+part)`,
      examples: [
        'Montenegro opened accession talks with the union',
        'the senate ratified the protocol',
        'Ottawa entered exploratory talks on joining the grouping',
        'Belgrade has been a candidate for EU membership since 2012',
      ],
      counterExamples: ['Montenegro is part of the alliance'],
    },
    {
      name: 'membership status: concluded',
      yields: { type: 'membership', status: 'concluded' },
      // "completed its accession", "its accession was completed": the last step of joining, taken.
      // "after joining": a step taken before the time the clause tells ("since joining" tells the standing since).
      pattern: String.raw`joined|(?:after|upon)\s+(?:formally\s+)?joining|became|become|admitted|acceded|formally joins|approv\w*|founded|formed|launched|created|established|set up|unveiled|announced the|completed\s+(?:its|their|the)\s+(?:[\w-]+\s+)?accession|accession\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:was|were)\s+completed`,
      examples: [
        'Sweden completed its accession in March 2024',
        'North Macedonia became the thirtieth member',
        'Croatia acceded to the treaty in 2009',
        'the three states launched the pact in 2021',
        'Ten years after joining the bloc, Dili hosted its summit',
      ],
      counterExamples: ['Croatia is a member of the treaty'],
    },
    {
      name: 'membership status: in force',
      yields: { type: 'membership', status: 'in_force' },
      // Taking part in a grouping's programme is the standing partnership: "Armenia takes part in the PfP".
      pattern: String.raw`member|members|membership|role in|part of|seat|belongs?\s+to|belonging\s+to|make up|makes up|comprises?|consists? of|all(?:y|ies)|partners?|participat(?:es?|ing)\s+in|takes?\s+part\s+in|taking\s+part\s+in|(?:has|have)\s+(?:taken\s+part|participated)\s+in|cooperat(?:es?|ing)\s+with`,
      examples: [
        'Norway is a founding member of the alliance',
        'the five states that make up the bloc',
        'Armenia cooperates with the alliance through its partnership programme',
        'Canada keeps its seat in the group',
        'Moldova has taken part in the partnership programme since 1994',
      ],
      counterExamples: ['Norway hosted the drills in the Arctic'],
    },
  ],
};

/**
 * "..., the ministry said Tuesday": a date right after a reporting verb dates the report, not the event the
 * sentence tells ("have signed a deal, the government said Tuesday" was signed before). Tested on the text
 * before a date mention.
 */
export const REPORT_DATE_FAMILY: PhraseFamily = {
  name: 'report date',
  flags: 'i',
  entries: [
    {
      name: 'report date: reporting verb just before the date',
      yields: { role: 'report-date' },
      bare: true,
      pattern: String.raw`\b(?:said|says|told\s+(?:reporters|journalists|lawmakers|parliament|[A-Z][\w-]*)|announced|reported|confirmed|stated|added|noted|disclosed|revealed|quoted|cited)(?:\s+in\s+an?\s+(?:statement|interview|briefing|press\s+release|post)|\s+at\s+an?\s+(?:briefing|news\s+conference|press\s+conference))?\s+(?:late\s+|early\s+|on\s+|this\s+|last\s+)?$`,
      examples: [
        'Peru and Chile have signed a logistics pact, the ministry said ',
        'the navy told reporters on ',
        'the coast guard said in a briefing late ',
        'officials announced ',
      ],
      counterExamples: [
        'Peru and Chile signed a logistics pact on ',
        'During their talks on ',
        'The ministers said the drills would begin on ',
      ],
    },
  ],
};

/**
 * "has struck comparable pacts with ...", "its previous agreements": an instrument told as one of a kind the
 * parties already have is background, dated only where the text dates it (never by the article's date).
 * Tested on the text up to the end of the trigger.
 */
export const BACKGROUND_KIND_FAMILY: PhraseFamily = {
  name: 'background kind',
  flags: 'i',
  entries: [
    {
      name: 'background kind: similar, previous, existing',
      yields: { role: 'background' },
      bare: true,
      pattern: String.raw`\b(?:similar|such|previous|earlier|prior|existing|past|former)\s+(?:(?:defen[cs]e|security|military|bilateral|arms|logistics)\s+){0,2}(?:deals?|agreements?|pacts?|accords?|arrangements?|treat(?:y|ies)|memorand(?:um|a)s?)$`,
      examples: [
        'Chile has reached similar deals',
        'Kenya built on its two previous defence agreements',
        'under their existing security pact',
      ],
      counterExamples: ['Chile and Peru signed a new deal', 'Kenya and Uganda signed two agreements'],
    },
  ],
};

/**
 * Phrasings of a clause's shape that the relation stage tests at a clause's edge (each a bare pattern
 * anchored where it is tested).
 */
export const CLAUSE_SHAPE_FAMILIES = {
  /** "the Medusa exercise, which also involved troops from A and B": the event's clause names more participants. */
  eventWhich: {
    name: 'event relative clause',
    flags: 'i',
    entries: [
      {
        name: 'event relative clause: which involved, included, brought together',
        yields: { role: 'participants' },
        bare: true,
        // Or those who hold it, the relative clause's subject: "the joint patrol, which A and B have mounted
        // every summer since 1998".
        pattern: String.raw`^,\s(?:which|that)\s+(?:(?:also|this\s+year|last\s+year|(?:in|during)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))\s+)*(?:involved|included|includes|involves|brought\s+together|brings\s+together|featured|drew|gathered|[^,;]{0,60}?\b(?:with\s+the\s+participation\s+of|involving|with\s+(?:troops|forces|ships|navies|units|contingents)\s+from|and\s+(?:also\s+)?(?:involved|included|brought\s+together|drew|gathered|featured)))\b|^,\s(?:which|that)\s+(?:the\s+)?[A-Z][^,;]{1,60}?\s(?:(?:have|has|had|will|would)\s+)?(?:(?:jointly|regularly|together)\s+)?(?:held|hold|conducted|conduct|mounted|mount|staged|stage|run|ran|organi[sz]ed|co-hosted|hosted|hosts|host)\b|^,\s(?:which|that)\s+(?:[^,;]{1,30}?\s)?(?:brought|brings|bring)\s+(?:[^;]{1,120}?\s)?together\b|^,\s(?:which|that)\s+(?:also\s+|each\s+year\s+|every\s+year\s+|regularly\s+)?(?:brought|brings|bring|takes|took|draws|drew)\s+[^;]{1,100}?\s(?:forces|troops|navies|armies|units|soldiers|sailors|marines|warships|ships|personnel|contingents)\s+(?:to|into)\b`,
        examples: [
          ', which also involved troops from Ghana',
          ', which brought together 14 navies',
          ', which will be held in June with the participation of Chile',
          // The host first, then the rest: "which Ghana hosted in May and drew troops from A and B".
          ', which was hosted by Togo in May and brought together units from',
          ', which Ghana and Togo have mounted each dry season since 2012',
          // Its host takes part too: "the Lake Volta drills, which Togo hosted this year".
          ', which Togo hosted this year',
          ', which Benin will host in the spring',
          // A time before the verb, the participants between it and "together".
          ', which in 2023 brought the armies of Chad, Mali and Niger together',
          // Or before a verb that gathers them: ", which last year drew sailors from A and B".
          ', which last year drew sailors from Ghana and Togo',
          // The forces taken to the ground it is held on: "which brings A, B and C forces to the island".
          ', which brings Chilean, Peruvian and Ecuadorian troops to the Atacama',
        ],
        counterExamples: [', which ended on Friday', ' which involved Ghana'],
      },
    ],
  },
  /** " - both former Soviet republics - " right before a clause: an aside, with the subject before it. */
  dashAside: {
    name: 'dash aside',
    flags: '',
    entries: [
      {
        name: 'dash aside: set off by two dashes',
        yields: { role: 'aside' },
        bare: true,
        pattern: String.raw`\s--?\s[^-;:]{1,120}\s--?\s$`,
        examples: ['Moldova and Georgia - both former Soviet republics - ', 'Chile -- a founding member -- '],
        counterExamples: ['Finland and Sweden ', 'Chile - a founding member '],
      },
    ],
  },
} satisfies Record<string, PhraseFamily>;

/** Allies by treaty are allied now: the alliance the words name is in force, whatever the clause goes on to do. */
export const STANDING_ALLIES_FAMILY: PhraseFamily = {
  name: 'standing allies',
  flags: 'i',
  entries: [
    {
      name: 'standing allies: treaty or formal allies',
      yields: { type: 'security_treaty', status: 'in_force' },
      pattern: String.raw`all(?:y|ies)|partners?`,
      examples: ['treaty allies', 'mutual defence partners'],
      counterExamples: ['mutual defence treaty'],
    },
  ],
};

/**
 * "Troops from four states are training alongside the hosts over the next two weeks": drills under way are
 * held, whatever future the sentence gives their end. Tested on the clause.
 */
export const ONGOING_EVENT_FAMILY: PhraseFamily = {
  name: 'ongoing event',
  flags: 'i',
  entries: [
    {
      name: 'ongoing event: under way now',
      yields: { status: 'held' },
      bare: true,
      // Not the work for drills to come: "Preparations are under way for this year's drills".
      pattern: String.raw`(?<!\b(?:preparations?|planning|preparatory\s+work)\s+(?:\w+\s+)?)\b(?:are|is)\s+(?:now\s+|currently\s+|already\s+|meanwhile\s+|also\s+)?(?:training|exercising|drilling|taking\s+part|participating|under\s*way|ongoing)\b`,
      examples: [
        'Troops from four states are training alongside the hosts over the next two weeks.',
        'The drills are under way off the coast.',
      ],
      counterExamples: [
        'Troops will train alongside the hosts next month.',
        'The drills were under way.',
        'Preparations are meanwhile under way for the drills.',
      ],
    },
    {
      // "The drills, hosted by both navies, go on till mid-July": begun, with an end still ahead.
      // Not an event whose start is told ahead too ("will run from May to June", "begins Monday and runs until").
      name: 'ongoing event: runs until its end',
      yields: { status: 'held' },
      bare: true,
      pattern: String.raw`(?<!\b(?:from|begins?|starts?|opens?|kicks?\s+off|begin|start|open|next|later)\b[^.;]{0,60})\b(?:will\s+(?:last|run|continue|go\s+on)|runs?|lasts?|continues?|go(?:es)?\s+on)\s+(?:until|till|through)\b`,
      examples: [
        'The drill, which Ghana and Togo host together, will last till 12 July.',
        'The manoeuvres, which involve 4,000 troops, run until Friday.',
        'The manoeuvres will go on until 15 September.',
      ],
      counterExamples: [
        'The drills will run from early May to mid-June.',
        'The drills begin on Monday and will last until June 3.',
        'The war games will be staged next autumn.',
      ],
    },
  ],
};

/** "to bridge the gap until deliveries begin": deliveries still awaited, of a sale told elsewhere. */
export const AWAITED_FAMILY: PhraseFamily = {
  name: 'awaited',
  flags: 'i',
  entries: [
    {
      name: 'awaited: until or pending the deliveries',
      yields: { role: 'awaited' },
      bare: true,
      pattern: String.raw`\b(?:until|till|pending|awaiting|before)\s+(?:the\s+)?(?:first\s+)?$`,
      examples: [
        'leased jets to bridge the gap until ',
        'The navy will keep its old frigates pending the first ',
      ],
      counterExamples: ['Korea completed the ', 'Turkey began the '],
    },
  ],
};

/**
 * "Sweden, which became the 32nd member of NATO last year, ... during the negotiations": becoming a member is
 * the step, whatever else the clause goes on to tell. Tested on the words right before the role.
 */
export const BECAME_MEMBER_FAMILY: PhraseFamily = {
  name: 'became member',
  flags: 'i',
  entries: [
    {
      name: 'became member: became the Nth, newest or a full member',
      yields: { type: 'membership', status: 'concluded' },
      bare: true,
      // "becoming the alliance's 30th member", "became the bloc's newest member": the grouping's possessive in place
      // of the article.
      pattern: String.raw`\bbec(?:ame|omes|oming)\s+(?:the|its|a|an|(?:the\s+)?\w[\w.-]*(?:'s|’s))\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+(?:teenth|tieth)|\w+-(?:first|second|third|\w+th)|newest|latest|full|official|formal|fully[- ]fledged)\s+$`,
      examples: [
        'Sweden, which became the 32nd ',
        'Finland became a full ',
        'Sweden became the thirty-second ',
        "Since becoming the alliance's newest ",
        "Montenegro became NATO's 29th ",
      ],
      counterExamples: ['Sweden hopes to become a ', 'Sweden is the 32nd ', 'Hungary became the only '],
    },
    {
      // The role read whole ("NATO's 30th member", "a NATO member"): the verb of becoming right before it.
      name: 'became member: became right before the role',
      yields: { type: 'membership', status: 'concluded' },
      bare: true,
      // Or named to the role, the first to be: "became the first country in the region to be named a ".
      pattern: String.raw`\bbec(?:ame|omes|oming)\s+$|\b(?:was|were|became\s+[^.;,]{1,40}?\s+to\s+be)\s+(?:officially\s+|formally\s+)?(?:named|designated)\s+(?:an?\s+|the\s+)?$`,
      examples: [
        'Since becoming ',
        'Sweden, which became ',
        'became the first state in the region to be named a ',
      ],
      counterExamples: ['Sweden hopes to become ', 'Sweden is becoming a strong '],
    },
  ],
};

/** Words that make an event told before only the time of the sentence's news (tested on the text before it). */
export const FRAMING_EVENT_FAMILY: PhraseFamily = {
  name: 'framing event',
  flags: 'i',
  entries: [
    {
      name: 'framing event: ahead of, after, on the sidelines of',
      yields: { role: 'frame' },
      bare: true,
      pattern: String.raw`\b(?:ahead\s+of|in\s+the\s+run-up\s+to|before|after|following|on\s+the\s+(?:sidelines|side-lines|margins|fringes)\s+of)\s+(?:the\s+)?$`,
      examples: ['Ahead of ', 'On the sidelines of ', 'Days after '],
      counterExamples: ['During ', 'Thai and US marines took part in '],
    },
  ],
};

/**
 * "Russian and Belarusian units took part, as did contingents from A and B": the same done by others after a
 * comma (tested right after the clause the drills are told in).
 */
export const AS_DID_FAMILY: PhraseFamily = {
  name: 'as did',
  flags: 'i',
  entries: [
    {
      name: 'as did: the same done by others',
      yields: { role: 'participants' },
      bare: true,
      pattern: String.raw`^,\s*as\s+(?:did|do|does|have|has|had|were|was|will|would)\s+`,
      examples: [', as did contingents from ', ', as have troops from ', ', as will two frigates of '],
      counterExamples: [', as well as ', ' as did '],
    },
  ],
};

/**
 * "..., as did contingents from A and B": forces, not bare states ("as did the US and Japan" may be drills of
 * their own), named in the clause after "as did".
 */
export const FORCES_NAMED_FAMILY: PhraseFamily = {
  name: 'forces named',
  flags: 'i',
  entries: [
    {
      name: 'forces named: troops, ships, contingents',
      yields: { role: 'participants' },
      bare: true,
      pattern: String.raw`\b(?:troops|forces|units|ships|vessels|warships|personnel|contingents?|sailors|soldiers|marines|aircraft|jets|teams|detachments|navies|armies|air\s+forces)\b`,
      examples: ['contingents from Kyrgyzstan and Tajikistan', 'Uzbek and Tajik units'],
      counterExamples: ['the United States and Japan', 'Bolivia with Ecuador'],
    },
  ],
};

/**
 * "kept a base in Qatar under a defence cooperation agreement": the words right before an instrument that is
 * the footing of the tie told just before it (tested on the text between the two).
 */
export const UNDER_INSTRUMENT_FAMILY: PhraseFamily = {
  name: 'under instrument',
  flags: 'i',
  entries: [
    {
      name: 'under instrument: under, on the basis of, pursuant to',
      yields: { role: 'footing' },
      bare: true,
      pattern: String.raw`\b(?:under|on\s+the\s+basis\s+of|in\s+line\s+with|pursuant\s+to)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$`,
      examples: [' Qatar under a ', ' Djibouti under the 2011 bilateral ', ' on the basis of a '],
      counterExamples: [' Qatar and signed a ', ' Qatar after the '],
    },
  ],
};
