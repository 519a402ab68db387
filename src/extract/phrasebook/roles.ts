// The part a party mention plays beside a tie without being a party to it: the rival a tie is aimed at, a
// newspaper, a venue, an onlooker, a grouping used as an adjective. Each is tested at the mention's edge: the
// text right before it (`$`-anchored) or right after it (`^`-anchored), so the entries are bare patterns.
import type { PhraseEntry, PhraseFamily } from './entry.js';

/**
 * "where they discussed Ukraine, Gaza and ...", "to discuss the situation in Sudan": states named as what
 * was talked about, not as who talked or traded. A partner talked with stands after "with", not here.
 */
export const TOPIC_BEFORE_FAMILY: PhraseFamily = {
  name: 'topic before',
  flags: '',
  entries: [
    {
      name: 'topic before: the matter discussed',
      yields: { role: 'topic' },
      bare: true,
      pattern: String.raw`\b(?:[Dd]iscuss(?:ed|es|ing)?|talked about|spoke about|exchanged views on|focused on|touched on|(?:talks|conversation|discussions?)\s+(?:on|about|over)|(?:talks|time)\s+(?:on|about))\s+(?:(?:the\s+)?(?:situation|war|crisis|conflict|tensions|issues?|topics?|matters?|developments?|question)\s+(?:in|on|over|around|of|such\s+as|including|like)\s+)?(?:the\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*(?:\s+[A-Z][\w\u00c0-\u024f'’.-]*)*(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?)*(?:and\s+)?(?:the\s+)?$`,
      examples: [
        'In Delhi the two leaders discussed ',
        'The ministers met to discuss the situation in ',
        'They discussed Gaza, Yemen and ',
        'The two leaders spent much of their talks on Sudan, Haiti and ',
      ],
      counterExamples: ['The ministers discussed drills with ', 'They discussed the sale of drones to '],
    },
    {
      // "a pact with Amman, traded against Jordanian normalisation with Iran": the state a third one would
      // normalise ties with is what the pact is traded for, no party to it.
      name: 'topic before: ties to be normalised with',
      yields: { role: 'topic' },
      bare: true,
      pattern: String.raw`\bnormali[sz](?:ation|ing|e|es)\s+(?:of\s+)?(?:(?:diplomatic\s+)?(?:ties|relations)\s+)?with\s+(?:the\s+)?$`,
      examples: [
        'traded against Jordanian normalisation with ',
        'tied to a normalization of relations with ',
      ],
      counterExamples: ['in exchange for closer ties with '],
    },
  ],
};

/**
 * "the ministers will discuss such issues as the North's missiles and ...": whatever a sentence names after
 * "discuss", with no "with" between, is what a meeting talks about, not who meets. A sale discussed still has
 * its buyer there ("discussed the sale of drones to Accra"), so only meetings leave these out.
 */
/** The verbs of discussing, shared with the cheap test of whether a sentence has one at all. */
export const DISCUSS_VERB = String.raw`discuss(?:ed|es|ing)?|talked about|spoke about|exchanged views on`;

export const DISCUSSED_BEFORE_FAMILY: PhraseFamily = {
  name: 'discussed before',
  flags: 'i',
  entries: [
    {
      name: 'discussed before: after a verb of discussing, no partner marker since',
      yields: { role: 'topic' },
      bare: true,
      pattern: String.raw`\b(?:${DISCUSS_VERB})\b(?:(?!\bwith\b)[^.;])*$`,
      examples: [
        'The ministers will discuss such issues as the missile programme of ',
        'They discussed trade and ',
      ],
      counterExamples: ['They discussed trade with ', 'The ministers met '],
    },
  ],
};

/** "amid tensions with", "protests from": the party named next is the rival the tie is aimed at. */
export const RIVAL_BEFORE_FAMILY: PhraseFamily = {
  name: 'rival before',
  flags: 'i',
  entries: [
    {
      name: 'rival before: aimed at, threatened by, at odds with',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`\b(?:amid|against|(?:condemnation|criticism|protests?|warnings?|objections?|anger|ire|rebuke) (?:from|by)|(?:lodged|lodges|lodging|filed|made|makes|register(?:ed|s)?)\s+(?:a\s+|formal\s+|strong\s+)*protests?\s+with|accus(?:ed|es|ing)|counter(?:ing)?|counterbalance|deter(?:ring)?|(?<!['’]s\s+(?:[\w-]+\s+and\s+)?)rival(?:ry)?|threats? (?:from|of|posed by)|pressure from|tensions? with|disputes? with|dispute between|at odds with|confront(?:ing)?|contain(?:ing)?|(?:limit|curb|check|blunt)(?:s|ed|ing)?|push(?:ing)? back (?:against|on)|aggression (?:by|from)|invasion (?:of|by)|(?:strikes?|attacks?|raids?|bombing|bombardment|shelling) (?:on|against|in)|war (?:on|in|with)|conflict with|annexation of|reliance on|dependence on|(?:dependent|reliant) on|influence of|concerns? (?:over|about)|wary of|vis-a-vis|versus|vs\.?|face of|faces? tensions in its [\w ]+ with|prompting|provoking|alarming|angering|irk(?:s|ed|ing)|rattl(?:es|ed|ing)|unsettl(?:es|ed|ing)|infuriat(?:es|ed|ing)|antagoni[sz](?:es|ed|ing)|irritat(?:es|ed|ing)|monitor(?:s|ed|ing)?(?:\s+of)?|track(?:s|ed|ing)?|surveillance\s+of|shadow(?:s|ed|ing)?|spying\s+on|(?:noticed|critici[sz]ed|condemned|protested|denounced)\s+(?:closely\s+|sharply\s+)?by|(?:claimed|contested|disputed|occupied)\s+(?:in\s+part\s+|partly\s+)?by|(?:going\s+|goes\s+|went\s+)?(?:further|farther|beyond|broader|stronger)\s+than)\s+(?:the\s+)?(?:(?!(?:from|to|between|by)\b)[\w'-]+\s+){0,3}$`,
      examples: [
        'The drills off Luzon come amid mounting tensions with ',
        'Oman and Jordan signed the pact days after a missile strike on ',
        'Two bombers flew over the strait, prompting ',
        // A reaction told after the tie: "the pair exercised at sea, irking a neighbour".
        'Cairo and Khartoum staged naval drills, irking ',
        'Lima signed the radar deal despite sharp protests from ',
        'Warsaw wants the brigade to deter ',
        'The drills were watched closely by its rival ',
        // Waters or islands a state claims are a place, not a party: "drills in waters claimed by".
        'The two navies sailed through waters claimed by ',
        'The pact aims to improve monitoring of ',
        'During the joint patrol the frigates tracked ',
        'Canberra has moved to limit ',
        'The timing of the manoeuvres was criticised by ',
        // A yardstick, not a party: "a guarantee that goes further than the alliance's own".
        'a clause going further than ',
      ],
      counterExamples: [
        'Santiago signed the radar deal with ',
        'The drills come amid tensions with the navy of a neighbour, officials in ',
        "Morocco's neighbour and rival ",
        // The parties of what the concern is over: "concern over arms transfers from A to B".
        'They voiced concern over arms sales from ',
      ],
    },
    {
      // "a pact with Minsk that alarmed Vilnius": a state the tie is said to have dismayed looks on.
      name: 'rival before: dismayed by the tie',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`\b(?:that|which)\s+(?:(?:has|have|had)\s+)?(?:(?:deeply|greatly|further)\s+)?(?:alarmed|angered|worried|unnerved|irked|rattled|infuriated|dismayed|unsettled|upset)\s+(?:the\s+)?(?:(?!(?:from|to|between|by)\b)[\w'-]+\s+){0,3}$`,
      examples: [
        'Quito signed a pact with Lima that alarmed ',
        'an arms deal which has deeply worried officials in ',
      ],
      counterExamples: ['a pact that was signed with ', 'the deal that Lima upset '],
    },
    {
      // "a war rehearsal aimed at the DPRK": the state a drill is aimed at, named right after; not a purpose
      // ("aimed at closer ties with ...").
      name: 'rival before: a drill aimed at a state',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`\b(?:aimed|directed|targeted)\s+(?:at|against)\s+(?:the\s+)?$|\btargeting\s+(?:the\s+)?$`,
      examples: ['a dangerous war rehearsal aimed at the ', 'drills directed against '],
      counterExamples: ['talks aimed at closer ties with '],
    },
  ],
};

/** "China's growing assertiveness", "Pyongyang condemned": the party just named is the rival. */
export const RIVAL_AFTER_FAMILY: PhraseFamily = {
  name: 'rival after',
  flags: 'i',
  entries: [
    {
      name: 'rival after: its buildup, threats or protests',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^(?:\s+(?:aircraft|planes?|jets?|ships?|vessels?|warships?|submarines?|drones?|bombers?|patrol\s+boats?)\s+(?:had|have|has)?\s*(?:been\s+|were\s+|was\s+)(?:observed|spotted|seen|sighted|detected)\b|\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:notified|informed|warned|alerted)\s+(?:of|about)\b)|^(?:'s?)?(?:\s+(?:foreign|defen[cs]e)\s+(?:ministry|minister)|\s+(?:embassy|government|spokes(?:man|woman|person)))?\s+(?:(?:has|have|had|also|quickly|strongly|sharply|repeatedly|immediately)\s+)*(?:growing |increasing |rising |increasingly |continued |military |maritime |expanding |aggressive |coercive |recent |illegal |full-scale )*(?:spy\s+(?:ships?|vessels?|planes?|aircraft|balloons?)|condemn\w*|protest\w*|criticiz\w*|criticis\w*|denounc\w*(?!\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,4}|the\s+(?:[\w-]+\s+){0,4}(?:agreements?|accords?|treaty|treaties|pacts?|conventions?|protocols?)\b))|slamm?\w*|warn(?:s|ed)?|oppos\w*|object(?:s|ed)|buildup|build-up|assertiveness|assertive|aggression|aggressive|threats?|expansion|expansionism|coercion|invasion|incursions?|provocations?|claims|militari[sz]ation|rise|influence|clout|intimidation|war(?![- ]?gam)|attacks?(?!\s+(?:helicopters?|aircraft|jets?|drones?|submarines?|boats?|craft|planes?|fighters?|variants?|versions?)\b)|attacking|(?:air|drone|missile)\s?strikes?|strikes?\s+(?:on|against)|bombing|shelling|offensive|missile launches|nuclear|hostility|annexation|policy to allow|pressure|sanctions|meddling|interference|patience)\b`,
      examples: [
        "'s expanding maritime assertiveness around the Gulf of Guinea",
        ' pressure pushed the government to sign.',
        "'s war on its neighbour",
        ' condemned the joint patrols as a provocation.',
        "'s foreign ministry warned that the drills raise tensions.",
        "'s recent missile launches have alarmed Seoul.",
        // "testing Beijing's patience": the one whose patience is tried looks on.
        "'s patience with the two navies is wearing thin.",
        ' airstrike hit the port on Tuesday.',
        "'s attacks on shipping continued.",
        ' has protested the deployment of the launcher.',
        ' spy ship shadowed the task group.',
        // Onlookers told of or seen near the drills: "Russian aircraft were spotted off the coast".
        ' jets were sighted near the task group twice.',
        ' was informed about the manoeuvres beforehand.',
      ],
      counterExamples: [
        ' and Kenya signed a border security memorandum.',
        ' government denounced the defence pact with Lima.',
        // Denouncing its own agreement, in the treaty-law sense, is ending it.
        ' denounced the 1964 assistance agreement signed with London.',
        ' denounced its defence accords with Paris.',
        "'s navy hosted the visiting frigate.",
        '-US war games',
        // Kit named for its role: "Russian attack helicopters" are bought, not suffered.
        ' attack helicopters were ordered.',
      ],
    },
    {
      // A threat the drills rehearse for, named by where it comes from: "rehearsing for an Afghan spillover",
      // "Somali militants". By the adjective alone: a state's own insurgency ("Mozambique's insurgency") is one it
      // fights, often with the partners the sentence names.
      name: 'rival after: the origin of a threat rehearsed for',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^\s+(?:spill-?over|insurgency|insurgents?|militants?|infiltration|refugees|smugglers|traffickers|oil\s+spill)\b`,
      examples: [' spillover is what the drill rehearses for.', ' militants were the drill’s imagined foe.'],
      counterExamples: ["'s insurgency is what the partners fight.", ' troops fought the militants.'],
    },
    {
      // "Beijing's defence minister skipped the forum", "Ankara snubbed the meeting": one that stays away.
      name: 'rival after: stays away from the event',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^(?:['’]s?\s+(?:defen[cs]e\s+minister|foreign\s+minister|president|prime\s+minister|leader|delegation))?\s+(?:(?:has|have|had|also|again|then|pointedly|notably)\s+)*(?:skipped|skips|boycotted|boycotts|snubbed|snubs|stayed\s+away\s+from|stays\s+away\s+from)\b`,
      examples: ["'s defence minister skipped the forum in", ' boycotted the drills held by'],
      counterExamples: [' attended the drills held by'],
    },
    {
      // "Pyongyang fired missiles in response to drills by": one that answers the drills with its own fire.
      name: 'rival after: fires in answer to the drills',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:has|have|had|also|again|then)\s+)*(?:fired|fires|launched|launches|test-fired|test-fires|tested)\s+(?:[\w-]+\s+){0,5}?in\s+(?:response|reaction|retaliation|answer)\s+to\b`,
      examples: [
        ' test-fired two missiles in response to the drills by',
        ' launched a rocket in reaction to the drills of',
      ],
      counterExamples: [' fired its new missiles during the drills with'],
    },
    {
      // "Russian warships shadowed the drills", "Hanoi sent a spy ship to watch the drills": one that watches. Not
      // ships of the drills tracking others ("tracked Chinese vessels during patrols").
      name: 'rival after: its ships or aircraft watch the drills',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^(?:['’]s?)?\s+(?:(?:naval|navy|air\s+force|coast\s+guard|military|surveillance|spy|patrol)\s+)?(?:warships?|ships?|vessels?|aircraft|jets?|planes?|bombers?|drones?|submarines?|forces)?\s*(?:(?:has|have|had|also|closely)\s+)*(?:(?:shadowed|shadows|shadowing|monitored|monitors|tracked|tracks|trailed|trails)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:drills?|exercises?|manoeuvres|maneuvers|war\s*games|task\s+group|flotilla)|sent\s+(?:a\s+|an\s+|two\s+)?(?:[\w-]+\s+){0,2}to\s+(?:watch|monitor|observe|shadow|track))\b`,
      examples: [' warships shadowed the drills held by', ' sent a surveillance ship to watch the drills of'],
      counterExamples: [' ships tracked foreign vessels during joint patrols with'],
    },
  ],
};

/**
 * "North Korea's Kim Yo-jong, the leader's sister, called the drill a reckless show of force": the one who
 * denounces an event is no party to it (tested on the text after a state, up to the end of its clause).
 */
export const DENOUNCES_EVENT_FAMILY: PhraseFamily = {
  name: 'denounces event',
  flags: 'i',
  entries: [
    {
      name: 'denounces event: condemned or called the drills reckless',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^[^.;]{0,90}?\b(?:(?:denounced|condemned|slammed|critici[sz]ed|decried|blasted|deplored|regretting|regretted|protested)\s+the\s+(?:[\w-]+\s+){0,2}(?:drills?|exercises?|war\s*games|manoeuvres|maneuvers|patrols?)\b|(?:called|branded|labell?ed|described)\s+the\s+(?:[\w-]+\s+){0,2}(?:drills?|exercises?|war\s*games|manoeuvres|maneuvers|patrols?)\s+(?:as\s+)?["“]?(?:an?\s+)?["“]?(?:reckless|provocat\w*|dangerous|hostile|aggressive|threat\w*|rehearsal|show\s+of\s+force|destabili[sz]\w*|demonstration\s+(?:aimed|directed)|[\w\s]{0,20}?aimed\s+at|[\w\s]{0,20}?directed\s+against))`,
      examples: [
        "'s foreign ministry condemned the drills on Tuesday.",
        ' leader’s sister, in a statement, called the drill a reckless show of force.',
        "'s embassy called the exercise a demonstration aimed at Moscow.",
        "'s envoys issued a statement regretting the naval drills.",
        ' news agency branded the manoeuvres "a dangerous provocation" on Sunday.',
      ],
      counterExamples: [' and Peru held the drills on Tuesday.', ' called the exercise a success.'],
    },
    {
      // A state that condemned or branded another's arms sales is their critic, not their buyer or seller.
      name: 'denounces event: criticised another’s arms supplies',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^[^.;]{0,60}?\b(?:called|branded|labell?ed|described|denounced|condemned|slammed|critici[sz]ed|decried|protested\s+(?:against|over))\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,2}(?:arms|weapons?|military)\s+(?:supplies|deliveries|sales|shipments|transfers|exports|aid)\b`,
      examples: [
        ' has long condemned American weapons sales to its neighbour.',
        ' has long criticised Pakistan’s weapons sales to its rival.',
      ],
      counterExamples: [' has stepped up arms deliveries to Kyiv.', ' welcomed the arms deliveries.'],
    },
    {
      // "Lima and Quito are keenly watching the joint drill": those who watch the drills look on.
      name: 'denounces event: watching the drills',
      yields: { role: 'rival' },
      bare: true,
      pattern: String.raw`^[^.;]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:closely|keenly|warily|nervously|anxiously|carefully)\s+)?(?:watching|following|monitoring|eyeing)\s+(?:(?:closely|keenly|warily|carefully)\s+)?(?:the|this|these)\s+(?:[\w-]+\s+){0,3}(?:drills?|exercises?|war\s*games|manoeuvres|maneuvers|patrols?)\b`,
      examples: [
        ' and Nairobi are watching the latest naval drill closely.',
        ' was closely following the joint patrols, officials said.',
      ],
      counterExamples: [' and Peru followed the exercise with a second one in May.'],
    },
  ],
};

/**
 * "signed three days before Donald Trump's inauguration as U.S. president": a date told by someone's milestone
 * names no party, person or state. Tested after the mention (`after`) and before it (`before`).
 */
export const MILESTONE_FAMILIES: { after: PhraseFamily; before: PhraseFamily } = {
  after: {
    name: 'milestone after',
    flags: 'i',
    entries: [
      {
        name: 'milestone after: an inauguration or election that dates the event',
        yields: { role: 'onlooker' },
        bare: true,
        pattern: String.raw`^['’]s\s+(?:inauguration|election|re-election|swearing-in|death|funeral|birthday|coronation|wedding)\b`,
        examples: ["'s inauguration as president", '’s election victory'],
        counterExamples: ["'s visit to Kyiv", "'s defence minister"],
      },
    ],
  },
  before: {
    name: 'milestone before',
    flags: 'i',
    entries: [
      {
        name: 'milestone before: the office taken up at it',
        yields: { role: 'onlooker' },
        bare: true,
        pattern: String.raw`\b(?:inauguration|election|re-election|swearing-in)\s+as\s+(?:the\s+)?$`,
        examples: ["Trump's inauguration as ", 'her election as the '],
        counterExamples: ['his visit as ', 'served as '],
      },
    ],
  },
};

/**
 * "ties with one of Washington's closest Arab partners": the possessor describes the partner, it is no party.
 * Both must hold: "one of" before the mention (`before`), a noun for partners after its possessive (`after`).
 */
export const ONE_OF_THEIRS_FAMILIES: { before: PhraseFamily; after: PhraseFamily } = {
  before: {
    name: 'one of theirs before',
    flags: 'i',
    entries: [
      {
        name: 'one of theirs before: one of',
        yields: { role: 'onlooker' },
        bare: true,
        // Not after a copula: "A is one of B's main arms suppliers" names the partner, and B is a party to it;
        // nor after a copula and an adverb of time or degree ("is now one of", "remains still one of").
        pattern: String.raw`\b(?<!\b(?:is|are|was|were|remains|remained|became|become|becomes|been|as)\s+(?:(?:now|still|also|already|long|fast|quickly|rapidly|increasingly|today|again|arguably)\s+)?)(?:one|two|some|several|many|another)\s+of\s+$`,
        examples: ['military ties with one of ', 'talks with two of '],
        counterExamples: [
          'military ties with ',
          'Lima has become one of ',
          'Oslo is now one of ',
          'Canberra has fast become one of ',
        ],
      },
    ],
  },
  after: {
    name: 'one of theirs after',
    flags: 'i',
    entries: [
      {
        name: 'one of theirs after: a possessive before partners or allies',
        yields: { role: 'onlooker' },
        bare: true,
        pattern: String.raw`^['’]s?\s+(?:[\w-]+\s+){0,3}(?:partners|allies|friends|customers|clients|buyers|suppliers)\b`,
        examples: ["'s closest Arab partners", '’s oldest allies'],
        counterExamples: ["'s navy", ' and Peru'],
      },
    ],
  },
};

/**
 * "Ghana and Togo held drills with US backing": a state whose support is named backs the tie, it takes no part
 * in it. Both must hold: "with" right before the mention (`before`), its support right after (`after`). Not its
 * funding or aid, which pays for kit and may be a transfer of its own.
 */
export const BACKER_FAMILIES: { before: PhraseFamily; after: PhraseFamily } = {
  before: {
    name: 'backer before',
    flags: 'i',
    entries: [
      {
        name: 'backer before: with',
        yields: { role: 'onlooker' },
        bare: true,
        pattern: String.raw`\bwith\s+(?:the\s+)?(?:(?:full|strong|quiet|tacit|open)\s+)?$`,
        examples: ['held drills with ', 'went ahead with the quiet '],
        counterExamples: ['held drills alongside '],
      },
    ],
  },
  after: {
    name: 'backer after',
    flags: 'i',
    entries: [
      {
        name: 'backer after: its support or backing',
        yields: { role: 'onlooker' },
        bare: true,
        pattern: String.raw`^(?:['’]s)?\s+(?:(?:political|diplomatic|technical|logistic(?:al)?|military|naval|intelligence)\s+)?(?:support|backing|blessing)\b`,
        examples: [' backing', "'s logistical support", ' blessing'],
        counterExamples: [' forces', ' funding', ' troops in support of'],
      },
    ],
  },
};

/** "Japan Times", "Korea Herald": a country name that begins a newspaper's title. */
export const MEDIA_AFTER_FAMILY: PhraseFamily = {
  name: 'media after',
  flags: '',
  entries: [
    {
      name: 'media after: a newspaper title',
      yields: { role: 'media' },
      bare: true,
      pattern: String.raw`^\s+(?:Times|Today|News|Herald|Daily|Post|Tribune|Press|Gazette|Journal|Broadcasting|Inquirer|Star|Observer|Monitor|Insider|Forum)\b`,
      examples: [
        ' Herald reported on Tuesday that the frigates would sail.',
        ' Gazette, citing two officials,',
      ],
      counterExamples: [
        ' news of the deal broke late on Friday.',
        ' and Peru agreed to hold naval drills.',
        ' Heraldry experts were not consulted.',
      ],
    },
    {
      // "the Oslo Peace Research Institute", "Seoul National University": a research body
      // or school named for its city says nothing of that state.
      name: 'media after: an institute or school named for a place',
      yields: { role: 'media' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:International|National|Peace|Research|Strategic|Policy|Defen[cs]e|Security|Studies|Foreign|Affairs|Global|for|of|and)\s+){0,5}(?:Institute|University|Foundation)\b`,
      // A state's own councils, academies and centres ("the Russian Security Council") speak for it.
      examples: [' International Peace Research Institute said', ' University researchers found'],
      counterExamples: [
        ' and Oslo signed a pact',
        ' International Airport was closed',
        ' Security Council secretary met',
      ],
    },
  ],
};

/**
 * A compass bearing from a place ("east of", "to the north-west of", "close to"): where a tie happens, beside a
 * place and not in it. "in the east of", "across the north of" name a region inside the place: not matched.
 */
const BEARING_FROM = String.raw`(?<!\b(?:in|across|throughout|into|from|over)\s+the\s+(?:far\s+)?)\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:wards?)?\s+of|close\s+to)\s+(?:the\s+)?(?:[A-Z][\w'-]*,?\s+){0,3}$`;

/** The bearing entry of a family: read as a place by PLACE_BEFORE, and as outside it by NEAR_PLACE. */
function bearingEntry(family: string): PhraseEntry {
  return {
    name: `${family}: a bearing from a place`,
    yields: { role: 'place' },
    bare: true,
    pattern: BEARING_FROM,
    examples: [
      'The carrier group flew training sorties some 300 km east of ',
      'The bombers circled to the north of ',
      'The frigates exercised just south-west of ',
    ],
    counterExamples: ['Fighting flared again in the east of ', 'Troops deployed across the north of '],
  };
}

/** "held in", "a visit to", "at Camp X,": the capital or name that follows is a venue. */
export const PLACE_BEFORE_FAMILY: PhraseFamily = {
  name: 'place before',
  flags: '',
  entries: [
    {
      name: 'place before: a venue',
      yields: { role: 'place' },
      bare: true,
      // Not the rulers "in" a state: "the juntas in Mali and Niger", "the governments in Lima and Quito"; nor
      // officials named by their capital alone ("Officials in Rabat say"), not a foreign state's ("US officials").
      // "ran across Morocco, Tunisia and Ghana": a list of venues after "across" or "throughout", "and" and all.
      pattern: String.raw`(?<!\b(?:juntas?|governments?|regimes?|authorities|leaders(?:hip)?|militaries|armies|navies|air\s+forces|armed\s+forces)\s+)(?<!(?:^|\b(?:[Tt]he|and|but|while|[Ss]enior|[Tt]op)\s+)(?:[Oo]fficials|[Pp]lanners|[Pp]olicymakers)\s+)\b(?:in|at|near|outside|across|around|off|over|inside|within|throughout|visit(?:s|ed|ing)? to|trip to|arrived in|held in|based in|hosted in|off the coast of|in the vicinity of|(?:areas?|waters|seas)\s+surrounding|(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Aa]ttach[eé])\s+to)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal)\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'-]*,?\s+){0,3}$|\b(?:across|throughout)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|coastal)\s+)?(?:[A-Z][\w'-]*,?\s+(?:and\s+)?){1,6}$`,
      examples: [
        'The two chiefs of staff met on Monday in ',
        'Marines trained at Camp Aguinaldo, ',
        'The amphibious landings were staged off the coast of ',
        // An envoy's post is where the envoy serves, not the state the envoy speaks for.
        'The US Ambassador to ',
        // A region of the venue first: "across southern Peru, Chile and ".
        'The drills ran across southern Peru, Chile and ',
      ],
      counterExamples: [
        'The two chiefs of staff met their counterparts from ',
        'Officials said in a statement that ',
        // A month or a day after "in" dates the clause; the state after it is its subject.
        'Ties with Chile grew, and in February ',
        'Officials in ',
      ],
    },
    bearingEntry('place before'),
  ],
};

/**
 * "drills near Taiwan", "patrols off the coast of Somalia": a place beside which a tie happens is no host
 * and no party (unlike "drills in Australia", whose host often takes part).
 */
export const NEAR_PLACE_FAMILY: PhraseFamily = {
  name: 'near place',
  flags: '',
  entries: [
    {
      name: 'near place: near, off, around, close to',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`\b(?:near|around|off|close to|off the coast of|in waters (?:near|off|around)|in the vicinity of|in the skies (?:near|around|over)|(?:areas?|waters|seas)\s+surrounding)\s+(?:the\s+)?(?:[A-Z][\w'-]*,?\s+){0,3}$`,
      examples: [
        'Warplanes staged a joint patrol in the vicinity of ',
        'The Chinese navy held live-fire drills near ',
        'Russian bombers flew patrols off the coast of ',
      ],
      counterExamples: ['Ghanaian troops trained in ', 'The two navies held drills with '],
    },
    bearingEntry('near place'),
  ],
};

/**
 * "drills near the Armenian border", "a patrol in Philippine waters": a state's border, coast, waters or
 * airspace is where a tie happens, not a party to it. Its border guards or coast guard are (not matched).
 */
export const TERRITORY_AFTER_FAMILY: PhraseFamily = {
  name: 'territory after',
  flags: 'i',
  entries: [
    {
      name: 'territory after: border, coast, waters or airspace',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|maritime|land|sea|territorial)\s+)?(?:borders?|frontier|coast(?:line)?|waters|airspace|shores?)\b(?!\s+(?:guards?|police|forces|troops|service|agency|patrol\s+(?:unit|force)s?))`,
      examples: [
        ' border on Monday, the ministry said.',
        ' territorial waters for the first time.',
        "'s northern coast, officials said.",
      ],
      counterExamples: [
        ' border guards joined the patrol.',
        ' coast guard and navy trained together.',
        ' troops crossed into the region.',
      ],
    },
    {
      // "talks in the Swiss capital", "drills off the Omani port of Duqm": a venue told by the state it
      // lies in, no party to what is held there.
      name: 'territory after: a capital, city or port',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:(?:northern|southern|eastern|western|coastal|border|Red\s+Sea|Black\s+Sea|Baltic|Caspian|Gulf)\s+)?(?:capital|city|port|town|province|island|naval\s+base|air\s+base)\b(?!\s+(?:markets?|flows?|spending|investment|controls?))`,
      examples: [' capital on Monday.', ' port of Duqm.', "'s capital, officials said."],
      counterExamples: [' capital markets rallied.', ' navy and air force.'],
    },
  ],
};

/** The preposition that makes a border or coast after it a place: "near the", "off the", "in". */
export const TERRITORY_BEFORE_FAMILY: PhraseFamily = {
  name: 'territory before',
  flags: 'i',
  entries: [
    {
      name: 'territory before: a place preposition',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`\b(?:near|along|on|at|across|off|over|close\s+to|toward|towards|to|from|inside|within|in|into|beyond|up\s+to)\s+(?:the\s+)?$`,
      examples: ['Tanks rolled toward the ', 'The frigates sailed in ', 'drills were held near the '],
      counterExamples: ['The navy worked with the ', 'Officials of the '],
    },
  ],
};

/**
 * Who reports a tie is not a party to it ("Chinese and Russian bombers flew a joint patrol, the Japanese
 * defence ministry said"): the office or official right before a reporting verb. Whether the reporter is
 * dropped depends on the sentence (party-filter.ts): only where two others are named, and no pronoun
 * carries the reporter into the tie.
 */
export const REPORTER_AFTER_FAMILY: PhraseFamily = {
  name: 'reporter after',
  flags: '',
  entries: [
    {
      name: 'reporter after: office or official, then a reporting verb',
      yields: { role: 'reporter' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:(?!(?:and|or|with|to|from|in|at|on|by|for)\b)[\w\u00c0-\u024f'’.-]+\s+){0,5}(?:said|says|reported|reports|announced|confirmed|stated|added|noted|told|explained)\b`,
      examples: [
        ' defence ministry said on Friday.',
        ' Koizumi explained the activities of',
        ' Joint Staff Office said in a statement',
        "'s foreign ministry announced",
      ],
      counterExamples: [' and Kenya said they would train together.', ' signed the deal, officials said.'],
    },
  ],
};

/** "according to the Japanese defence ministry": a source, with no reporting verb after it. */
export const ACCORDING_TO_FAMILY: PhraseFamily = {
  name: 'according to',
  flags: 'i',
  entries: [
    {
      name: 'according to: the source of a report',
      yields: { role: 'reporter' },
      bare: true,
      pattern: String.raw`\b(?:according\s+to|citing|as\s+reported\s+by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u00c0-\u024f'’.-]+\s+){0,2}$`,
      examples: ['The ships sailed together, according to the ', 'Two jets landed, citing '],
      counterExamples: ['The ships sailed together with the ', 'The deal was signed by '],
    },
  ],
};

/** Where a reporter stands: after a comma closing the report, after "according to", or opening the sentence. */
export const REPORTER_BEFORE_FAMILY: PhraseFamily = {
  name: 'reporter before',
  flags: '',
  entries: [
    {
      name: 'reporter before: an attribution after the report',
      yields: { role: 'reporter' },
      bare: true,
      // A bullet may open the line ("○ Minister Kihara explained ...").
      pattern: String.raw`(?:,\s*|^[\s○•●▪◦*-]*)(?:the\s+|a\s+|an\s+|The\s+)?(?:[A-Z][\w\u00c0-\u024f'’.-]*\s+){0,3}$`,
      examples: ['Two navies held a joint patrol near the islands, the ', 'The ', 'Warships sailed, '],
      counterExamples: ['The drills brought together troops from ', 'Ships from Peru and '],
    },
  ],
};

/** "G7 members", "NATO allies", "Group of Seven defense chiefs": the grouping describes others. */
export const GROUPING_AS_ADJECTIVE_FAMILY: PhraseFamily = {
  name: 'grouping as adjective',
  flags: 'i',
  entries: [
    {
      name: 'grouping as adjective: members, allies, chiefs of a grouping',
      yields: { role: 'onlooker' },
      bare: true,
      // "NATO's newest members", "the alliance's two Nordic members": the possessive says the same.
      pattern: String.raw`^(?:['’]s)?\s+(?:(?:newest|latest|new|youngest|fellow|other|founding|eastern|northern|southern|western|European|Nordic|Baltic|Asian|African|Gulf|two|three|four|five|six|seven|eight|nine|ten|\d+(?:st|nd|rd|th)?|first|only|sole|global|and)\s+){0,4}(?:(?:defen[cs]e|foreign|finance|military)\s+)?(?:members?|member states|countries|nations|partners|allies|chiefs|ministers|leaders|summit|counterparts)\b`,
      examples: [
        ' defence ministers gathered in Brussels on Thursday.',
        ' allies pledged more air defence systems.',
        "'s two newest members sent frigates.",
      ],
      counterExamples: [
        ' signed a security pact with Canberra.',
        ' membership remains a distant goal for Kyiv.',
      ],
    },
    {
      // "a company posted to the NATO multinational division": the unit is where forces go, and the
      // grouping only names it.
      name: 'grouping as adjective: a unit it fields',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:(?:multinational|enhanced|forward|presence|rapid|standing|integrated|joint|eFP|land|air|naval)\s+){0,4}(?:brigade|battle\s?group|battalion|division|corps)\b`,
      examples: [' Multinational Brigade in Lithuania.', "'s enhanced Forward Presence brigade in Poland"],
      counterExamples: [' and Lithuania signed a pact.', ' members sent a brigade.'],
    },
    {
      // "readying both armies for UN peacekeeping duty": the field the training is for, not a
      // partner in it (a mission the grouping runs is no tie of its own with those serving in it).
      name: 'grouping as adjective: the field of its peace operations',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:military\s+)?(?:peacekeeping|peace-keeping|peace\s+support|peace\s+operations?)\b`,
      examples: [' peacekeeping missions in Africa.', "'s peacekeeping operations need more engineers."],
      counterExamples: [
        ' signed a framework with the African Union.',
        ' and Ghana held talks on peacekeeping.',
      ],
    },
    {
      // "a NATO-like bloc", "NATO-standard shells": a grouping named for its likeness or its standard.
      name: 'grouping as adjective: a likeness or a standard',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^-(?:like|style|type|standard|compatible)\b`,
      examples: ['-like bloc in Asia.', '-standard shells.'],
      counterExamples: ['-led coalition.', ' and Kyiv signed a pact.'],
    },
  ],
};

/** Onlookers: "observers from A and B", "neighbouring": never parties to the tie. */
export const EXCLUDED_BEFORE_FAMILY: PhraseFamily = {
  name: 'excluded before',
  flags: '',
  entries: [
    {
      name: 'excluded before: a neighbour or border',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b(?:[Nn]eighbou?r(?:ing)? (?:of|to)|[Bb]orders? (?:crossings? |posts? |checkpoints? )?with|[Bb]order (?:it|they|that) shares? with|shares? (?:a|its|their) (?:long |[\w-]+-(?:km|kilometre|kilometer|mile) )?border with|[Bb]ordering|[Bb]order of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$`,
      examples: [
        'The base sits close to the border with ',
        'Troops will exercise in a province bordering ',
        'The guns will guard a border it shares with war-torn ',
      ],
      counterExamples: [
        'The base sits close to the capital of ',
        'The border was calm, said officials from ',
      ],
    },
    {
      // "the first such pact with any country other than the United States": the state set apart.
      name: 'excluded before: other than, except',
      yields: { role: 'onlooker' },
      bare: true,
      // "a first trip abroad to Ankara rather than Delhi": the state passed over. "Unlike Egypt, Jordan
      // received ...": the state the sentence sets against its subject.
      pattern: String.raw`\b(?:other\s+than|[Ee]xcept(?:\s+for)?|[Aa]part\s+from|[Ee]xcluding|[Bb]eyond|rather\s+than|[Ii]nstead\s+of|[Uu]nlike)\s+(?:the\s+)?$`,
      examples: [
        'the first with a country other than the ',
        'every member except ',
        'went to Ankara rather than ',
        'Unlike ',
      ],
      counterExamples: ['the first with a country such as the ', 'signed with '],
    },
    {
      name: 'excluded before: observers from a list of states',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b(?:[Oo]bservers?|[Oo]bserver nations?|[Oo]bserver countries)\s+(?:from|of|including)\s+(?:(?:[A-Z][\w'-]*|and|the|of|as well as),?\s+){0,12}$`,
      examples: [
        'The drills were watched by observers from Chile, Uruguay and ',
        'Observer nations including the ',
      ],
      counterExamples: ['Observers from Ghana said the landing went well, and '],
    },
    {
      // "drills held with the backing of the EU": a state whose support is named backs the tie (BACKER_FAMILIES
      // reads "with EU backing").
      name: 'excluded before: with the support of',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b[Ww]ith\s+the\s+(?:(?:full|strong|quiet|tacit|open|political|diplomatic|technical|logistic(?:al)?)\s+)?(?:support|backing|blessing)\s+of\s+(?:the\s+)?$`,
      examples: ['The two navies patrolled with the backing of ', 'With the quiet support of '],
      counterExamples: ['troops sent in support of ', 'with the forces of '],
    },
    {
      // "the order went to Seoul, beating bids from Ankara and Delhi": the bidders that lost are rivals of the
      // sale, not its suppliers.
      name: 'excluded before: bidders that lost',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b(?:[Bb]eat(?:s|ing)?|[Oo]utbid(?:s|ding)?|[Aa]head\s+of|[Dd]efeat(?:ed|ing|s)?|[Pp]ass(?:ed|ing)\s+over|[Rr]eject(?:ed|ing)|[Ii]nstead\s+of)\s+(?:the\s+)?(?:rival\s+|competing\s+|cheaper\s+|lower\s+)?(?:bids?|offers?|proposals?|entries)\s+(?:from|by)\s+(?:(?:[A-Z][\w\u00c0-\u024f'’-]*|and|the|of|as\s+well\s+as),?\s+){0,12}$`,
      examples: [
        'The contract went to Seoul, beating bids from ',
        'Its pick came ahead of rival offers from Ankara and ',
        "The navy rejected offers by India's Tejas and ",
      ],
      counterExamples: ['The navy received offers from ', 'Bids from '],
    },
    {
      // "quit the bloc led by Moscow and is buying guns from Paris": the state that leads a bloc names the
      // bloc, not a party to the tie told beside it. An exercise or programme led by a state is its own.
      name: 'excluded before: the leader of a bloc',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b(?:bloc|alliance|coalition|grouping|camp|axis|organi[sz]ation)\s+(?:led|backed|dominated|sponsored)\s+by\s+(?:the\s+)?$`,
      examples: ['Yerevan froze its part in the security bloc led by ', 'a military alliance dominated by '],
      counterExamples: ['a naval exercise led by the ', 'the fighter programme led by '],
    },
    {
      // "forming a Pacific equivalent of the Quad", "akin to an Asian NATO": what a tie is likened to is
      // named to describe it, not as a party to it.
      name: 'excluded before: what a tie is likened to',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`\b(?:(?:version|equivalent|copy|clone|imitation|replica|mirror\s+image)\s+of|akin\s+to|(?:modell?ed|patterned)\s+(?:on|after))\s+(?:the\s+)?$`,
      examples: [
        'Critics called the pact a Pacific version of ',
        'a bloc patterned after the ',
        'a pact akin to ',
      ],
      counterExamples: [
        'the revised version of that accord was signed with ',
        'the drills were modelled on tactics used by ',
      ],
    },
  ],
};

/** The entry of EXCLUDED_AFTER_FAMILY whose onlookers are critics (party-filter.ts reads it on its own). */
export const CRITIC_ENTRY = 'excluded after: its concern or protest';

/** Onlookers named before their role: "Japanese observers", "Chile attended as an observer". */
export const EXCLUDED_AFTER_FAMILY: PhraseFamily = {
  name: 'excluded after',
  flags: 'i',
  entries: [
    {
      name: 'excluded after: observers of a state, or a state as an observer',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:\s+(?:(?:also\s+)?(?:(?:has|have|had)\s+(?:(?:previously|so\s+far|in\s+the\s+past|always|only)\s+)*)?(?:sent|sends|dispatched|will\s+send)\s+(?:only\s+)?)?(?:military\s+|naval\s+|defen[cs]e\s+)?(?:observers?|onlookers?)\b|\s+(?:military\s+|naval\s+|defen[cs]e\s+)?(?:officers|officials|personnel|attach[eé]s)\s+to\s+(?:watch|observe)\b|,?\s+(?:(?:sent|attended|attending|joined|joining|took\s+part|taking\s+part|participated|participating|was\s+present|followed|watched)\s+(?:(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2})?)?(?:only\s+)?as\s+(?:an?\s+)?observers?(?![\w-])|\s+(?:are|is|were|was|will\s+be)\s+(?:[\w-]+\s+){1,4}as\s+(?:an?\s+)?observers?(?![\w-]))`,
      examples: [
        ' observers watched the landing.',
        ' attended as an observer.',
        ' military observers were present.',
        ' sent observers.',
        ' are following the landings as observers.',
        ' attended the exercise as observers.',
        ' has so far sent only observers.',
        ' officers to watch its last day.',
      ],
      counterExamples: [' troops landed on the beach.', ' observed the drills closely.'],
    },
    {
      // "Austria stays outside the tank programme that A builds with B": a state said to stand outside the tie
      // is no party to it.
      name: 'excluded after: a state that is no part of it',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:not|never|no\s+longer)|(?:has|have|had)\s+(?:not|never)\s+been)\s+(?:(?:a\s+)?part\s+of|(?:a\s+)?(?:member|partner|party|participant)\s+(?:of|to|in)|involved\s+in|among)|(?:stayed|stays|remained|remains|kept|keeps)\s+(?:out\s+of|outside))\b`,
      examples: [' is not a part of the drone programme', ' has never been party to the pact'],
      counterExamples: [
        ' is one of the partners in the drone programme',
        ' became a partner in the programme',
      ],
    },
    {
      // "drills near Dushanbe, with Russian officers observing": a state whose people watch takes no part.
      name: 'excluded after: its officers looking on',
      yields: { role: 'onlooker' },
      bare: true,
      // Or sent to watch: "A and B sent officers to observe".
      pattern: String.raw`^\s+(?:(?:military|naval|defen[cs]e|army|senior)\s+)?(?:officers|officials|delegates|delegations?|generals|attach[eé]s|diplomats|inspectors)\s+(?:observing|watching|looking\s+on|monitoring|in\s+attendance)\b|^\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:sent|sends|dispatched|will\s+send)\s+(?:[\w-]+\s+){0,2}(?:officers|officials|delegates|delegations?|teams?|attach[eé]s|personnel|representatives|staff)\s+to\s+(?:observe|watch|follow)\b`,
      examples: [
        ' officers observing',
        ' sent senior officers to observe the landings',
        ' have sent staff to watch the landings',
        ' military attachés watching from the shore',
        ' delegates looking on',
      ],
      counterExamples: [' officers trained together', ' officials said the drills went well'],
    },
    {
      // "Ghanaian troops watched the drills for two years before sending their own": onlookers then, not parties.
      name: 'excluded after: its forces watched the drills',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:military|naval|army|special)\s+)?(?:troops|soldiers|officers|units|forces|sailors|marines|crews|ships)\s+(?:(?:only|first|had|have|has)\s+)?(?:observed|watched)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:drills?|exercises?|war\s*games|manoeuvres|maneuvers)\b`,
      examples: [' troops watched the drills from a hill.', ' officers observed the Ulchi drills in 2022.'],
      counterExamples: [' troops joined the drills in May.', ' observed the drills closely.'],
    },
    {
      // "the minister voiced Bolivia's concerns over the drills", "Quito protested the drills": a state
      // voicing concern or protest at an event is its critic, not a party to it.
      name: CRITIC_ENTRY,
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:concerns?|protests?|objections?|displeasure|alarm|anger|criticism|condemnation)\s+(?:over|about|at|regarding|against)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers|patrols?|deployments?|visits?|trips?|talks|meetings?|summit|sales?|deals?|agreements?|pacts?|accords?|treat(?:y|ies)|presence|bases?|arms|weapons|missiles?|troops|forces|warships|jets|alliance|ties|cooperation)|(?:['’]s(?:\s+[\w-]+){1,4}?)?\s+(?:has\s+|have\s+|had\s+)?(?:lodged|lodges|filed|files|registered|made)\s+(?:a\s+)?(?:formal\s+|strong\s+|diplomatic\s+)*(?:protest|complaint)\s+(?:with\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3}?)?(?:over|about|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers|patrols?|deployments?|visits?|sales?)|(?:['’]s(?:\s+[\w-]+){1,4}?)?\s+(?:has\s+|have\s+|had\s+)?(?:protested|protests|condemned|condemns|denounced|denounces|criticised|criticized|criticises|criticizes)\s+(?:against\s+|over\s+)?(?:the|these|those|such|this)\s+(?:[\w-]+\s+){0,2}(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers|patrols?|deployments?|visits?|trips?|talks|meetings?|sales?|(?:deals?|agreements?|pacts?|accords?)(?!\s+(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:signed|concluded|reached|struck)\s+with\b)))\b`,
      examples: [
        "'s serious concerns over the drills",
        "'s concerns about the American troops",
        ' protested the large-scale drills',
        ' has condemned the joint naval exercises',
        // A protest filed with the other side: "'s envoy filed a strong protest with ... about the drills".
        "'s envoy filed a strong protest with Quito about the naval drills",
        // Its ministry or spokesman speaking for it, of a visit or a sale between others.
        "'s foreign ministry sharply condemned the trip",
        ' denounced the arms sale',
      ],
      counterExamples: [
        ' sent troops to the drills',
        // A concern of its own in the talks it took part in: "signed after months of talks and Fiji's
        // concerns about its sovereignty".
        "'s concerns about its sovereignty",
        "'s navy joined the drills",
        "'s minister praised the visit",
        // Denouncing an agreement signed with someone is ending one's own (the treaty-law sense).
        ' denounced the 1975 aid accord it had signed with Lisbon',
      ],
    },
    {
      // "a foreign survey vessel shadowed the drills": the state whose ship or plane watches the
      // drills from outside is a rival, not a participant.
      name: 'excluded after: its ship or plane shadowing',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^\s+(?:[\w-]+\s+){0,3}(?:ship|ships|vessel|vessels|plane|planes|aircraft|drone|drones|submarine|frigate|destroyer|patrol\s+boat)\s+(?:[\w-]+\s+){0,3}(?:shadow(?:s|ed|ing)?|track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|spied\s+on|spying\s+on|trail(?:s|ed|ing)?|tail(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:drills?|exercises?|war\s+games|manoeuvres|maneuvers)\b`,
      examples: [
        ' survey vessel shadowed the naval drills',
        ' surveillance planes tracked the joint exercises',
        ' research vessel has been shadowing the naval drills',
      ],
      counterExamples: [
        ' ships sailed alongside',
        ' frigate joined the drills',
        ' ships tracked Chinese vessels',
      ],
    },
    {
      // "Seoul scrambled fighters as Russian and Chinese bombers flew together": the state whose jets
      // rise to meet the flight watches it, as one that shadows drills does.
      name: 'excluded after: scrambled its jets',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:[\w.-]+\s+){0,2}(?:scrambled|scrambles|scrambling)\s+(?:[\w-]+\s+){0,2}(?:jets|fighters|fighter\s+jets|aircraft|planes|interceptors)\b`,
      examples: [' scrambled fighter jets', "'s air force scrambled jets"],
      counterExamples: [' sent fighter jets', ' scrambled to sign the deal'],
    },
    {
      // "drills off the cape, which a Japanese destroyer shadowed with a patrol plane": the drills are the
      // object of the relative clause, the state its subject, watching them from outside.
      name: 'excluded after: shadowed the drills told before',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:[\w.-]+\s+){0,2}(?:shadowed|shadows|tracked|tracks|monitored|monitors|tailed|trailed)\s+(?:closely\s+)?with\b`,
      examples: [' destroyer shadowed with a patrol plane', "'s coast guard monitored with two cutters"],
      counterExamples: [' sailed with four destroyers', ' navy shadowed the tanker'],
    },
    {
      // "a first round last year, which Beijing branded as hostile": the object left to the relative pronoun,
      // a state calling the event hostile is its critic.
      name: 'excluded after: called the event told before hostile',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^(?:['’]s)?\s+(?:[\w.-]+\s+){0,2}(?:has\s+|had\s+)?(?:described|called|branded|labell?ed|termed|denounced|condemned)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:unfriendly|provocat\w*|hostile|threat\w*|destabili[sz]\w*|dangerous|reckless|aggressive)\b`,
      examples: [' described as an unfriendly act', "'s foreign ministry branded as a provocation"],
      counterExamples: [' described as historic', ' described as a good start'],
    },
    {
      // "drills in Kyrgyzstan as Armenia stays away": a state that stays away or sends no one takes no part.
      name: 'excluded after: a state that stays away',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:stays?|stayed|staying|kept|keeps)\s+away|boycott\w*|skipp(?:ed|ing)|(?:did|does|will)\s+not\s+(?:send|take\s+part|attend|join|participate)|declined\s+to\s+(?:send|take\s+part|attend|join|participate)|pulled\s+out\s+of\s+the\s+(?:drills?|exercises?|talks|summit|meeting)|(?:was|were)\s+absent)\b`,
      examples: [' stays away', ' did not send troops this year', ' boycotted the summit'],
      counterExamples: [' sent troops', ' took part for the first time'],
    },
    {
      // "left the Russian-led bloc and is buying guns from France": a bloc named by its leader is no party to
      // the tie beside it. A drill or programme led by a state is the state's own ("a US-led exercise").
      name: 'excluded after: the leader of a bloc',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^-(?:led|backed|dominated|sponsored)\s+(?:[\w-]+\s+){0,2}(?:bloc|alliance|coalition|grouping|camp|axis|organi[sz]ation)\b`,
      examples: ['-led security bloc', '-dominated alliance', '-backed military coalition'],
      counterExamples: ['-led exercise', '-led submarine programme', '-made rifles'],
    },
    {
      // "replace Soviet-era guns": a state naming a period is no party to anything.
      name: 'excluded after: an era',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^[- ]era\b`,
      examples: ['-era tanks', ' era rifles'],
      counterExamples: ['-made tanks', ' eras'],
    },
    {
      // "said Li Wei, a Korean defence affairs commentator": a commentator's nationality is no side of what the
      // commentator speaks of. Not "experts" alone: "Russian experts will train the crews" do take part.
      name: 'excluded after: a commentator’s nationality',
      yields: { role: 'onlooker' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:military|defen[cs]e|security|strategic|foreign|political|naval|independent)\s+)?(?:affairs\s+(?:experts?|commentators?|analysts?)|analysts?|commentators?|scholars?|academics?|pundits?|columnists?)\b`,
      examples: [
        ' defence affairs commentator on state radio',
        ' defence analyst',
        ' scholar at the academy',
      ],
      counterExamples: [' experts will train the crews', ' officers watched'],
    },
  ],
};

/** "a non-NATO member": the grouping role does not hold after "non-" (tested on the five characters before it). */
export const NON_MEMBER_FAMILY: PhraseFamily = {
  name: 'non-member',
  flags: 'i',
  entries: [
    {
      name: 'non-member: non- before a grouping role',
      yields: { role: 'not-member' },
      bare: true,
      pattern: String.raw`\bnon-?\s*$`,
      examples: ['a non-', 'a non '],
      counterExamples: ['the ', 'anon '],
    },
  ],
};

/** "a NATO member since 1952", "a member of NATO for seven decades": a role held this long stands. */
export const ROLE_DURATION_FAMILY: PhraseFamily = {
  name: 'role duration',
  flags: 'i',
  entries: [
    {
      name: 'role duration: since a year, or for years',
      yields: { type: 'membership', status: 'in_force' },
      bare: true,
      // Past where the partners are: "one of the alliance's partners across the globe since 2006".
      pattern: String.raw`^\s*(?:of\s+(?:the\s+)?[\w\u00c0-\u024f'’-]+\s+)?(?:(?:across|around)\s+the\s+(?:globe|world)\s+|(?:in|from)\s+the\s+(?:region|Pacific|Gulf|Mediterranean)\s+)?(?:since\s+(?:its\s+(?:founding|creation|inception)|(?:19|20)\d\d)|for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?(?:\w+\s+)?(?:years|decades))\b`,
      examples: [
        ' since 1952, objected',
        ' for over 70 years, has',
        ' of the alliance for seven decades',
        ' across the globe since 2006',
      ],
      counterExamples: [' that joined last year', ' states met in Brussels'],
    },
    {
      // "the Partnership for Peace, in which Mongolia participates since 1994": its relative clause.
      name: 'role duration: in which a state takes part since',
      yields: { type: 'membership', status: 'in_force' },
      bare: true,
      pattern: String.raw`^["”’']?,?\s+(?:in\s+which|which)\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3}(?:participates|has\s+participated|takes\s+part|has\s+taken\s+part|has\s+been\s+(?:a\s+)?(?:member|partner))\s+(?:in\s+)?since\b`,
      examples: [
        '", in which Mongolia participates since 1994',
        ', which Georgia has taken part in since 2004',
      ],
      counterExamples: [', in which Mongolia took part in 1994', ' since the war'],
    },
  ],
};

/** "Finland became NATO's 31st member": a state taking up its role is the news, not a role named in passing. */
export const BECOME_ROLE_FAMILY: PhraseFamily = {
  name: 'become role',
  flags: 'i',
  entries: [
    {
      name: 'become role: became, joined as, was admitted as before a grouping role',
      yields: { type: 'membership', status: 'concluded' },
      bare: true,
      // Or named to it: "was named a partner of the alliance", "the first country to be designated a major ally".
      pattern: String.raw`\b(?:became|becomes|(?<!\bwould\s+(?:one\s+day\s+|eventually\s+|some\s*day\s+)?)become|becoming|joined\s+as|admitted\s+as|(?:named|designated|made|recogni[sz]ed\s+as)(?<=\b(?:was|were|been|be|is)\s+(?:officially\s+|formally\s+)?\w+)|(?<=\b(?:request|requests|bid|bids|application|applications|quest|wish|desire|ambition|aspiration)\s+to\s+)be)\s+(?:officially\s+|formally\s+)?(?:the\s+|an?\s+)?$`,
      examples: [
        'Finland became ',
        'Sweden formally joined as the ',
        'Colombia was admitted as a ',
        'the first country in the region to be named a ',
        // Asked for: "filed a bid to be an enhanced partner" (the status the bid sets is read elsewhere).
        'Quito handed over its formal bid to be a ',
      ],
      counterExamples: ['NATO member ', 'Oslo, a ', 'Kyiv would one day become a '],
    },
  ],
};

/**
 * A grouping role with a rank ("the latest NATO member", "the bloc's longest-standing partner", "NATO's 31st
 * member") says when the state took it up, which makes it news; a bare "NATO member Norway" is background.
 */
export const RANKED_ROLE_FAMILY: PhraseFamily = {
  name: 'ranked role',
  flags: 'i',
  entries: [
    {
      name: 'ranked role: newest, oldest, first, 31st',
      yields: { type: 'membership', status: 'in_force' },
      words: ['(newest|oldest|latest|founding|first|second|third|only|sole)'],
      pattern: String.raw`\d+(?:st|nd|rd|th)`,
      examples: [
        "Ghana is the bloc's newest member",
        "the alliance's 33rd member",
        'the newest EU member',
        "NATO's only partner",
      ],
      counterExamples: ['NATO member Norway', 'fellow EU member'],
    },
  ],
};

/**
 * A grouping role stated of a state ("Poland is a NATO member", "the four nations that make up the Quad"):
 * a membership the sentence asserts, not a label in passing ("NATO member Norway hosted ...").
 */
export const STATED_ROLE_FAMILY: PhraseFamily = {
  name: 'stated role',
  flags: 'i',
  entries: [
    {
      name: 'stated role: a copula before the role',
      yields: { type: 'membership', status: 'in_force' },
      bare: true,
      // Or set beside the states as an apposition: "Poland and Lithuania, fellow NATO members, ...".
      pattern: String.raw`\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:all\s+|both\s+|each\s+|now\s+|still\s+|also\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:fellow|full|key|major|founding|loyal|close|two|three|four|five|reliable|active|staunch|steadfast|committed|valued|important|strong|trusted|long-?standing|long-?time|proud|permanent|dedicated|core|leading|prominent|original)\s+){0,2}$|[A-Za-z)]\s*,\s+(?:(?:both|all|two|three|four)?\s*(?:fellow|founding)|both|all|the)\s+$|\b[Aa]s\s+(?:fellow|founding)\s+$`,
      examples: [
        'Chile and Peru are fellow ',
        // "are all members of the alliance", "are both members".
        'Chile, Peru and Bolivia are all ',
        // Or fronted: "As fellow EU members, Malta and Cyprus ...".
        'As fellow ',
        'Poland is a ',
        'Norway has been a founding ',
        'Estonia has been a steadfast ',
        'Poland and Lithuania, fellow ',
        'Oslo and Copenhagen, both founding ',
        'Riga and Tallinn, both ',
        'Vilnius and Warsaw, the ',
      ],
      counterExamples: ['Norway hosted the ', 'Poland and ', 'as the '],
    },
    {
      name: 'stated role: members that make up a grouping',
      yields: { type: 'membership', status: 'in_force' },
      words: ['(make|makes|made) up', 'compris(e|es|ing)', 'consist[s] of', 'members include'],
      examples: ['Australia, India, Japan and the US make up the Quad.', 'The bloc comprises ten states.'],
      counterExamples: ['NATO member Norway hosted the drills.'],
    },
  ],
};
