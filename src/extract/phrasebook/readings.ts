// Phrasings that propose readings for the scorer rather than facts on their own: a state's standing in a
// grouping, the buyers of what a maker sells, and the defense context that makes an unnamed deal a defense one.
import { GAP_WORD } from './compile.js';
import type { PhraseFamily } from './entry.js';

/** "NATO member Norway", "fellow Quad partners", "a partner nation of NATO": membership, named as a role. */
export const GROUPING_ROLE_FAMILY: PhraseFamily = {
  name: 'grouping role',
  flags: 'g',
  entries: [
    {
      name: 'grouping role: member or ally of a named grouping',
      yields: { type: 'membership', status: 'in_force' },
      pattern: String.raw`\b(?:NATO|Nato|EU|ASEAN|Asean|Quad|AUKUS|G7|[Aa]lliance)(?:['’]s)?\s+(?:(?:newest|oldest|latest|founding|fellow|full|new|global|only|sole|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|Asian|European|Nordic|Baltic|Arab|African|Gulf|Pacific|Latin|American|South|North|Central|eastern|western|northern|southern|and)\s+){0,6}(?:members?|member (?:states?|countries|nations)|all(?:y|ies)|partners?|partner (?:countries|nations))\b`,
      examples: [
        'NATO member Romania will host the brigade from next spring.',
        'Brussels said the fellow EU member states agreed to the plan.',
        'Canberra is the alliance’s newest partner in the region.',
        "Finland became NATO's 31st member on April 4, 2023.",
        "Peru became the alliance's first global partner in South America.",
        "Chile became NATO's first and sole South American global partner.",
        "Japan, the Quad's only Asian member, abstained.",
      ],
      counterExamples: [
        'Members of parliament met in Vilnius on Monday.',
        'NATO said the drills were routine.',
      ],
    },
    {
      // "Turkey, a member of NATO for seven decades": the role with the grouping after it.
      name: 'grouping role: member of a named grouping',
      yields: { type: 'membership', status: 'in_force' },
      // "Mongolia, a partner of NATO since 2012": a partner of a defense grouping (a trading partner is not).
      // The look-behind comes after "partner", so it runs only where the word is.
      pattern: String.raw`\b(?:members?|member states?|all(?:y|ies))\s+of\s+(?:the\s+)?(?:NATO|Nato|EU|ASEAN|Asean|Quad|AUKUS|[Aa]lliance|[Bb]loc)\b|\bpartners?(?<!\b(?:trade|trading|economic|business|commercial)\s+partners?)\s+of\s+(?:the\s+)?(?:NATO|Nato|[Aa]lliance)\b`,
      examples: [
        'Greece, a member of NATO since 1952, objected.',
        'Laos is a member of ASEAN, the bloc of ten states.',
        'Kazakhstan, a partner of NATO for three decades, sent a platoon.',
      ],
      counterExamples: [
        'A member of parliament asked about the bloc.',
        'Allies of the president rallied.',
        'Norway is a major trading partner of the alliance members.',
      ],
    },
    {
      name: 'grouping role: partner nation of',
      yields: { type: 'membership', status: 'in_force' },
      pattern: String.raw`\b(?:partner nation|partner country|global partner|enhanced opportunities partner|dialogue partner)s?\s+(?:of|to|in)\b`,
      examples: [
        'Mongolia became a global partner of NATO in 2012.',
        'India is a dialogue partner of the bloc, officials in Jakarta said.',
      ],
      counterExamples: ['Kenya is a trading partner for many European firms.'],
    },
    {
      name: 'grouping role: members that make up a grouping',
      yields: { type: 'membership', status: 'in_force' },
      pattern: String.raw`\b(?:make|makes|made) up\b|\b(?:comprises?|comprising|consists? of|members include|founding members?)\b`,
      examples: [
        'Australia, India, Japan and the United States make up the Quad.',
        'The bloc comprises Brunei, Cambodia, Indonesia and seven other states.',
      ],
      counterExamples: ['The two sides agreed to make peace along the border.'],
    },
  ],
};

/** "six export clients including A and B", "sales to A": the buyers of what the subject makes. */
export const CLIENTS_FAMILY: PhraseFamily = {
  name: 'transfer clients',
  flags: 'gi',
  entries: [
    {
      name: 'clients: buyers of a system',
      yields: { type: 'equipment_transfer', role: 'recipients' },
      words: [
        '[foreign |export |international |overseas ](clients|customers|buyers)',
        // "radar operators" are crews: operators and users of a system are its buyers only so qualified.
        '(foreign|export|international|overseas|other|existing|current) (operators|users)',
        '(operators|users) (of the|include|including)',
        '(sales|exports|deliveries) to',
        'export (contract[s]|deal[s]|order[s])',
        // "purchases by A and B", "orders from A and B" name buyers; a "purchase from A" names its seller.
        '(purchase[s]|order[s]) by',
        'order[s] from',
        'supplier[s] of (arms|weapons|military equipment|military hardware|defense equipment) to',
        // "a supplier of artillery shells to Armenia": the kit named instead of "arms".
        '(supplier[s]|provider[s]) of ~2 (ammunition|munitions|shells|rockets|drones|missiles|interceptors|tanks|howitzers|artillery|jets|fighters|aircraft|helicopters|warships|vessels|ships|boats|submarines|frigates|rifles|radars|armo[u]red vehicles|weaponry) to',
        '(in service|in use|operated) (with|by) [the ]',
        // "the drones now fly for A and B": the air forces that fly a maker's aircraft bought them.
        '(fly|flies|flying|flown) for [the ]',
        // "the radar serves with the navies of A and B": the forces that use a maker's system bought it.
        '(serve|serves|served|serving) with the (air force|air forces|navy|navies|army|armies|armed forces|militaries|coast guard|coast guards) of',
        // "flown in five countries, among them A and B": the operators listed.
        '(operated|flown|used|fielded) ~3 in ~2 (countries|nations|states)[,] (including|among them|such as)',
      ],
      // "purchases of the Korean howitzer by A, B and C": the system between the noun and its buyers; not "the
      // acquisition of jets developed by a Turkish firm", whose "by" names the maker.
      pattern: String.raw`\b(?:purchases?|orders?|acquisitions?)\s+of\s+(?:(?!(?:developed|designed|made|built|produced|manufactured|supplied|offered|co-developed)\b)${GAP_WORD}\s+){0,4}by\b`,
      examples: [
        'The K9 howitzer has export customers in Norway, Finland and Egypt.',
        'Israel has become a major supplier of arms to India and Azerbaijan.',
        'Serbia has quietly become a supplier of mortar shells to Ukraine.',
        'Spain is a long-standing supplier of patrol vessels to Venezuela.',
        'Ankara has signed export contracts for the drone with Morocco and Ethiopia.',
        'Recent sales to Indonesia and Egypt lifted the order book.',
        'The Korean howitzer, in service with Norway and Egypt, is cheap to run.',
        'Embraer trainers now fly for Angola and Ghana.',
        'A Brazilian patrol aircraft serves with the navies of Angola and Ghana.',
        'Orders of the Turkish armoured vehicle by Hungary and Kenya followed the trials.',
        'The Swedish radar is used in several countries, including Thailand and Brazil.',
      ],
      counterExamples: [
        'The buyer of the building was not named.',
        'The launches kept Seoul’s radar operators busy.',
        'Madrid approved the acquisition of jet trainers developed by a Turkish firm.',
      ],
    },
    {
      // "The howitzer has been bought by A and B": a system's buyers after a passive verb of buying. A firm
      // bought by an investor is a takeover, not a transfer.
      name: 'clients: bought by',
      yields: { type: 'equipment_transfer', role: 'recipients' },
      words: ['(bought|purchased|ordered|acquired) by'],
      unlessFollowedBy: '(a|an|private|local|investor[s]|shareholder[s]|company|firm|group|fund)',
      examples: [
        'The Israeli radar has since been purchased by Vietnam and Azerbaijan.',
        'Light tanks of the same family were ordered by the Philippines last year.',
      ],
      counterExamples: ['The shipyard was bought by a local investor in 2019.'],
    },
    {
      // "Indian-made launchers have been seen in Armenian service", "the jets entered Polish service in 2023": a
      // system in a state's service, the state named inside the words; its maker sold it (transfer-parties.ts).
      // Under the family's /i the capital is not required: "in active service" names no state, and no reading.
      name: 'clients: in a state’s service',
      yields: { type: 'equipment_transfer', role: 'recipients' },
      bare: true,
      pattern: String.raw`\b(?:in|into|entered|entering|enters)\s+(?:the\s+)?[A-Z][\w\u00c0-\u024f'’-]+\s+(?:(?:army|navy|air\s+force|military|armed\s+forces|marine\s+corps)(?:['’]s?)?\s+)?service\b`,
      examples: [
        'Korean-built launchers are now in Polish service.',
        'The first jets entered Hungarian air force service in 2023.',
      ],
      counterExamples: ['The ship returned to service in May.', 'The service was held in Lima.'],
    },
  ],
};

/** Words that make an agreement nobody names ("a new deal") a defense one, where the text has them. */
export const DEFENSE_CONTEXT_FAMILY: PhraseFamily = {
  name: 'defense context',
  flags: 'i',
  entries: [
    {
      name: 'defense context: military words',
      yields: { role: 'defense-context' },
      words: [
        '(defense|security|military|troops|forces|base[s]|arms|alliance|weapons)',
        '(navy|navies|army|armies|air force|warship[s]|missile[s]|drill[s]|exercise[s]|soldier[s]|fighter jet[s])',
        // Units and fleets: "Gurkhas serve in its regiments", "the coast guards' joint patrols".
        '(naval|regiment[s]|battalion[s]|brigade[s]|peacekeeping|peacekeeper[s]|coast guard[s]|frigate[s]|submarine[s]|destroyer[s])',
      ],
      examples: [
        'The deal lets US troops rotate through two more bases.',
        'Oslo signed a new deal on security cooperation.',
      ],
      counterExamples: ['The two countries signed a new trade deal on Friday.'],
    },
  ],
};

/** Words that put a meeting or a memorandum outside defense: health ministers, a climate summit, a trade pact. */
export const CIVIL_CONTEXT_FAMILY: PhraseFamily = {
  name: 'civil context',
  flags: 'i',
  entries: [
    {
      name: 'civil context: a portfolio outside defense',
      yields: { role: 'civil-context' },
      words: [
        '(health|finance|trade|commerce|tourism|education|agriculture|energy|environment|climate|culture|sport[s]|labor|labour|economy|transport|fisheries|justice|interior) (minister[s]|ministry|ministries|secretary|secretaries|authorities|officials)',
        '(central bank|bank of ~2 governor|finance chiefs)',
        // The portfolio after the title, as official styles put it: "the Minister of Foreign Trade".
        '(minister[s]|ministry|ministries|secretary|secretaries) (of|for) [foreign |international ](health|finance|trade|commerce|tourism|education|agriculture|energy|environment|climate|culture|sport[s]|labor|labour|economy|transport|fisheries|justice|industry and trade|trade and industry)',
      ],
      examples: [
        'The Kenyan health minister met his Ugandan counterpart in Kampala.',
        'The Minister of Foreign Trade received her Chilean counterpart in Lima.',
        'Brazil’s finance minister held talks with Argentine officials on Monday.',
      ],
      counterExamples: ['The defence minister met his Ugandan counterpart in Kampala.'],
    },
    {
      name: 'civil context: a summit or pact outside defense',
      yields: { role: 'civil-context' },
      words: [
        '(climate|trade|economic|investment|health|medical|tourism|business|energy|sport[s]|cultural|education[al]|agricultural|scientific|fisheries|fishing|mining|minerals|visa liberali(s|z)ation|aviation safety) (summit|talks|negotiations|forum|conference|meeting|agreement|memorandum|deal|pact|cooperation|partnership|dialogue|commission|committee|arrangement|protocol)',
        '(tourist[s]|visitor[s]|students|travel[l]ers)',
        // A delegation of traders or a city plan: "during the visit of a Swedish trade delegation".
        '(trade|business|investment|commercial) (delegation|mission)[s]',
        '(green energy|smart cit(y|ies)|renewable energy)',
        // "a memorandum of understanding on a rail and shipping corridor": what it is about is civil.
        '(memorand(um|a|ums) of (understanding|cooperation)|agreement[s]|deal[s]|memorand(um|a|ums)) on ~2 (rail|railway|shipping|port|pipeline|energy|power|electricity|gas|oil|hydrogen|carbon|mining|minerals|trade|investment|infrastructure|tourism|health|education|climate|digital|agriculture|fisheries|customs|visa[s]|migration) ',
        // Talks on fish or tariffs: "a round of talks with Oslo on mackerel quotas".
        '(talks|negotiations|consultations) ~4 (on|over|about) ~2 (fishing|fisheries|mackerel|herring|tuna|squid|tariff[s]|customs|visa[s]) ~1 (quota[s]|rights|stocks|duties|rules|regime)',
        // Talks on what lies under the sea: "quiet consultations with a distant power about seabed mining".
        '(talks|negotiations|consultations) ~4 (on|over|about) [deep-sea |deep sea ](seabed|sea-bed) (minerals|mining|resources)',
        // The G20 is an economic forum: its summit is no defense meeting.
        '(G20|G-20|Group of 20) ~3 (summit|meeting|leaders)',
      ],
      examples: [
        'Leaders gathered in Nairobi for a climate summit on Monday.',
        'Vietnam and Chile signed a trade agreement last week.',
        // A joint body for a civil portfolio: its talks are no defense meeting.
        'The joint trade commission ended its annual session in Nairobi.',
        'The number of Chinese tourists visiting Japan rose again.',
        'Oman and Kenya agreed a memorandum of understanding on a new rail link.',
        'They hailed two memorandums of cooperation on hydrogen plants in Sabah.',
        'Leaders left the G20 summit in Rio on Tuesday.',
        'Dakar and Brussels still discuss the future of their fishing protocol.',
        'Avarua held consultations with Seoul about seabed mining.',
        'A Danish trade delegation in town inked the pact on smart city projects.',
      ],
      counterExamples: ['Vietnam and Chile signed a defence agreement last week.'],
    },
    {
      // "the two sides meet again in the final": teams, not governments.
      name: 'civil context: sport',
      yields: { role: 'civil-context' },
      bare: true,
      pattern: String.raw`\b(?:beat|beats|defeated|defeats|thrashed|edged|drew with|lost to|won against)\b(?=[^.;]{0,60}\b\d{1,2}[-–]\d{1,2}\b)|\b(?:World Cup|Olympics?|Copa America|semi-?finals?|quarter-?finals?|qualifiers?|friendly match|kick-?off|striker|goalkeeper|midfielder|head coach|national team|squad|cricket|football|rugby|tennis|tournament|trophy|championship)\b`,
      examples: [
        'Ghana beat Nigeria 2-1 in Accra, and the two sides meet again in June.',
        'Japan and Korea will meet in the World Cup semi-final.',
        'The cricket board will raise the trophy row with Dhaka at the next meeting.',
      ],
      counterExamples: ['Ghana and Nigeria held talks in Accra on Tuesday.'],
    },
  ],
};

/**
 * Words of defense news beside those of the defense context, for the screen (stages/screen.ts): an article of
 * some length with fewer than two of either is civil news. Arms, platforms and instruments count too.
 */
export const DEFENSE_NEWS_FAMILY: PhraseFamily = {
  name: 'defense news',
  flags: 'gi',
  entries: [
    {
      name: 'defense news: platforms, arms and instruments',
      yields: { role: 'defense-context' },
      words: [
        '(frigate|submarine|corvette|destroyer|howitzer|warplane|fighter|drone|helicopter|gunboat|patrol boat|ammunition|munition)[s]',
        '(cross_servicing|logistics support|reciprocal access|visiting forces|status of forces|intelligence[_]sharing|mutual defen[cs]e)',
        '(NATO|AUKUS|Quad|CSTO|ASEAN Defence|ADMM|Pentagon|defen[cs]e ministry|war[_]games|manoeuvres|maneuvers|deterrence|peacekeep(ers|ing))',
        // The services by other names: a story of coast guards or marines training together names no army.
        '(naval|coast guard[s]|coastguard[s]|marines|sailors|airmen|servicemen|service members)',
      ],
      examples: [
        'A cross-servicing pact lets Chilean and Peruvian ships refuel each other.',
        'Two frigates sailed from Lorient.',
        'Coast guard cutters from the two states rehearsed a boarding off Palawan.',
      ],
      counterExamples: ['The two countries signed a trade deal on Friday.'],
    },
  ],
};

/**
 * "Kenyan coffee exports to Germany hit a record": a sale of goods named as trade, in a sentence with no military
 * word, supplies no arms (relations.ts). Apart from CIVIL_CONTEXT: a trade minister may well announce a sale of
 * jets, but rice exports are rice.
 */
export const CIVIL_GOODS_FAMILY: PhraseFamily = {
  name: 'civil goods',
  flags: 'i',
  entries: [
    {
      // "Kenyan coffee exports to Germany hit a record": goods traded, not arms supplied.
      name: 'civil goods: trade in goods',
      yields: { role: 'civil-goods' },
      words: [
        '(rice|wheat|grain|corn|maize|soy[bean[s]]|beef|pork|poultry|chicken|meat|fish|seafood|fruit[s]|durian[s]|banana[s]|coffee|tea|cocoa|sugar|palm oil|rubber|cotton|textile[s]|garment[s]|timber|coal|crude|oil|gas|LNG|fuel|fertili(s|z)er[s]|steel|aluminium|aluminum|copper|iron ore|car[s]|auto|automobile[s]|electronics|chip[s]|semiconductor[s]|phone[s]|solar panel[s]|farm|agricultural|food) (exports|imports|sales|shipments|trade|purchases)',
      ],
      examples: [
        'Kenyan coffee exports to Germany hit a record in March.',
        'Brazilian beef sales to Egypt fell in May.',
      ],
      counterExamples: [
        'Korean tank exports to Poland hit a record.',
        'Exports of arms to Cairo were halted.',
      ],
    },
  ],
};
