// The words between a state and an event that say whose event it is: who signed an instrument told in a
// relative clause, a pair as the subject, states that each did it, newcomers after their predecessors.
// Each is tested on the text between two marks (a party, a trigger), so its examples are such spans.
import type { PhraseFamily } from './entry.js';

/** "the two countries", "both governments": a pair anaphor as a clause's subject. */
const PAIR_WORDS = String.raw`(?:the|both)\s+(?:two\s+)?(?:countries|nations|sides|governments|leaders|neighbou?rs|allies|partners|presidents|prime\s+ministers|defen[cs]e\s+ministers|ministers)\b`;

/** Before a trigger: a sentence whose subject, after at most a time phrase, is the pair just told. */
export const PAIR_SUBJECT_FAMILY: PhraseFamily = {
  name: 'pair as subject',
  flags: 'i',
  entries: [
    {
      name: 'pair as subject: the two countries signed',
      yields: { role: 'pair-subject' },
      bare: true,
      pattern: String.raw`^\s*(?:[^,;]{0,30},\s*)?${PAIR_WORDS}\s+(?:(?:have|has|had|also|then|later|formally|jointly)\s+)?(?:signed|inked|concluded|sealed|struck|agreed|held|staged|conducted|launched|began|started|ratified|renewed)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: ['In 2021, the two governments signed a ', 'Both neighbours later staged their first '],
      counterExamples: ['Officials said the two governments signed a ', 'The two sides discussed a '],
    },
  ],
};

/**
 * "Spanish officers have served in Mauritania since both governments inked a defence accord": a time clause
 * whose subject is the pair, after the two states its own sentence named.
 */
export const PAIR_SUBJECT_IN_CLAUSE_FAMILY: PhraseFamily = {
  name: 'pair as subject of a time clause',
  flags: 'i',
  entries: [
    {
      name: 'pair as subject of a time clause: since both governments inked',
      yields: { role: 'pair-subject' },
      bare: true,
      pattern: String.raw`\b(?:since|after|when|before|until|once|because)\s+${PAIR_WORDS}\s+(?:(?:have|has|had|first|formally|jointly)\s+)?(?:signed|inked|concluded|sealed|struck|agreed|ratified|renewed)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: [
        'Kenyan officers have served in Ghana since both governments inked a ',
        'after both countries inked their first ',
      ],
      counterExamples: ['Both governments inked a ', 'since Ghana inked a '],
    },
  ],
};

/**
 * Before drills: a subject that is the forces of the pair just told, perhaps counted ("some 300 personnel from
 * both defence forces", "the two navies"), after at most an opening phrase.
 */
export const PAIR_FORCES_SUBJECT_FAMILY: PhraseFamily = {
  name: 'pair forces as subject',
  flags: 'i',
  entries: [
    {
      name: 'pair forces as subject: troops from the two countries',
      yields: { role: 'pair-subject' },
      bare: true,
      pattern: String.raw`^\s*(?:[^,;]{0,40},\s*)?(?:(?:more\s+than|over|about|around|some|nearly|almost|up\s+to)\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:troops|soldiers|sailors|marines|airmen|personnel|units|crews|pilots|officers|warships|ships|vessels|aircraft|jets|contingents)\s+(?:from|of)\s+(?:the\s+two|both)\s+(?:countries|nations|sides|armies|navies|air\s+forces|armed\s+forces|defen[cs]e\s+forces|militaries|forces)\b|^\s*(?:[^,;]{0,40},\s*)?(?:the\s+two|both)\s+(?:navies|armies|air\s+forces|armed\s+forces|defen[cs]e\s+forces|militaries|coast\s+guards|marine\s+corps)\b`,
      examples: [
        'Marines of the two nations drilled together in May during ',
        'In March, some 400 sailors of both navies and a unit from Fiji took part in ',
        'The two navies will hold ',
      ],
      counterExamples: [
        'Officials said marines of the two nations held ',
        'Two navies held ',
        'Troops from Ghana and Togo held ',
        // A count tells the pair: without one, the forces are those named next.
        'In May, the coast guards of Ghana and Togo held ',
      ],
    },
  ],
};

/**
 * Before drills: a subject that is a force named for no state ("its soldiers", "troops of the Defence Forces"),
 * after at most an opening phrase, then the drills' verb or the trigger itself.
 */
export const UNNAMED_FORCE_SUBJECT_FAMILY: PhraseFamily = {
  name: 'unnamed force as subject',
  flags: 'i',
  entries: [
    {
      name: 'unnamed force as subject: its soldiers trained',
      yields: { role: 'subject' },
      bare: true,
      pattern: String.raw`^\s*(?:[^,;]{0,40},\s*)?(?:(?:soldiers|troops|sailors|marines|airmen|personnel|units|officers|pilots|crews|cadets)\s+(?:of|from)\s+)?(?:the|its|our)\s+(?:(?:national|regular|[A-Z][a-z]+)\s+)?(?:army|navy|air\s+force|armed\s+forces|military|troops|soldiers|sailors|marines|forces|coast\s+guard|defen[cs]e\s+forces)(?:\s*$|\s+(?:(?:have|has|had|also|then|will|would|recently|regularly|often|last)\s+)*(?:trained|train|trains|drilled|drill|drills|exercised|exercise|exercises|took|take|takes|joined|join|joins|sailed|sail|flew|fly|held|hold|holds|staged|stage|conducted|conduct|practised|practiced)\b)`,
      examples: [
        'In June, troops of the Defence Forces ',
        'Its soldiers have often drilled beside ',
        'Last spring, the navy sailed with ',
      ],
      counterExamples: ['Officials said its soldiers drilled with ', 'Ghana’s army trained with '],
    },
  ],
};

/** After an instrument: its relative clause, whose subject is the pair that signed it. */
export const PAIR_SIGNED_AFTER_FAMILY: PhraseFamily = {
  name: 'pair signed after',
  flags: 'i',
  entries: [
    {
      name: 'pair signed after: the pact the two neighbours signed',
      yields: { role: 'pair-subject' },
      bare: true,
      pattern: String.raw`^\s*(?:\([\w-]{2,8}\)\s*)?,?\s*(?:that\s+|which\s+)?${PAIR_WORDS}\s+(?:(?:had|have|has|formally|first|jointly)\s+)?(?:signed|inked|concluded|sealed|struck|agreed)\b`,
      examples: [' (DCA) that the two countries signed in 2023', ', which both governments formally inked'],
      counterExamples: [' that the two sides are still discussing', ' the US signed'],
    },
  ],
};

/** Between an instrument and its first signer: a relative pronoun, and their titles ("that Prime Ministers"). */
export const SIGNERS_OPENING_FAMILY: PhraseFamily = {
  name: 'signers opening',
  flags: '',
  entries: [
    {
      name: 'signers opening: that (titles)',
      yields: { role: 'signers' },
      bare: true,
      pattern: String.raw`^[^,;.]{0,60}?\b(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$`,
      examples: [' on maritime security that Prime Ministers ', ' on training which the Defence Minister '],
      counterExamples: [' signed last year with ', ', which officials in '],
    },
  ],
};

/** After the last signer: their verb ("... and Tonga's Premier signed"). */
export const SIGNED_AFTER_SIGNERS_FAMILY: PhraseFamily = {
  name: 'signed after signers',
  flags: '',
  entries: [
    {
      name: 'signed after signers: signed, inked, ratified',
      yields: { role: 'signers' },
      bare: true,
      pattern: String.raw`^(?:['’]s?)?(?:\s+[A-Z][\w.'’-]*)*\s+(?:(?:had|have|has|formally|jointly)\s+)?(?:signed|inked|concluded|sealed|ratified|struck|agreed|negotiated)\b`,
      examples: ["'s Premier signed in May", ' formally inked last year'],
      counterExamples: [' officials criticised it', "'s navy sailed"],
    },
  ],
};

/** Between two partners: the first's relative clause, whose verb takes the second ("... that trained with"). */
export const RELATIVE_WITH_FAMILY: PhraseFamily = {
  name: 'relative with',
  flags: 'i',
  entries: [
    {
      name: 'relative with: a group that exercised with',
      yields: { role: 'chained-partner' },
      bare: true,
      pattern: String.raw`^[^,;]{0,40}\b(?:that|which|who)\s+(?:[\w-]+\s+){1,2}(?:with|alongside)\s+(?:the\s+)?$`,
      examples: [' carrier group that later drilled with ', ' task force which had sailed alongside the '],
      counterExamples: [' and then with ', ', which later sailed with '],
    },
  ],
};

/** Before a later partner in an event's list: "alongside", "joining" (one event with all of them). */
export const ALONGSIDE_FAMILY: PhraseFamily = {
  name: 'alongside',
  flags: 'i',
  entries: [
    {
      name: 'alongside: alongside the host, joining, besides',
      yields: { role: 'beside' },
      bare: true,
      pattern: String.raw`\b(?:alongside|joining|besides)\s+(?:the\s+)?(?:[\w,.-]+\s+){0,6}$`,
      examples: ['drilled alongside more than 2,000 ', 'ships joining the '],
      counterExamples: ['drilled with the ', 'alongside a speech, officials from the navy of the '],
    },
  ],
};

/** Between a newcomer and its predecessors: "would become the second European country after". */
export const NEWCOMER_AFTER_FAMILY: PhraseFamily = {
  name: 'newcomer after',
  flags: 'i',
  entries: [
    {
      name: 'newcomer after: becomes the second country after',
      yields: { role: 'newcomer' },
      bare: true,
      pattern: String.raw`^\s+(?:would\s+|will\s+)?(?:become|becomes|became|be|is|was)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}(?:country|nation|state|partner|member)\s+(?:to\s+\w+\s+\w+\s+)?(?:after|following)\s+$`,
      examples: [
        ' would become the second European country after ',
        ' is the third partner to sign one after ',
      ],
      counterExamples: [' became the second country with ', ' met officials after '],
    },
  ],
};

/** "the first in-person Quad leaders' summit": a summit of a small grouping's leaders (its members met). */
export const SMALL_GROUPING_SUMMIT_FAMILY: PhraseFamily = {
  name: 'small grouping summit',
  flags: '',
  entries: [
    {
      name: "small grouping summit: Quad leaders' summit",
      yields: { type: 'high_level_meeting', role: 'grouping-summit' },
      bare: true,
      pattern: String.raw`\b(Quad|QUAD|AUKUS)\s+(?:(?:leaders|foreign\s+ministers|defen[cs]e\s+ministers)['’]?\s+)?(?:summit|meeting|talks)$`,
      examples: ["the first in-person Quad leaders' summit", 'an AUKUS defence ministers meeting'],
      counterExamples: ['a Quad vaccine summit', 'the quad summit'],
    },
  ],
};

/**
 * "NATO leaders at their Vilnius summit", "EU heads of government gathered for the Brussels summit": a
 * grouping's own summit, the city before it its venue; no meeting between the states named around it.
 */
export const GROUPING_OWN_SUMMIT_FAMILY: PhraseFamily = {
  name: 'grouping own summit',
  flags: '',
  entries: [
    {
      name: "grouping own summit: the members' leaders at their summit",
      yields: { role: 'grouping-summit' },
      bare: true,
      pattern: String.raw`\b(?:NATO|EU|G7|G20|ASEAN|BRICS|SCO|OSCE|CSTO|AU|OAS|GCC|CELAC|SADC|ECOWAS)\s+(?:leaders|heads\s+of\s+(?:state|government)|allies|members)\s+(?:[a-z]+\s+)?(?:at|for|during)\s+(?:their|the|its)\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:summit|meeting)$`,
      examples: [
        'NATO leaders at their Vilnius summit',
        'EU heads of government gathered for the Brussels summit',
      ],
      counterExamples: ['NATO leaders praised the Vilnius summit', 'the leaders at their Vilnius summit'],
    },
    {
      // "won a waiver during the alliance summit": a large grouping's summit, the time or place
      // of what the sentence tells, is no meeting of the states it names.
      name: 'grouping own summit: the alliance summit',
      yields: { role: 'grouping-summit' },
      bare: true,
      pattern: String.raw`\b(?:at|during|before|after|ahead\s+of|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+(?:the|a|this\s+year['’]s|last\s+year['’]s)\s+(?:(?:19|20)\d\d\s+)?(?:(?:NATO|EU|G7|G20|ASEAN|BRICS|SCO|OSCE|CSTO|AU|OAS|GCC|CELAC|SADC|ECOWAS|alliance|bloc|Commonwealth)(?:['’]s)?\s+)(?:annual\s+)?summit$`,
      examples: ['won a waiver during the alliance summit', 'inked just before the G20 summit'],
      counterExamples: ['held talks at the summit', 'a NATO summit'],
    },
  ],
};

/** A small grouping's partners told together: its members, all of them ("the three AUKUS governments"). */
export const SMALL_GROUPING_PARTNERS_FAMILY: PhraseFamily = {
  name: 'small grouping partners',
  flags: '',
  entries: [
    {
      name: 'small grouping partners: the AUKUS governments',
      yields: { role: 'grouping-partners' },
      bare: true,
      pattern: String.raw`\b(Quad|QUAD|AUKUS)\s+(?:partners|governments|members|nations|allies|countries|navies|defen[cs]e\s+ministers)\b`,
      examples: ['The three AUKUS governments signed an arrangement.', 'the Quad navies held drills'],
      counterExamples: ['the AUKUS submarine deal', 'the quad partners'],
    },
  ],
};

/** Between the states and a plural instrument: they each signed one ("Finland and Sweden each signed"). */
export const EACH_AFTER_SUBJECT_FAMILY: PhraseFamily = {
  name: 'each after subject',
  flags: 'i',
  entries: [
    {
      name: 'each after subject: each, separately, individually',
      yields: { role: 'one-each' },
      bare: true,
      pattern: String.raw`^\s+(?:have\s+|had\s+|has\s+)?(?:each|separately|individually)\b`,
      examples: [' each signed a defence cooperation agreement', ' have separately concluded'],
      counterExamples: [' jointly signed', ', each of which'],
    },
  ],
};

/** "Sweden joined in 2024", "Finland joined later": joining with no grouping named after it. */
export const BARE_JOIN_FAMILY: PhraseFamily = {
  name: 'bare join',
  flags: 'i',
  entries: [
    {
      name: 'bare join: joined in a year, later, too',
      yields: { type: 'membership', role: 'bare-join' },
      bare: true,
      // "have been full members since 1982", "are founding members": standing membership of the grouping in play.
      pattern: String.raw`^(?:join(?:ed|s)?|became\s+a\s+(?:full\s+|formal\s+)?member|became\s+(?:full\s+|formal\s+|founding\s+)?members|completed\s+(?:its|their)\s+accession)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|(?:in\s+[A-Z][a-z]+\s+|earlier\s+)?(?:last|this)\s+year|later|too|as\s+well)\b(?!['’])|^(?:has|have|had)\s+been\s+(?:an?\s+)?(?:full\s+|founding\s+)?members?\s+since\b|^(?:is|are|was|were)\s+(?:all\s+)?(?:founding|full)\s+members?\b`,
      examples: [
        'joined in March 2024, after',
        'joined too, officials said',
        'became a member in April 2023;',
        // A year told relative to the report: "joined in May last year", "became a member this year".
        'joined in May last year.',
        'became a member this year',
        'have been full members since 1982.',
        'are founding members.',
      ],
      counterExamples: ['joined the talks', 'joined in the drills', "joined last year's drills"],
    },
  ],
};

/** Between a grouping word and its members: "a group of", "a handful of" (some members, not the grouping). */
export const SOME_OF_FAMILY: PhraseFamily = {
  name: 'some of',
  flags: 'i',
  entries: [
    {
      name: 'some of: a group of, a handful of the',
      yields: { role: 'some-members' },
      bare: true,
      pattern: String.raw`\b(?:group|number|handful|coalition|core|cluster|few)\s+of\s+(?:the\s+)?$`,
      examples: [' joined by a handful of the ', ' a core of '],
      counterExamples: [' members of the ', ' a group for '],
    },
  ],
};

/**
 * An instrument a state signs of its own, of the kind just told: "Belgium signed its own pact", "Britain was
 * the first to sign such a pact". Tested on the words before the trigger and the trigger itself.
 */
export const OWN_INSTRUMENT_FAMILY: PhraseFamily = {
  name: 'own instrument',
  flags: 'i',
  entries: [
    {
      name: 'own instrument: its own pact, such a pact, a similar deal',
      yields: { role: 'own-instrument' },
      bare: true,
      pattern: String.raw`\b(?:(?:its|their)\s+(?:own\s+)?|such\s+(?:an?\s+)?|(?:an?\s+)?(?:similar|comparable)\s+)(?:[\w-]+\s+){0,2}(?:agreements?|accords?|pacts?|deals?|treat(?:y|ies)|arrangements?)$`,
      examples: [
        'On Tuesday, Belgium signed its own pact',
        'the first country to sign such a pact',
        'inked a similar security deal',
      ],
      counterExamples: ['signed the pact', 'signed a new defence pact'],
    },
  ],
};

/**
 * Partners told by count or kind, not by name, right after an instrument: "pacts with several allies", "deals
 * with a dozen partner countries". The instrument's subject is then the hub of those told after it one by one
 * ("Rome was the first to ink one").
 */
export const UNNAMED_PARTNERS_FAMILY: PhraseFamily = {
  name: 'unnamed partners',
  flags: 'i',
  entries: [
    {
      name: 'unnamed partners: with several allies, with a dozen countries',
      yields: { role: 'unnamed-partners' },
      bare: true,
      pattern: String.raw`^\s+(?:[\w-]+\s+){0,3}?with\s+(?:(?:several|many|numerous|various|some|other|a\s+number\s+of|a\s+dozen|dozens\s+of|more\s+than\s+\w+|over\s+\w+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\s+)(?:(?:other|western|european|allied|partner|friendly|like-minded|key|major)\s+)?(?:allies|partners|countries|nations|states|governments)\b`,
      examples: [' with several allies since January', ' with more than twenty partner countries'],
      counterExamples: [' with France and Italy', ' with the allies'],
    },
  ],
};

/**
 * The subject of a meeting an official opens with no state named: "Minister Papikyan", "the Minister of
 * Defence", "the delegation". Tested on the sentence before the meeting word; the official is the article's.
 */
export const UNNAMED_OFFICIAL_FAMILY: PhraseFamily = {
  name: 'unnamed official',
  flags: '',
  entries: [
    {
      name: 'unnamed official: Minister X, the Minister of Defence',
      yields: { role: 'focal-official' },
      bare: true,
      pattern: String.raw`^(?:[^,.;]{0,40},\s*)?(?:the\s+|The\s+)?(?:(?:Defen[cs]e|Foreign|Prime|Deputy)\s+)?(?:Minister|Secretary|President|Chief|Commander)(?:\s+of\s+(?:Defen[cs]e|Foreign\s+Affairs|National\s+Defen[cs]e))?(?:\s+[A-Z][\w\u00c0-\u024f'’-]+){0,2}\s+(?:also\s+|then\s+|later\s+)?$`,
      examples: ['Minister Papikyan also ', 'On the sidelines of the exhibition, the Minister of Defence '],
      counterExamples: ['The Kenyan Minister of Defence ', 'Officials said the minister '],
    },
    {
      // A host's release: "Last week, Admiral A B, head of the navy and Chief of Joint Staff, welcomed ...", the host
      // named only by rank, name and offices. Capitalised words and commas only: a sentence of its own
      // before the verb ("Officials said the general ...") is no such subject.
      name: 'unnamed official: titles told at length',
      yields: { role: 'focal-official' },
      bare: true,
      pattern: String.raw`^(?:[^.;,]{0,40},\s*)?(?:the\s+|The\s+)?(?:[A-Z][\w\u00c0-\u024f'’-]+\s+){0,3}?(?:Minister|Secretary|President|Chief|Commander(?:-in-Chief)?|General|Admiral|Chairman|Director)(?:(?:\s+|\s*,\s*)(?:[A-Z][\w\u00c0-\u024f'’.-]+|of|the|and|in|to|for|charge)){0,22}\s*,?\s+(?:also\s+|then\s+|later\s+)?$`,
      examples: [
        'Last Friday, Admiral Ana Ruiz, Commander of the Navy and Director of Naval Schools, ',
        'The Secretary for Veterans and Reserve Affairs of the Office of the President ',
        'Yesterday, the Chief of Joint Operations ',
      ],
      counterExamples: ['Officials said the general ', 'The general, who was tired, '],
    },
  ],
};

/**
 * "She then saw her Barbadian counterpart": a state named only as the subject's counterpart's; the subject
 * is the official the story is about. Tested on the words around the one state named.
 */
export const OWN_COUNTERPART_FAMILY: PhraseFamily = {
  name: 'own counterpart',
  flags: 'i',
  entries: [
    {
      name: 'own counterpart: his or her counterpart of a named state',
      yields: { role: 'focal-official' },
      bare: true,
      pattern: String.raw`\b(?:his|her|their)\s+(?:\S+\s+){0,1}$`,
      examples: ['She then met her ', 'the Defence Secretary held talks with his '],
      counterExamples: ['She met the ', 'talks with Chilean '],
    },
  ],
};

/** A sentence that opens on the pair in play as its subject: "Both sides looked forward to ...". */
export const PAIR_OPENING_FAMILY: PhraseFamily = {
  name: 'pair opening',
  flags: 'i',
  entries: [
    {
      name: 'pair opening: both sides, the two countries',
      yields: { role: 'pair-subject' },
      bare: true,
      pattern: String.raw`^\s*(?:[^,;]{0,30},\s*)?${PAIR_WORDS}`,
      examples: [
        'Both sides looked forward to the next edition of ',
        'On Monday, the two neighbours pledged to ',
      ],
      counterExamples: ['Officials said both sides ', 'Japan and both of its allies '],
    },
  ],
};

/**
 * "AUKUS, the pact linking Canberra, London and Washington": a grouping, then a noun
 * phrase setting out whose it is; the states listed are its members. Tested on the text from right after the
 * grouping to the first state listed.
 */
export const GROUPING_APPOSITION_FAMILY: PhraseFamily = {
  name: 'grouping apposition',
  flags: 'i',
  entries: [
    {
      name: 'grouping apposition: the partnership between, the grouping of',
      yields: { type: 'membership', role: 'members' },
      bare: true,
      pattern: String.raw`^\s*,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:partnership|pact|alliance|grouping|group|bloc|forum|dialogue|coalition|arrangement|framework|format|initiative|club)\s+(?:between|of|among|linking|uniting|that\s+(?:links|unites|groups|brings\s+together|includes))\s+(?:the\s+)?$`,
      examples: [
        ', the security partnership between ',
        ', a loose grouping of the ',
        ', the four-nation dialogue that links ',
      ],
      counterExamples: [', the summit of ', ' and the partnership between '],
    },
  ],
};

/** Before a grouping in an apposition: a verb of founding it ("to unveil AUKUS, the ..."). */
export const GROUPING_FOUNDED_BEFORE_FAMILY: PhraseFamily = {
  name: 'grouping founded before',
  flags: 'i',
  entries: [
    {
      name: 'grouping founded before: unveiled, launched, founded',
      yields: { type: 'membership', status: 'concluded' },
      bare: true,
      pattern: String.raw`\b(?:unveil(?:ed|s|ing)?|launch(?:ed|es|ing)?|found(?:ed|s|ing)?|form(?:ed|s|ing)?|creat(?:e|ed|es|ing)|establish(?:ed|es|ing)?|set\s+up|announc(?:e|ed|es|ing))\s+(?:the\s+)?$`,
      examples: ['appeared on screen to unveil ', 'In 2021 the three leaders launched the '],
      counterExamples: ['officials who praised '],
    },
  ],
};

/**
 * Between a state and a programme only some states share (GCAP, FCAS): the state joins it, or seeks to. Tested on
 * the words between the state and the programme's name; the status is the step told.
 */
export const PROGRAMME_JOINER_FAMILY: PhraseFamily = {
  name: 'programme joiner',
  flags: 'i',
  entries: [
    {
      name: 'programme joiner: joined it',
      yields: { type: 'joint_development', status: 'concluded', role: 'joiner' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:has|have|had|formally|officially|also|then|later|finally)\s+){0,2}(?:joined|signed\s+up\s+to|became\s+(?:a|the)\s+(?:\w+\s+)?(?:partner|member)\s+(?:in|of))\s+(?:the\s+)?$`,
      examples: [' has joined the ', ' formally joined ', ' became a full partner in the '],
      counterExamples: [' has asked to join the ', ' joined talks on the '],
    },
    {
      name: 'programme joiner: in talks to join',
      yields: { type: 'joint_development', status: 'negotiating', role: 'joiner' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:is|are|has|have|had|been|now|also|still)\s+){0,3}(?:in\s+(?:talks|negotiations)|negotiating|holding\s+talks)\s+(?:to\s+join|on\s+joining|about\s+joining)\s+(?:the\s+)?$`,
      examples: [' is in talks to join the ', ' has been negotiating to join '],
      counterExamples: [' has joined the '],
    },
    {
      name: 'programme joiner: seeks to join',
      yields: { type: 'joint_development', status: 'proposed', role: 'joiner' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:is|are|has|have|had|been|now|also|again|long|repeatedly|reportedly|openly)\s+){0,3}(?:(?:wants?|wanted|seeks?|sought|seeking|asked|asks|applied|applies|lobbied|lobbying|pressing|pushing|pushed|pressed|hopes?|hoped|hoping|keen|eager|aims?|aiming|bidding|plans?|planning)\s+to\s+join|(?:shown|expressed|signalled|signaled|voiced)\s+(?:an\s+|its\s+|their\s+)?interest\s+in\s+joining|(?:is|are)\s+(?:considering|weighing|exploring)\s+joining)\s+(?:the\s+)?$`,
      examples: [
        ' is again pressing to join the ',
        ' has lobbied to join ',
        ' has shown interest in joining the ',
      ],
      counterExamples: [' has joined the ', ' is pressing ahead with '],
    },
  ],
};
