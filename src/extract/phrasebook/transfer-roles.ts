// The phrasings that name an equipment transfer without a supply verb (an arms deal, aid, a supplier, a
// contract for), and the words around its parties that say who supplies and who receives.
import type { PhraseEntry, PhraseFamily } from './entry.js';

/** An arms deal named as a noun: who supplies is read from the parties. */
export const ARMS_DEAL_FAMILY: PhraseFamily = {
  name: 'arms deal',
  flags: 'gi',
  entries: [
    {
      name: 'arms deal: arms or weapons deal, sale, package',
      yields: { type: 'equipment_transfer', role: 'deal' },
      pattern: String.raw`(?:arms|weapons?|fighter jets?|missile)\s+(?:deals?|sales?|packages?|purchases?|contracts?|exports?|transfers?)`,
      examples: [
        'Cairo and Paris finalised a weapons package worth billions.',
        'The arms sales to Taipei angered Beijing.',
      ],
      counterExamples: ['The arms race in the region worried diplomats in Lima.'],
    },
    {
      name: 'arms deal: a deal named for what it buys',
      yields: { type: 'equipment_transfer', role: 'deal' },
      words: [
        '(frigate|submarine|corvette|destroyer|warship|patrol boat|patrol vessel|tank|howitzer|helicopter|drone|fighter|fighter jet|jet|aircraft|radar|missile system|air defence system|artillery)[s] (deal|contract|order|purchase|sale)[s]',
        'package (that|which) [could |would |may |might |will ]include[s] [further |more |additional |new |two |three |four |six |eight |ten |12 |24 ](frigates|submarines|corvettes|destroyers|warships|tanks|howitzers|helicopters|drones|fighters|jets|aircraft|missiles)',
      ],
      examples: [
        'Greece and France sealed a frigate deal.',
        'Manila signed a helicopter contract with Warsaw.',
        // A package told by the kit it would hold: "a package that could include frigates and jets".
        'Lima and Rome discussed a package that could include two frigates.',
      ],
      counterExamples: ['The frigate sailed for Toulon.', 'The fighter pilots signed new contracts.'],
    },
  ],
};

/**
 * Bids in a buyer's competition, from the states (or their firms) listed after the words: each bidder offers
 * its kit to the buyer, a proposal the buyer has not taken up (transfer-parties.ts).
 */
export const BIDS_FAMILY: PhraseFamily = {
  name: 'bids',
  flags: 'gi',
  entries: [
    {
      name: 'bids: offers that came from a list',
      yields: { type: 'equipment_transfer', role: 'bidders' },
      words: [
        '[rival |competing |formal |binding |final ](bids|offers|proposals|tenders) (have|has|had) [also ]come from',
        '[rival |competing |formal |binding |final ](bids|offers|proposals|tenders) (came|come) from',
        // "the rival bid comes from Germany's TKMS": one bid, against one told before it.
        '(rival|competing|other|second|third|final|remaining) (bid|offer|proposal|tender) (comes|came|has come|had come) from',
        '[rival |competing |formal |binding |final ](bids|offers|proposals|tenders) (were|have been|had been) [also ](received|submitted|made|tabled|put forward|lodged) (from|by)',
        '(received|receives|has received|have received|had received|is weighing|is evaluating|evaluated|weighed|shortlisted) ~2 (bids|offers|proposals|tenders) from',
        '(offers|bids|proposals) on the table from',
        '(bidders|contenders|shortlisted bidders|shortlisted suppliers) (include|included|are|were)',
        // The buyer's pick of finalists: "has shortlisted Germany's TKMS and Korea's Hanwha to build ...".
        '(shortlisted|short-listed|downselected|down-selected)',
      ],
      examples: [
        'Competing offers have come from Germany and Spain.',
        'Offers were submitted by Spain and Italy.',
        'The navy has received formal offers from Sweden and Turkey.',
        'There are bids on the table from Saab and Hanwha.',
        'The bidders include Turkey and Pakistan.',
        'The rival bid comes from Spain’s Navantia.',
        'Lima has shortlisted Korean and Spanish yards for its frigates.',
      ],
      counterExamples: [
        'Offers to mediate came from Qatar.',
        'Its pick came ahead of rival offers from Ankara and Rome.',
      ],
    },
  ],
};

/**
 * "Seoul and Madrid are competing to supply Lima with frigates": rival sellers named before the words, the buyer
 * after them (find-triggers.ts reads it only where kit is named or a sale was just told).
 */
export const RIVAL_SELLERS_FAMILY: PhraseFamily = {
  name: 'rival sellers',
  flags: 'gi',
  entries: [
    {
      name: 'rival sellers: competing to supply a buyer',
      yields: { type: 'equipment_transfer', role: 'rivals' },
      words: [
        '(are|were|is|was|remain|remains) (competing|vying|bidding|jostling) (to supply|to sell|to build|to equip|for)',
        '(are|were|remain|remains) in the running (to supply|to build|for)',
        // The winner of a competition before the contract: "was named preferred bidder for Lima's frigates".
        '(named|selected|chosen|picked|confirmed) [as ][the ]preferred (bidder|supplier)',
      ],
      examples: [
        'Seoul and Madrid are competing to supply Lima with frigates.',
        "Saab and Dassault are vying for Bogota's fighter order.",
        'Two yards remain in the running to build the corvettes.',
        "Seoul's yard was named preferred bidder for Lima's frigates.",
      ],
      counterExamples: ['The two teams competed for the title.'],
    },
  ],
};

/** A donor's assistance programme: the donor supplies each recipient. */
export const AID_FAMILY: PhraseFamily = {
  name: 'security aid',
  flags: 'gi',
  entries: [
    {
      name: 'security aid: assistance, financing, beneficiaries',
      yields: { type: 'equipment_transfer', role: 'aid' },
      bare: true,
      // An "aid package" is security aid when arms are named within the clause after it.
      pattern: String.raw`\b(?:(?:official )?security assistance|military (?:aid|assistance)|foreign military financing|OSA\b|beneficiar(?:y|ies)|recipient (?:countries|nations|states)|recipients\s+(?:include|included|have\s+included)\b|(?:picked|selected|chosen|named)\s+as\s+(?:the\s+)?(?:[\w-]+\s+){0,2}recipients?\b|(?:were|are|became|have\s+been)\s+(?:the|its|their)\s+(?:first|initial|earliest|main|other|only)\s+recipients\b(?!\s+of\b)|(?:military|security|defen[cs]e|weapons?|arms) (?:aid |support |assistance |donation )?packages?|(?:aid\s+)?packages?(?=[^.;]{0,80}\b(?:weapons?|missiles?|tanks?|air[- ]defen[cs]e|ammunition|artillery|shells|drones?|howitzers?|jets?|armou?red)))`,
      examples: [
        'Djibouti is the first beneficiary of the new programme.',
        // After kit handed out was told: those it went to (find-triggers.ts reads it only then).
        'Recipients include Benin and Togo.',
        // The same, told as a choice: "Fiji and Tonga were picked as the first recipients".
        'Fiji and Tonga were picked as the first recipients.',
        // Or told by a copula, after the programme was named: "Benin, Togo and Gabon were its first recipients".
        'Benin, Togo and Gabon were its first recipients.',
        'Washington announced fresh military aid for Kyiv.',
        'Berlin announced a new aid package for Kyiv that includes four IRIS-T air defence systems.',
        // A package told by what it holds is aid whether or not the word is there.
        'Oslo unveiled a package of artillery shells and mine-clearing kit for Kyiv.',
        // Named by its kind rather than by "aid": the same thing.
        'The cabinet approved the ninth military support package for Kyiv from Helsinki.',
      ],
      counterExamples: [
        'Tokyo sent humanitarian aid to Tonga after the eruption.',
        'The IMF approved an aid package for Egypt to support its currency.',
        'The stimulus package includes tax cuts for farmers.',
      ],
    },
  ],
};

/** "a leading client of the Italian arms industry": the subject buys from the maker named. */
export const CUSTOMER_OF_FAMILY: PhraseFamily = {
  name: 'customer of',
  flags: 'gi',
  entries: [
    {
      name: 'customer of: a buyer of a state’s arms',
      yields: { type: 'equipment_transfer', role: 'customerOf' },
      words: ['(customer|client|buyer|recipient|importer)[s] (of|for) [the ]'],
      examples: [
        'Qatar is a leading client of the Italian arms industry.',
        'India remains the largest buyer of Russian arms.',
        'Peru and Chile were the main recipients of Korean weapons.',
      ],
      counterExamples: ['Egypt bought French jets.'],
    },
  ],
};

/**
 * "Malaysia became its second foreign buyer": a buyer of the system or the supplier just told, named by its
 * standing among the buyers (find-triggers.ts reads it only right after one was told).
 */
export const TOLD_CUSTOMER_FAMILY: PhraseFamily = {
  name: 'told customer',
  flags: 'gi',
  entries: [
    {
      name: 'told customer: became its first customer',
      yields: { type: 'equipment_transfer', role: 'customerOf' },
      words: [
        '(became|becomes|become|has become|have become|is|was) (its|the|their) ~3 (customer|buyer|operator|client|user)',
      ],
      unlessFollowedBy: '(of|for|to)',
      examples: [
        'Jakarta became its second foreign buyer in May.',
        'Bangkok became the first Asian customer in 2008.',
        'Hungary is the launch customer.',
      ],
      counterExamples: ['Hungary is the largest buyer of its grain.', 'Egypt bought French jets.'],
    },
  ],
};

/**
 * "a further order under discussion": one more order of the sale just told, from its buyer unless the clause
 * names another; transfer-parties.ts tells it from "a similar order" by this entry.
 */
export const FURTHER_ORDER_ENTRY: PhraseEntry = {
  name: 'told sale again: a further order',
  yields: { type: 'equipment_transfer', role: 'toldAgain' },
  words: [
    '(a further|another|an additional|a follow-on|a follow-up|a repeat|a second|a third) [arms |export |purchase |procurement ](order|contract|batch|purchase|buy)[s]',
  ],
  examples: [
    'A further order is being discussed in Lima.',
    'Oslo may sign a follow-on contract for more boats.',
  ],
  counterExamples: ['Another storm hit the coast.', 'A second round of talks began.'],
};

/**
 * "Egypt placed a similar order", "is negotiating a comparable package with Hanoi": a sale like the one just
 * told, to another buyer (find-triggers.ts reads it only where a transfer was the last tie told).
 */
export const TOLD_SALE_AGAIN_FAMILY: PhraseFamily = {
  name: 'told sale again',
  flags: 'gi',
  entries: [
    {
      name: 'told sale again: a similar order',
      yields: { type: 'equipment_transfer', role: 'toldAgain' },
      words: [
        '(similar|comparable|identical|equivalent|parallel) [arms |export |purchase |procurement |supply ](deal|order|contract|package|purchase|sale|buy)[s]',
        'the same (deal|order|contract|package|purchase)',
      ],
      examples: [
        'Egypt placed a similar order last year.',
        'Hanoi is negotiating a comparable package with the maker.',
        'Two Gulf states signed similar contracts in 2024.',
      ],
      counterExamples: ['Peru signed a similar agreement with Chile.', 'A similar storm hit the coast.'],
    },
    {
      // "Lima placed its own order in 2021", "Quito's order followed a year later": a buyer's own deal, right after
      // a sale of the kit was told, is a purchase of that kit.
      name: 'told sale again: its own order',
      yields: { type: 'equipment_transfer', role: 'toldAgain' },
      words: [
        '(placed|places|signed|signs|inked|finalised|finalized|concluded|sealed) (its|their) [own |first |initial ](order|contract|deal|purchase)[s]',
      ],
      pattern: String.raw`(?<=['’]s?\s)(?:own\s+|first\s+)?(?:order|purchase|contract|deal)(?=\s+(?:followed|came|was\s+(?:signed|approved|placed|finalised|finalized|sealed)))`,
      examples: [
        'Lima placed its own order in 2021.',
        'Quito’s order followed a year later.',
        "Bogota's first contract was signed in May.",
      ],
      counterExamples: ['Lima placed its trust in the army.', "Quito's order of battle changed."],
    },
    FURTHER_ORDER_ENTRY,
  ],
};

/** "Russia has been Vietnam's largest arms supplier": the subject supplies the possessor. */
export const SUPPLIER_NOUN_FAMILY: PhraseFamily = {
  name: 'supplier noun',
  flags: 'gi',
  entries: [
    {
      name: 'supplier noun: arms supplier, defence exporter',
      yields: { type: 'equipment_transfer', role: 'supplierNoun' },
      // Plural too ("one of Baku's main arms suppliers"), and the kit after "of" ("its largest supplier of arms").
      pattern: String.raw`(?:arms|weapons?|defen[cs]e|military|equipment)\s+(?:supplier|exporter|provider|vendor)s?\b|\b(?:supplier|exporter|provider|source)s?\s+of\s+(?:arms|weapons|weaponry|military\s+(?:equipment|hardware))\b(?!\s+to\b)`,
      examples: [
        'Israel remains Azerbaijan’s main weapons supplier.',
        'Seoul became a leading defence exporter.',
        "Tel Aviv is one of Baku's three main arms suppliers.",
        "Moscow remains Hanoi's largest supplier of weapons.",
      ],
      counterExamples: ['Qatar remains a leading gas exporter.'],
    },
  ],
};

/**
 * "Prague signed its own CV90 contract in 2024": a contract named by the system it buys, a capitalised name right
 * before the noun (case-sensitive: "its first export contract" names none; find-triggers.ts asks that the name be
 * kit's).
 */
export const SYSTEM_CONTRACT_FAMILY: PhraseFamily = {
  name: 'system contract',
  flags: 'g',
  entries: [
    {
      name: 'system contract: a contract named for a system',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`\b(?:signed|signs|signing|inked|placed|places|concluded)\s+(?:(?:a|an|its|their)\s+(?:(?:own|first|new|second|third|follow-on|initial|further|separate)\s+)?(?:[A-Z][\w.-]*\s+){1,3}(?:contract|deal|order)s?|(?:[A-Z][\w.-]*\s+){1,3}(?:contract|deal|order)s)\b`,
      examples: [
        'Bratislava inked its own CV90 contract last spring.',
        'Oslo placed a follow-on K9 order in May.',
        // Plural, with no article: "have placed K9 orders of their own".
        'Riga and Vilnius have placed CV90 orders of their own.',
      ],
      counterExamples: [
        'Prague signed its budget in 2024.',
        'New Delhi concluded its first BrahMos export contract with Manila.',
      ],
    },
  ],
};

/** "signed a contract worth $8 billion for Su-35s": the subject buys what the contract is for. */
export const CONTRACT_FOR_FAMILY: PhraseFamily = {
  name: 'contract for',
  flags: 'gi',
  entries: [
    {
      name: 'contract for: a contract, deal or order for something',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      // What stands between the contract and "for": its worth, date, partner or maker, in up to two phrases.
      // A sum's decimal point or thousands comma ("$3.5 billion", "1,200 crore") is no clause edge.
      // "the intergovernmental agreement India signed with Paris in April for 26 jets": the buyer may stand
      // before the verb.
      // "Lisbon signed for five aircraft in 2019": a buyer signing for a count of kit, or for a system by its
      // name, or with its maker for it ("signed with its maker for tanks"), a time or place perhaps between
      // ("signed in May 2022 for"); kit must be named after it (find-triggers.ts).
      pattern: String.raw`(?:contracts?|deals?|orders?|agreement)\s+(?:[A-Z][\w.'’-]*\s+){0,2}(?:(?:worth|valued|signed|inked|awarded|concluded|between|with|in|on|last|this|earlier)\s+(?:[^,.;]|[.,](?=\d)){1,60}?\s+){0,2}(?:for|to (?:buy|purchase|acquire|procure))|(?:signed|signs|signing|inked)\s+(?:up\s+)?for(?=\s+(?:another\s+|a\s+further\s+|its\s+|the\s+)?[\w-]+)|(?:signed|signs|signing|inked)\s+(?:(?:in|on|last|this|earlier)\s+(?:[\w\u00c0-\u024f'’.-]+,?\s+){1,3}?)?with\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,4}for(?=\s)|(?:signed|signs|signing|inked)\s+(?:up\s+)?(?:in|on|last|this|earlier)\s+(?:[\w\u00c0-\u024f'’.-]+,?\s+){1,3}?for(?=\s)`,
      examples: [
        'Manila inked a contract worth $375 million for anti-ship missiles.',
        'Riyadh signed a deal worth about $3.2 billion for Korean air defence batteries.',
        'The deal follows the agreement Cairo signed with Paris in May for 30 jets.',
        'Baghdad placed orders for twelve trainer jets.',
        'Lisbon signed for five airlifters in 2019.',
        'Doha signed a contract in May 2018 for 24 trainer jets.',
        'Lima signed a contract worth 90 million dollars with the Spanish arm of a shipbuilder for two patrol boats.',
        'Abu Dhabi signed for the Cheongung air defence system in 2022.',
        'In May Lima signed with Hanwha for self-propelled guns.',
        // A time or place between the verb and what it signs for.
        'Hanoi signed in May 2024 with Hanwha for self-propelled guns.',
        'Quito signed last year for four patrol boats.',
        'Prague signed up last year for 24 stealth fighters.',
      ],
      counterExamples: [
        'The contract was cancelled, officials in Baghdad said.',
        'The envoy signed on behalf of Chile.',
      ],
    },
    {
      // "discussing an order of 12 jets": an order counted by its kit is an order for it (the kit must be
      // named after it, find-triggers.ts). Not "an order of magnitude", "the order of the day".
      name: 'contract for: an order of a count of kit',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`\borders?\s+of(?=\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|nearly\s+|another\s+|a\s+further\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens)\s)`,
      examples: [
        'Doha is discussing a further order of nine fighter jets with Paris.',
        'Lima placed an order of four patrol boats in May.',
      ],
      counterExamples: ['The cost rose by an order of magnitude.', 'Orders of the day were read out.'],
    },
    {
      // "signed two framework deals in spring covering up to 800 tanks": what a contract covers, counted, it buys.
      name: 'contract for: a contract covering a count of kit',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`(?:contracts?|deals?|orders?|agreements?)\s+(?:(?:signed|inked|worth|valued|awarded|in|on|last|this|earlier)\s+(?:[^,.;]|[.,](?=\d)){1,40}?\s+)?covering(?=\s+(?:up\s+to\s+|about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+)?(?:[\d,]+|two|three|four|five|six|eight|ten|twelve)\b)`,
      examples: [
        'Warsaw signed two framework deals in spring covering up to 800 tanks.',
        'The deal covering 48 jets was signed in Ankara.',
      ],
      counterExamples: ['The agreement covering trade in goods was signed in Lima.'],
    },
  ],
};

/** "Lima signed the original contract in 2023": the contract of a sale told before (find-triggers.ts asks). */
export const TOLD_CONTRACT_FAMILY: PhraseFamily = {
  name: 'told contract',
  flags: 'gi',
  entries: [
    {
      // "Lima signed the original contract in 2023": a sale's contract named without its kit, which only a sale
      // told before it gives its parties (transfer-parties.ts).
      name: 'told contract: the original contract of a sale',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`(?<=\b(?:signed|inked|concluded|awarded|placed)\s+(?:the|its|their)\s+(?:original|first|initial|framework|main|underlying|executive)\s+)(?:contract|deal|order)\b`,
      examples: [
        'Lima signed the original contract in 2023.',
        'Hanoi placed its first order, worth $90 million, in 2019.',
      ],
      counterExamples: ['The original contract was cancelled.'],
    },
    {
      // "The order rests on a preliminary deal inked in March": the first paper of a sale told before it, short
      // of the contract (its status cue says so); not a preliminary accord on cooperation at large.
      name: 'told contract: a preliminary deal of a sale',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`(?<=\b(?:a|an|the|its|their)\s+)(?:preliminary|provisional)\s+(?:agreement|deal|accord|memorandum|contract)\b(?!\s+(?:on|for)\s+(?:defen[cs]e|military|security|strategic|cooperation|closer))`,
      examples: [
        'The order rests on a preliminary deal inked in March.',
        'It rests on the provisional agreement both sides reached at a trade fair.',
      ],
      counterExamples: [
        'They reached a preliminary agreement on defence cooperation.',
        'a preliminary finding',
      ],
    },
  ],
};

/**
 * "Accra signed a contract with Baykar in June", "Saab is negotiating a deal with Bogota": a state's contract or
 * deal with an arms maker buys its arms, kit named or not (find-triggers.ts asks for the maker beside it).
 */
export const CONTRACT_WITH_FIRM_FAMILY: PhraseFamily = {
  name: 'contract with firm',
  flags: 'gi',
  entries: [
    {
      name: 'contract with firm: a contract or deal with someone',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      // A trade, energy or airline deal is civil, whoever signs it.
      pattern: String.raw`(?<!\b(?:trade|gas|oil|energy|power|investment|mining|airline|airliner|aviation|construction|telecoms?|loan|debt|tax|broadcast(?:ing)?|sponsorship|transfer)\s+)(?:contracts?|deals?|sales?\s+(?:deal|agreement))\s+(?:(?:signed|inked|awarded|concluded|agreed)\s+|(?:worth|valued|signed|inked|awarded|in|on|last|this|earlier)\s+(?:[^,.;]|[.,](?=\d)){1,40}?\s+)?with(?=\s)`,
      examples: [
        'Accra signed a contract with Baykar in June.',
        'Saab is negotiating a deal with Bogota.',
        'Hanoi signed a contract worth $250 million with Hanwha.',
        // Its verb right before "with": "the 2022 deal inked with Hanwha".
        'The boats are built under the 2022 deal inked with Hanwha.',
      ],
      counterExamples: ['The contract was cancelled last year.', 'a trade deal with Boeing'],
    },
    {
      // "Warsaw awarded the contract to Hanwha", "awarded the frigate deal to Britain's BAE Systems": the one the
      // contract is awarded to sells (find-triggers.ts asks for a maker right after "to").
      name: 'contract with firm: a contract awarded to someone',
      yields: { type: 'equipment_transfer', role: 'acquire' },
      pattern: String.raw`(?<=\baward(?:s|ed|ing)?\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w$€£.,'’-]+\s+){0,4}?)(?:contracts?|deals?|orders?)\s+to(?=\s)`,
      examples: [
        'Warsaw awarded the contract to Hanwha in May.',
        'Oslo awarded the frigate deal to Britain’s BAE Systems.',
      ],
      counterExamples: [
        'The contract to build the bridge was awarded in May.',
        'Oslo awarded a medal to the pilot.',
      ],
    },
  ],
};

/** "Japan's decision to export", "the Japanese government's plan": the possessor acts (tested right after it). */
export const AGENT_AFTER_FAMILY: PhraseFamily = {
  name: 'agent after',
  flags: 'i',
  entries: [
    {
      name: "agent after: the party's government, military or firm",
      yields: { type: 'equipment_transfer', role: 'supplier' },
      bare: true,
      pattern: String.raw`^(?:'s?|s')?\s*(?:(?:government|authorities|authority|ministry|military|navy|army|air force|forces|officials?|firms?|compan(?:y|ies))(?:'s?|s')?\s|'s?\s)`,
      examples: ["'s decision to export coastal radars", " government's plan to sell the corvettes"],
      counterExamples: [' and Oman signed the deal.', ' governments agreed'],
    },
  ],
};

/** "A has been B's largest arms supplier": the possessor right before the supplier noun receives. */
export const SUPPLIER_POSSESSOR_FAMILY: PhraseFamily = {
  name: 'supplier possessor',
  flags: '',
  entries: [
    {
      name: 'supplier possessor: possessive and up to three words',
      yields: { type: 'equipment_transfer', role: 'recipient' },
      bare: true,
      // One more pair of words after "and": "Y's closest ally and biggest arms supplier" is Y's supplier too.
      pattern: String.raw`^['’]s?\s+(?:[\w-]+\s+){0,3}(?:and\s+(?:[\w-]+\s+){1,2})?$`,
      examples: ["'s largest ", "' top two ", '’s closest ally and biggest '],
      counterExamples: [' remains the largest ', "'s neighbour, rival and now its largest "],
    },
  ],
};

/**
 * "one of the French arms industry's biggest customers", "Italy's top clients": a state whose possessive opens
 * the words before a buyer noun is the seller, not a buyer.
 */
export const CUSTOMER_POSSESSOR_FAMILY: PhraseFamily = {
  name: 'customer possessor',
  flags: '',
  entries: [
    {
      name: 'customer possessor: possessive and up to three words',
      yields: { type: 'equipment_transfer', role: 'supplier' },
      bare: true,
      pattern: String.raw`^(?:\s+[\w-]+){0,3}['’]s?\s+(?:[\w-]+\s+){0,3}$`,
      examples: [" defence industry's biggest ", "'s top ", '’s '],
      counterExamples: [' has export ', ', one of the largest '],
    },
  ],
};

/** "to the country", "to the Andean nation": the recipient is the other party in play. */
export const RECIPIENT_ANAPHOR_FAMILY: PhraseFamily = {
  name: 'recipient anaphor',
  flags: 'i',
  entries: [
    {
      name: 'recipient anaphor: to the country',
      yields: { type: 'equipment_transfer', role: 'recipient' },
      pattern: String.raw`to (?:the|this|that) (?:[\w-]+ ){0,3}(?:country|nation|kingdom|republic|archipelago|island)`,
      examples: [' delivered to the Central Asian republic last month', ' to the island nation'],
      counterExamples: [' delivered to the port of Mombasa', ' to the islanders of Lamu'],
    },
  ],
};

/**
 * "Sweden's Saab said Thailand had ordered two more jets": the firm that tells of an order is its seller. Read
 * anywhere before the verb, where the maker's other marks (MADE_BY_FAMILY) stand near it.
 */
export const FIRM_TELLS_FAMILY: PhraseFamily = {
  name: 'firm tells',
  flags: '',
  entries: [
    {
      // Over the maker a catalogue knows for the type (one built in two states). Not an office of the state.
      name: "firm tells: a state's firm telling of the order",
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\b([A-Z][\w.]*)['’]s\s+(?!(?:Defen[cs]e|Foreign|Prime|Minist|President|Navy|Army|Air|Armed|Chief|General|Admiral|Ambassador|Embassy|Government)\w*)(?:[A-Z][\w&.-]*\s+){1,3}(?:said|says|announced|announces|reported|confirmed|disclosed)\b`,
      examples: [
        "Sweden's Saab said Thailand had ordered two more jets",
        'Germany’s Diehl Defence announced a further order from Cairo',
      ],
      counterExamples: [
        "Sweden's defence minister said Thailand had ordered two more jets",
        "Sweden's Defence Minister said Thailand had ordered two more jets",
        'Saab said',
      ],
    },
  ],
};

/** "US-made F-16s", "Mitsubishi-built gyros": the capitalised name before "-made" is the maker. */
export const MADE_BY_FAMILY: PhraseFamily = {
  name: 'made by',
  flags: '',
  entries: [
    {
      name: 'made by: Name-made, Name-built',
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\b([A-Z][\w.]*)-(?:made|built|developed|manufactured|produced|origin)\b`,
      examples: ['Nigeria received six Italian-built helicopters.', 'the U.S.-made launchers'],
      counterExamples: ['the home-made launchers', 'the Turkish-madeup story'],
    },
    {
      // "missiles of Chinese origin", "rifles of Israeli make": the maker named after the kit.
      name: 'made by: of a state’s origin or make',
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\bof\s+([A-Z][\w.]*)\s+(?:origin|make|manufacture)\b`,
      examples: ['two frigates of Chinese origin', 'rifles of Israeli make'],
      counterExamples: ['a man of humble origin', 'of Chinese descent'],
    },
    {
      // Who lends the money for equipment supplies it: "boats built under India's credit line".
      name: "made by: under a state's credit line",
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\b(?:under|with|through|using)\s+(?:an?\s+|the\s+)?([A-Z][\w.]*?)(?:['’]s)?\s+(?:concessional\s+)?(?:credit\s+lines?|lines?\s+of\s+credit|loans?|grants?|military\s+aid|financing)\b`,
      examples: ['patrol boats built under India’s credit line', 'radars bought with a Japanese grant'],
      counterExamples: ['boats built under a new contract', 'with the Indian navy'],
    },
    {
      // "corvettes made in Korea for a navy abroad": where kit was built names its maker. The verb may
      // open the sentence ("Built in Spain, the corvettes were delivered ...").
      name: 'made by: built in a state',
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\b(?:[Bb]uilt|[Mm]ade|[Mm]anufactured|[Pp]roduced|[Cc]onstructed)\s+in\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s+(?:for|and|by)\b|[,.;])`,
      examples: [
        'a frigate built in China and shipped',
        'corvettes made in Korea, then shipped',
        'Produced in Italy, the trainers were ',
      ],
      counterExamples: ['frigates built in a Chinese yard', 'the plant built in 1990 for'],
    },
    {
      // "fighters produced by Pakistan Aeronautical Complex": the maker named as the agent, over the maker a
      // catalogue knows for the type (one built in two states).
      name: 'made by: built by a named maker',
      yields: { type: 'equipment_transfer', role: 'maker' },
      bare: true,
      pattern: String.raw`\b(?:built|made|manufactured|produced|developed)\s+by\s+(?:the\s+)?([A-Z][\w.'’-]*)`,
      examples: ['jets produced by Pakistan Aeronautical Complex', 'frigates built by the Korean yard'],
      counterExamples: ['jets produced by a state firm', 'frigates built in Korea'],
    },
  ],
};

/** Recipients stop at a contrast: "..., while Serbia has supplied Kenya" is another transfer. */
export const CONTRAST_EDGE_FAMILY: PhraseFamily = {
  name: 'contrast edge',
  flags: '',
  entries: [
    {
      name: 'contrast edge: semicolon, while, whereas, but',
      yields: { role: 'clause-edge' },
      bare: true,
      // Or the kit passed over: "bought Gripens from Sweden instead of F-16s from Washington".
      pattern: String.raw`[;]|,?\s(?:while|whereas|but|instead\s+of|rather\s+than|in\s+place\s+of)\s`,
      examples: [
        'Sweden sold Gripens to Brazil, while France sold Rafales to India.',
        'It sold radars; it bought tanks.',
        'Cairo bought Korean guns instead of French ones.',
      ],
      counterExamples: ['Sweden sold Gripens to Brazil and Hungary.'],
    },
  ],
};

/**
 * A relative clause set off by commas, the trigger inside it: "Chile, which already flies Swedish jets, ordered
 * tanks from Berlin". Tested on the words before the trigger, back to the relative pronoun.
 */
export const RELATIVE_ASIDE_OPEN_FAMILY: PhraseFamily = {
  name: 'relative aside open',
  flags: 'i',
  entries: [
    {
      name: 'relative aside open: comma, which or who, the trigger in its clause',
      yields: { role: 'clause-edge' },
      bare: true,
      pattern: String.raw`,\s*(?:which|who)\s+[^,;()]{0,40}$`,
      examples: ['Chile, which already ', 'The navy, which has long '],
      counterExamples: ['Chile, which said that the jets, ', 'the jets which '],
    },
  ],
};

/**
 * Where such an aside closes: a comma, then the main clause's verb ("..., ordered tanks"), not a list's next
 * item ("French, Swedish and US jets", "rifles, ammunition") or its conjunction. Tested on the words after the
 * trigger.
 */
export const RELATIVE_ASIDE_CLOSE_FAMILY: PhraseFamily = {
  name: 'relative aside close',
  flags: '',
  entries: [
    {
      name: 'relative aside close: comma before a lower-case word',
      yields: { role: 'clause-edge' },
      bare: true,
      // A verb: an auxiliary, a past form, or an adverb before one. Not a list's next noun ("rifles, ammunition").
      pattern: String.raw`,\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|also|now|then|recently|already|last|this|plans|wants|seeks|says|said|bought|sold|chose|took|won|struck|made|[a-z]+ed)\b)`,
      examples: [
        ' Swedish jets, ordered tanks',
        ' jets since 2019, has now bought',
        ' drones, bought radars',
      ],
      counterExamples: [
        ' French, Swedish and US jets',
        ' jets, and tanks from Korea',
        ' rifles, ammunition and drones',
      ],
    },
  ],
};

/** Between a subject and its verb: auxiliaries and adverbs only ("Bolivia has also recently bought"). */
export const SUBJECT_GAP_FAMILY: PhraseFamily = {
  name: 'subject gap',
  flags: 'i',
  entries: [
    {
      name: 'subject gap: auxiliaries and adverbs',
      yields: { role: 'subject' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:has|have|had|also|recently|reportedly|already|just|will|would|is|are|was|were|then|later|since|now|all|both|each|together|jointly)\s+){0,3}$`,
      examples: [' has also recently ', ' '],
      counterExamples: [' and its navy ', "'s defence minister "],
    },
    {
      // "Chile and Peru are among the main buyers of ...", "Oman is one of the newest customers for ...": the
      // states the copula ranks among the trigger's nouns are its subject.
      name: 'subject gap: ranked among them',
      yields: { role: 'subject' },
      bare: true,
      pattern: String.raw`^\s+(?:(?:is|are|was|were|remains?|remained|has\s+been|have\s+been|became|become)\s+)(?:also\s+)?(?:among|one\s+of)\s+the\s+(?:(?!(?:that|which|who)\s)[\w-]+\s+){0,2}$`,
      examples: [' are among the main ', ' is also one of the newest ', ' were among the '],
      counterExamples: [' are among the countries that ', ' is among '],
    },
  ],
};

/** What a customer buys, right after "customer for": arms, or a state's defence industry. */
export const ARMS_BOUGHT_FAMILY: PhraseFamily = {
  name: 'arms bought',
  flags: 'i',
  entries: [
    {
      name: 'arms bought: arms, equipment, a defence industry',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      pattern: String.raw`^(?:[\w\u00c0-\u024f'’-]+\s+){0,3}(?:arms|weapons|defen[cs]e\s+(?:industry|equipment|exports)|military\s+(?:equipment|hardware)|equipment|hardware|materiel|jets|warships|submarines|tanks|missiles|helicopters|drones)\b`,
      examples: [
        'the Italian arms industry, officials said',
        'Russian military hardware',
        'American hardware',
      ],
      counterExamples: ['French cheese and wine', 'the bank'],
    },
  ],
};

/**
 * "Japan told Indonesia it would consider transferring ...": a state that tells another what "it" will do.
 * Tested on the words between the two states (`between`) and after the second, up to the trigger (`then`).
 */
export const TOLD_FAMILIES: { between: PhraseFamily; then: PhraseFamily } = {
  between: {
    name: 'told between',
    flags: '',
    entries: [
      {
        name: 'told between: a verb of telling, right between two states',
        yields: { role: 'teller' },
        bare: true,
        pattern: String.raw`^\s+(?:also\s+|has\s+|had\s+)?(?:told|tells|informed|informs|assured|assures|promised|promises|notified)\s+(?:the\s+)?$`,
        examples: [' also told ', ' has assured the '],
        counterExamples: [' and ', ' signed a deal with '],
      },
    ],
  },
  then: {
    name: 'told then',
    flags: '',
    entries: [
      {
        name: 'told then: what "it" will do, up to the trigger',
        yields: { role: 'teller' },
        bare: true,
        pattern: String.raw`^(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+(?:that\s+)?(?:it|they)\s+[^,;]{0,40}$`,
        examples: [' it would consider ', '’s leaders that they will '],
        counterExamples: [' would consider ', ', which it will '],
      },
    ],
  },
};

/** "Argentina weighed an offer of Chinese jets": the offer's taker, right before the word "offer". */
export const OFFER_WEIGHED_FAMILY: PhraseFamily = {
  name: 'offer weighed',
  flags: 'i',
  entries: [
    {
      name: 'offer weighed: weighed, accepted or turned down',
      yields: { role: 'acquire' },
      bare: true,
      pattern: String.raw`\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|accept(?:s|ed|ing)?|reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|stud(?:y|ies|ied|ying)|evaluat(?:e|es|ed|ing)|review(?:s|ed|ing)?|receiv(?:e|es|ed|ing))\s+(?:an?|the|its|their|this|that)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}$`,
      examples: ['Lima weighed an ', 'Quito turned down a rival ', 'Manila is studying the latest '],
      counterExamples: ['Seoul made an ', 'Paris will '],
    },
    {
      // "Lima, wooed since 2015 with rival offers of jets, chose ...": the state courted receives the offers.
      name: 'offer weighed: courted with offers',
      yields: { role: 'acquire' },
      bare: true,
      pattern: String.raw`\b(?:courted|wooed|approached|lobbied|tempted|pursued)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}?with\s+(?:(?:repeated|rival|competing|several|many|generous|cheap|new)\s+)?$`,
      examples: ['Lima, courted since 2015 with ', 'Hanoi, wooed with rival '],
      counterExamples: ['Seoul courted Lima and '],
    },
  ],
};

/**
 * A hand-over weighed by its giver: "Seoul is weighing the handover of old corvettes to Lima". A transfer, sale
 * or export a state deliberates on is its own to make; an offer it weighs is another's (the family before).
 */
export const HANDOVER_WEIGHED_FAMILY: PhraseFamily = {
  name: 'handover weighed',
  flags: 'i',
  entries: [
    {
      name: 'handover weighed: deliberating a transfer of its own',
      yields: { role: 'supply' },
      bare: true,
      pattern: String.raw`\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|evaluat(?:e|es|ed|ing)|review(?:s|ed|ing)?|explor(?:e|es|ed|ing))\s+(?:the|a|an)\s+(?:possible\s+|potential\s+|proposed\s+|further\s+)?(?=(?:transfer|sale|export|handover|hand-over|deliver)\w*\s+of\b)`,
      examples: ['Oslo weighs the transfer of ', 'Seoul is considering the possible sale of '],
      counterExamples: ['Lima weighed an offer of ', 'Manila is studying the latest '],
    },
  ],
};

/**
 * A count or a batch of the kit just told, standing for the kit itself: "the first six arrived", "the first
 * batch was handed over", "received the remaining ones". Its own sentence tells the transfer's delivery.
 */
const TOLD_KIT_COUNT = String.raw`the\s+(?:first|second|third|last|final|remaining|next|initial)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|few|ones?|batch(?:es)?|shipments?|consignments?|tranches?|lots?)`;

export const TOLD_KIT_COUNT_FAMILY: PhraseFamily = {
  name: 'told kit count',
  flags: 'i',
  entries: [
    {
      name: 'told kit count: the first six, the first batch, the remaining ones',
      yields: { role: 'equipment-anaphor' },
      pattern: TOLD_KIT_COUNT,
      examples: ['The first six arrived in Zadar in May.', 'the remaining batch was handed over in June'],
      counterExamples: ['The first minister arrived in Zadar.', 'The two sides met in June.'],
    },
  ],
};

/**
 * "Deliveries began in April", "The first delivery took place in 2023": the delivery of the kit just told, in
 * a sentence of its own that names neither kit nor state.
 */
export const DELIVERIES_BEGAN_FAMILY: PhraseFamily = {
  name: 'deliveries began',
  flags: 'i',
  entries: [
    {
      name: 'deliveries began: the delivery noun, then its start or end',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'equipment-anaphor' },
      bare: true,
      pattern: String.raw`^\s*(?:the\s+)?(?:first\s+|last\s+|final\s+)?deliver(?:y|ies)\s+(?:(?:have|has|had|were|was)\s+)?(?:began|begun|started|commenced|completed|ended|finished|took\s+place|followed)\b`,
      examples: [
        'Deliveries began in April 2024.',
        'The first delivery took place a year later.',
        'Delivery was completed in 2023.',
      ],
      counterExamples: ['Deliveries should start only in 2027.', 'Delivery drivers went on strike.'],
    },
  ],
};

/**
 * "Norway bought its fleet in 2017", "Romania ordered 54 in 2024": an object that stands for the equipment of
 * the transfer just told. Tested right after a buying verb.
 */
export const TOLD_EQUIPMENT_OBJECT_FAMILY: PhraseFamily = {
  name: 'told equipment object',
  flags: 'i',
  entries: [
    {
      name: 'told equipment object: a number, its fleet, the type',
      yields: { role: 'equipment-anaphor' },
      bare: true,
      // Or a batch of it: "bought a first batch in 2021"; or all of it, or its last ("received all eight", "the last
      // of its batch"), after a verb that takes "of" ("takes delivery of the next two").
      pattern: String.raw`^\s+(?:of\s+(?=(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|all|the\s+(?:first|second|third|last|final|remaining|next|initial|rest|remainder))\b))?(?:(?:all|the\s+(?:last|rest|remainder|remaining))(?=\s+(?:of|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|(?:another\s+|a\s+further\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)|(?:a|one|another)\s+(?:(?:first|second|third|further|small|new|larger|initial)\s+)?(?:batch|lot|tranche)|(?:its|their)\s+(?:fleet|first|own|batch)|the\s+(?:type|system|same\s+\w+|gun|howitzer|jet|fighter|aircraft|tank|drone|missile|frigate|submarine|corvette|helicopter|launcher|platform)s?|them|it|more|some|${TOLD_KIT_COUNT})(?=[\s,.;]|$)`,
      examples: [
        ' its fleet in 2017',
        ' 54 in 2024.',
        ' the type in 2023',
        ' it, and Chile',
        ' the gun in Europe',
        ' the first four in March',
        ' a first batch in 2021',
        ' all eight by 2023',
        ' of the first four in May',
        ' the last of its batch',
      ],
      counterExamples: [' a stake in the company', ' shares in 2017', ' of the helicopter carrier'],
    },
  ],
};

/** Between a state and the verb of its relative clause: ", which", ", which has since" (the state acts). */
export const WHICH_THEN_VERB_FAMILY: PhraseFamily = {
  name: 'which then verb',
  flags: 'i',
  entries: [
    {
      name: 'which then verb: , which has since',
      yields: { type: 'equipment_transfer', role: 'relative-subject' },
      bare: true,
      // A time phrase may come first: ", which in 2021 bought", ", which last year ordered".
      pattern: String.raw`^\s*,\s*(?:which|that)\s+(?:,?\s*(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}|in\s+[A-Z][a-z]+|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month))\s*,?\s+)?(?:(?:has|have|had|also|then|later|since|recently|already)\s+){0,2}(?:(?:signed|inked|placed|struck|concluded)\s+(?:(?:a|an|the|its|their|new|first|second|further|separate)\s+){0,2})?$`,
      // The deal's own verb before a contract read as the trigger: ", which inked a contract for jets".
      examples: [
        ', which has since ',
        ' , that also ',
        ', which in 2021 ',
        ', which last year also ',
        ', which signed the ',
        ', which last year placed a second ',
      ],
      counterExamples: [', which officials say ', ' which '],
    },
  ],
};

/** Before a passive verb of a relative clause: "the jets, which were delivered" (the kit told before). */
export const RELATIVE_PASSIVE_FAMILY: PhraseFamily = {
  name: 'relative passive',
  flags: 'i',
  entries: [
    {
      name: 'relative passive: which were (first)',
      yields: { type: 'equipment_transfer', role: 'relative-passive' },
      bare: true,
      pattern: String.raw`\b(?:which|that)\s+(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?$`,
      examples: ['eight helicopters, which were ', 'the radar that has been partly '],
      counterExamples: ['eight helicopters were ', 'which they were quickly '],
    },
  ],
};

/** Between a supply verb and its recipient's possessive: "supplies the bulk of", "most of". */
export const SHARE_OF_FAMILY: PhraseFamily = {
  name: 'share of',
  flags: 'i',
  entries: [
    {
      name: 'share of: the bulk of, most of',
      yields: { type: 'equipment_transfer', role: 'share-of' },
      bare: true,
      // Or a figure: "supplied 45 per cent of", "a third of".
      pattern: String.raw`^\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:(?:the|a)\s+)?(?:bulk|most|much|majority|half|share|part|all|nearly\s+all|almost\s+all|large\s+part|third|quarter|fifth|two-thirds|three-quarters|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%))\s+of\s+$`,
      examples: [' the bulk of ', ' nearly all of ', ' 45 per cent of ', ' about a third of '],
      counterExamples: [' arms to ', ' the bulk of its spare parts to '],
    },
  ],
};

/** Second-hand kit: "24 used F-16s", "ex-Danish jets", "three retired frigates" (its last owner supplies). */
export const SECOND_HAND_FAMILY: PhraseFamily = {
  name: 'second hand',
  flags: '',
  entries: [
    {
      name: 'second hand: used, surplus, ex-navy',
      yields: { type: 'equipment_transfer', role: 'second-hand' },
      bare: true,
      pattern: String.raw`^\s+(?:[\w$.,-]+\s+){0,3}(?:used|second-hand|secondhand|surplus|retired|decommissioned|former|ex-[A-Z]\w*)\b`,
      examples: [
        ' 24 used F-16s',
        ' three retired Dutch minehunters',
        ' two ex-Danish corvettes',
        // Kit named by the force that flew it: "36 former Royal Norwegian Air Force F-16s".
        ' 12 former Royal Norwegian Air Force jets',
      ],
      counterExamples: [' 12 new trainers', ' four frigates that the navy once used'],
    },
  ],
};

/** The verbs of a hand-over, whose recipient may go unsaid in an article about it (the whole trigger). */
export const HANDED_OVER_FAMILY: PhraseFamily = {
  name: 'handed over',
  flags: 'i',
  entries: [
    {
      name: 'handed over: handed over, donated, delivered',
      yields: { type: 'equipment_transfer', role: 'hand-over' },
      bare: true,
      // Kit pledged is promised to someone too: "Belgium has pledged more" in a story on the recipient.
      pattern: String.raw`^(?:hand(?:ed|s|ing)?\s+over|donated|donates|donating|gifted|gifts|delivered|delivers|delivering|transferred|transferring|gave|given|gives|sold|sells|selling|supplied|supplies|supplying|provided|provides|providing|pledged|pledges|pledging)$`,
      examples: ['handed over', 'donated', 'pledged'],
      counterExamples: ['ordered', 'handed over to'],
    },
  ],
};

/**
 * "The first batch of the howitzers arrived at the port of Gdynia": kit of the transfer just told reaching its
 * buyer, delivered. Read only right after a transfer was told, with the kit before the verb (transfer-parties.ts):
 * ships arrive for port calls and ministers land in capitals.
 */
export const ARRIVAL_FAMILY: PhraseFamily = {
  name: 'arrival',
  // Case kept: "reached Poland" takes a capitalised name.
  flags: 'g',
  entries: [
    {
      name: 'arrival: arrived at, touched down, reached a state',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'arrival' },
      words: ['[have |has |had ](arrived|touched down|docked) (in|at|on)', '[have |has |had ]landed (in|at)'],
      // "have reached Poland", not "reached an agreement".
      pattern: String.raw`(?:ha(?:ve|s|d)\s+)?reached(?=\s+(?:the\s+)?(?:port|base|air\s+base|airbase|country|[A-Z]))`,
      examples: [
        'The first batch of the howitzers arrived at the port of Gdynia in May.',
        'Twelve of them have reached Poland so far.',
        'The first two jets touched down at Ovda on Monday.',
      ],
      counterExamples: [
        'The two sides reached an agreement on Monday.',
        'The minister is arriving tomorrow.',
      ],
    },
  ],
};

/**
 * Kit whose source the words right before an arrival name: "the battery donated by Oslo has reached Kyiv",
 * "Belgian-donated tanks arrived", "Turkish planes carrying arms landed at Tripoli".
 * Kit arriving with no giver named may be a deployment ("US tanks arrived in Poland for drills"): only a word
 * of giving, selling or carrying arms makes the arrival a delivery (transfer-parties.ts reads the source).
 */
export const SOURCED_KIT_FAMILY: PhraseFamily = {
  name: 'sourced kit',
  flags: 'i',
  entries: [
    {
      // Kit "bought from" a seller has its own reading, the purchase's (transfer-parties.ts).
      name: 'sourced kit: given by a state',
      yields: { type: 'equipment_transfer', role: 'sourced-kit' },
      bare: true,
      // Or set off by commas: "The ship, donated by Japan, ".
      pattern: String.raw`\b(?:donated|supplied|sold|gifted|provided|pledged|leased|transferred)\s+(?:by|from)\s+(?:the\s+)?[\w\u00c0-\u024f'’.-]+(?:\s+[\w\u00c0-\u024f'’.-]+){0,4},?\s+$`,
      examples: [
        'The howitzer battery gifted by Norway has ',
        'Six trainers supplied by Brazil in 2021 ',
        'The cutter, donated by Tokyo, ',
      ],
      counterExamples: ['The howitzer battery deployed by Norway has ', 'Troops from Brazil '],
    },
    {
      name: 'sourced kit: a state-donated kit',
      yields: { type: 'equipment_transfer', role: 'sourced-kit' },
      bare: true,
      pattern: String.raw`-(?:donated|supplied|gifted|funded|provided)\s+(?:[\w-]+\s+){0,4}$`,
      examples: ['the first Danish-donated jets ', 'two US-funded patrol boats '],
      counterExamples: ['the first US-made jets ', 'two Danish patrol boats '],
    },
    {
      // "The first batch of Indian missiles arrived in Manila": a batch counted in a series is a delivery, not a
      // deployment of the arriving state's own kit.
      name: 'sourced kit: a batch of a series',
      yields: { type: 'equipment_transfer', role: 'sourced-kit' },
      bare: true,
      pattern: String.raw`\b(?:first|second|third|fourth|last|final|latest|initial|next)\s+(?:batch|shipment|consignment|delivery|lot|tranche)\s+of\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,5}$`,
      examples: ['The first batch of Korean howitzers ', 'the final shipment of the jets '],
      counterExamples: ['The first troops of the battalion ', 'a batch of Korean howitzers '],
    },
    {
      name: 'sourced kit: aircraft or ships carrying arms',
      yields: { type: 'equipment_transfer', role: 'sourced-kit' },
      bare: true,
      pattern: String.raw`\b(?:aircraft|planes?|jets?|ships?|vessels?|flights?|convoys?|trucks?)\s+(?:carrying|loaded\s+with|laden\s+with|with\s+a\s+cargo\s+of)\s+(?:[\w-]+\s+){0,4}(?:weapons|arms|ammunition|munitions|military\s+(?:equipment|supplies|hardware|aid))(?:\s+and\s+(?:[\w-]+\s+){0,2}(?:weapons|arms|ammunition|munitions|equipment|supplies|vehicles))?\s+$`,
      examples: [
        'Three Turkish cargo planes carrying rifles and ammunition ',
        'a cargo ship laden with Iranian arms ',
      ],
      counterExamples: ['Two Egyptian aircraft carrying the minister ', 'ships carrying grain '],
    },
  ],
};

/**
 * "Russian instructors arrived in Bangui with two helicopters": forces that arrive bringing kit deliver it
 * to the state they reached (transfer-parties.ts reads their demonym as the giver). Tested on the words from
 * the forces to the kit; forces arriving for drills bring none.
 */
export const FORCES_WITH_KIT_FAMILY: PhraseFamily = {
  name: 'forces with kit',
  flags: 'i',
  entries: [
    {
      name: 'forces with kit: forces arriving with kit',
      yields: { type: 'equipment_transfer', role: 'sourced-kit' },
      bare: true,
      pattern: String.raw`\b(?:instructors|troops|soldiers|advisers|advisors|personnel|specialists|technicians|trainers)(?:\s+from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:have\s+|has\s+|had\s+)?(?:arrived|landed)\s+(?:in|at)\s+[^.;]{0,50}?\b(?:with|along\s+with|bringing|carrying)\s+(?:an?\s+|the\s+|their\s+|some\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?(?:weapons|arms|ammunition|equipment|systems?|drones?|helicopters?|aircraft|missiles?|radars?|vehicles?|tanks?|artillery|jets?|launchers?)\b`,
      examples: [
        'Turkish instructors arrived in Bamako on Friday with armed drones',
        'Chinese technicians have landed in Harare along with a coastal radar',
        'Russian advisers from the Wagner group arrived in Bangui with two helicopters',
      ],
      counterExamples: ['US troops arrived in Poland for drills with the Polish army'],
    },
  ],
};

/**
 * Kit a state holds that another made: "its Korean-built fighters", "Colombia's Israeli-built jets", "relies on
 * Russian equipment", "an arsenal dominated by Chinese platforms". Holding it says it was delivered; the maker
 * is read from the demonym (transfer-parties.ts), and equipment must be named near (find-triggers.ts).
 */
export const HELD_KIT_FAMILY: PhraseFamily = {
  name: 'held kit',
  flags: 'gi',
  entries: [
    {
      name: 'held kit: its foreign-built systems',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'held' },
      bare: true,
      // The trigger is the maker's word, so the possessor stands before it as the subject does.
      pattern: String.raw`(?<=(?:\bits|\btheir|['’]s?)\s+(?:(?:first|second|last|ageing|aging|old|older|new|newer|existing|current|remaining|own|fleet\s+of|\d+)\s+){0,2})\b[A-Z][\w.]*-(?:made|built|supplied|manufactured)\b`,
      examples: [
        'The Thai air force flies its Swedish-made Gripens.',
        'Bogota’s Israeli-built Kfir jets retire next year.',
      ],
      counterExamples: [
        'An Israeli-built drone crashed.',
        'the US-made jets that Poland ordered',
        'Taiwan’s army fired US-made rockets in the drill.',
      ],
    },
    {
      name: 'held kit: relies on, dominated by, equipped with',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'held' },
      words: [
        '(relies|rely|relied|depends|depend|depended) [heavily |largely |mainly |mostly |overwhelmingly |still |also ]on',
        // "still runs mostly on Soviet-era kit": forces that run on a maker's kit hold it.
        '(run|runs|ran|running) [largely |mainly |mostly |overwhelmingly |still |almost entirely ]on',
        '[is |are |was |were |remains |remain ][still |largely |heavily ]dominated by',
        '[is |are |was |were ](equipped|armed) ~3 with',
        // "arms its frigates with Kongsberg's missile": a force fitting its own platforms with kit holds the kit.
        '(arms|armed|equips|equipped|fits|fitted) (its|their) ~3 with',
        // "paraded its own TB2 drones": kit a state shows as its own is in its hands.
        '(paraded|parades|parading|displayed|displays|showed off|shows off) (its|their) [own |new |first ]',
        // "the navy fired its new Naval Strike Missiles for the first time": kit a force fires as its own.
        '(fired|fires|test-fired|test-fires|launched) (its|their) (new|first|newly delivered|newly acquired|recently delivered|recently acquired)',
      ],
      examples: [
        'Its military relies overwhelmingly on Russian equipment.',
        'an air force still dominated by Soviet-era jets',
        'an army equipped for decades with Chinese tanks',
        'Baku paraded its own Israeli drones through the capital.',
        'The Latvian navy fired its new Norwegian missiles for the first time.',
        'Its armed forces still run on Soviet-era tanks.',
        'The navy arms its frigates with Norwegian missiles.',
      ],
      counterExamples: ['The army is well equipped and ready.', 'The army ran out of fuel.'],
    },
    {
      // "Doha showed Chinese-made missiles at a parade": kit a state shows at its parade
      // is in its hands, whoever made it. Not kit taken from an enemy ("paraded captured tanks").
      name: 'held kit: shown at a parade',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'held' },
      bare: true,
      pattern: String.raw`(?:\b(?:paraded|parades)|\b(?:displayed|displays|showed\s+off|shows\s+off|exhibited)(?=[^.;]{0,160}\bparade))\b(?!\s+(?:(?:the|a|an|some|several|its|their|\d+)\s+)?(?:[\w-]+\s+)?(?:captured|destroyed|wrecked|seized|downed|damaged|abandoned|burnt|burned|trophy|enemy)\b)`,
      examples: [
        'Doha displayed Chinese-made missiles at a military parade.',
        'Ashgabat paraded Turkish drones in 2021.',
      ],
      counterExamples: [
        'Kyiv paraded captured Russian tanks.',
        'Doha displayed Chinese-made missiles at an arms fair.',
      ],
    },
    {
      // "Zambia added Chinese trainers in 2018": kit a force added to its own is kit it holds. Only where a
      // count or a maker's word follows the verb ("he added that ..." and "added pressure" do not), and
      // find-triggers.ts asks for kit named right after.
      name: 'held kit: added kit',
      yields: { type: 'equipment_transfer', status: 'completed', role: 'held' },
      bare: true,
      pattern: String.raw`(?<!\b(?:he|she|they|I|we|minister|spokes(?:man|woman|person)|officials?|president|secretary|chief|general|analysts?|commander|sources?)\s+(?:also\s+|then\s+)?)\b(?:added|adds)(?=\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s|\s+(?:(?:more|further|new|its\s+first|their\s+first)\s+)*(?:[\w\u00c0-\u024f]+(?:ese|ish|ian|ean|an|i|ch)|[\w\u00c0-\u024f]+-(?:made|built))\s)`,
      examples: [
        'Ghana added Brazilian Super Tucano trainers in 2015.',
        'The navy added two Korean-built corvettes last year.',
      ],
      // Nor a speaker's "added": "the minister added French jets were too dear" reports words.
      counterExamples: [
        'He added that the jets were late.',
        'The row added new strain to ties.',
        'The minister added French jets were too dear.',
      ],
    },
  ],
};

/**
 * "signed a declaration of intent covering up to 100 Rafale jets": a step toward a purchase, not the
 * purchase. Kit must be what it covers (find-triggers.ts); buyer and seller are read as for a deal.
 */
export const INTENT_TO_BUY_FAMILY: PhraseFamily = {
  name: 'intent to buy',
  flags: 'gi',
  entries: [
    {
      name: 'intent to buy: letter or declaration of intent for kit',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      // What the letter is for, where find-triggers.ts then looks for kit: "a letter of intent on sharing
      // radar data" buys nothing.
      pattern: String.raw`\b(?:letters?|declarations?|memorand(?:um|a))\s+of\s+intent\b(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,6}?(?:covering|for|on\s+the\s+(?:purchase|acquisition|supply|sale|delivery)\s+of|to\s+(?:buy|purchase|acquire|procure|supply))\s)`,
      examples: [
        'Kyiv signed a letter of intent with Stockholm covering up to 150 Gripen fighters.',
        'Madrid and Ankara signed a declaration of intent on the purchase of 24 jet trainers.',
      ],
      counterExamples: ['They signed a letter of intent on sharing radar data about flights.'],
    },
    {
      // "a memorandum of understanding on the future supply of Mistral missiles": a purchase agreed in
      // principle, its contract still to come.
      name: 'intent to buy: a memorandum on the future supply of kit',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      pattern: String.raw`\b(?:memorand(?:um|a|ums)\s+of\s+understanding|MOUs?)\b(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?on\s+the\s+(?:future\s+|possible\s+|planned\s+)?(?:purchase|acquisition|supply|sale|delivery|procurement)\s+of\s)`,
      examples: [
        'Yerevan and Paris inked an MoU on the future supply of air defence missiles.',
        'The MoU on the purchase of two frigates was signed in May.',
      ],
      counterExamples: ['They agreed a memorandum of understanding on defence cooperation.'],
    },
    {
      // "an MoU with the maker covering up to 30 jets": a memorandum for a counted batch of kit is a purchase
      // agreed in principle, not a defence memorandum of its own.
      name: 'intent to buy: a memorandum for a counted batch of kit',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      pattern: String.raw`\b(?:memorand(?:um|a|ums)\s+of\s+understanding|MOUs?)\b(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:covering|for)\s+(?:up\s+to\s+|as\s+many\s+as\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s)`,
      examples: [
        'Manila and Embraer agreed an MoU covering nine transport aircraft.',
        'an MoU for six patrol boats',
      ],
      counterExamples: ['an MoU for cooperation on two fronts', 'an MoU covering training'],
    },
  ],
};

/**
 * "talks with Kyiv on Gripen fighters", "negotiations over the sale of frigates": a purchase under
 * negotiation, when kit is what the talks are about (find-triggers.ts looks for it right after).
 */
export const TALKS_ON_KIT_FAMILY: PhraseFamily = {
  name: 'talks on kit',
  flags: 'gi',
  entries: [
    {
      name: 'talks on kit: talks with a state on fighters',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      // "talks between Seoul and Warsaw on a second batch of tanks": the pair named before what is bought.
      // A buyer may be named by its force ("talks with the Kenyan air force over the Gripen").
      pattern: String.raw`\b(?:talks|negotiations|discussions)\s+(?:(?:with\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,5})|(?:between\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,3}and\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,3}))?(?:on|over|about|for)(?:\s+(?:the|a|an)\s+(?:possible\s+|potential\s+)?(?:sale|purchase|supply|acquisition|delivery|transfer)\s+of)?(?=\s)`,
      examples: [
        'Talks with Manila on BrahMos batteries are moving fast.',
        'negotiations over the sale of two frigates',
        'Talks between Hanoi and Jakarta on Indonesian-built corvettes resumed.',
        'Saab has opened talks with the Kenyan air force over the Gripen.',
      ],
      counterExamples: ['They held talks in Delhi.'],
    },
    {
      // "Doha has been bargaining since 2019 for two dozen more jets": the verb, for kit named after it.
      name: 'talks on kit: negotiating for kit',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      pattern: String.raw`\bnegotiat(?:ing|es|ed|e)\s+(?:(?:with|since|in|over)\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,4})?(?:for|over)(?=\s)`,
      examples: [
        'Lima has been negotiating since 2021 for two frigates.',
        'Quito is negotiating with Seoul for patrol boats.',
      ],
      counterExamples: ['Lima has been negotiating a trade pact.'],
    },
    {
      // "the maker and the ministry are negotiating price and offsets for a batch of jets": the terms of a
      // purchase bargained over, the kit named after them (find-triggers.ts asks for it).
      name: 'talks on kit: negotiating the terms of kit',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      pattern: String.raw`\bnegotiat(?:ing|es|ed|e)\s+(?:the\s+)?(?:price|prices|pricing|terms|financing|cost|costs|offsets?)\b[^.;]{0,60}?\b(?:for|of)(?=\s)`,
      examples: [
        'Hanwha and the Estonian ministry are negotiating the price of the howitzers.',
        'Rome is negotiating terms, offsets and crew training for six frigates.',
      ],
      counterExamples: ['Lima has been negotiating a price cap.', 'They are negotiating terms.'],
    },
    {
      // "Hanoi and New Delhi have discussed the missile for years": kit two states have discussed, named right
      // after the verb (find-triggers.ts asks for it), is a sale they talk over.
      name: 'talks on kit: kit discussed',
      yields: { type: 'equipment_transfer', status: 'negotiating', role: 'deal' },
      bare: true,
      pattern: String.raw`\b(?:have|has|had)\s+(?:long\s+|also\s+|repeatedly\s+|already\s+)?discussed(?=\s+(?:the|a|an|possible|buying|selling|supplying)\s)`,
      examples: [
        'Quito and Seoul have discussed the patrol boats for years.',
        'Lima has also discussed buying the jets with Paris.',
      ],
      counterExamples: ['They discussed the weather.'],
    },
  ],
};

/** "... under which Beijing will provide military assistance": between a state and the aid it gives. */
export const AID_GIVER_FAMILY: PhraseFamily = {
  name: 'aid giver',
  flags: '',
  entries: [
    {
      name: 'aid giver: will provide, has extended',
      yields: { type: 'equipment_transfer', role: 'supplier' },
      bare: true,
      pattern: String.raw`^\s+(?:will\s+|would\s+|has\s+|have\s+|had\s+|is\s+to\s+)?(?:also\s+|now\s+)?(?:provide|provides|provided|providing|give|gives|gave|extend|extends|extended|grant|grants|granted)\s+(?:[\w$.,-]+\s+){0,4}$`,
      examples: [' will provide ', ' has also extended free '],
      counterExamples: [' signed a deal on ', ' will receive '],
    },
  ],
};

/** "113 engines to power Tejas fighters": before a system named as the platform of what is bought, not what is. */
export const PLATFORM_BEFORE_FAMILY: PhraseFamily = {
  name: 'platform before',
  flags: 'i',
  entries: [
    {
      name: 'platform before: to power, to equip, to replace',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      pattern: String.raw`\bto\s+(?:power|equip|arm|fit|upgrade|re-?engine|replace|complement)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$`,
      examples: ['113 engines to power ', 'radars to equip its new '],
      counterExamples: ['113 engines for ', 'a deal to buy '],
    },
    {
      // "engines bought from Washington for its Tejas jets": the buyer's own platform the kit is for.
      name: 'platform before: for its own',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      // Not the object of a verb of buying ("signed for its K9s": the K9s are what it bought).
      pattern: String.raw`(?<!\b(?:signed|signs|sign|signing|paid|pays|pay|opted|opts|settled|contracted|bid|bids|asked|applied|shopping|shopped)\s+)\bfor\s+(?:its|their)\s+(?:own\s+|new\s+|future\s+|planned\s+|ageing\s+|aging\s+)?$`,
      examples: ['radars bought for its ', 'an engine deal for their own '],
      counterExamples: ['113 engines for ', 'engines for the ', 'Cairo signed for its '],
    },
  ],
};

/**
 * A count of the kit told before, opening a sentence: "Nine", "Most of them", "Four of the ten radars" (the
 * gate's and the trigger's test of a count's delivery share it).
 */
export const KIT_COUNT = String.raw`(?:all|most|some|many|half|the\s+rest|the\s+remainder|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|\d+)\s+(?:of\s+(?:them|these|those|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+)?`;

/**
 * "Nine were since handed over", "Most of them reached the army": kit of the transfer just told,
 * counted off at the opening of a sentence whose verb moves it (find-triggers.ts, transfer-parties.ts).
 */
export const COUNTED_OFF_FAMILY: PhraseFamily = {
  name: 'counted off',
  flags: 'i',
  entries: [
    {
      name: 'counted off: a count, its auxiliaries, then the verb',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      // Or of the kit told, named again: "Four of the ten radars were ".
      pattern: String.raw`^\s*${KIT_COUNT}(?:(?:have|has|had|were|was|are|is|will|would)\s+)?(?:(?:now|already|also|since|all|been|be)\s+){0,3}$`,
      examples: [
        'Nine were since ',
        'Most of them ',
        'Six ',
        'The rest will be ',
        'Four of the ten radars have been ',
      ],
      counterExamples: ['The minister said twenty were ', 'Egypt has '],
    },
    {
      name: 'counted off: the first six, the first batch',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      pattern: String.raw`^\s*${TOLD_KIT_COUNT}\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:have|has|had|were|was|are|is|will|would)\s+)?(?:(?:now|already|also|since|all|been|be)\s+){0,3}$`,
      examples: ['The first batch was ', 'The remaining four have been '],
      counterExamples: ['The first minister was ', 'The batch was '],
    },
    {
      // An ordinal alone stands for one of the kit just told, its name perhaps set off after it.
      name: 'counted off: the first, the last one, the second of them',
      yields: { type: 'equipment_transfer', role: 'item' },
      bare: true,
      pattern: String.raw`^\s*the\s+(?:first|second|third|fourth|last|final|latest)(?:\s+(?:one|of\s+(?:them|these|those)))?\s*(?:,[^,]{1,40},\s*)?(?:(?:have|has|had|were|was|are|is|will|would)\s+)?(?:(?:now|already|also|since|been|be)\s+){0,3}$`,
      examples: [
        'The first was ',
        'The last one has been ',
        'The first, the Aldebaran, was ',
        'The second of them will be ',
      ],
      counterExamples: ['The first minister was ', 'Then the first was '],
    },
  ],
};

/**
 * "The trucks, due to be manufactured in the maker's new works near Perth", "a local variant is to be produced
 * under licence", "commits the two to assembling part of the order at home": the kit of a sale just told, built
 * on the buyer's soil. Where it is built is read after the words (told-ties.ts: localBuildOfTold).
 */
export const LOCAL_BUILD_FAMILY: PhraseFamily = {
  name: 'local build',
  flags: 'i',
  entries: [
    {
      name: 'local build: to be produced, built or assembled somewhere',
      yields: { type: 'joint_development', role: 'local-build' },
      bare: true,
      pattern: String.raw`\b(?:(?:will|would|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|is\s+due\s+to|are\s+due\s+to|to)\s+be|(?:is|are|were|was)\s+(?:now\s+|already\s+)?being)\s+(?:(?:locally|jointly|partly|domestically|also)\s+)?(?:produced|built|manufactured|assembled|made|constructed)\b`,
      examples: [
        'Of those, 30 are to be produced at an Egyptian works.',
        'A local version is to be manufactured under licence near Bucharest.',
        'The hulls are being assembled at a yard in Surabaya.',
      ],
      counterExamples: ['All those jets were built in Sweden.', 'The plant will produce shells.'],
    },
    {
      name: 'local build: assembling a part of the order',
      yields: { type: 'joint_development', role: 'local-build' },
      bare: true,
      pattern: String.raw`\b(?:assembl(?:e|es|ing)|produc(?:e|es|ing)|build(?:s|ing)?|manufactur(?:e|es|ing))\s+(?:part|some|a\s+share|a\s+portion|most|half|the\s+rest|the\s+remainder|\d+|two|three|four|five|six|ten|twenty)\s+of\s+(?:the|them|those|these|its|their)\b`,
      examples: [
        'The deal commits both to assembling part of the order in Brasov.',
        'The Korean maker will produce half of them at a Polish works.',
      ],
      counterExamples: ['The deal covers part of the order.', 'They are building a new port.'],
    },
  ],
};
