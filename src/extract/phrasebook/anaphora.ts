// Words that point back to what earlier sentences named: the pair in play, the last subject, the grouping,
// the instrument ("the accord"), the exercise being joined.
import type { PhraseFamily } from './entry.js';

/** "the two countries", "both sides", "each other", "the pact": the pair named before. */
export const PAIR_ANAPHOR_FAMILY: PhraseFamily = {
  name: 'pair anaphor',
  flags: 'i',
  entries: [
    {
      name: 'pair anaphor: the two sides, each other, the pact',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:the|both)\s+(?:(?:two|2)\s+)?(?:countries|nations|sides|leaders|governments|ministers|defen[cs]e ministers|foreign ministers|allies|partners|navies|armies|air forces|armed forces|defen[cs]e forces|coast guards|militaries|forces|troops|defen[cs]e chiefs|army chiefs|delegations|neighbou?rs|prime ministers|presidents|states)\b|\b(?:of|between|by)\s+two\s+(?:countries|nations|sides|governments|states)\b|\bbilateral\b|\beach other\b|\btheir (?:counterparts?|talks|meeting|countries|navies|armies|air forces|armed forces|militaries|coast guards|defen[cs]e forces)\b|\b(?:the|this|that) (?:agreement|pact|deal|accord|treaty|arrangement)\b|\bthey\s+(?:(?:also|then|later|jointly|formally|will|would|now|have|had)\s+){0,2}(?:signed|sign|agreed|agree|inked|concluded|launched|held|hold|staged|conducted|conduct|explored|explore|discussed|discuss|pursue|pursued|decided|decide|pledged|vowed|co-(?:develop|produce|build)\w*)\b`,
      examples: [
        'The two navies will also swap liaison officers.',
        'In 2019 they signed a pact on pilot training.',
        'Both sides pledged to keep talking, a spokesman in Quito said.',
        'Under that accord, engineers train together each summer.',
        'They will also explore a shared tanker fleet.',
        'The navies of two countries then swapped liaison officers.',
        'Their armies have trained together every spring since 2004.',
      ],
      counterExamples: [
        'A cyclone forced the fleet back to harbour.',
        'Two countries in the region abstained.',
      ],
    },
    {
      // "The two agreed to hold drills", "Both signed the protocol": the count alone, as the subject of a verb.
      name: 'pair anaphor: the two, both (a bare count as subject)',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`(?:\bthe\s+two|^\s*[Bb]oth)(?=\s+(?:(?:also|then|later|jointly|now|together|formally|have|has|had|will|would|are|were|must|should|can|could|may|might)\s+){0,2}(?:agreed|agree|agrees|signed|sign|held|hold|holds|have|has|will|would|are|were|plan|planned|plans|pledged|vowed|decided|decide|settled|launched|launch|conducted|conduct|staged|stage|intend|intends|intended|committed|discussed|discuss|reviewed|review|said|say|expect|expected|began|begin|completed|concluded|exchanged|initialled|inked)\b)`,
      examples: ['The two agreed to hold drills in May.', 'Both have signed the protocol.'],
      counterExamples: ['The two days of talks ended.', 'Both of the ships sailed.'],
    },
    {
      name: 'pair anaphor: our two countries, our militaries (a speaker of the pair)',
      yields: { role: 'pair-anaphor' },
      words: ['our [two ](countries|nations|peoples|governments|militaries|armies|navies)'],
      examples: ['"Our militaries will exercise together," she said.', 'a milestone for our two nations'],
      counterExamples: ['"Our navy will train with them," she said.', 'their two countries'],
    },
  ],
};

/**
 * "The three defence chiefs initialled a protocol", "all five air forces flew": a count of countries, or of
 * their ministers, forces or leaders, points back to the states last named together in that number. The count
 * is read from the match (groupAnaphorSize in discourse.ts).
 */
export const GROUP_ANAPHOR_FAMILY: PhraseFamily = {
  name: 'group anaphor',
  flags: 'i',
  entries: [
    {
      name: 'group anaphor: the three countries, all four navies',
      yields: { role: 'group-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:the|all|all\s+the)\s+(?:three|four|five|six|seven|eight|nine|ten|[3-9]|10)\s+(?:(?:partner|member|participating|allied|signatory|founding|neighbou?ring|[A-Z][a-z]+)\s+)?(?:countries|nations|states|sides|leaders|governments|ministers|defen[cs]e ministers|foreign ministers|allies|partners|navies|armies|air forces|armed forces|coast guards|militaries|forces|defen[cs]e chiefs|army chiefs|chiefs of (?:defen[cs]e|staff)|delegations|neighbou?rs|prime ministers|presidents|heads of state)\b`,
      examples: [
        'The three defence chiefs initialled a protocol on radar data.',
        'All four navies will sail together again off Goa.',
        'Officers from the three partner nations met in Accra.',
        'the four Nordic governments have said they would take part',
      ],
      counterExamples: [
        'The two navies will also swap liaison officers.',
        'Three countries in the region abstained.',
        'The three days of talks ended on Friday.',
      ],
    },
  ],
};

/** "He then agreed", "The ministry also said": a pronoun or bare title continues the previous subject. */
export const PRONOUN_SUBJECT_FAMILY: PhraseFamily = {
  name: 'pronoun subject',
  flags: 'i',
  entries: [
    {
      name: 'pronoun subject: pronoun, bare title, or "also" early',
      yields: { role: 'continued-subject' },
      bare: true,
      // A short opener may come first: "Now it is buying ...", "In 2019, they signed ...".
      // Or a date: "In May 2021 the ministry bought ...".
      pattern: String.raw`^\s*(?:(?:now|today|but|and|yet|so|since then|meanwhile|however|in (?:(?:early|late|mid-?)\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{4}|last year|this year|later)\s*,?\s+)?(?:(?:he|she|it|its|they|their|the country|the government|the ministry|the minister|the prime minister|the president)\b|(?:\w+\s+){0,2}(?:also|then)\b)`,
      examples: [
        'She later flew on to Windhoek.',
        'Officials then confirmed the order of four corvettes.',
        'Now it is buying more from Seoul.',
        'In 2019, they signed a logistics pact.',
        'In March 2021 the government bought six more.',
      ],
      counterExamples: ['Windhoek later confirmed the order.', 'Hetman units paraded in Kyiv.'],
    },
  ],
};

/** "the alliance", "this bloc": the grouping named before. */
export const GROUPING_ANAPHOR_FAMILY: PhraseFamily = {
  name: 'grouping anaphor',
  flags: 'i',
  entries: [
    {
      name: 'grouping anaphor: the alliance, the bloc',
      yields: { role: 'grouping-anaphor' },
      bare: true,
      // "the pillar": the part of a pact told before that partners join (AUKUS's second).
      pattern: String.raw`\b(?:the|this|that)\s+(?:military\s+|security\s+|western\s+)?(?:alliance|bloc|grouping|pillar)\b`,
      examples: [
        'Lawmakers approved the application to join the military alliance.',
        'Dili hopes to enter the bloc soon.',
        'Ottawa has asked to join the pillar.',
      ],
      counterExamples: ['An alliance of farmers protested in Dili.', 'The blockade of the port ended.'],
    },
  ],
};

/** "Sweden applied for membership in May": membership sought of the grouping just told, which goes unnamed. */
export const MEMBERSHIP_SOUGHT_FAMILY: PhraseFamily = {
  name: 'membership sought',
  flags: 'i',
  entries: [
    {
      name: 'membership sought: with no grouping named',
      yields: { role: 'grouping-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:appl(?:y|ies|ied|ying|ication)|bid|request)\s+(?:for|to)\s+(?:full\s+)?(?:membership|join)\b|\b(?:its|their)\s+(?:membership|accession)\s+(?:bid|application|request|talks)\b`,
      examples: ['Oslo applied for membership in March.', 'Its membership bid stalled in parliament.'],
      counterExamples: ['Oslo applied for a loan in March.', 'Its membership fees rose.'],
    },
  ],
};

/** "the defense accord" right after "the": an umbrella word pointing back to the instrument in play. */
export const INSTRUMENT_DETERMINER_FAMILY: PhraseFamily = {
  name: 'instrument determiner',
  flags: 'i',
  entries: [
    {
      name: 'instrument determiner: the, this, that before an umbrella word',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:the|this|that)\s+$`,
      examples: ['e the ', 'this '],
      counterExamples: ['their ', 'a new '],
    },
  ],
};

/**
 * "signed the pact in July, and it entered into force in September": a later clause whose subject points
 * back to the instrument just named, so its status cue is a milestone of that instrument (tested on the text
 * right before the cue).
 */
export const LATER_MILESTONE_FAMILY: PhraseFamily = {
  name: 'later milestone',
  flags: 'i',
  entries: [
    {
      name: 'later milestone: and the pact, and it, which',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`(?:,?\s+and\s+(?:the\s+(?:pact|agreement|accord|treaty|deal|arrangement|memorandum)|it)|,\s+which(?:\s+(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’-]*|two|three|both|governments|sides|countries|leaders|ministers)(?:\s+(?:and\s+)?(?:[A-Z][\w\u00c0-\u024f'’-]*|governments|sides|countries|leaders|ministers)){0,2})?|;\s+(?:the\s+(?:pact|agreement|accord|treaty|deal|arrangement|memorandum)|it)|(?<=\b(?:19|20)\d\d)\s+(?:that|which))\s+(?:(?:was|has|had|will|is|then|later|finally|formally|still)\s+){0,2}$`,
      examples: [
        'signed the accord in May, and the pact ',
        // A relative right after the year of signing: "signed a pact with Beijing in 2022 that remains ...".
        'signed a pact with Beijing in 2022 that ',
        'inked the treaty in 2019, which was later ',
        'signed the SOFA in 2022; it was ',
      ],
      counterExamples: ['signed the accord in May, and Kenya ', 'the pact '],
    },
    {
      // "The SOFA, inked at Apia in March, took effect ...": the instrument the sentence is about, its
      // signing told in an apposition, then its main verb.
      name: 'later milestone: after an apposition or a verb telling the signing',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      // Or the participle right after the instrument, its phrase running into the main verb ("An accord inked
      // in June 2015 took effect ..."): the text from the trigger on is all of it.
      pattern: String.raw`(?:,\s+|\s+(?:was|were|has\s+been|had\s+been)\s+)(?:(?:first|originally|jointly)\s+)?(?:(?:signed|concluded|inked|initialled|initialed|agreed)\s+(?:in|on|at|last|this|earlier|back)|ratified\s+(?:in|on|at|last|this|earlier|back|by))\b[^,;()]{0,45}?(?:,|\s+and)\s+(?:(?:was|is|has|had|then|later|finally|formally|only)\s+){0,2}$|^\s+(?:(?:between|with)\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,4})?(?:signed|concluded|inked|initialled|initialed)\s+(?:in|on|at|last|this|earlier|back)\b[^,;()]{0,45}?\s+(?:(?:was|has|had|then|later|finally|formally|only)\s+){0,2}$`,
      examples: [
        ', inked at Apia last March, ',
        ', signed in 2021, has ',
        ', signed in Rome in March, is ',
        ', ratified by the senate in May, ',
        ', first inked in Rome in 2019, was ',
        ' was concluded in April 2016 and ',
        ' initialled in Lima in March 2011 ',
        ' between Chad and Niger signed in 2019 ',
      ],
      counterExamples: [
        ', signed in May, and Kenya ',
        ', which the two ',
        ' signed in May, ',
        ' was signed by Kenya and ',
      ],
    },
    {
      // "The SOFA, which both premiers signed in Apia in 2021, took effect ...", "The treaty
      // signed between A and B in 2012 remains in force": the signing told in a relative clause or a
      // participle naming the signers, then the instrument's main verb.
      name: 'later milestone: after a relative clause or participle naming the signers',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`,\s+which\s+(?:[^,;()]{1,70}?\s+)?(?:signed|concluded|inked|initialled|initialed)\s+(?:in|on|at|last|this|earlier|back)\b[^,;()]{0,45}?,\s+(?:(?:was|has|had|then|later|finally|formally|only)\s+){0,2}$|^\s+(?:signed|concluded|inked)\s+(?:between|with|by)\s+[^,;()]{1,60}?\s+(?:in|on|at|last|this|earlier|back)\b[^,;()]{0,45}?\s+(?:(?:was|has|had|then|later|finally|formally|only)\s+){0,2}$`,
      examples: [
        ', which both defence chiefs signed in Quito in June 2021, ',
        ' signed between Lima and Quito on 3 May 2012 ',
      ],
      counterExamples: [' signed in May, ', ', which Lima signed in May and '],
    },
  ],
};

/** "Chilean marines will also take part in the drills": the exercise told before, with newcomers. */
export const JOIN_THE_FAMILY: PhraseFamily = {
  name: 'join the',
  flags: 'i',
  entries: [
    {
      name: 'join the: joining an exercise already told',
      yields: { type: 'joint_exercise', role: 'joined-event' },
      bare: true,
      // "took part in the final stage of the exercise": a part of drills told before is those drills.
      pattern: String.raw`\bjoin(?:s|ed|ing)?\s+(?:the|these|those|this|that)\s+(?:\w+\s+)?$|\b(?:took|take|takes|taking)\s+part\s+in\s+(?:the|a)\s+(?:\w+\s+)?(?:stage|phase|part|leg|portion|segment)\s+of\s+(?:(?:the|these|this)\s+)?(?:\w+\s+)?$`,
      examples: [
        'A Chilean frigate will also join the ',
        'Marines from Fiji joined these annual ',
        'Troops from Laos took part in the final phase of the ',
      ],
      counterExamples: ['A Chilean frigate will lead the ', 'Peru joined the talks before the '],
    },
    {
      // "Peruvian troops take part in these drills too", "Fiji participated in this year's ": drills named
      // with "the" after words of taking part are those just told, with the newcomers added.
      name: 'join the: taking part in drills already told',
      yields: { type: 'joint_exercise', role: 'joined-event' },
      bare: true,
      pattern: String.raw`\b(?:(?:took|take|takes|taking)\s+part|participat(?:e|es|ed|ing))\s+(?:again\s+|also\s+)?in\s+(?:the|these|those|this|that|this\s+year['’]s)\s+(?:\w+\s+)?$`,
      examples: [
        'Two Peruvian companies take part in the ',
        'Navies from Fiji and Tonga participated in this year’s ',
        'A Chilean corvette took part in the annual ',
      ],
      counterExamples: ['Peru may take part in a ', 'Chile took part in talks on the '],
    },
    {
      // "Sweden sent two corvettes to the drills": forces sent to drills named with "the" go to those just told.
      name: 'join the: forces sent to drills already told',
      yields: { type: 'joint_exercise', role: 'joined-event' },
      bare: true,
      pattern: String.raw`\b(?:sent|sends|sending|dispatched|dispatches|deployed|deploys|contributed|contributes)\s+(?:[\w-]+\s+){1,4}?(?:to|for)\s+(?:the|these|this|this\s+year['’]s)\s+(?:\w+\s+)?$`,
      examples: ['Sweden also sent two corvettes to the ', 'Ghana deployed a platoon for this year’s '],
      counterExamples: ['Sweden sent two corvettes to a ', 'Oslo sent a letter about the talks to the '],
    },
  ],
};

/**
 * "The biennial exercise this year involves 19 nations, including A and B": drills named with "the" as the
 * subject of a verb of gathering are those just told, the forces it names newcomers to them. Tested on the
 * sentence up to the trigger's end (the subject) and after it (the verb).
 */
export const THE_EVENT_GATHERS_FAMILY: PhraseFamily = {
  name: 'the event gathers',
  flags: 'i',
  entries: [
    {
      name: 'the event gathers: a definite subject opening the sentence',
      yields: { type: 'joint_exercise', role: 'joined-event' },
      bare: true,
      pattern: String.raw`^\s*(?:the|this|this\s+year['’]s|its)\s+(?:[\w-]+\s+){0,3}(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games|edition)$`,
      examples: ['The biennial exercise', 'This year’s drills', 'The exercise'],
      counterExamples: ['Chile and Peru held the exercise', 'A separate exercise'],
    },
    {
      name: 'the event gathers: the verb of gathering after it',
      yields: { type: 'joint_exercise', role: 'joined-event' },
      bare: true,
      // Past a relative clause set off by commas: "The drills, which began on Monday, involve ...".
      pattern: String.raw`^(?:\s*,\s*(?:which|that)\b[^,;()]{1,90},)?\s+(?:(?:this\s+year|again|also|now)\s+)?(?:involves?|involved|includes?|included|brought\s+together|brings\s+together|drew|draws|gathered|gathers|features?|featured)\s+(?:[\w,-]+\s+){0,4}?(?:nations|countries|states|navies|armies|troops|forces|units|ships|vessels|warships|personnel|contingents|sailors|soldiers|marines|aircraft)\b`,
      examples: [
        ' this year involves 19 nations',
        ', which began on Monday, involve warships from',
        ' drew about 3,000 troops from',
      ],
      counterExamples: [' involves live firing', ' was called off'],
    },
  ],
};

/** "Georgia's bid to join": the possessor of the bid is the one joining (tested right after a party). */
export const MEMBERSHIP_BID_FAMILY: PhraseFamily = {
  name: 'membership bid',
  flags: 'i',
  entries: [
    {
      name: 'membership bid: possessor of a bid or accession',
      yields: { type: 'membership', role: 'joiner' },
      bare: true,
      // Or of the way to it, past a word or three: "Moldova's reforms and its road to full membership".
      pattern: String.raw`^'s?\s+(?:\w+\s+)?(?:bid|application|accession|membership|entry)\b|^['’]s?\s+(?:[\w-]+\s+){0,3}(?:path|road|way|journey)\s+(?:to|towards?)\s+(?:full\s+)?membership\b`,
      examples: [
        "'s formal accession to the alliance",
        "'s application was approved on Tuesday",
        '’s security and its road towards membership',
      ],
      counterExamples: [' and Austria stayed neutral.', "'s bidding war for the stadium"],
    },
    {
      // "held up the Swedish bid to join": a state named by its adjective owns the bid right after it.
      name: 'membership bid: a bid owned by the adjective before it',
      yields: { type: 'membership', role: 'joiner' },
      bare: true,
      pattern: String.raw`^\s+(?:membership\s+|accession\s+)?(?:bid|application|request)s?\s+(?:to\s+join|for\s+(?:full\s+)?membership|to\s+become\s+(?:a\s+)?members?)\b`,
      examples: [' bid to join the bloc', ' application for membership was filed', ' membership bid to join'],
      counterExamples: [' bid for the trainer jets', ' troops joined the drills'],
    },
  ],
};

/**
 * "the bids by Oslo and Helsinki to join", "the applications of Chile and Peru": states after "by" or "of" own
 * the bid before them; whoever holds it up or backs it joins nothing. Tested on the words before the states.
 */
export const BID_BY_FAMILY: PhraseFamily = {
  name: 'bid by',
  flags: 'i',
  entries: [
    {
      name: 'bid by: a bid or application, then by or of',
      yields: { type: 'membership', role: 'joiner' },
      bare: true,
      pattern: String.raw`\b(?:membership\s+|accession\s+)?(?:bids?|applications?|requests?)\s+(?:(?:to\s+join|for\s+(?:full\s+)?membership)\s+)?(?:by|of|from)\s+(?:the\s+)?$`,
      examples: ['Ankara held up the bids by ', 'approved the membership applications of the '],
      counterExamples: ['the trainer jets ordered by ', 'a group of '],
    },
  ],
};

/** Words that make a membership trigger about joining or belonging, whatever follows it. */
export const MEMBERSHIP_WORD_FAMILY: PhraseFamily = {
  name: 'membership word',
  flags: 'i',
  entries: [
    {
      name: 'membership word: join, member, accession',
      yields: { type: 'membership' },
      bare: true,
      pattern: String.raw`\bjoin|\bmember|accession|accede`,
      examples: ['joining', 'founding members'],
      counterExamples: ['role in', 'part of'],
    },
  ],
};

/** "Poland, a fellow EU member", "Norway is a NATO member": only a copula or article between state and role. */
export const ROLE_BESIDE_FAMILY: PhraseFamily = {
  name: 'role beside',
  flags: 'i',
  entries: [
    {
      name: 'role beside: copula or article between state and role',
      yields: { type: 'membership', role: 'member' },
      bare: true,
      pattern: String.raw`^[\s,]*(?:(?:is|was|as|became|remains)\s+)?(?:an?|the|its)?\s*(?:(?:newest|oldest|latest|founding|first|\d+(?:st|nd|rd|th))\s+)?$`,
      examples: [', a ', ' remains the ', ' ', ', the newest '],
      counterExamples: [' hosted the ', ' and '],
    },
  ],
};

/** "and also with Canada": a second list of partners beside the subjects' own tie. */
export const ALSO_WITH_FAMILY: PhraseFamily = {
  name: 'also with',
  flags: 'i',
  entries: [
    {
      name: 'also with: and also with',
      yields: { role: 'second-partners' },
      bare: true,
      pattern: String.raw`\b(?:as well as|and also|and)\s+with\s+(?:the\s+)?$`,
      examples: [
        'Drills between Chile and Peru as well as with the ',
        'Drills between Ghana and Togo and with ',
      ],
      counterExamples: ['Drills between Chile and Peru, with the '],
    },
  ],
};

/**
 * "holds drills with several partners, such as A, B and C": a habit of drilling with many partners is
 * one exercise with each, not one of them all (an exercise "with troops from 23 countries including A, B and
 * C" names no such partners' class before the list, and stays one). Tested on the text from the trigger to
 * the list.
 */
export const EVENTS_WITH_MANY_FAMILY: PhraseFamily = {
  name: 'events with many',
  flags: 'i',
  entries: [
    {
      name: 'events with many: drills with other countries, including',
      yields: { role: 'second-partners' },
      bare: true,
      pattern: String.raw`^(?:exercises|drills|war\s*games|manoeuvres|maneuvers|patrols)\s+with\s+(?:other|several|many|various|numerous|different|foreign|regional|a\s+number\s+of|a\s+range\s+of|a\s+host\s+of)\s+(?:countries|nations|partners|states|militaries|armies|navies|air\s+forces)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?$`,
      examples: ['exercises with other countries including ', 'drills with several navies, such as the '],
      counterExamples: ['exercises with troops from 23 countries including ', 'drills with the '],
    },
  ],
};

/** What may open a sentence before its subject: "According to reports, ", "Last year ", "In January 2024 ". */
const SENTENCE_OPENING = String.raw`(?:(?:According\s+to|In|By|Since|Last|This|Earlier|From|Under|After|Besides|Meanwhile|Separately|Elsewhere)\b[^,;]{0,40},\s*|(?:Last|This|Earlier|Later|Next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\s+|(?:In|On|By|Since)\s+(?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+|\d{4})(?:\s+\d{4}|\s+(?:last|this|next)\s+year)?\s+|(?:Between|From)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+(?:and|to|until)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?`;

/**
 * "It", "They" opening a sentence, or an institution no state is named with: the subject is the party the
 * document is about.
 */
export const IT_THEY_SUBJECT_FAMILY: PhraseFamily = {
  name: 'it or they subject',
  flags: 'i',
  entries: [
    {
      name: 'it or they subject: opening pronoun',
      yields: { role: 'focal-subject' },
      bare: true,
      // "These include sales to ...": a demonstrative opening the sentence continues the article's subject too.
      // After an opening phrase too: "According to open-source reports, it has received ...".
      pattern: String.raw`^\s*${SENTENCE_OPENING}(?:it|they|these|this|those)\b`,
      examples: [
        'According to open-source reports, it has received Chinese air defence systems.',
        'Last month it handed over two of its own launchers to Kyiv.',
        'In October it signed a deal for twenty jets from Britain.',
        // A span of years opening the sentence, with no comma after it.
        'Between 2015 and 2019 it received eight patrol boats from Seoul.',
        'It also bought four patrol boats.',
        ' They ordered twelve trainers.',
        'These include sales to Poland and Egypt.',
      ],
      counterExamples: ['Italy ordered twelve trainers.', 'Theyre ordering more.'],
    },
    {
      // "In May 2023 the navy ordered two frigates from Italy": an institution named with no state stands
      // for the state the article is about.
      name: 'it or they subject: an institution of the state in play',
      yields: { role: 'focal-subject' },
      bare: true,
      pattern: String.raw`^\s*${SENTENCE_OPENING}the\s+(?:(?:defen[cs]e|armed\s+forces|war)\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|(?:national\s+)?government|navy|army|air\s+force|force|coast\s+guard|armed\s+forces|military|kingdom|sultanate|emirate|island\s+(?:nation|state)|junta|regime|country|authorities)(?:\s*,\s*(?:meanwhile|too|in\s+turn|for\s+its\s+part)\s*,)?\s+(?:(?:has|have|had|is|are|was|were|will|would|then|also|later|now|since|already|finally|first|eventually|formally|recently)\s+)*(?!said\b|says\b|told\b)(?:[a-z]+(?:ed|s)|bought|took|sold|got|won|chose|gave|sent|paid|made|began|struck|brought)\b`,
      examples: [
        'Last month the air force received two more trainers from Brazil.',
        'The navy has since received two more.',
        'The government confirmed it picked the Rafale.',
        'In 2019 the air force bought six trainers from Korea.',
        'The army, for its part, is negotiating to buy howitzers from Seoul.',
        'The kingdom bought two tankers in March.',
        // A ruling body or the country itself: "the junta took delivery of jets".
        'The junta took delivery of two fighters from Moscow.',
        'The country ordered four corvettes in 2021.',
      ],
      counterExamples: [
        'The navy said the frigates would arrive in May.',
        'The Kenyan navy ordered two boats.',
        'Navy officials ordered two boats.',
      ],
    },
  ],
};

/** "it", "its" anywhere: the sentence speaks of the party the document is about. */
export const IT_ITS_FAMILY: PhraseFamily = {
  name: 'it or its',
  flags: 'i',
  entries: [
    {
      name: 'it or its: pronoun of the focal party',
      yields: { role: 'focal-subject' },
      pattern: 'it|its',
      examples: ['Parliament approved its bid to join.', 'Officials said it would apply this year.'],
      counterExamples: ['Parliament approved the bid to join Italy’s coalition.'],
    },
  ],
};

/** "a similar deal", "such arrangements": a generic agreement of the kind of the instrument named before it. */
export const SAME_KIND_FAMILY: PhraseFamily = {
  name: 'same kind',
  flags: 'i',
  entries: [
    {
      name: 'same kind: similar, such',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`^(?:similar|such|comparable|equivalent|parallel|the\s+same)\b|^(?:one|ones|another)$`,
      examples: ['similar deal', 'such arrangements', 'one', 'another', 'the same kind of pact'],
      counterExamples: ['a new deal', 'the deal'],
    },
  ],
};

/**
 * "a defence cooperation agreement giving US forces access to 15 sites": an agreement named only as a
 * cooperation or defence pact that lets one side's forces in is an access agreement. Tested right after
 * the instrument's name.
 */
/**
 * The United States' "defense cooperation agreements" (with Norway, Poland, the Baltic and Nordic states, the
 * Philippines' EDCA) are the terms on which its forces use the other side's bases: access agreements, not
 * memoranda. Tested on the sentence of a "defense cooperation agreement"; the memorandum stays a reading.
 */
export const US_PARTY_FAMILY: PhraseFamily = {
  name: 'United States named',
  flags: '',
  entries: [
    {
      name: 'United States named: by name, capital or adjective',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`\b(?:United\s+States|US|USA|Washington|American|Pentagon)\b|\bU\.S\.`,
      examples: [
        'Oslo inked an updated Washington defence cooperation agreement.',
        'The U.S. defense cooperation agreement with Helsinki took effect.',
      ],
      counterExamples: [
        'Lima and Brasilia renewed their defence cooperation agreement.',
        'The bus route was cut.',
      ],
    },
  ],
};

export const ACCESS_GRANTED_FAMILY: PhraseFamily = {
  name: 'access granted',
  flags: 'i',
  entries: [
    {
      name: 'access granted: forces given access to sites',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`^[^.;]{0,80}?\b(?:giving|gives|give|granting|grants|grant|allowing|allows|allow|letting|lets|permitting|permits|providing|provides)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:forces|troops|military|soldiers|personnel|marines|army|navy)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}(?:access|rotational access|the right to (?:use|station|deploy)|(?:operate|fly|deploy)\s+(?:from|out\s+of|at)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:bases?|sites?|airfields?|ports?|facilities)|to\s+(?:train|rotate|be\s+stationed|be\s+based)\s+(?:in|on|at|through)\b(?!\s+(?:the\s+)?(?:use|handling|operation|maintenance)\b))\b`,
      examples: [
        ' with Washington in 2023, giving US forces access to 15 sites',
        ' that allows American troops rotational access to four bases',
        ' that lets US forces operate from three air bases',
        // Forces let train or be stationed on the other's soil: an access agreement.
        ' allowing Ghanaian troops to train in the north',
      ],
      counterExamples: [
        ' that covers training and the supply of spare parts',
        ' giving firms access to tenders',
        ' allowing the troops to train in the use of the new radar',
      ],
    },
    {
      // "Under a 1990 memorandum, renewed in 2019, US forces have access to two bases": the access the
      // instrument stands for, its forces the subject of the clause after it.
      name: 'access granted: forces have access under it',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`^[^.;]{0,80}?,\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,2}(?:forces|troops|military|navy|marines|warships)\s+(?:(?:have|has|had|gained|gain|gains|enjoy|enjoys|enjoyed|will\s+have|have\s+had|has\s+had)\s+)(?:(?:regular|rotational|routine|continued)\s+)?access\s+to\b`,
      examples: [
        ', renewed in 2019 for another 15 years, American forces have access to two air bases',
        ' of 2004, French troops gained access to the port',
      ],
      counterExamples: [
        ' renewed in 2019, which gives firms access to tenders',
        ', reporters have access to the base',
      ],
    },
    {
      // "Under a 1970 pact, signed after independence, Paris was allowed to keep basing troops on Gabonese soil":
      // a state let station or train its forces on the other's ground under the instrument.
      name: 'access granted: a state allowed to station forces under it',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`^[^.;]{0,80}?,\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,2}(?:was|were|is|are|has\s+been|have\s+been)\s+(?:allowed|permitted|authori[sz]ed|entitled)\s+to\s+(?:keep\s+|continue\s+)?(?:train(?:ing)?|station(?:ing)?|bas(?:e|ing)|deploy(?:ing)?|rotat(?:e|ing))\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}(?:forces|troops|soldiers|personnel|units|aircraft|warships)\b`,
      examples: [
        ' signed in 1970, Paris was allowed to keep basing troops on Gabonese soil',
        ' of 2004, Britain is permitted to station forces in the north',
      ],
      counterExamples: [
        ' signed in 1970, Paris was allowed to keep its embassy',
        ', the army was allowed to train recruits at home',
      ],
    },
    {
      // "the 2018 agreement governing the presence of French forces": the terms of foreign forces on a state's soil.
      name: 'access granted: governing the presence of forces',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`^[^.;]{0,60}?\b(?:governing|regulating|setting\s+out|covering|on)\s+(?:the\s+)?(?:presence|status|stationing|deployment)\s+of\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}(?:forces|troops|soldiers|personnel|military)\b`,
      examples: [' governing the presence of French forces', ' on the status of Turkish troops in Libya'],
      counterExamples: [' governing the sale of French jets', ' on the presence of observers'],
    },
    {
      // "a defence cooperation agreement that gives each country's troops a legal footing when they deploy on the
      // other's soil": the terms of one side's forces on the other's territory, a status of forces agreement.
      name: 'access granted: the legal footing of forces on the other side’s soil',
      yields: { type: 'reciprocal_access' },
      bare: true,
      pattern: String.raw`^[^.;]{0,100}?(?:\blegal\s+(?:footing|status|framework|basis|protections?)\s+(?:for|of|when|to)\b[^.;]{0,60}?\b(?:troops|forces|personnel|soldiers)\b|\b(?:troops|forces|personnel|soldiers)\b[^.;]{0,50}?\blegal\s+(?:footing|status|framework|basis|protections?)\b|\b(?:train|deploy|operate|be\s+stationed|exercise)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:on|in)\s+(?:each\s+other['’]s|the\s+other['’]s|one\s+another['’]s)\s+(?:soil|territory|territories))`,
      examples: [
        ' that gives each side’s troops a legal footing when they deploy abroad',
        ' setting the legal status of forces of either country',
        ' letting their marines train or deploy on each other’s soil',
      ],
      counterExamples: [
        ' that gives firms a legal footing in tenders',
        ' on training and the supply of fuel',
      ],
    },
  ],
};

/** "..., and Sweden followed in March": a state taking the step just told, into the same grouping. */
export const FOLLOWED_FAMILY: PhraseFamily = {
  name: 'followed',
  flags: 'i',
  entries: [
    {
      name: 'followed: followed suit, did the same',
      yields: { role: 'ellipsis' },
      // "followed" with no object: "Talks followed the signing" tells an order of events, not a step taken.
      pattern: String.raw`(?<!\b(?:that|which|who|then|soon)\s)(?:followed|follows)(?:\s+suit)?(?!\s+(?:the(?!\s+same\s+(?:day|week|month|year)\b)|a|an|by|his|her|their|its|this|that|these|those|up|on|closely|with|from|through)\b)|did\s+(?:the\s+same|likewise)|has\s+done\s+the\s+same`,
      examples: [
        'Chile joined in May, and Peru followed in June.',
        'Ghana signed up and Togo followed suit.',
        'Peru followed the same day.',
      ],
      counterExamples: ['Talks followed the signing.', 'The drills that followed were smaller.'],
    },
  ],
};

/**
 * "Hungary followed with an order for two", "Warsaw followed up with a purchase": the sale just told, made again
 * by another buyer (read only right after a sale; FOLLOWED's bare "followed" is read there too).
 */
export const FOLLOWED_WITH_ORDER_FAMILY: PhraseFamily = {
  name: 'followed with an order',
  flags: 'i',
  entries: [
    {
      name: 'followed with an order: an order of its own',
      yields: { type: 'equipment_transfer', role: 'ellipsis' },
      pattern: String.raw`\b(?:followed|follows)\s+(?:up\s+)?with\s+(?:a|an|its|their)\s+(?:own\s+)?(?:[\w$.,-]+\s+){0,3}?(?:order|purchase|contract|deal|buy)s?\b`,
      examples: [
        'Hungary followed with an order for two.',
        'Riyadh followed with a $3.2 billion purchase of ten batteries.',
        'Warsaw followed up with its own order in 2023.',
      ],
      counterExamples: ['Talks followed with a dinner.', 'Hungary followed the order closely.'],
    },
  ],
};

/**
 * "Malta joined in May that year.", "Spain and Italy have been members for decades.": a membership told
 * with no grouping named, right after one was; the grouping is the one just told, the status the words'.
 */
export const MEMBERSHIP_ELLIPSIS_FAMILY: PhraseFamily = {
  name: 'membership ellipsis',
  flags: 'i',
  entries: [
    {
      name: 'membership ellipsis: joined, with nothing joined named',
      yields: { type: 'membership', status: 'concluded' },
      bare: true,
      // "completed its accession in March": the last step of joining, told with no grouping named.
      pattern: String.raw`\b(?:joined|acceded|was\s+admitted|were\s+admitted|(?:completed|finali[sz]ed)\s+(?:its|their)\s+accession)(?=\s+(?:in|on|last|this|earlier|later|only|soon|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+(?:years?|months?|weeks?|days?))\b|\s*[,.;]|\s*$)`,
      examples: [
        'Estonia joined in 2004.',
        'Croatia acceded later, in 2009.',
        'Albania joined five years later.',
        'Montenegro completed its accession in June.',
      ],
      counterExamples: ['Estonia joined the drills in 2004.', 'Lima joined forces with Quito.'],
    },
    {
      name: 'membership ellipsis: members since',
      yields: { type: 'membership', status: 'in_force' },
      bare: true,
      pattern: String.raw`\b(?:(?:has|have|had)\s+been\s+(?:a\s+)?members?|(?:is|are|was|were)\s+(?:(?:a|among\s+the)\s+)?founding\s+members?)(?=\s+since\b|\s+for\s+(?:decades|years|\d+\s+years)\b|\s+from\s+the\s+(?:start|outset)\b|\s*[,.;]|\s*$)`,
      examples: ['Greece and Turkey have been members since 1952.', 'Both were founding members.'],
      counterExamples: [
        'They have been members of parliament since 2019.',
        'The two are members of a tennis club.',
      ],
    },
  ],
};

/**
 * "An information security agreement followed in 2012.", "The access agreement, signed in 2022, entered into
 * force in 2023.": a sentence that opens on an instrument and names no party continues the pair just told.
 */
export const INSTRUMENT_OPENING_FAMILY: PhraseFamily = {
  name: 'instrument opening',
  flags: 'i',
  entries: [
    {
      name: 'instrument opening: a sentence that opens on an agreement',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:an?|the|its|their|this|that)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,6}?(?:agreements?|accords?|pacts?|treaty|treaties|arrangements?|memorandum|memoranda|declaration|[A-Z]{3,6}s?)\b`,
      examples: [
        'An information security agreement followed in 2012.',
        'The Reciprocal Access Agreement, signed in 2022, took effect in 2023.',
      ],
      counterExamples: ['Talks followed in 2012.', 'Australia signed the pact in 2012.'],
    },
  ],
};

/** "The pact also covers joint production of ...": what the instrument just told provides for is its parties'. */
export const COVERED_BY_FAMILY: PhraseFamily = {
  name: 'covered by',
  flags: 'i',
  entries: [
    {
      name: 'covered by: the agreement covers, includes, provides for',
      yields: { role: 'covered-by' },
      words: [
        '(the|this|that) [same |new |latest ](pact|agreement|deal|accord|treaty|memorandum|arrangement) [also ](covers|cover|includes|include|provides for|calls for|envisages|foresees)',
      ],
      examples: [
        'The same agreement covers the joint production of armoured vehicles.',
        'The pact also provides for joint naval drills every year.',
      ],
      counterExamples: ['The agreement was signed in Ankara.'],
    },
  ],
};

/**
 * Drills an instrument just signed opens the way to: "inked a memorandum, vowing to hold more joint
 * training", "a deal which would let their troops rotate through for drills".
 * They are still to come, the signing told in the past whatever. Exercises only: a meeting in such a sentence
 * is most often the one the instrument was signed at.
 */
export const DRILLS_OPENED_BY_FAMILY: PhraseFamily = {
  name: 'drills opened by',
  flags: 'i',
  entries: [
    {
      name: 'drills opened by: what a signed instrument opens the way to',
      yields: { role: 'covered-by' },
      // Up to a comma or two between ("signed a memorandum on Wednesday, pledging to ..."), not past a sentence.
      pattern: String.raw`\b(?:pact|agreement|deal|accord|treaty|memorandum|arrangement|framework|document)\b[^.;]{0,120}?\b(?:covering|including|pledging\s+to|vowing\s+to|commit(?:s|ting)\s+(?:[\w-]+\s+){0,3}to|pav(?:es|ing)\s+the\s+way\s+for|lay(?:s|ing)\s+the\s+groundwork\s+for|providing\s+for|envisaging|foreseeing|(?:that|which)\s+(?:will|would)\s+(?:allow|let|enable|permit))\b`,
      examples: [
        'Lima and Quito inked a memorandum on Monday, vowing to hold more joint training.',
        'The pair inked a deal which would let their troops rotate through for drills.',
        'The chiefs signed a cooperation accord covering education, exchanges and joint drills.',
      ],
      counterExamples: ['Under the 2014 agreement, the navies held drills every year.'],
    },
  ],
};

/**
 * "It sets out procedures for the supply and servicing of weapons", "The agreement covers spare parts": a
 * sentence whose subject is the instrument just told says what it covers, not a transfer of its own.
 */
export const INSTRUMENT_CONTENT_FAMILY: PhraseFamily = {
  name: 'instrument content',
  flags: '',
  entries: [
    {
      name: 'instrument content: the instrument as subject of what it covers',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:It|The\s+(?:new\s+)?(?:agreement|pact|accord|deal|treaty|framework|memorandum|document|arrangement))\s+(?:(?:also|will|would|further)\s+)?(?:sets?\s+out|lays?\s+(?:out|down)|provides?\s+for|covers?|governs?|regulates?|establish(?:es)?|creates?|includes?|foresees?|envisages?|opens?\s+the\s+way)\b`,
      examples: [
        'It sets out procedures for the supply of spare parts.',
        'The agreement also covers the joint servicing of helicopters.',
      ],
      counterExamples: ['It delivered two frigates in May.', 'The deal was signed on Monday.'],
    },
  ],
};

/**
 * "The access pact took effect, easing combined training across the border": the
 * training an access or logistics instrument is for is its purpose, not drills of their own. Tested on the text
 * between the instrument's words and the exercise's.
 */
export const ACCESS_PURPOSE_FAMILY: PhraseFamily = {
  name: 'access purpose',
  flags: 'i',
  entries: [
    {
      name: 'access purpose: what the instrument makes easier',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:making|make|makes|to\s+(?:ease|facilitate|simplify|allow|enable|permit|support|streamline)|easing|facilitating|simplifying|allowing|enabling|permitting|streamlining|covering|governing)\s+(?:(?:the|more|future|their|bilateral|[\w-]+)\s+){0,2}$|\b(?:giving|gives|give|granting|grants|providing|provides)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:a\s+|the\s+)?(?:legal\s+basis|legal\s+framework|legal\s+cover|right|framework|basis)\s+(?:to|for)\s+(?:[\w-]+\s+(?:and\s+)?){0,2}$`,
      examples: [
        // The right the instrument gives: "granting their troops the right to train and ...".
        'The visiting forces pact was signed in May, granting Kenyan troops the right to train and ',
        'The access pact took effect in May, making ',
        'The two signed a logistics agreement to facilitate ',
        'The visiting forces agreement, covering ',
      ],
      counterExamples: [
        'The access pact took effect in May; the navies then staged ',
        'US troops are there under the VFA for the ',
      ],
    },
  ],
};

/**
 * "Under that accord, Tokyo handed over used trainers to the navy": what was done under a transfer framework
 * opens the sentence as its setting; the transfer told after it is one of its own, not what the framework covers.
 */
export const DONE_UNDER_FAMILY: PhraseFamily = {
  name: 'done under',
  flags: '',
  entries: [
    {
      name: 'done under: an instrument as the setting of the sentence',
      yields: { role: 'instrument-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:Under|Through|Within)\s+(?:that|the|this|these|those|its|their)\s+(?:same\s+)?(?:[\w-]+\s+){0,3}(?:accords?|agreements?|pacts?|frameworks?|arrangements?|deals?)\s*,`,
      examples: [
        'Under that accord, Tokyo handed over used trainers to the navy.',
        'Under the 2016 agreement, Japan has supplied radars.',
      ],
      counterExamples: [
        'Under pressure, Tokyo handed over trainers.',
        'The agreement covers the supply of parts.',
      ],
    },
  ],
};

/**
 * "agreed in 2017 to buy 36 jets; the last of those aircraft were delivered in 2023": a later clause on the
 * same equipment tells its delivery, a milestone of the same transfer. Scanned after the transfer's trigger.
 */
/** What ends a deal told before: cancelled, scrapped, walked away from (the verb and the deal's noun). */
const DEAL_ENDED = String.raw`(?:has\s+|had\s+|later\s+|then\s+|eventually\s+|quietly\s+)*(?:cancell?ed|scrapped|terminated|annulled|tore\s+up|froze|suspended|walked\s+away\s+from|pulled\s+out\s+of)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:contract|deal|order|purchase|sale)\b`;

/**
 * "bought trainers from a Korean firm, and in 2019 it scrapped the order": the deal the clause before
 * told, ended later; a fact of its own beside the purchase (relations.ts).
 */
export const CANCELLED_LATER_FAMILY: PhraseFamily = {
  name: 'cancelled later',
  flags: 'i',
  entries: [
    {
      name: 'cancelled later: the deal told, cancelled in a later clause',
      yields: { status: 'ended', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`(?:[;,]\s*|\s(?=(?:and|but)\s))(?:and\s+|but\s+)?(?:(?:in|by)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?),?\s+|(?:later|then|eventually|subsequently),?\s+)?(?:(?:it|they|the\s+(?:government|ministry|navy|army|air\s+force|buyer))\s+)?${DEAL_ENDED}`,
      examples: [
        'ordered six trainers in 2015; in 2019 it cancelled the contract.',
        'signed for two frigates and later scrapped the deal.',
      ],
      counterExamples: [
        'ordered six trainers in 2015; in 2019 it extended the contract.',
        'ordered six trainers after another buyer cancelled its order.',
      ],
    },
    {
      // "agreed to buy a Chinese system, only to drop the order two years later": its end told as an outcome.
      name: 'cancelled later: only to cancel the deal told',
      yields: { status: 'ended', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`,?\s+only\s+to\s+(?:cancel|scrap|terminate|annul|tear\s+up|freeze|suspend|walk\s+away\s+from|pull\s+out\s+of)\s+(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(?:contract|deal|order|purchase|sale)\b`,
      examples: [
        'agreed to buy four frigates in 2011, only to cancel the order in 2014.',
        'signed for 12 jets, only to walk away from the deal a year later.',
      ],
      counterExamples: ['agreed to buy four frigates in 2011, only to double the order in 2014.'],
    },
  ],
};

/**
 * "Negotiations with Peru are under way", "Talks on its wording opened in 2021": talks that open the sentence, on
 * the tie just told (an instrument, a sale, a membership), with the state after "with" if one is named.
 */
export const NEGOTIATIONS_OPENING_FAMILY: PhraseFamily = {
  name: 'negotiations opening',
  flags: 'i',
  entries: [
    {
      name: 'negotiations opening: talks as the subject, on the tie just told',
      yields: { status: 'negotiating', role: 'tie-anaphor' },
      bare: true,
      // "Formal negotiations on ...": the talks' kind before them.
      pattern: String.raw`^\s*(?:(?:but|and|however|meanwhile|since\s+then|so\s+far)\s*,?\s+)?(?:(?:the\s+)?(?:(?:formal|official|fresh|new|further|exploratory|initial|technical|detailed)\s+)?(?:talks|negotiations|discussions|consultations)\s+(?=(?:with|on|over|about)\b)|(?:(?:formal|official|fresh|new|further|exploratory|initial|technical|detailed)\s+)?(?:talks|negotiations|discussions|consultations)\s+(?=(?:began|begun|started|opened|resumed|continue[sd]?|are|were|have|had|went|dragged|stalled|formally|officially)\b))`,
      examples: [
        'Formal talks on the access pact opened in May.',
        'Negotiations with Peru and Chile are under way.',
        'Talks on its wording opened in 2021.',
        'But consultations with Oslo stalled last year.',
      ],
      counterExamples: [
        'Talks between both premiers ran an hour.',
        'The talks in Lima ended on Friday.',
        'The talks were held in Lima.',
      ],
    },
    {
      // "Peru signed one in May, while talks with Chile continue": talks opening a clause of their own, on
      // the tie just told (negotiationsOnTold reads them past the ties the sentence names itself).
      name: 'negotiations opening: talks with others, opening a later clause',
      yields: { status: 'negotiating', role: 'tie-anaphor' },
      bare: true,
      pattern: String.raw`(?:,\s+(?:while|whereas|and|but)|;)\s+(?:the\s+)?(?:(?:formal|official|fresh|new|further|exploratory|initial|technical|detailed)\s+)?(?:talks|negotiations|discussions|consultations)\s+(?=with\b)`,
      examples: [
        'Peru signed one in May, while talks with Chile are continuing.',
        'Lima has one with Quito; negotiations with Bogota stalled.',
      ],
      counterExamples: ['Peru signed one in May, while the talks in Lima went on.'],
    },
    {
      // "Quito is in talks with Lima too", after an access pact was told: its subject negotiates the
      // same kind of tie with the state named.
      name: 'negotiations opening: a state in talks with another',
      yields: { status: 'negotiating', role: 'tie-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+|already\s+)?(?:in\s+(?:talks|negotiations|discussions)|negotiating|holding\s+talks)\s+(?=with\b)`,
      examples: ['Quito is in talks with Lima again.', 'Santiago has been negotiating with Lima since May.'],
      counterExamples: ['Quito held talks with Lima on trade.', 'The talks with Lima are over.'],
    },
  ],
};

/** "In 2019 it scrapped the order.": the deal just told, ended, in the sentence after it. */
export const CANCELLED_NEXT_FAMILY: PhraseFamily = {
  name: 'cancelled next',
  flags: 'i',
  entries: [
    {
      name: 'cancelled next: the deal just told, cancelled by its buyer',
      yields: { status: 'ended', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:(?:In|By)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?),?\s+|(?:Later|Then|Eventually|Subsequently|But),?\s+)?(?:it|they|the\s+(?:government|ministry|navy|army|air\s+force))\s+${DEAL_ENDED}`,
      examples: ['In 2016 it cancelled the contract.', 'Later the government quietly scrapped the deal.'],
      counterExamples: ['In 2016 it signed the contract.', 'Rivals cancelled the contract.'],
    },
    {
      // The deal itself the subject, ended in the passive: its parties are the sale's just told.
      name: 'cancelled next: the deal just told, cancelled in the passive',
      yields: { status: 'ended', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:(?:In|By)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?),?\s+)?(?:the|that|this)\s+(?:[\w-]+\s+)?(?:contract|deal|order|purchase|sale|programme|program)\b[^.;]{0,80}?\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:itself|later|then|eventually|quietly|abruptly|formally)\s+)*(?:cancell?ed|scrapped|terminated|annulled|torn\s+up|frozen|suspended|shelved|abandoned|axed|dropped|ditched)\b`,
      examples: [
        'That contract, for 4 billion euros, was torn up in May.',
        'The Spanish deal was itself cancelled in 2022.',
        'That programme was axed in 2021.',
      ],
      counterExamples: ['The contract was signed in 2022.', 'The contract was extended, not cancelled.'],
    },
    {
      // The deal gone of itself: "the purchase collapsed over its cost", "the order fell through".
      name: 'cancelled next: the deal just told, fallen through',
      yields: { status: 'ended', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:(?:In|By)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?),?\s+|(?:But|Yet|Later|Then|Eventually),?\s+)?(?:the|that|this)\s+(?:[\w-]+\s+)?(?:contract|deal|order|purchase|sale|programme|program)\s+(?:(?:later|then|eventually|quietly|abruptly|itself)\s+)*(?:collapsed|fell\s+through|fell\s+apart|was\s+never\s+signed|came\s+to\s+nothing)\b`,
      examples: ['But the purchase collapsed over its cost.', 'In 2019 the order fell through.'],
      counterExamples: ['The deal was a success.', 'The market collapsed in 2008.'],
    },
  ],
};

/**
 * "held drills in May, and the next round is planned for July": a later clause telling the next round of the
 * event its trigger told, still to come (a step of its own, dated by its clause).
 */
export const NEXT_ROUND_LATER_FAMILY: PhraseFamily = {
  name: 'next round later',
  flags: 'i',
  entries: [
    {
      name: 'next round later: the next round planned, in a later clause',
      yields: { status: 'planned', role: 'event-anaphor' },
      bare: true,
      // Or the round by its number: "..., and the sixth round is due in March".
      pattern: String.raw`[;,]\s+(?:and\s+|while\s+)?(?:the\s+(?:next|following|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))|a\s+(?:new|further|fresh)|another)\s+(?:[\w-]+\s+)?(?:round|edition|session|iteration|meeting|exercise|drills?)\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(?:already\s+|now\s+|tentatively\s+)?(?:planned|scheduled|due|set|expected|slated|pencilled|penciled)\b`,
      examples: [
        'held drills in May, and the next round is planned for July.',
        'met in Lima; a further session is scheduled for autumn.',
        'have drilled together since 2019, and the fifth edition is set for May.',
      ],
      counterExamples: [
        'held drills in May, and the army is planning more.',
        'met in Lima; the next day the talks ended.',
      ],
    },
    {
      // "lauded the drill held in March, and said the next round will be hosted by Quito": the round to come,
      // told as what will be done, often after a verb of saying or agreeing.
      name: 'next round later: a coming round told in the future tense, later in the sentence',
      yields: { status: 'planned', role: 'event-anaphor' },
      bare: true,
      pattern: String.raw`[;,]\s+(?:and\s+|while\s+)?(?:(?:noted|said|agreed|announced|confirmed|decided|added)\s+(?:that\s+)?)?(?:the\s+(?:next|following|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))|a\s+(?:new|further|fresh|second)|another)\s+(?:[\w-]+\s+)?(?:round|edition|session|iteration|meeting|exercise|drills?|phase)\s+(?:will|would|should|shall|is\s+to|are\s+to)\s+(?:be\s+(?:held|hosted|conducted|staged|organi[sz]ed)|take\s+place)\b`,
      examples: [
        'staged the drill in March, and said the next round will be hosted by Quito.',
        'ran in June; a second iteration would be staged in Lima.',
        'met in Quito; the following session shall take place in Cusco.',
      ],
      counterExamples: [
        'held the drill in May, and noted that the edition was a success.',
        'met in Quito; the next day will be busy.',
      ],
    },
    {
      // "praised the first round of the drill, and decided to stage it every year": the rounds to come, agreed
      // in a later clause; or the patrols just told made standing ones ("agreed to make them permanent").
      name: 'next round later: agreed to hold it again, regularly, or to make it permanent',
      yields: { status: 'planned', role: 'event-anaphor' },
      bare: true,
      pattern: String.raw`[;,]\s+(?:and\s+)?(?:(?:the\s+)?(?:[\w'’-]+\s+){0,4})?(?:agreed|decided|pledged|vowed|resolved|committed\s+themselves)\s+(?:[\w-]+\s+){0,2}?to\s+(?:(?:hold|stage|conduct|run|repeat|continue)\s+(?:the|these|those|such|this|that|it|them)\b[^,;.]{0,30}?\b(?:every\s+year|each\s+year|annually|yearly|regularly|on\s+a\s+regular\s+basis|every\s+two\s+years|biennially)|make\s+(?:it|them|the\s+(?:drills?|exercises?|patrols?))\s+(?:permanent|regular|annual|a\s+regular\s+(?:fixture|event)))\b`,
      examples: [
        'praised the first round in June, and chiefs decided to repeat the drill every year.',
        'have run joint patrols since 2021, and the two chiefs agreed in May to make them permanent.',
        'held drills in May; they agreed to continue such drills on a regular basis.',
      ],
      counterExamples: [
        'held drills in June, and vowed to buy tanks every year.',
        'met in Quito, and they decided to make their deal public.',
      ],
    },
  ],
};

/**
 * An event told as coming, with its last round named beside it ("joins the coming round in May, following an
 * inaugural one in 2024"): that round, held, a fact of its own with its own date.
 */
export const PREVIOUS_ROUND_LATER_FAMILY: PhraseFamily = {
  name: 'previous round later',
  flags: 'i',
  entries: [
    {
      name: 'previous round later: the last round, told after the coming one',
      yields: { status: 'held', role: 'event-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:(?:after|following)\s+(?:a|an|the|its|their)\s+(?:first|previous|prior|last|earlier|inaugural|maiden)\s+(?:edition|round|iteration|exercise|drills?|one|session|meeting)\b|(?:as|like)\s+(?:the|its|their)\s+(?:previous|prior|last|first|earlier)\s+(?:one|edition|round|iteration|session),?\s+(?:which\s+|that\s+)?(?:(?:was|were|had\s+been)\s+(?:held|conducted|staged)|took\s+place)|(?:the|its|their)\s+(?:previous|last|first|earlier|inaugural)\s+(?:edition|round|iteration|session)\s+(?:was|were|had\s+been)\s+(?:held|conducted|staged)|which\s+in\s+(?:19|20)\d\d\s+(?:has\s+taken|had\s+taken|took)\s+place)`,
      examples: [
        'joins the coming round in May, following an inaugural one in 2024.',
        'will be staged in July in Peru, just like the prior round, which took place in Cusco.',
        'will run in Ghana; the last edition was held in Accra in 2023.',
      ],
      counterExamples: [
        'will join the second round next month, after which the troops go home.',
        'the next edition will be held in Lima.',
      ],
    },
  ],
};

/**
 * An event told as cancelled or suspended, with the rounds held before named after it ("called off the drills
 * it had held with Washington every year since 2010"): those rounds, held, a fact of their own.
 */
export const HELD_BEFORE_LATER_FAMILY: PhraseFamily = {
  name: 'held before later',
  flags: 'i',
  entries: [
    {
      name: 'held before later: the rounds held until the event ended',
      yields: { status: 'held', role: 'event-anaphor' },
      bare: true,
      pattern: String.raw`^["”’]?\s*(?:(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games)\s+)?(?:with\s+[^,.;]{1,40})?,?\s*(?:(?:which|that)\s+)?(?:(?:it|they|the\s+two|both|its\s+(?:army|navy|forces|military)|[A-Z][\w.'’-]*)\s+)?(?:had|has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?:held|conducted|staged|run|hosted|co-hosted)\b`,
      examples: [
        ' it had held annually with the navy since 2012',
        ', which they had staged with Lima every year',
        // The subject read with the trigger ("the exercise its army"): the verb right after it.
        ' had held with the navy since 2012',
        // Its rounds told in the passive: "..., which had been staged since 2009".
        ' with Lima, which had been staged since 2009',
      ],
      counterExamples: [' it had planned for May', ' which was held in 2019'],
    },
  ],
};

export const DELIVERED_LATER_FAMILY: PhraseFamily = {
  name: 'delivered later',
  flags: 'i',
  entries: [
    {
      name: 'delivered later: the equipment told, delivered in a later clause',
      yields: { status: 'completed', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`[;,]\s+(?:and\s+|but\s+)?(?:the\s+(?:first|last|final|remaining)\s+(?:\w+\s+)?(?:of\s+(?:those|these|the|them|\d[\d,]*)\s+)?|those\s+|these\s+|they\s+|all\s+(?:of\s+them\s+)?)(?:(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+|fully\s+)?(?:delivered|handed\s+over|received|commissioned|transferred)|(?:[\w-]+\s+){0,6}?(?:arrived|landed|touched\s+down|entered\s+service))\b`,
      examples: [
        'agreed to buy 20 jets; the last of those aircraft were delivered in 2021.',
        'ordered four corvettes, and the first two ships were handed over last year.',
        // Kit that came in: "the first of 40 used tanks from its stocks arrived in May".
        'bought 60 tanks, and the first of 40 used ones from army stocks arrived in May.',
      ],
      counterExamples: [
        'ordered four corvettes; the first is due next year.',
        'ordered four corvettes, and the navy was delighted.',
      ],
    },
    {
      // "signed for 40 launchers in 2021 and began receiving those last year": the buyer taking what it ordered.
      name: 'delivered later: the buyer receiving it in a later clause',
      yields: { status: 'completed', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`(?:[;,]\s*|\s(?=(?:and|but)\s))(?:and\s+|but\s+)?(?:(?:it|they|the\s+(?:navy|army|air\s+force|country))\s+)?(?:has\s+|have\s+|had\s+|since\s+)?(?:(?:began|begun|started|starts|begins)\s+(?:receiving|taking\s+delivery|to\s+receive|to\s+take\s+delivery)|(?:received|took\s+delivery\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:first|last|final|initial|remaining)|deliveries\s+(?:began|started|were\s+completed))\b`,
      examples: [
        'ordered 48 howitzers in 2021 and started receiving them last spring.',
        'signed for six trainers, and the air force received its first pair in May.',
        'bought 12 jets in 2019; deliveries began in 2021.',
      ],
      counterExamples: [
        'ordered six trainers and began talks on more.',
        'ordered six trainers; the first is due next year.',
      ],
    },
    {
      name: 'delivered later: the equipment told, arriving in a later clause',
      yields: { status: 'completed', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`[;,]\s+(?:and\s+|but\s+)?(?:the\s+(?:first|last|final|remaining)\s+(?:\w+\s+)?(?:of\s+(?:those|these|the|them|which)\s+)?|those\s+|these\s+|they\s+|all\s+(?:of\s+them\s+)?|(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|half|most|many)\s+of\s+(?:them|those|these)\s+)(?:[\w-]+\s+){0,3}?(?:have\s+|has\s+|had\s+)?(?:(?:arrived|touched\s+down|landed|docked)\s+(?:in|at)\b|reached\s+[A-Z]|been\s+(?:delivered|handed\s+over)\b)`,
      examples: [
        'a deal for 40 tanks, and the first batch of the tanks arrived at the port in May.',
        'ordered six trainers; the first two jets landed at the air base on Friday.',
        'ordered 48 howitzers in 2022; more than 30 of them have reached Lima so far.',
        'signed for twelve patrol boats, and eight of those have been delivered.',
      ],
      counterExamples: [
        'ordered six trainers; the minister landed in the capital on Friday.',
        'ordered six trainers, and the first is expected to arrive in May.',
      ],
    },
  ],
};

/**
 * The other step of one sale told in the sentence of its delivery or of its order: "took its first two trainers,
 * out of eight ordered in 2021" tells the order too, "the mortars it bought in 2019 have all been handed over" the
 * delivery too. Analysts file the two as two facts, each dated by its own words. Tested outside the trigger's own words.
 */
export const SALE_STEP_FAMILY: PhraseFamily = {
  name: 'sale step',
  flags: 'i',
  entries: [
    {
      // Not a command ("ordered the troops to withdraw") or a purchase still to come ("wants to buy more").
      name: 'sale step: the order told beside the delivery',
      yields: { status: 'concluded' },
      bare: true,
      pattern: String.raw`(?<!\b(?:to|will|would|could|might|may|shall|should|plans?|wants?|seeks?|hopes?)\s+(?:also\s+)?)\b(?:ordered|contracted|bought|purchased)\b(?!\s+(?:(?:the|its|their|his|her)\s+)?(?:troops|forces|soldiers|army|navy|military|units?|them|him|her|it|an?\s+(?:probe|inquiry|investigation|review))\b)|\b(?:signed|placed)\s+(?:an?\s+|its\s+|their\s+)?(?:order|contract)s?\s+for\b|\b(?:order|contract|deal)\s+(?:for\s+)?(?:[\w$€£.,-]+\s+){0,5}?(?:signed|placed|concluded|struck|awarded)\b|\bunder\s+(?:a|an|the|its|their)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:contract|deal|order|purchase\s+agreement)\b`,
      examples: [
        'got its first pair of trainers on Friday, out of eight ordered in 2021.',
        'two of the tankers Lima purchased from Madrid arrived on Monday.',
        'Trainers arrived in June under an order placed with Rome in 2019.',
        'handed over in June under a €90 million deal struck in 2021.',
        'flies the trainers already and has contracted for six more.',
      ],
      counterExamples: [
        'the general ordered the troops to withdraw.',
        'received its first jets and wants to purchase more.',
        'received two jets; the minister ordered an inquiry.',
      ],
    },
    {
      // Done, not to come: "will be delivered", "is due to be handed over" are the sale still under way.
      name: 'sale step: the delivery told beside the order',
      yields: { status: 'completed' },
      bare: true,
      pattern: String.raw`\b(?:was|were|(?:has|have|had)\s+(?:already\s+|all\s+|now\s+|since\s+)?been)\s+(?:already\s+|all\s+|fully\s+|since\s+|successfully\s+)?(?:delivered|handed\s+over|commissioned)\b|\b(?:and|before)\s+(?:being\s+)?delivered\s+(?:in|between|from|by|last|earlier|on|over)\b|\b(?:has|have|had)\s+(?:since\s+|already\s+|now\s+)?(?:taken|received)\s+delivery\b|\btook\s+delivery\b|\b(?:and|but)\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|already\s+|now\s+)?received\s+(?:them|it|all|most|the\s+first|its\s+first|their\s+first|the\s+last|the\s+remaining)\b`,
      examples: [
        'the mortars Quito bought in 2019 have all been handed over.',
        'purchased in 2015 and delivered over the following year.',
        'signed for nine launchers and had taken delivery by 2020.',
        'gunboats built in Spain, which were commissioned last year.',
        'contracted three tugs and received them in 2020.',
      ],
      counterExamples: [
        'signed for ten radars, which will be handed over from 2028.',
        'bought three tugs; they are to be delivered later.',
      ],
    },
    {
      // "Six tanks arrived in May, and the other twelve are due next year": a part delivered, the rest of
      // the order still to come; the order stands beside the delivery.
      name: 'sale step: the rest of the order still to come',
      yields: { status: 'concluded' },
      pattern: String.raw`\b(?:the\s+(?:remaining|rest|remainder|other|last|final)|an?\s+(?:second|third|further|final|last|next)\s+(?:batch|tranche|lot|shipment|delivery|consignment))\b[^.;]{0,40}?\b(?:is|are|will\s+be|(?:is|are)\s+to\s+be)\s+(?:now\s+|still\s+)?(?:due|expected|scheduled|set|slated|to\s+follow|to\s+arrive)\b|\b(?:the\s+rest|the\s+others|more)\s+(?:will|are\s+to|is\s+to)\s+follow\b`,
      examples: [
        'Four boats arrived in May, and the last two are due in the autumn.',
        'The first jets landed on Friday; a second batch of four is expected next year.',
        'Two radars have been handed over and the rest will follow.',
      ],
      counterExamples: ['The remaining troops left on Friday.', 'Four boats arrived in May.'],
    },
  ],
};

/**
 * "decided their next trilateral meeting would be in 2026", "invited them to the twelfth ministerial session": another
 * round of an event named inside a sentence, right before the event's word (the text before it, to its end).
 */
export const NEXT_ROUND_BEFORE_FAMILY: PhraseFamily = {
  name: 'next round before',
  flags: 'i',
  entries: [
    {
      name: 'next round before: the next or nth round, just before the event word',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`\b(?:the|its|their)\s+(?:next|upcoming|following|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}$`,
      examples: [
        'the three sides decided to hold their next trilateral ',
        'invited his counterparts to the twelfth ministerial ',
        'looked forward to their next ',
      ],
      counterExamples: [
        'agreed to hold a ',
        'the ministers met for the ',
        'the next day, the ministers held talks in Rome and ',
      ],
    },
  ],
};

/**
 * "The next edition of the army exercise is scheduled for September", "The last such meeting took place in
 * Tokyo": a sentence that opens on another round of an event names no party; the pair in play holds it.
 */
export const EVENT_OPENING_FAMILY: PhraseFamily = {
  name: 'event opening',
  flags: 'i',
  entries: [
    {
      name: 'event opening: the next or last round of an event',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?(?:next|last|previous|latest|upcoming|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+(?:such\s+)?(?:[\w-]+\s+)?(?:edition|round|session|iteration|meeting|exercise|drills?|dialogue|talks|patrols?|sail|training)\b(?!\s+of\s+(?:the\s+)?(?:parliament|assembly|congress|senate|court)\b)|^\s*(?:the|its|their)\s+(?:next|last|previous|latest|upcoming|following|first|second|third|fourth|fifth|final|\d+(?:st|nd|rd|th))\s+(?:phase|leg|stage)\b(?!\s+of\b(?!\s+the\s+(?:exercise|drills?|manoeuvres|maneuvers|war\s*games)\b))|^\s*(?:a\s+(?:new|further|fresh)|another)\s+(?:round|edition|iteration|session)\b(?!\s+of\s+(?:the\s+)?(?:parliament|assembly|congress|senate|court|elections?|voting|protests?|sanctions|tariffs)\b)`,
      examples: [
        'The next edition of the army exercise is scheduled for September.',
        // "A new round is due in autumn": another round of the event just told.
        'A new round is due in autumn.',
        'The last such meeting took place in Tokyo in July.',
        'The 2027 round of the drills is due to open off Cochin.',
        'The next trilateral session will take place in Nicosia.',
        // A part of the drills just told: "The second phase is planned for October".
        'The second phase is planned for October.',
      ],
      counterExamples: [
        'The exercise ended on Friday.',
        'Next week the ministers meet again.',
        'The next session of parliament opens in May.',
        'A new round of sanctions followed in May.',
        'The final phase of its refit ends in May.',
      ],
    },
    {
      // "The next one opens in Lome in July", right after drills or talks were told: their next round, to come.
      name: 'event opening: the next one, to come',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:the|its|their)\s+(?:next|following|upcoming)\s+one\s+(?:is|will|would|should|shall|was\s+(?:planned|scheduled|set|due))\b`,
      examples: ['The next one will take place in Lome in July.', 'Their next one is due in March.'],
      counterExamples: ['The next one to arrive was a frigate.', 'The last one was held in May.'],
    },
    {
      // "The two chiefs agreed the next round should go to Dakar": the same, past the clause that
      // reports it; only a round still to come, as an agreement or announcement tells of one.
      name: 'event opening: agreed that the next round',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^[^.;:]{0,80}?\b(?:agreed|agree|decided|announced|confirmed|said|noted)\s+(?:that\s+)?(?:the|its|their)\s+(?:[\w-]+['’]s?\s+)?(?:next|upcoming|following|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+(?:such\s+)?(?:[\w-]+\s+)?(?:edition|round|session|iteration|meeting|exercise|drills?|dialogue|talks|patrols?|sail|training)\b(?!\s+of\s+(?:the\s+)?(?:parliament|assembly|congress|senate|court)\b)`,
      examples: [
        'The defence chiefs said the next round would open in Dakar in 2026.',
        'Officials announced the third round would open in March.',
      ],
      counterExamples: [
        'The ministers agreed that the exercise had gone well.',
        'He said the last session of parliament was chaotic.',
      ],
    },
    {
      // "A follow-on drill with both battalions is set for autumn": drills to come, opening a
      // sentence that names no state of its own, are another round for those who held the last.
      name: 'event opening: drills to come, told with no party',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:exercise|drills?|patrols?|training)\b[^.;]{0,80}?\b(?:is|are)\s+(?:now\s+|also\s+|already\s+)?(?:planned|scheduled|set|due|expected|slated)\b`,
      examples: [
        'A follow-on drill with both brigades is set for the autumn.',
        'A joint drill focused on mine clearance is planned for October.',
      ],
      counterExamples: ['An exercise took place last week.', 'A planned exercise was cancelled.'],
    },
    {
      // "Work on the 2028 round will start in May", "Rabat volunteered to co-host the following edition": a round
      // still to come, named as an edition of the event just told, in a sentence that names it no other way.
      name: 'event opening: an edition to come, prepared or hosted',
      yields: { role: 'pair-anaphor' },
      bare: true,
      pattern: String.raw`^[^.;:]{0,80}?\b(?:(?:preparations|planning|plans|work|talks)\s+(?:for|on|towards)|(?:to|will|would|could)\s+(?:co-)?host|(?:offered|agreed|bid|volunteered|asked|chosen|picked|selected)\s+to\s+(?:co-)?host)\s+(?:the|its|their|next\s+year['’]s)\s+(?:(?:next|upcoming|following|(?:19|20)\d\d)\s+)?(?:edition|iteration|round)\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:games|olympics|cup|championships?|tournament|festival|fair|summit|forum|conference|talks)\b)`,
      examples: [
        'Planning for the 2028 round will start in May.',
        'Rabat has volunteered to co-host the following edition.',
        'Dakar will host the next round.',
      ],
      counterExamples: [
        'The city will host the next edition of the games.',
        'Preparations for the last edition were rushed.',
        'Readers of the 2027 edition will find more maps.',
      ],
    },
  ],
};

/**
 * The verbs that hand words to a speaker ("said", "told reporters", "stressed"): an attribution. Shared by the
 * speaker families below, which read it after a closing quote, before an opening one, or in a sentence of
 * reported speech.
 */
const SAY_VERB = String.raw`(?:said|says|told|tells|added|adds|stressed|stresses|noted|declared|explained|insisted|warned|recalled|wrote|writes|remarked|underlined|underscored|emphasi[sz]ed|affirmed|announced|replied|answered|continued|argued|acknowledged|admitted|confirmed|pointed\s+out|assured|vowed|pledged|spoke|speaking)`;

/**
 * "'...,' said the Peruvian minister", "'...,' Vargas told reporters": who spoke a quotation, read right after
 * it closes. The speaker is a party named there before the next clause (lexicon/speakers.ts).
 */
export const SPEAKER_AFTER_QUOTE_FAMILY: PhraseFamily = {
  name: 'speaker after quote',
  flags: 'i',
  entries: [
    {
      name: 'speaker after quote: a verb of saying near the closing mark',
      yields: { role: 'speaker' },
      bare: true,
      pattern: String.raw`^[\s,.!?–—-]*(?:[^";!?]{0,90}?\s)?${SAY_VERB}\b`,
      examples: [
        ', said the Peruvian defence minister.',
        " Chile's navy chief told reporters in Valparaiso.",
        ', the Omani envoy added on Monday.',
      ],
      counterExamples: [' is what the banner over the stage read.', ', the headline ran.'],
    },
  ],
};

/**
 * "The Ghanaian minister told lawmakers: '...'", "According to Vargas, '...'": who speaks a quotation, read on
 * the text right before it opens.
 */
export const SPEAKER_BEFORE_QUOTE_FAMILY: PhraseFamily = {
  name: 'speaker before quote',
  flags: 'i',
  entries: [
    {
      name: 'speaker before quote: a verb of saying, or "according to", right before the opening mark',
      yields: { role: 'speaker' },
      bare: true,
      pattern: String.raw`\b${SAY_VERB}(?:\s+[\w\u00c0-\u024f'’-]+){0,5}?(?:\s+that)?\s*[:,]?\s*$|\baccording\s+to\s+[^".;]{1,90},\s*$`,
      examples: [
        'The Ghanaian minister told lawmakers in Accra on Tuesday: ',
        'Vargas said that ',
        'According to the Kenyan defence secretary, ',
      ],
      counterExamples: ['The parade ended with a banner reading ', 'The motto of the academy is '],
    },
  ],
};

/**
 * "Peru's defence minister said on Friday that ...": reported speech, whose speaker a later quotation ("'...,'
 * he added") goes on with.
 */
export const REPORTED_SPEECH_FAMILY: PhraseFamily = {
  name: 'reported speech',
  flags: 'i',
  entries: [
    {
      name: 'reported speech: a verb of saying in the sentence',
      yields: { role: 'speaker' },
      pattern: SAY_VERB,
      examples: [
        "Peru's defence minister said on Friday that talks would resume.",
        'Vargas told the senate the deal was near.',
      ],
      counterExamples: ["Peru's defence minister flew to Quito on Friday."],
    },
  ],
};

/**
 * A speaker's first person, in a quotation: "we", "our", "us", "I", "my country". "Our two countries", "our
 * militaries" and "our partners" name others beside the speaker, or instead of it (PAIR_ANAPHOR_FAMILY reads
 * the pair); a capitalised "US" names the United States, and "I" after a part, a batch or a war its numeral
 * ("Pillar I of the pact").
 */
export const FIRST_PERSON_FAMILY: PhraseFamily = {
  name: 'first person',
  flags: 'g',
  entries: [
    {
      name: 'first person: we, our, us, my country',
      yields: { role: 'speaker' },
      bare: true,
      pattern: String.raw`\b(?:[Ww]e|[Oo]urs|us|[Oo]ur(?!\s+(?:two|three|four|both|respective|bilateral|partners?|allies|friends|neighbou?rs|counterparts?|countries|nations|peoples|governments|militaries|armies|navies|region|continent)\b)|[Mm]y\s+(?:country|government|nation|administration|ministry)|me|(?<!\b(?:Pillar|Phase|War|Block|Tranche|Batch|Mark|Type|Class|Part|Chapter|Article|Annex|Title|Section|Stage|Level|Category|Volume|Group|Lot|Increment|Flight|Series|Carlos)\s+)I(?=\s+[a-z]))\b`,
      examples: [
        '"We signed the accord with Lima in May," he said.',
        'the drills "make our navy stronger"',
        '"my government will buy more"',
        '"Yesterday I met my Ghanaian counterpart," he said.',
      ],
      counterExamples: [
        '"Our two countries share a coastline," she said.',
        'The US and Peru signed.',
        'The wedding was a joyous day.',
        'Pillar I of the pact covers submarines.',
      ],
    },
  ],
};

/**
 * The sentence that introduces whom an interview or a briefing's transcript hears ("We spoke to the deputy
 * head of Chile's procurement agency", "Our guest is ..."): its party is whom the answers speak for
 * (lexicon/interviews.ts).
 */
export const INTERVIEW_INTRO_FAMILY: PhraseFamily = {
  name: 'interview intro',
  flags: 'i',
  entries: [
    {
      name: 'interview intro: spoke to, our guest, an interview with, answered questions',
      yields: { role: 'speaker' },
      words: [
        '(spoke|talked|sat down) (to|with)',
        '[our ]guest',
        'interview[ed]',
        'answered ~2 questions',
        'briefing',
        'press conference',
      ],
      examples: [
        "We spoke to the head of Chile's procurement agency in Santiago.",
        'Our guest is a retired Omani commodore.',
        "The Kenyan defence secretary answered reporters' questions on Friday.",
      ],
      counterExamples: ['The Kenyan defence secretary flew to Kampala on Friday.'],
    },
  ],
};

/**
 * A standing body that meets in rounds: a commission, committee, council or dialogue of two or more states. Its
 * head noun, any case ("the Joint Permanent Commission", "the commission").
 */
const BODY_NOUN = String.raw`(?:[Cc]ommission|[Cc]ommittee|[Cc]ouncil|[Dd]ialogue|[Ff]orum|[Ww]orking\s+[Gg]roup|[Bb]oard|[Cc]onsultations)`;
/** Its acronym: two capitals or more, as "JMC" or "JCoD" (case matters: these families take no /i). */
export const BODY_ACRONYM = String.raw`[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*`;
/** A round's number or place: "the next", "the sixth", "the 21st". */
const ROUND_ORDINAL = String.raw`(?:next|upcoming|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
const ROUND_NOUN = String.raw`(?:(?:annual|regular|joint|plenary|ministerial|inaugural)\s+)?(?:meeting|session|round|sitting)`;

/**
 * Where an article names a standing body a meeting told was a round of: its acronym in brackets after its
 * name, its capitalised name, or its acronym before a meeting word. A later round named by that acronym or
 * noun is that body's, however many sentences later (bodyRound).
 */
export const BODY_NAME_FAMILY: PhraseFamily = {
  name: 'body name',
  flags: 'g',
  entries: [
    {
      name: 'body name: a capitalised name ending in a body noun, perhaps its acronym in brackets',
      yields: { role: 'body-name' },
      bare: true,
      pattern: String.raw`\b(?:[A-Z][\w'’-]*\s+(?:(?:on|of|for|and|&)\s+)?){1,8}?(?:Commission|Committee|Council|Dialogue|Forum|Working\s+Group|Board|Consultations)\b(?:\s+(?:on|of|for)\s+(?:(?:[A-Z][\w'’-]*|and|&)\s+){0,8}[A-Z][\w'’-]*)?(?:\s*\(${BODY_ACRONYM}\))?`,
      examples: [
        'the 11th sitting of the Ghana-Togo Standing Commission for Defence (GTSCD) closed',
        'as part of the talks of the Intergovernmental Commission on Military Cooperation',
        'at the third session of the Qatar-Oman High Strategic Council in Doha',
      ],
      counterExamples: ['the commission met in Accra', 'a committee of officials'],
    },
    {
      name: 'body name: its acronym before a meeting word',
      yields: { role: 'body-name' },
      bare: true,
      pattern: String.raw`\b${BODY_ACRONYM}(?=\s+(?:meeting|session|talks|round)\b)`,
      examples: ['the 5th JMCC meeting in Muscat', 'after the HLDG session'],
      counterExamples: ['the NATO summit', 'the next meeting'],
    },
  ],
};

/**
 * "The coming sitting of this GTSCD goes to Gaborone", "that council's 8th session", "the next JMC": a
 * round of a standing body the article told before, named by its acronym or head noun, in a sentence that names
 * at most its venue. Case matters (no /i): an acronym is capitals.
 */
export const BODY_ROUND_FAMILY: PhraseFamily = {
  name: 'body round',
  flags: '',
  entries: [
    {
      name: 'body round: a numbered or next round of the body',
      yields: { type: 'high_level_meeting', role: 'body-round' },
      bare: true,
      pattern: String.raw`\b[Tt]he\s+${ROUND_ORDINAL}\s+${ROUND_NOUN}\s+of\s+(?:(?:the|this|that|its|their|our)\s+)?(?:${BODY_ACRONYM}|(?:[\w-]+\s+){0,6}?${BODY_NOUN})\b`,
      examples: [
        'Both sides agreed the seventh meeting of the JPC goes to Accra.',
        'The sixth sitting of our joint commission is due in Lome.',
        'The 12th round of the Defence Policy Dialogue opened in Hanoi.',
      ],
      counterExamples: [
        'The next meeting of defence ministers is due in May.',
        'the first session of parliament',
        'The next meeting is due in Lome.',
      ],
    },
    {
      name: "body round: the body's next round",
      yields: { type: 'high_level_meeting', role: 'body-round' },
      bare: true,
      pattern: String.raw`\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:${BODY_ACRONYM}|(?:[\w-]+\s+){0,3}?${BODY_NOUN})['’]s?\s+${ROUND_ORDINAL}\s+${ROUND_NOUN}\b`,
      examples: [
        "He said the joint council's 12th session opens in Doha.",
        "The JPC's tenth session ended on Friday.",
      ],
      counterExamples: ["The ministry's next budget is due.", "The council's chair spoke."],
    },
    {
      name: 'body round: the next round named by the acronym alone',
      yields: { type: 'high_level_meeting', role: 'body-round' },
      bare: true,
      pattern: String.raw`\b[Tt]he\s+${ROUND_ORDINAL}\s+${BODY_ACRONYM}(?:\s+${ROUND_NOUN})?\b(?![-'’])`,
      examples: ['The statement adds the next JMC goes to Muscat.', 'at the 5th HLDG meeting'],
      counterExamples: ['the next F-16 batch', 'the next president'],
    },
  ],
};
