// The skeleton of party lists: what may stand between two members of one list, and the word that introduces
// a list ("between", "with", "to"...). Tested on the text between or right before mentions, so bare patterns.
import type { PhraseFamily } from './entry.js';

/** What a bracket after a list member holds when it dates the member: "Peru (2016)", "Chile (both 2021)". */
export const YEAR_IN_BRACKET = String.raw`(?:[a-z]+\s+)?(?:19|20)\d\d`;
/** The nouns a count of partners ends on, before a colon that opens their list: "with five states: A, B". */
export const COUNTED_PARTNERS = '(?:countries|nations|partners|states|members|allies|governments)';

/** "Britain, France and Germany", "Japan-U.S.", "A as well as the government of B": one list. */
export const JOINER_FAMILY: PhraseFamily = {
  name: 'list joiner',
  flags: 'i',
  entries: [
    {
      name: 'list joiner: comma, and, or, hyphen, slash',
      yields: { role: 'joiner' },
      bare: true,
      // A force named after each state's word is no break in the list: "the Italian Navy and the Greek Navy".
      // Not past a comma: "gave a boat to the Fijian navy, and Fijian troops exercise with ..." is a new clause.
      pattern: String.raw`^(?:'s?)?\s+(?:navy|army|air\s+force|coast\s+guard|marines|armed\s+forces|defen[cs]e\s+forces|military|troops|forces)\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?$|^(?:'s?)?\s*(?:\(${YEAR_IN_BRACKET}\)\s*)?(?:,\s*(?:and\s+|as well as\s+|or\s+)?|\s+and\s+|\s+as well as\s+|\s+or\s+|\s*&\s*|\s*-\s*|\s*\/\s*|\s+(?:and|or)\s+(?:with\s+)?|\s*(?:-{1,2}|,)\s*(?:as well as|and|plus)\s+)(?:the\s+)?(?:governments? of\s+|republic of\s+)?$`,
      // A year in brackets after each member: "Peru (2016), Chile (2018) and Ecuador (2022)".
      examples: [
        ', ',
        ' and the ',
        ' as well as the government of ',
        '-',
        ' Navy and the ',
        ' (2016), ',
        ' (both 2021) and ',
      ],
      counterExamples: [' signed a deal with ', ' and then ', ' navy, and '],
    },
  ],
};

/** The word before a list, tried in this order; `role` is the marker the list gets. */
export const MARKER_FAMILY: PhraseFamily = {
  name: 'list marker',
  flags: 'i',
  entries: [
    {
      name: 'list marker: between',
      yields: { role: 'between' },
      bare: true,
      pattern: String.raw`\bbetween\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$`,
      examples: ['a maritime pact between ', 'the first drills between the armed '],
      counterExamples: ['a maritime pact with '],
    },
    {
      // Tried before "with": the partners of earlier instruments of the same kind are predecessors, each
      // tied to the subject by an instrument already in force.
      name: 'list marker: after earlier agreements with',
      yields: { role: 'after' },
      bare: true,
      pattern: String.raw`\b(?:after|following|besides|like)\s+(?:similar|previous|earlier|comparable|existing|such|the\s+same)\s+(?:[\w-]+\s+){0,2}(?:arrangements?|agreements?|deals?|pacts?|accords?|treaties)\s+with\s+(?:the\s+)?$`,
      examples: [
        'the pact is the first in Africa after similar agreements with ',
        'following earlier defence deals with the ',
      ],
      counterExamples: ['Ankara signed similar agreements with ', 'after talks with '],
    },
    {
      name: 'list marker: with, through a count or a kind of partner',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\bwith\s+(?:(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|several|many|other|more|like-minded|partner|its|their|(?!(?:from|of|to|by|in|at|for|on|and|as|while|when|after|before|amid|but|since)\b)\w+)\s+){0,4}(?:countries|nations|partners|states|governments|members|organizations)?\s*(?:,?\s*(?:including|such as|like|namely|notably|among them)\s*:?\s*|(?<=${COUNTED_PARTNERS}\s*):\s*)?(?:the\s+)?$`,
      examples: [
        // Or a colon: "with five partners: A, B and C".
        'signed such pacts with five partners: the ',
        'held drills with 14 nations, including ',
        'signed the pact with like-minded partners such as ',
      ],
      counterExamples: ['held drills with troops from ', 'signed a deal with Oman as '],
    },
    {
      // "talks with senior officials from A, B and C", "sessions with foreign delegations from A and B": those
      // met are from the list.
      name: 'list marker: with people from',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\bwith\s+(?:the\s+)?(?:heads\s+of\s+(?:the\s+)?)?(?:visiting\s+|foreign\s+|senior\s+)?(?:delegations|delegates|counterparts|ministers|officials|commanders|chiefs|leaders|envoys|representatives)\s+from\s+(?:the\s+)?$`,
      examples: [
        'a round of talks with the heads of foreign delegations from ',
        'talks with counterparts from ',
      ],
      counterExamples: ['held drills with troops from ', 'met with delegations in '],
    },
    {
      name: 'list marker: with',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\bwith\s+(?:the\s+)?$`,
      examples: ['Rabat signed a pact with ', 'talks with the '],
      counterExamples: ['talks without '],
    },
    {
      // "its logistics pacts in force cover A, B and C": the partners the instruments are with.
      name: 'list marker: instruments that cover',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\b(?:agreements?|pacts?|accords?|treaties|deals?|arrangements?|ACSAs?|RAAs?|VFAs?|SOFAs?|GSOMIAs?)\s+(?:[\w-]+\s+){0,3}(?:cover|covers|covered|span|spans)\s+(?:the\s+)?$`,
      examples: ['Its access pacts already in force cover ', 'The ACSAs span the '],
      counterExamples: ['The strike group covered the '],
    },
    {
      name: 'list marker: including',
      yields: { role: 'including' },
      bare: true,
      pattern: String.raw`\b(?:including|such as|namely|notably|like)\s*:?\s+(?:the\s+)?$`,
      examples: ['several buyers, notably ', 'Gulf states such as the '],
      counterExamples: ['several buyers in '],
    },
    {
      // Tried before "after": the one met is the partner of a meeting, not an earlier one.
      name: 'list marker: after meeting',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\b(?:after|following|before)\s+(?:meeting|talks\s+with|talking\s+(?:to|with)|speaking\s+(?:to|with)|visiting|hosting|receiving)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$`,
      examples: ['After meeting the ', 'following talks with Ghanaian President '],
      counterExamples: ['after the summit with ', 'the ninth state to sign, following '],
    },
    {
      // "turned to Seoul for tanks": the state a buyer turns to for kit is where it comes from (the acquire
      // entry asks for the kit after it).
      name: 'list marker: turned to',
      yields: { role: 'from' },
      bare: true,
      pattern: String.raw`\b(?:turned|turns|turning|looked|looks|looking|went|goes|going)\s+(?:instead\s+|again\s+|also\s+|once\s+more\s+)?to\s+(?:the\s+)?$`,
      examples: ['Warsaw turned to ', 'Accra looked instead to the '],
      counterExamples: ['Warsaw sold it to '],
    },
    {
      // "is paying a foreign maker for jets": the one a buyer pays is the seller (the acquire entry asks for the
      // kit after it).
      name: 'list marker: paying a seller',
      yields: { role: 'from' },
      bare: true,
      pattern: String.raw`\b(?:pay|pays|paying|paid)\s+(?:the\s+)?$`,
      examples: ['Berlin is paying ', 'Lima paid the '],
      counterExamples: ['Lima paid for '],
    },
    {
      // Tried before "after": "restocked after sending old tanks to " names who received them, not a predecessor.
      name: 'list marker: to, after a gerund of giving',
      yields: { role: 'to' },
      bare: true,
      pattern: String.raw`\b(?:after|since|before)\s+(?:sending|delivering|supplying|donating|handing\s+over|transferring|shipping|selling|exporting|gifting|lending|leasing)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,5}to\s+(?:the\s+)?$`,
      examples: [
        'refilled its stocks after sending old tanks to ',
        'a year after delivering two corvettes to the ',
      ],
      counterExamples: ['the ninth state to sign, after ', 'after taking delivery of '],
    },
    {
      name: 'list marker: after',
      yields: { role: 'after' },
      bare: true,
      pattern: String.raw`\b(?:after|following|joining|besides|alongside)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:--|-|,|:)?\s*(?:the\s+)?$`,
      examples: ['the ninth state to sign, following ', 'sailing alongside the '],
      counterExamples: ['the ninth state to sign, before '],
    },
    {
      // "remain bound to Russia by security treaties": the state a pact binds the subject to is its partner.
      name: 'list marker: bound or allied to',
      yields: { role: 'with' },
      bare: true,
      pattern: String.raw`\b(?:bound|tied|allied)\s+(?:closely\s+|formally\s+)?to\s+(?:the\s+)?$`,
      examples: ['Minsk remains bound to ', 'Manila is allied to the '],
      counterExamples: ['trainer jets exported to '],
    },
    {
      name: 'list marker: to',
      yields: { role: 'to' },
      bare: true,
      // Not a source's "according to", nor a cause's "due to", "thanks to": no one receives there.
      pattern: String.raw`(?<!\b(?:according|due|owing|thanks|prior|compared|close|next|similar|relative|contrary)\s+)\b(?:to|for|into)\s+(?:the\s+)?$`,
      examples: ['trainer jets exported to ', 'radars built for the '],
      counterExamples: ['trainer jets bought from ', 'bombs, according to ', 'delays due to the '],
    },
    {
      // Who a request comes from asks for something: the agent, not a source ("a request from Accra for boats").
      name: 'list marker: a request from',
      yields: { role: 'by' },
      bare: true,
      pattern: String.raw`\b(?:request|requests|appeal|appeals|plea)\s+from\s+(?:the\s+)?$`,
      examples: ['would weigh a request from ', 'after repeated appeals from the '],
      counterExamples: ['howitzers bought from '],
    },
    {
      // "selected France's Naval Group to build": the maker chosen is where the kit comes from.
      name: 'list marker: chosen to build',
      yields: { role: 'from' },
      bare: true,
      pattern: String.raw`\b(?:selected|chose|picked|tapped)\s+(?:the\s+)?$`,
      examples: ['Canberra selected ', 'Manila chose the '],
      counterExamples: ['Canberra selects '],
    },
    {
      // "relies on China for its frigates": the state relied on for kit is where it comes from.
      name: 'list marker: relied on',
      yields: { role: 'from' },
      bare: true,
      pattern: String.raw`\b(?:relies|rely|relied|relying|depends|depend|depended|depending)\s+(?:heavily\s+|largely\s+|mainly\s+|mostly\s+|still\s+|also\s+)?on\s+(?:the\s+)?$`,
      examples: ['The navy relies heavily on ', 'Hanoi still depends on '],
      counterExamples: ['Success relied upon '],
    },
    {
      name: 'list marker: from',
      yields: { role: 'from' },
      bare: true,
      // "bought boats from a Chinese yard": an indefinite seller of some state's is that state's too.
      pattern: String.raw`\bfrom\s+(?:the\s+|an?\s+)?$`,
      examples: ['howitzers bought from ', 'officers from the ', 'trainers ordered from a '],
      counterExamples: ['howitzers sold to '],
    },
    {
      name: 'list marker: by',
      yields: { role: 'by' },
      bare: true,
      pattern: String.raw`\bby\s+(?:the\s+)?$`,
      examples: ['the corvettes built by ', 'a drill hosted by the '],
      counterExamples: ['the corvettes built near '],
    },
    {
      // "supplied by Proteus, a joint venture of A and B", "built by a consortium of A and B": the makers of
      // the venture named after "by" are its agents.
      name: 'list marker: by a venture of',
      yields: { role: 'by' },
      bare: true,
      pattern: String.raw`\bby\s+(?:[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3},\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:joint\s+venture|consortium|venture)\s+(?:of|between|formed\s+by)\s+(?:the\s+)?$`,
      examples: ['supplied by Proteus Systems, a joint venture of ', 'built by a consortium of the '],
      counterExamples: ['a joint venture of ', 'supplied by Proteus, which buys from '],
    },
    {
      name: 'list marker: of',
      yields: { role: 'of' },
      bare: true,
      pattern: String.raw`\bof\s+(?:the\s+)?$`,
      examples: ['the defence chiefs of ', 'the navy of the '],
      counterExamples: ['the defence chiefs in '],
    },
  ],
};

/** "to the Government of Honduras", "with the armed forces of Peru": the marker stands before the institution. */
export const INSTITUTION_OF_FAMILY: PhraseFamily = {
  name: 'institution of',
  flags: 'i',
  entries: [
    {
      name: 'institution of: government, navy, ministry of',
      yields: { role: 'institution' },
      bare: true,
      // Its envoys and heads speak for it too: "the Embassy of Peru in Quito handed over".
      pattern: String.raw`\b(?:the\s+)?(?:government|people|navy|army|air force|armed forces|military|coast guard|border guard|national guard|marine corps|forces|general staff|ministry of (?:national )?defen[cs]e|defen[cs]e ministry|ministry of foreign affairs|foreign ministry|embassy|ambassador|president|prime minister|king|emir|sultan|minister of (?:national )?defen[cs]e|minister of foreign affairs)\s+of\s+(?:the\s+)?$`,
      examples: [
        'patrol boats handed to the coast guard of ',
        'talks with the Ministry of National Defence of the ',
        'two boats donated by the Embassy of ',
      ],
      counterExamples: ['patrol boats handed to the coast guard in '],
    },
  ],
};

/**
 * "two years after Britain and Japan began talks": a list after "after" that its own verb follows is the
 * subject of a time clause, not an earlier partner of the instrument told.
 */
export const VERB_AFTER_LIST_FAMILY: PhraseFamily = {
  name: 'verb after list',
  flags: '',
  entries: [
    {
      name: 'verb after list: a past-tense verb right after the list',
      yields: { role: 'clause-subject' },
      bare: true,
      // "weeks after Russia signing a pact with Mali": a gerund is its clause's verb too.
      // "after Japan's defence minister held talks": the state's official is the subject.
      pattern: String.raw`^(?:['’]s(?:\s+[a-z]+){1,3}|\s+(?:[a-z]+\s+)?(?:minister|president|leader|chief|premier|officials?|envoy|delegation|government|navy|navies|army|armies|forces|troops|soldiers|units|marines|sailors|airmen|crews|officers|personnel|commandos|paratroopers|warships|ships|vessels|jets|pilots))?\s+(?:(?:had|have|has|also|first|jointly|formally)\s+)?(?:[a-z]{3,}ed|began|held|made|struck|sent|sold|bought|met|won|took|went|came|led|(?:sign|ink|conclud|hold|hold|buy|sell|join|launch|stag|agree|open|start|begin|seal)ing)\b`,
      examples: [
        ' began talks',
        ' had signed a',
        ' jointly held drills',
        ' signing a security pact',
        "'s defence minister held talks",
        ' defence minister met',
        // "weeks after Kazakh and Kyrgyz troops had drilled together": the forces are the subject.
        ' troops had drilled together',
      ],
      counterExamples: [', Canada and', ' as well as', '. It was'],
    },
  ],
};

/**
 * A dateline opening a paragraph near an article's top: a city in capitals, maybe its state, a date and an agency,
 * then a dash ("ACCRA, Ghana - ", "MOMBASA, Kenya, March 3 (Reuters) -- "). The discourse reads the state it names
 * as where the story is filed from (relations/discourse.ts); DATELINE_OPENING_FAMILY below is its opening, tested
 * on the words before a sentence's first state.
 */
export const DATELINE_FAMILY: PhraseFamily = {
  name: 'dateline',
  flags: '',
  entries: [
    {
      name: 'dateline: a city in capitals, its state, a date or agency, then a dash',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`(?:^|\n)[ \t]*[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}(?:,[ \t]+[^,()\n-]{1,40}?){0,2}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+-{1,2}[ \t]`,
      examples: [
        'ACCRA, Ghana - Troops from Togo arrived.',
        'MOMBASA, Kenya, March 3 (Reuters) -- The navy said.',
      ],
      counterExamples: ['Accra, Ghana - Troops from Togo arrived.', 'The ACCRA accord was signed.'],
    },
  ],
};

/**
 * "NAIROBI, Kenya - Turkey delivered ...": a dateline's city in capitals and the comma before its state (tested on
 * the sentence before the state). The dash after a dateline ends it; it joins no list with the story's first state.
 */
export const DATELINE_OPENING_FAMILY: PhraseFamily = {
  name: 'dateline opening',
  flags: '',
  entries: [
    {
      name: 'dateline opening: a city in capitals and a comma',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`^\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3},\s+(?:the\s+)?$`,
      examples: ['ACCRA, ', 'SAN JOSE, ', 'PORT LOUIS, the '],
      counterExamples: ['Accra, ', 'Troops from ', 'In ACCRA, officials from '],
    },
  ],
};

/**
 * "In Senegal, the French presence ended": the words that open a sentence on a place before its first state,
 * whose phrase a comma closes (tested on the sentence before the state).
 */
export const FRONTED_PLACE_FAMILY: PhraseFamily = {
  name: 'fronted place',
  flags: 'i',
  entries: [
    {
      name: 'fronted place: in, across, throughout',
      yields: { role: 'place' },
      bare: true,
      pattern: String.raw`^\s*(?:in|across|throughout)\s+(?:neighbou?ring\s+)?$`,
      examples: ['In ', 'Across neighbouring ', 'Throughout '],
      counterExamples: ['Troops from ', 'The minister flew in '],
    },
  ],
};
