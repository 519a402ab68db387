// Phrasebook entries for meetings, official roles, equipment and the verbs that move it.
import type { PhraseFamily } from './entry.js';

/** A meeting of leaders, ministers or staff. "talks" toward an agreement are negotiation, not a meeting. */
/** Who signs for a state at a meeting: leaders, ministers, a crown prince, the other's counterpart. */
const SIGNER_TITLE = String.raw`president|prime\s+minister|premier|chancellor|king|crown\s+prince|emir|sultan|defen[cs]e\s+minister|foreign\s+minister|defen[cs]e\s+secretary|secretary\s+of\s+(?:state|defen[cs]e)|counterpart`;

export const MEETING_FAMILY: PhraseFamily = {
  name: 'meeting',
  flags: 'gi',
  entries: [
    {
      name: 'meeting: met, hosted, summit',
      yields: { role: 'meeting' },
      words: ['meets', 'meeting', 'meetings', 'summit[ry]'],
      // "The deal was met with concern": a reaction, not a meeting.
      pattern: String.raw`(?<!\b(?:was|were|been|is|are|be|being)\s+)met`,
      examples: [
        'The Kenyan president met his Turkish counterpart in Ankara.',
        'The defence ministers will hold a summit next week.',
      ],
      counterExamples: ['The metal hull was repainted.', 'In Athens, the deal was met with concern.'],
    },
    {
      name: 'meeting: a gathering that brought people together',
      yields: { role: 'meeting' },
      words: ['(brought|brings|bring|bringing) together'],
      // Drills that bring troops or ships together are an exercise, not a meeting; a fair that brings firms
      // together is a trade show.
      unlessFollowedBy:
        '~4 (companies|firms|exhibitors|businesses|manufacturers|troops|forces|soldiers|sailors|marines|warship[s]|ship[s]|vessel[s]|aircraft|jet[s]|unit[s]|contingent[s]|personnel|navies|armies)',
      examples: [
        'The forum in Accra brought together the army chiefs of Ghana, Togo and Benin.',
        'The summit brings together leaders of the Gulf states.',
      ],
      counterExamples: [
        'The drills brought together troops from India and Oman.',
        'The arms fair brings together some 900 firms from Peru and Chile.',
      ],
    },
    {
      name: 'meeting: hosting a visitor',
      yields: { role: 'meeting' },
      // The verb only: "the host nation", "as host" name a role, not a meeting.
      // Not "the largest deployment Japan has ever hosted": a record, not a visit.
      // Nor drills hosted: "the drills, this time hosted by A", "the drill, which A will host in May".
      // Nor the hosts counted or named as a role: "the two hosts", "the three host countries".
      pattern: String.raw`(?<!\b(?:the|a|an|as|its|their|co|ever|two|three|four|five|both|joint|fellow)[\s-])(?<!\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games|edition|iteration)\b[^.;]{0,30})(?<!\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s*games|edition|iteration)\b[^.;]{0,90}\b(?:which|that)\s+[^.;,]{1,40})(?:hosts|hosting|hosted|will\s+host|host)(?!\s+(?:countries|country|nations?|states?|cities|city|governments?)\b)`,
      // Hosting troops, ships or drills is an exercise or a deployment, not a meeting; so is hosting a share
      // of drills ("parts of the programme", "the land phase") or a site ("a training centre", "a terminal").
      unlessFollowedBy:
        '(~4 (phase[s]|leg[s]|part[s] of|portion[s] of|the bulk of|centre[s]|center[s]|terminal[s]|academy|academies|school[s]|edition|iteration)|~5 (advisers|advisors|instructors|trainers|troops|forces|soldiers|sailors|marines|service members|servicemembers|servicemen|warship[s]|ship[s]|vessel[s]|aircraft|jet[s]|drill[s]|exercise[s]|unit[s]|contingent[s]|personnel|base[s]|battlegroup[s]|battle group[s]|brigade[s]|battalion[s]|division[s]|rotation[s]|deployment[s]|garrison[s]|facility|facilities|station[s]|headquarters|presence|mission[s]|fighter[s]|missile[s]|radar[s]|range[s]|test site[s]|testing ground[s]|proving ground[s]|cosmodrome[s]|spaceport[s]|airfield[s]|installation[s]|depot[s]|port call[s])|~6 for (the|a|an|its|their) ~4 (exercise[s]|drill[s]|war games|manoeuvres|maneuvers))',
      examples: [
        'Hanoi will host the defence ministers next week.',
        'Erdogan hosted his Azerbaijani counterpart in Ankara.',
      ],
      counterExamples: [
        'Kenya hosted US and British troops for the exercise.',
        'Oman hosted Indian and Pakistani crews for the first Gulf Shield exercise.',
        'Latvia hosts a Canadian-led multinational battlegroup.',
        'Qatar hosts roughly 10,000 US service members.',
        'Laos hosts a Chinese-built satellite tracking station.',
        'Gabon hosts a French army and air base.',
        // A site for another state's tests is basing, not a visit.
        'Mongolia hosts Chinese missile testing ranges near the border.',
        'Ships from Peru sailed alongside the host Chilean navy.',
        'The annual drills, this time hosted by Ghana, drew troops from ten states.',
        'Next is the regional naval exercise, which Accra will host in May.',
        'Peru and Chile host smaller land and sea phases.',
        'Hungary hosts a regional helicopter training centre.',
        'Peru has hosted US military advisers for years.',
        'Besides the two hosts, Chile and Peru, the participants are Bolivia and Ecuador.',
        'Bolivia sent observers, and the three host countries sent ships.',
      ],
    },
    {
      name: 'meeting: to meet someone',
      yields: { role: 'meeting' },
      words: ['(to|will|would|shall|plans to|set to|due to|expected to) meet'],
      // Nor a visitor's side programme with no officials in it: "is due to meet the Ghanaian diaspora in Hamburg",
      // "will meet members of the joint business council".
      unlessFollowedBy:
        '([the |its |their ][~1 ](demand[s]|target[s]|standard[s]|requirement[s]|need[s]|deadline[s]|goal[s]|criteria|cost[s]|obligation[s]|challenge[s]|threat[s]|expectation[s])|[the ][(members|representatives) of ][the |a ]~4 (community|communities|diaspora|business council|chamber of commerce|business leaders|businesspeople|investors|students|fans))',
      examples: [
        "Italy's defence minister flew to Tokyo to meet his Japanese counterpart.",
        'The Chilean president will meet Lula in Brasilia on Friday.',
      ],
      counterExamples: [
        'The shipyard expanded to meet demand from Gulf navies.',
        'Its navy is too small to meet its maritime challenges.',
        'Before flying home the Ghanaian president is due to meet the Ghanaian community in Berlin.',
        'The minister will also meet members of the Peru-Chile business council.',
      ],
    },
    {
      name: 'meeting: talks and calls',
      yields: { role: 'meeting' },
      words: [
        '(held|hold|holds) [official |formal |bilateral |lengthy |extensive |in-depth |wide-ranging |separate |private |closed-door ]talks',
        'phone talks',
        'telephone talks',
        'phone call',
        'telephone call',
        'video call',
        'video conference',
        '(phone|telephone) conversation',
        '(spoke|speak|speaks|talked|conferred|discuss(ed|es)) ~6 (by|over the) [tele]phone',
        'talks (with|in|at|on the sidelines)',
        "(their|bilateral|trilateral|summit|ministerial|leaders[']|high-level|the) talks",
        '(defense|security|military|working-level|staff) talks',
        '(sat|sit|sits|sitting) down with',
        // The singular of translated readouts ("the generals had a brief talk with ..."): a meeting all the same.
        '(held|had|hold|holds|have) a [bilateral |brief |short |private |separate ]talk (with|on|in|at)',
        // The other forms a meeting takes in readouts: an audience, a working lunch.
        'audience with',
        '[working |official |state ](lunch|luncheon|dinner|breakfast) with',
        'conferred (with|in|at|on)',
      ],
      // The officials' own word for a one-to-one meeting: "the two wrapped up a half-hour bilateral".
      // Read from the rare noun back: a scan from every "had" of the news costs.
      pattern: String.raw`(?<=\b(?:held|had|hold|holds|finished|concluded|wrapped\s+up|began|started)\s+(?:a|their)\s+(?:[\w-]+\s+){0,2})bilateral(?=\s*[.;]|\s+(?:with|in|at|on|before|after)\b)`,
      examples: [
        'Lula held talks with the Indian prime minister in Brasilia.',
        'In Vientiane the Lao and Cambodian army chiefs had a brief talk with reporters present.',
        'Britain’s defence secretary sat down with his Polish counterpart.',
        'Working-level defence talks between Rabat and Madrid resume in July.',
        'The two leaders spoke by telephone call on Sunday, state radio said.',
        'The Omani and Jordanian army chiefs discussed border security by phone.',
        'The Danish and Dutch ministers wrapped up a 30-minute bilateral.',
        'The Greek minister was received in audience with the Omani sultan.',
        'The French minister had a working lunch with her Chilean counterpart.',
        'The Nigerien and Malian army chiefs conferred in Niamey on Monday.',
      ],
      counterExamples: ['Negotiators made progress on trade tariffs.', 'They signed a bilateral deal.'],
    },
    {
      name: 'meeting: visits',
      yields: { role: 'meeting' },
      words: [
        '(state|official|working) visit',
        'visit(ed|ing)',
        'trip to',
        'called on',
        // "a tour of Venezuela, Nicaragua and Cuba", "toured three Gulf states": a visit to each stop. Not a tour
        // under way ("is touring the region"), whose stops may be done or still to come.
        '(a|an|his|her|their|the) [~2 ]tour of',
        'toured',
      ],
      // Ships' visits to port are no meeting of officials: "naval visits", "port visits", "a warship visit".
      // Nor a visit a ship or a naval detachment makes or ends ("the naval detachment completes visit to ...").
      // Aircraft too ("jets of the air force will visit the base"), and a ship's stay told later in its sentence
      // ("the cutter sailed home after a three-day visit").
      pattern: String.raw`(?<!\b(?:naval|port|ship|warship|navy|vessel|goodwill|fleet)[\s-])(?<!\b(?:detachment|flotilla|squadron|task\s+group|strike\s+group|warships?|frigates?|destroyers?|corvettes?|carriers?|submarines?|vessels?|ships?|cutters?)\s+(?:\w+\s+){0,2})(?<!\b(?:aircraft|jets|fighters|bombers|planes)\s+(?:of\s+(?:the\s+)?(?:[\w-]+\s+){1,4})?(?:will|would|to|also|then)\s+)(?<!\b(?:warships?|frigates?|destroyers?|corvettes?|carriers?|submarines?|vessels?|ships?|cutters?)\b[^.;]{0,80}\b(?:after|during|on|for|ending|ended|completed|completing|concluded|concluding)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2})visits?`,
      // "soldiers of either state while visiting a partner country": what an access pact covers, not a visit made.
      // Nor a ship's visit told with "of": "the visit of a Spanish frigate to Manila".
      // Nor a visit to a site, which names no official met: "is expected to visit several arms factories".
      unlessFollowedBy:
        "((the other|each other's|one another's|either|a partner|the partner|the host) (country|countries|party|side|state|nation|territory)|of (the|a|an) ~3 (carrier|frigate|warship|destroyer|ship|vessel|submarine|corvette|cutter|flotilla|task group|strike group|squadron|training ship|tracking ship|research vessel)[s]|[several |some |two |three |a number of ](the|a|an|its|their|several|some) ~4 (facilities|factory|factories|plant|plants|shipyard|shipyards|production line[s]|museum|exhibition|trade fair|arms fair|assembly line[s]|workshop[s]))",
      note: 'The synonym map adds "go to" after state, official, working.',
      examples: [
        'The Saudi crown prince made a state visit to Seoul.',
        'The Polish minister paid an official go to to Nairobi.',
        'The admiral called on the Vietnamese defence minister.',
        'The Iranian president made a regional tour of Latin America.',
      ],
      counterExamples: [
        'Visitors queued outside the museum.',
        'The pact covers soldiers of either state while visiting a partner country.',
        'The agreement eases port visits by Chilean warships to Peru.',
        'The visit of the Peruvian training ship to Chile was its first.',
        'A Peruvian navy detachment ends short visit to Havana.',
        'The Chilean cutter left Callao on Friday after a four-day visit.',
        'Jets of the Spanish air force will visit the base in May.',
        'Omani officials plan to visit several arms factories near Izmir.',
      ],
    },
    {
      // "President Ruto and Ethiopian Prime Minister Abiy signed ...": two leaders named signing together have
      // met. The words stop before the verb, so that what they signed stays a trigger of its own.
      name: 'meeting: two leaders named signing together',
      yields: { role: 'meeting' },
      // One title is enough where the other signer is named ("Defence Minister Marles and Singapore's Ng Eng
      // Hen signed"), or is the first one's counterpart. The second form starts at "and": a scan from every
      // word costs a fifth of the whole extraction.
      // The counterpart's name may follow set off by commas ("and his Iranian counterpart, General X, signed").
      // Or the two "put their signatures to" the text: signed it together. Names keep their accents ("Černochová").
      pattern: String.raw`(?:${SIGNER_TITLE})\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,4}and\s+(?:[\w\u00c0-\u024f'’.-]+,?\s+){0,7}(?=(?:signed|inked|(?:put|set|placed|affixed)\s+their\s+signatures)\b)|\band\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,3}(?:${SIGNER_TITLE})(?=,?\s+(?:[\w\u00c0-\u024f'’.-]+,?\s+){0,5}(?:signed|inked|(?:put|set|placed|affixed)\s+their\s+signatures)\b)`,
      examples: [
        'President Ruto and Ethiopian Prime Minister Abiy Ahmed signed the pact in Nairobi.',
        'Defence Minister Kim and Polish Defence Minister Kosiniak-Kamysz inked the deal.',
        'Defence Secretary John Healey and his Norwegian counterpart Tore Sandvik signed the pact.',
        'Ruto and Ethiopian Prime Minister Abiy Ahmed signed the pact in Nairobi.',
        'Defence Minister Novo and his Chilean counterpart, General Ruiz, signed the memorandum.',
        'President Boric and his Peruvian counterpart Dina Boluarte put their signatures on the accord.',
      ],
      counterExamples: ['President Ruto and his prime minister disagreed on the pact.'],
    },
    {
      // Leaders or ministers who sign together have met: the signing is their meeting.
      name: 'meeting: a signing by leaders or ministers',
      yields: { role: 'meeting' },
      words: [
        'signed ~4 by ~5 (prime minister[s]|president[s]|defense minister[s]|foreign minister[s]|ministers|chancellor|king|leaders|counterparts)',
        // A date and a place may come between: "signed in Lima on 4 May 2024 by ... and his Chilean counterpart".
        'signed ~6 by ~8 and (his|her|their) ~2 (counterpart|opposite number)',
        '(defense ministers|foreign ministers|presidents|prime ministers|leaders) (signed|inked)',
        '(attended|witnessed) the signing',
        // A leader who signs something with another state's leader, named by title, has met that leader.
        '(signed|inked) ~6 with ~3 (president|prime minister|leader|king|crown prince|emir|sultan|chancellor|premier)',
        'signing ceremony',
        // A minister and a counterpart who set their signatures on one text signed it together, in person.
        '(counterpart|counterparts|ministers|leaders|presidents|prime ministers) (put|set|placed|affixed) their signatures (to|on)',
      ],
      // The verb alone, so that what was signed stays a trigger of its own.
      pattern: String.raw`sign(?:ed|s)(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,8}with\s+(?:his|her|their)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}counterparts?\b)`,
      examples: [
        'The Omani minister signed a roadmap with his Indian counterpart in Muscat.',
        'The accord was signed by the Omani and Indian defence ministers in Muscat.',
        'The declaration was signed on Tuesday by Kenyan President Ruto and Ethiopian Prime Minister Abiy.',
        'The two presidents attended the signing ceremony in Hanoi.',
        'It was signed by Ghanaian Defence Minister Omane Boamah and his Ivorian counterpart in Accra.',
        'The Chilean and Peruvian defence ministers signed the accord in Lima.',
        'In Lusaka, the Malawian minister and his Zambian counterpart set their signatures on a roadmap.',
        'In Minsk the Kazakh president inked a pact with Belarusian leader Lukashenko.',
      ],
      counterExamples: [
        'The contract was signed by the shipyard in March.',
        'The treaty was signed in 1951.',
      ],
    },
    {
      name: 'meeting: received a visitor',
      yields: { role: 'meeting' },
      // "received his counterpart", not "received their first six helicopters" (a delivery).
      // When and where set between the verb and the guest, dates with slashes too: "received, on Tuesday
      // 3/3/2026 in the capital, the defence secretary of ...".
      pattern: String.raw`received\s+(?:his|her|their)\b(?!\s+(?:first|second|third|last|final|initial|new|latest|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|batch|shipment|delivery|order)\b)|(?:received|receives|welcomed|welcomes),?\s+(?:on|last|this|yesterday|today)\b[^,;.]{0,40}?,?\s+(?:the\s+)?(?:visiting\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,3}?(?:deputy\s+|vice\s+)?(?:prime\s+minister|president|defen[cs]e\s+(?:minister|secretary)|foreign\s+minister|minister|secretary|chancellor|delegation|counterpart|commander|chief|envoy|ambassador)\b`,
      words: [
        '(received|receives|welcomed|welcomes) [the ][visiting ]~3 [deputy |vice ](prime minister|president|defense minister|foreign minister|minister|secretary|chancellor|king|delegation|counterpart|commander|chief of staff|chief|admiral|general|envoy|ambassador)',
        // Where and when told before the guest: "received on Friday at the ministry the ...".
        '(received|receives|welcomed|welcomes) [yesterday |today |on ~1 ](in|at) (his|her|the) (office|offices|ministry|palace|residence|headquarters) [the ][visiting ]~3 [deputy |vice ](prime minister|president|defense minister|foreign minister|minister|secretary|delegation|counterpart|commander|chief of staff|chief|envoy)',
        // The guest as subject: "was received in Cairo by the Egyptian defence minister".
        '(was|were|had been|has been) received [in ~2 |at ~2 ][on ~1 ]by ~3 [deputy |vice ](prime minister|president|defense minister|foreign minister|minister|secretary|chancellor|king|counterpart|commander|chief of staff|chief)',
        // An audience granted: "was received in a private audience by the king".
        '(was|were|had been|has been) received ~3 in [an |a private ]audience by',
        // Or told from the host's side, in the word order of French and Spanish copy: "received in audience his
        // homologue of Ecuador".
        '(received|receives) in [a |an ][private |official |special ]audience [his |her |their |the ][visiting ]~3 [deputy |vice ](prime minister|president|defense minister|foreign minister|minister|secretary|chancellor|delegation|counterpart|homologue|commander|chief of staff|chief|envoy)',
      ],
      examples: [
        'Erdogan welcomed the visiting Kenyan president at the palace.',
        'The minister received her Brazilian counterpart in Berlin.',
        'The Chadian minister received on Friday at the ministry the defence minister of Niger.',
        'Last week the Bolivian envoy had been received at Miraflores by the Peruvian president.',
        'The Chilean envoy was received last week in an audience by the Peruvian president.',
        'The Omani minister received, on Monday 2/2/2026 in Muscat, the Defence Secretary of Kenya.',
        'The Paraguayan minister received in audience his homologue of Uruguay.',
      ],
      counterExamples: [
        'The hospital received new equipment.',
        'The air force received their first six attack helicopters.',
        'The regiment received in its depot the first tanks ordered from the minister.',
        'The navy received, on Monday, the first frigate built for the minister.',
      ],
    },
    {
      // Standing beside a counterpart before the press is a meeting, whatever else the sentence reports.
      name: 'meeting: a joint press appearance',
      yields: { role: 'meeting' },
      words: [
        'joint (news|press) conference',
        'alongside ~3 [deputy |vice ](prime minister|president|defense minister|foreign minister|minister|secretary|chancellor|counterpart)',
      ],
      examples: [
        'The Dutch and Indonesian ministers gave a joint press conference in Jakarta.',
        'Speaking alongside Ghanaian Foreign Minister Ablakwa, the Danish minister praised the navy.',
      ],
      counterExamples: ['Polish volunteers fought alongside Ukrainian troops.'],
    },
    {
      // An official who does something "with his counterpart" (tours a yard, opens a centre, watches drills) has
      // met that counterpart; so have two officials at a signing done "in the presence of" each.
      name: 'meeting: an outing with a counterpart',
      yields: { role: 'meeting' },
      words: [
        '(toured|tour|tours|touring|inspected|inspects|inspecting|opened|inaugurated|reviewed|watched|observed|attended|co-chaired|chaired|laid a wreath) ~8 (with|alongside) (his|her|their) ~2 counterpart[s]',
        'in the presence of ~8 and (his|her|their) ~2 counterpart[s]',
        // A call made in person on an official: "a courtesy call to the army chief".
        '(courtesy|introductory|farewell) call[s]',
      ],
      examples: [
        'The Swedish minister toured the shipyard on Monday with his Polish counterpart.',
        'The deal was signed in Lisbon in the presence of Portugal’s minister and her Angolan counterpart.',
        'The Kenyan minister made a courtesy call to the Tanzanian army chief.',
      ],
      counterExamples: [
        'The minister toured the shipyard with local officials.',
        'Customers called the courtesy line for help.',
      ],
    },
    {
      name: 'meeting: talks held somewhere, matters discussed with someone',
      yields: { role: 'meeting' },
      words: [
        'for talks',
        // "The two chiefs held a working session in Dakar": a working meeting by its other name.
        '(held|had|hold|holds|holding|have) [a |an ][bilateral |joint ](working|work) session[s]',
        'discuss(ed|es|ing) ~6 with',
        // "raised the jet sale again with President X": a matter raised with a leader, face to face.
        '(raised|raises|raising|broached|broaches|pressed) ~5 with [the ][visiting ]~2 (president|prime minister|chancellor|king|crown prince|emir|premier|defense minister|foreign minister|counterpart|minister|secretary)',
        // "a ceremony ... in the presence of the visiting minister": a minister present at another's ceremony.
        'in [the ]presence of [the ][visiting ]~2 (president|prime minister|chancellor|king|crown prince|emir|premier|defense minister|foreign minister|minister|counterpart|secretary)',
        // "flies to Warsaw to discuss air defence with his Polish counterpart": a visit planned for talks.
        'to discuss ~6 with',
        // "after a day of talks in Port Moresby": talks held over a span of time are a meeting held.
        '(a|an|two|three|four|several) (morning|afternoon|evening|day|days|hours|week) of talks',
      ],
      examples: [
        'The Ghanaian president is in Ankara for talks with Erdogan.',
        'In Hanoi, the admiral discussed naval training with Vietnamese officers.',
        'The Dutch minister flies to Oslo to discuss frigates with her Norwegian counterpart.',
        'The Tongan and Fijian ministers signed the accord after a day of talks in Suva.',
        'The Ghanaian leader raised the patrol boat sale with President Lula in Brasilia.',
        'The Peruvian minister opened the school in the presence of the Chilean defence minister.',
        'The Ghanaian and Togolese ministers held a working session in Accra.',
      ],
      counterExamples: ['The discussion within the cabinet went on.'],
    },
    {
      name: 'meeting: dialogue',
      yields: { role: 'meeting' },
      // Dialogue to be strengthened or deepened is a relationship, not a meeting held.
      // Nor is work done "in close dialogue with" a partner: the manner of the work, not a meeting; nor are
      // consultations "provided" (a doctor's, to patients); nor a dispute settled "through dialogue" (a way);
      // nor an envoy recalled "for consultations", a protest that meets no one abroad.
      pattern: String.raw`(?<!\b(?:strengthen|strengthens|strengthening|deepen|deepens|deepening|enhance|enhances|enhancing|promote|promotes|promoting|boost|boosting|expand|expanding|foster|fostering|improve|improving|intensify|intensifying|broaden|broadening)\s+(?:(?:the|their|its|political|strategic|security|defen[cs]e|military|bilateral|regular|closer|high-level)\s+){0,3}|\bin\s+(?:close|constant|continuous|ongoing|permanent|regular|full)\s+|\b(?:provide|provides|provided|providing|offer|offers|offered|offering|give|gives|gave|giving)\s+(?:free\s+|medical\s+)?|\b(?:through|via|by)\s+(?:peaceful\s+|diplomatic\s+)?|\brecall(?:s|ed|ing)?\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,6}for\s+)(?:dialogue|consultations)`,
      examples: [
        'Korea and Vietnam held a strategic dialogue in Hanoi.',
        'Staff consultations between Warsaw and Berlin resumed.',
      ],
      counterExamples: [
        'The film has very little spoken text.',
        'The pact will strengthen political dialogue between Kenya and the alliance.',
        'The plan was drawn up in close consultations with Kenya.',
        'Army doctors offered free consultations to villagers in the district.',
        'Lima recalled its ambassador in Quito for consultations.',
        'Both capitals want the row settled through peaceful dialogue.',
      ],
    },
    {
      // A standing body of two defence establishments meets in sessions: each session is a meeting, and the
      // body set up is a mechanism established.
      name: 'meeting: joint defence commission',
      yields: { role: 'meeting' },
      words: [
        'joint [permanent ](defense|military|security) (commission|committee)[s]',
        'joint [permanent ](commission|committee) (on|for) (defense|security|military)',
        '(defense|military) cooperation (commission|committee)',
      ],
      examples: [
        'Officers from Zambia and Malawi opened the third Joint Defence Commission in Lilongwe.',
        'The joint permanent commission on defence and security met again after a five-year pause.',
      ],
      counterExamples: ['The election commission published the results.'],
    },
  ],
};

/**
 * An official who travels to a capital goes to meet its government. Fans and tourists travel too: the
 * stage reads these only after a title or a name (relations/find-triggers.ts).
 */
export const TRAVEL_FAMILY: PhraseFamily = {
  name: 'travel',
  flags: 'gi',
  entries: [
    {
      name: 'travel: travelled to',
      yields: { role: 'meeting' },
      words: [
        'travel[l]ed to',
        'travels to',
        'travel[l]ing to',
        'flew to',
        'arriv(ed|es|ing) in',
        'land(ed|s|ing) in',
        // "touched down in Islamabad", "stopped in Luanda on the way home", "a stopover in Doha".
        'touch(ed|es|ing) down in',
        '(stopped|stops|stopping) [over ]in',
        'stopover in',
        // "led a delegation to Tehran": whoever leads one visits.
        '(led|leads|leading|headed|heads|heading) ~3 delegation to',
        // A trip to come, the verb after a modal or "to": "will travel to", "is due to fly to". Not the noun
        // ("travel to the region was restricted").
        '(will|would|shall|to) (travel|fly|head) to',
        '(heads|headed) to',
        // A visit announced by where the visitor will be: "is due in Lima on Thursday", "is expected in Quito".
        '(is|are) [now ](due|expected) in',
      ],
      // A time, not a place: "a joint drill is expected in early autumn" awaits an event, not a visitor.
      unlessFollowedBy:
        '[the ](spring|summer|autumn|fall|winter|coming|early|late|mid*|january|february|march|april|june|july|august|september|october|november|december|(19|20)*)',
      examples: [
        "Peru's defence minister travelled to Seoul to inspect the frigate programme.",
        'The Chilean president is due in Lima on Thursday for talks.',
        'The Omani foreign minister touched down in Nairobi on Sunday.',
        'The Qatari defence minister led a military delegation to Rabat.',
        'The Egyptian president flew to Paris on Tuesday.',
        'The Vietnamese premier arrived in New Delhi on a three-day visit.',
        'The Ghanaian army chief will travel to Abuja on Thursday.',
        'Chile’s navy commander is due to fly to Lima for the ceremony.',
      ],
      counterExamples: [
        'Travel costs to the region rose sharply.',
        'Travel to the border area was restricted.',
        'A joint drill of the two coast guards is expected in early spring.',
      ],
    },
  ],
};

/** "talks" and "meeting" words that are really about negotiating an instrument. */
export const NEGOTIATION_TALKS_FAMILY: PhraseFamily = {
  name: 'negotiation talks',
  flags: 'i',
  entries: [
    {
      name: 'negotiation talks: talks on an agreement',
      yields: { role: 'negotiation', status: 'negotiating' },
      words: [
        // Not "official talks": held with a visitor, they are a meeting ("held official talks with the emir").
        '(in|start|begin|launch|formal|resume|continu)* [formal ]talks',
        // "talks with Delhi to buy missiles": bargaining over a purchase.
        'talks ~3 to (buy|purchase|acquire|procure|order)',
        'talks ~3 (over|on|about) the (purchase|sale|acquisition|procurement|supply|delivery|transfer)',
        'talks (on|toward|towards|over|about) (a|an|the)',
        '(in|into) (advanced|preliminary|early|final|exploratory|detailed|serious|ongoing|protracted) talks',
        // "hoped the talks with Paris could be concluded", "talks with Canada are continuing": a negotiation.
        'talks ~5 (could|would|will|might|should|can) be (concluded|finali(s|z)ed|completed|wrapped up)',
        'talks ~5 (are|were|remain|remained) [still |now ](continuing|under way|ongoing|stalled|stuck|progressing|advancing|going on)',
        // "talks with Quito have proved harder", "talks with Lima were progressing well": a bargain, not a visit.
        'talks (with|on) ~5 (have|has|had) (proved|proven|stalled|dragged|made progress|progressed|advanced)',
      ],
      // "held talks on the implementation of earlier contracts", "on the regional situation": what a meeting
      // went over, not a text being bargained. Nor where it was held: talks "on the margins".
      unlessFollowedBy:
        '(implementation|progress|situation|state of|results|outcome|security situation|regional|current|latest|developments|sidelines|side-lines|margins|fringes)',
      examples: [
        'India and Brazil began formal talks on a logistics pact.',
        'Ankara and Nairobi held talks on a defence agreement.',
        'Hanoi is in advanced talks with Seoul over the purchase of a frigate.',
        'The two navies went into exploratory talks last spring.',
        'Manila continues talks with Delhi to buy more missiles.',
        'Officials hoped the talks with Paris could be concluded this year.',
        'Talks with Quito on a logistics pact have proved harder.',
      ],
      counterExamples: [
        'The leaders held talks in Riyadh.',
        'The defence chiefs held talks on the implementation of earlier contracts.',
        'The two admirals had talks on the margins.',
      ],
    },
  ],
};

export const FOREIGN_ROLE_FAMILY: PhraseFamily = {
  name: 'foreign role',
  flags: 'i',
  entries: [
    {
      name: 'foreign role: foreign minister',
      yields: { role: 'foreign' },
      words: ['foreign (minister|secretary|ministers|secretaries|ministry chief)'],
      open: true,
      note: 'Open so that "foreign ministerial" counts too.',
      examples: [
        'The Polish foreign minister flew to Seoul.',
        'A foreign ministerial meeting opened in Nairobi.',
      ],
      counterExamples: ['The foreign ministry issued a statement.'],
    },
    {
      name: 'foreign role: other titles',
      yields: { role: 'foreign' },
      words: [
        'minister (of|for) foreign affairs',
        'external affairs minister',
        'top diplomat[s]',
        'foreign and defense',
      ],
      examples: [
        "India's external affairs minister arrived in Hanoi.",
        'The top diplomats of Kenya and Turkey met.',
      ],
      counterExamples: ['The interior minister resigned.'],
    },
    {
      name: 'foreign role: secretary of state',
      yields: { role: 'foreign' },
      words: ['secretary of state'],
      unlessFollowedBy: 'for defense',
      note: 'A British "Secretary of State for Defence" is a defense role.',
      examples: [
        'The US secretary of state met the Saudi crown prince.',
        'The Secretary of State flew to Warsaw.',
      ],
      counterExamples: ['The Secretary of State for Defence visited the troops.'],
    },
  ],
};

export const DEFENSE_ROLE_FAMILY: PhraseFamily = {
  name: 'defense role',
  flags: 'i',
  entries: [
    {
      name: 'defense role: defense minister',
      yields: { role: 'defense' },
      words: [
        'defense (minister|secretary|ministers|secretaries|chief[s])',
        'minist(er|ers) (of|for) [national ]defense',
        'secretary (of|for) (defense|war)',
        'secretary of state for defense',
        'and defense minister[s]',
        'defense and foreign (minister[s]|ministerial|secretaries)',
      ],
      note: 'The synonym map brings "Minister of Protection".',
      examples: [
        'The Korean defence minister toured the Polish plant.',
        'The Minister of National Protection received the envoy.',
        'Kenya and Turkey sent foreign and defense ministers to the talks.',
      ],
      counterExamples: ['The finance minister presented the budget.'],
    },
  ],
};

/** Heads of state or government and ministers: their meeting is a high-level meeting. */
export const OFFICIAL_FAMILY: PhraseFamily = {
  name: 'official',
  flags: 'i',
  entries: [
    {
      name: 'official: leaders and ministers',
      yields: { role: 'official' },
      words: [
        'prime minister',
        'president',
        'chancellor',
        'king',
        'queen',
        'emperor',
        'premier',
        'leader[s]',
        'minister[s]',
        'secretar(y|ies)',
        'chief[s]',
        'commander[s]',
        'admiral',
        'general',
        'ambassador',
        'envoy[s]',
        'official[s]',
        'delegation[s]',
        'counterpart[s]',
        'PM',
      ],
      examples: ['The Vietnamese premier arrived in New Delhi.', 'German officials toured the shipyard.'],
      counterExamples: ['Crowds gathered in the square.'],
    },
  ],
};

/** Things a transfer moves. Case-sensitive (no flags) so that model designations keep their capitals. */
export const EQUIPMENT_FAMILY: PhraseFamily = {
  name: 'equipment',
  // Any case: names of classes are capitalised ("three Littoral Mission Ships", "Offshore Patrol Vessels").
  flags: 'i',
  entries: [
    {
      name: 'equipment: weapons and platforms',
      yields: { role: 'equipment' },
      open: true,
      note: 'Open: the match may end inside a longer word, as item boundaries are read by transfer-item.ts.',
      words: [
        'weapon[s]',
        'arms',
        'missile[s]',
        'munition[s]',
        'ammunition',
        'ship[s]',
        'vessel[s]',
        'boat[s]',
        'frigate[s]',
        'destroyer[s]',
        'corvette[s]',
        'submarine[s]',
        'patrol (ships|boats|vessels)',
        'aircraft',
        'plane[s]',
        'jet[s]',
        'fighter[s]',
        'helicopter[s]',
        'drone[s]',
        'UAV[s]',
        'unmanned [aerial ](system[s]|vehicle[s])',
        'tank[s]',
        'howitzer[s]',
        'artillery',
        'radar[s]',
        'rifle[s]',
        'batteries',
        'launcher[s]',
        'interceptor[s]',
        'air defense system[s]',
        'equipment',
        'component[s]',
        'parts',
        'gyro[s]',
        'engine[s]',
        'system[s]',
        'hardware',
        'materiel',
        'armo[u]red vehicle[s]',
        'vehicle[s]',
        'trainer aircraft',
        // Platforms news names by role alone: "four Brazilian trainers", "two offshore patrol cutters".
        '(jet|light attack|turboprop) trainer[s]',
        'trainers',
        'cutter[s]',
        'minehunter[s]',
        'minesweeper[s]',
        'landing craft',
        'gunboat[s]',
        'bomber[s]',
        'transport aircraft',
        'air tanker[s]',
        'shell[s]',
        'bomb[s]',
        'rocket[s]',
        'torpedo[es]',
        'grenade[s]',
        'mortar[s]',
        'personnel carrier[s]',
        '(aircraft|helicopter) carrier[s]',
        'APC[s]',
        'IFV[s]',
        'MRAP[s]',
        'gun[s]',
        'cannon[s]',
        // Protective and demining kit, often what a donor hands to another state's forces.
        'helmet[s]',
        '(bulletproof|bullet_proof|ballistic|protective) vest[s]',
        'body armo[u]r',
        'night_vision (goggles|devices|equipment)',
        '(mine|metal|explosive[s]) detector[s]',
        '(mine_clearance|demining|mine_clearing) (machine[s]|vehicle[s]|equipment|kit[s])',
        // Kit of an army's rear: its trucks and radios are what many donors hand over (not field hospitals, as
        // often sent after a flood as to an army).
        '(military|army|off_road|all_terrain|tactical|logistics|utility) truck[s]',
        '(military|tactical|field) radio[s]',
        'radio stations',
      ],
      // The armoured forces' vehicles as a mass noun: "much of its armour was bought from Kyiv". Read from the
      // noun back, not from every "its" and "the" of the text: this list is scanned over all the news.
      pattern: String.raw`armou?r\b(?<=\b(?:its|their|army['’]s|country['’]s)\s+armou?r)`,
      examples: [
        'Turkey sold armed drones to Kenya.',
        'Korea shipped howitzers to Poland.',
        'Oslo will ship two coastal radars to Accra next year.',
        'Spain donated two demining machines to the Moroccan army.',
        'Tokyo sent bulletproof vests and helmets to Kyiv.',
        'Minsk supplied army trucks and radio stations to Harare.',
        'Washington has shipped guided bombs to the Gulf state.',
      ],
      counterExamples: ['The Ministers Talked About Trade.'],
    },
    {
      // Civil kit is military where it goes to a force: "gave two trucks and some tools to the Signals
      // Regiment", "donated ambulances to the army". Read from the noun on: this list is scanned over all news.
      name: 'equipment: civil kit handed to a force',
      yields: { role: 'equipment' },
      pattern: String.raw`\b(?:trucks|pick-?ups|ambulances|motorcycles|generators|tents|uniforms|(?:engineering\s+)?tools|water\s+tankers|buses)\b(?=[^.;]{0,60}?\bto\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:army|armies|navy|navies|air\s+force|armed\s+forces|defen[cs]e\s+forces?|military|coast\s+guard|regiment|battalion|brigade|corps|troops|soldiers|marines|gendarmerie)\b)`,
      examples: [
        'The envoy gave six trucks and some tools to the Signals Regiment.',
        'Rome donated ambulances to the Tunisian army.',
      ],
      counterExamples: ['The firm sold trucks to farmers.', 'Ambulances rushed to the scene.'],
    },
    {
      name: 'equipment: model designations',
      yields: { role: 'equipment' },
      open: true,
      pattern: String.raw`F-\d+\w*|[A-Z][A-Za-z]*-\d+\w*`,
      examples: [
        'Poland received its first FA-50 jets.',
        'Israel flew its F-35I jets over the base.',
        'India ordered more Su-30 fighters.',
      ],
      counterExamples: ['The vote was 12-4 in favour.'],
    },
  ],
};

/** The supplier's verbs: send, sell, donate. */
export const SUPPLY_FAMILY: PhraseFamily = {
  name: 'supply verb',
  flags: 'gi',
  entries: [
    {
      name: 'supply: send, sell, donate',
      yields: { role: 'supply' },
      // "exports" the verb, not "export customer", "export version", "export market": nouns it qualifies.
      pattern: String.raw`exports?(?!\s+(?:customers?|clients?|markets?|versions?|variants?|models?|orders?|licen[cs]es?|controls?|rules|ban|bans|credit|financing|success|successes|revenue|earnings|deal|deals|contracts?|potential|drive|push|ambitions?)\b)`,
      words: [
        'send',
        'sends',
        'sent',
        'sending',
        'lend',
        'lends',
        'lent',
        // "would consider lending Tallinn a patrol aircraft": the loan still to come is kit moved all the same.
        'lending',
        'leas(e|es|ed|ing)',
        'export(ed|ing)',
        'sell[s|ing]',
        'sold',
        'sale[s]',
        'suppl(y|ies|ied|ying)',
        'provid(e|es|ed|ing)',
        'provision',
        'donat(e|es|ed|ing|ion)',
        'deliver[s|ed|ing|y|ies]',
        'transfer[s|red|ring]',
        'hand[s|ed] over',
        // "the jets Oslo began handing over last spring": the hand-over under way.
        '(began|begun|started|starts|begins) handing over',
        // "attended the handover of two cutters to the navy": the noun, with what moves and to whom after it.
        'handover[s]',
        'hand-over[s]',
        // The word of translated communiqués for a hand-over: "announced the cession of a cutter to the coast guard".
        'cession[s]',
        // "the patrol boats it handed to Timor-Leste's navy": the verb, with the recipient after "to".
        'hand(s|ed) to',
        // "Seoul handed a retired corvette to Peru's navy": the kit between the verb and "to".
        // A share of a fleet too: "handed part of its patrol fleet to", "handed most of its old tanks to".
        '(hands|handed|handing) (the|a|an|its|their|two|three|four|five|six|[0-9]+|part|some|most|half|all|several|dozens|hundreds) ~6 to',
        // Bare kit after the finite verb ("handed tanks to"); not "handing over of ... to", the handover noun.
        '(hands|handed) ~4 to',
        'gift[s|ed]',
        'give',
        'gives',
        'gave',
        // "has given two radars to Accra"; not the preposition ("given the threat, ...").
        '(has|have|had|was|were|been|being) [also |now |already |since ]given',
        'offer[s|ed]',
        // An offer still open ("is offering its frigate to Manila"), and a sales pitch: both put kit on the table.
        'offering',
        // "has put forward its frigate design for Manila's tender": a bid put on the table is an offer.
        '(put|puts|putting) forward',
        '(pitch|pitches|pitched|pitching)',
        'shipped',
        // The verb to come: "decided to ship interceptors to Washington" (not the noun, "a ship").
        '(to|will|would|could) [now |also |soon ]ship',
        'pledg(e|es|ed|ing)',
        'equip[s|ped|ping]',
        '(will|to|would) [now |also |soon ]go to',
      ],
      // "gave up its lead", "give way": phrasal verbs hand nothing over.
      // "ship-to-ship transfers of goods": what moves is named right after, and it is no equipment. "A
      // contract that provides for local production" says what a deal stipulates, not who supplies.
      // Nor a request sent ("sent Lima a letter of request for jets"): the sender asks, it supplies nothing.
      // Nor a sale handed to its seller: "gave Seoul its biggest arms export" is a sale Seoul made.
      unlessFollowedBy:
        '(up|way|of (goods|cargo|oil|fuel|coal|grain|wheat|food|fertili(s|z)er|cash|money|funds|sanctioned goods|refined products)|for [the |local |joint |licensed ](production|assembly|manufacture|manufacturing|construction|co-production)|(a|an|the|its|their) [formal |official ](letter[s] of request|request[s]|letter[s] of intent|inquiry|enquiry|invitation[s])|~3 (its|their) ~3 (export|exports|sale|sales|order|orders|contract|contracts|win|customer|success|breakthrough))',
      examples: [
        'Germany sent air defence systems to Ukraine.',
        'Brazil sold Super Tucano aircraft to Nigeria.',
        'Norway has also given two coastal radars to Ghana.',
        'Seoul handed a retired corvette to Lima in 2019.',
        'Oslo has now handed part of its patrol fleet to Lima.',
        'The envoy attended the handover of two patrol boats to the Fijian navy.',
        'Madrid announced the cession of a coastal patrol vessel to the Gambian navy.',
        'A Korean yard is offering its light frigate to the Peruvian navy.',
        'Stockholm has been pitching the Gripen to Bogota for years.',
      ],
      counterExamples: [
        'Poland bought K9 howitzers.',
        'Aircraft watched for ship-to-ship transfers of oil to the tankers.',
        'Peru signed a contract that provides for local production of the hulls.',
        'The contract gave Seoul its first order in Europe.',
        'Quito sent an official letter of request to Seoul over two frigates.',
        'Rome would not give up its lead on the jet to Paris.',
      ],
    },
    {
      // "Russia accounted for 36 per cent of India's arms imports": a supplier's share of a buyer's imports;
      // the buyer is the possessive after the share (transfer-parties.ts). A share of trade is no kit.
      name: 'supply: a share of arms imports',
      yields: { role: 'supply' },
      // Or the share named as the supplier's own: "Paris's share of Qatari arms imports rose to a fifth".
      // Or the imports told by a clause: "of the weapons Doha imported", or "of what Kyiv received" (aid is
      // received; trade is imported or bought, and what a state imports is mostly no kit).
      pattern: String.raw`\baccount(?:s|ed|ing)?\s+for(?=\s+(?:[\w.%-]+\s+){1,5}of\s+(?:(?:[\w.'’-]+\s+){0,3}?(?:arms|weapons?|military)\s+(?:imports|purchases|supplies|deliveries|transfers)\b|what\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:has\s+|had\s+)?received\b|the\s+(?:arms|weapons|military\s+(?:equipment|hardware|aid))\s+(?:that\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:has\s+|had\s+)?(?:received|imported|bought|acquired)\b))|(?<=['’]s\s+)share(?=\s+of\s+(?:[\w.'’-]+\s+){0,3}?(?:arms|weapons?|military)\s+(?:imports|purchases)\b)`,
      examples: [
        "Seoul accounted for a quarter of Warsaw's arms imports.",
        "Paris accounts for 11 per cent of Doha's weapons purchases.",
        "Beijing's share of Serbian arms imports rose to a third.",
        'Berlin accounted for about a fifth of what Kyiv received.',
        'Paris accounts for 30 per cent of the weapons Doha imported over the decade.',
      ],
      counterExamples: [
        "Beijing accounted for a quarter of Lima's trade.",
        "Beijing's share of Lima's trade grew.",
        'Beijing accounted for a third of what Lima imported.',
      ],
    },
    {
      // Building for a state is supplying it; the verb alone, so the recipient after "for" is outside it.
      name: 'supply: build for',
      yields: { role: 'supply' },
      // Or with the kit before it: "the corvettes Spain is building for Qatar".
      // Or the force's own ships named as the object: "is building the Ghanaian navy's first two frigates".
      pattern: String.raw`(?:build|builds|building|built)(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,5}for\b|\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){1,3}(?:navy|army|air\s+force|coast\s+guard)['’]s\s)`,
      examples: [
        'A Korean yard is building the Ghanaian navy’s first two frigates.',
        'Italy will build two frigates for Indonesia.',
        'The Spanish yard is building four corvettes for the Saudi navy.',
        'The third of the patrol ships Japan is building for Vietnam left the yard.',
      ],
      counterExamples: ['India built its own frigates.'],
    },
    {
      // "handed Ecuador's navy two patrol boats": the force handed the kit is named right after the verb, and
      // the recipient with it (transfer-parties.ts reads the state after the verb).
      name: 'supply: handed a force its kit',
      yields: { role: 'supply' },
      bare: true,
      // Or the state itself before a counted kit ("handed Lima two patrol boats"); not "a" or "an", which
      // hand a state a win or a boost as often as kit.
      pattern: String.raw`\b(?:hands|handed|handing)(?=\s+(?:the\s+)?(?:[\w\u00c0-\u024f'’.-]+\s+){1,2}(?:navy|army|air\s+force|coast\s+guard|armed\s+forces|military|marines|police|border\s+guard)\b|\s+(?!over\b|out\b|down\b|back\b|in\b|the\b|a\b|an\b|its\b|their\b)[\w\u00c0-\u024f'’.-]+(?:\s+[\w\u00c0-\u024f'’.-]+)?\s+(?:two|three|four|five|six|eight|ten|twelve|dozens\s+of|several|more|\d[\d,]*)\s)`,
      examples: [
        "Washington handed Quito's navy two patrol boats.",
        'Tokyo is handing the Philippine coast guard five more cutters.',
        'Tallinn also handed Kyiv two howitzers in 2022.',
      ],
      counterExamples: [
        'The court handed the general a long sentence.',
        'Tallinn handed over two howitzers.',
      ],
    },
  ],
};

/** Kit a state looks to another for, right after "for" and a few words ("for most of its fighters"). */
const KIT_SOUGHT = String.raw`(?:frigates?|submarines?|corvettes?|jets?|fighters?|aircraft|helicopters?|tanks?|missiles?|drones?|weapons|arms|ships|vessels|howitzers|rifles|ammunition|radars?|patrol\s+(?:boats|vessels)|platforms|equipment|hardware)\b`;

/** The recipient's verbs: buy, order, receive. */
export const ACQUIRE_FAMILY: PhraseFamily = {
  name: 'acquire verb',
  flags: 'gi',
  entries: [
    {
      name: 'acquire: take delivery',
      yields: { role: 'acquire' },
      words: [
        't(ook|ake[s]|aking|aken) [the |first |final |initial ]delivery',
        't(ook|ake[s]|aking|aken) [formal ]possession of',
      ],
      examples: [
        'The Vietnamese navy took delivery of two corvettes.',
        'Kenya takes delivery of the vessels in May.',
        'Peru took formal possession of its Korean-built landing ship.',
      ],
      counterExamples: ['The courier made a delivery to the embassy.'],
    },
    {
      // "Chile's Dutch-built frigates entered service in 2021": kit a state owns, built abroad, in service.
      name: 'acquire: entered service',
      yields: { role: 'acquire' },
      words: ['(entered|enters|entering) [active |operational ]service', '(joined|joins) the fleet'],
      examples: [
        'The last of Egypt’s German-built submarines entered service in 2021.',
        'Two Italian-built patrol ships joined the fleet in March.',
      ],
      counterExamples: ['The new law entered into force in May.', 'He joined the navy at eighteen.'],
    },
    {
      // "Morocco gets first batch of Israeli drones": a headline's word for taking delivery.
      name: 'acquire: gets a batch',
      yields: { role: 'acquire' },
      words: [
        '(get[s]|got|getting) [its |their |the ][first |second |third |last |final |new |latest ](batch|batches|delivery|deliveries|shipment|shipments|consignment) of',
      ],
      examples: [
        'Morocco gets first batch of Israeli drones',
        'Ghana got its second shipment of patrol boats.',
      ],
      counterExamples: ['Morocco gets support from Paris on the Sahara.'],
    },
    {
      // "Taiwan's first Abrams tanks arrived from the United States": the owner receives, "from" supplies.
      name: 'acquire: arrived from a supplier',
      yields: { role: 'acquire' },
      words: [
        'arriv(ed|es|ing) ~3 from',
        '(came|come|comes) [directly |mostly |largely ]from',
        // "Kenya's first boats from Turkey began arriving in May": the source named before the verb.
        '(began|begun|begins|started|starts) (arriving|to arrive)',
        // "is set to get four patrol boats from Seoul": kit got or obtained from a supplier.
        '(get|gets|getting|got|obtain|obtains|obtained|obtaining) ~5 from',
      ],
      examples: [
        "Kenya's first patrol boats arrived from Turkey in May.",
        "Ghana's first trainers from Brazil began arriving in 2021.",
        'Most of its jets came from Sweden.',
        'The Ghanaian corvettes arrived in Takoradi from Brazil.',
        'Accra is set to get four patrol boats from Seoul.',
      ],
      counterExamples: ['The minister arrived in Hanoi on Monday.'],
    },
    {
      // "Cairo has expressed interest in the Indian-made Tejas": a buyer's interest in kit named right after it
      // (find-triggers.ts asks that the kit be named near; the status cue reads it as proposed).
      name: 'acquire: interest in kit',
      yields: { role: 'acquire' },
      words: [
        '(expressed|expresses|shown|showed|shows|voiced|signalled|signaled|declared) [its |an |a |strong |keen |renewed |formal ]interest in',
        '(is|are|was|were) [also |now |still |reportedly ]interested in',
      ],
      examples: [
        'Cairo has expressed interest in the Indian-made Tejas jet.',
        'Hanoi is interested in Indian BrahMos missiles.',
      ],
      counterExamples: ['Cairo takes an interest in the talks.', 'The interest in the talks was high.'],
    },
    {
      // "Chile committed to twelve Korean jets in 2023": a buyer's firm commitment to kit or to buying it.
      name: 'acquire: committed to kit',
      yields: { role: 'acquire' },
      pattern: String.raw`\bcommit(?:s|ted)\s+to(?=\s+(?:buy|buying|purchas|acquir|order|procur|\d|(?:two|three|four|five|six|eight|ten|twelve|more|additional|further)\s|the\s+(?:purchase|acquisition|procurement)\b))`,
      examples: [
        'Chile committed to twelve Korean jets in 2023.',
        'Oman has committed to buying two more corvettes.',
      ],
      counterExamples: ['Chile committed to closer ties with Seoul.', 'Oman committed to the talks.'],
    },
    {
      // "Australia selected France's Naval Group to build twelve submarines": the one chosen to build sells.
      name: 'acquire: chose a maker to build',
      yields: { role: 'acquire' },
      // A maker, not a place or a plan: "selected a site to build" chooses no seller.
      // Or put on a shortlist to build: the talks with those left in the race (status-cues.ts).
      pattern: String.raw`(?:selected|chose|chosen|picked|tapped|shortlisted|short-listed|shortlists)(?!\s+an?\s)(?!\s+the\s+(?:site|location|place|spot|area|team|route|date|design|plan)\b)(?=\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,5}to\s+(?:build|supply|deliver|provide|produce|make)\b)`,
      examples: [
        'Canberra selected France’s Naval Group to build twelve submarines.',
        'Manila chose Hyundai to supply two corvettes.',
        "Ottawa has shortlisted Germany's TKMS to build its new submarines.",
      ],
      counterExamples: ['The navy selected a site to build the base.'],
    },
    {
      // "Lima is weighing offers from Saab, Lockheed Martin and Dassault": each maker that bid offers to sell;
      // the buyer weighs (the status cues read the weighing as proposed).
      name: 'acquire: weighing offers from makers',
      yields: { role: 'acquire' },
      pattern: String.raw`(?:weigh(?:s|ed|ing)?|evaluat(?:e|es|ed|ing)|consider(?:s|ed|ing)?|assess(?:es|ed|ing)?|review(?:s|ed|ing)?|stud(?:y|ies|ied|ying))\s+(?:the\s+)?(?:competing\s+|rival\s+|final\s+)?(?:offers|bids|proposals)(?=\s+from\b)`,
      examples: [
        'Quito is weighing offers from Saab and Dassault for its new jets.',
        'The navy is evaluating bids from two Korean yards.',
      ],
      counterExamples: ['The court is weighing offers of settlement.'],
    },
    {
      // "Norway selected the British Type 26 frigate": a buyer's choice of a system is its decision to buy
      // (the supplier is the system's maker, or the state named with it). Kit must be named near it
      // (find-triggers.ts), and a maker chosen to build is the entry before.
      name: 'acquire: selected a system',
      yields: { role: 'acquire' },
      pattern: String.raw`(?:selected|selects|picked|picks|chose|chooses|(?<=\b(?:has|have|had)\s+)chosen|opted\s+for|opts\s+for)(?!\s+(?:a|an|the|its|their)\s+(?:site|location|place|spot|area|team|route|date|design|plan|winner|candidate|venue|city|host|partner|leader|chief|head|nominee)s?\b)(?!\s+(?:[\w\u00c0-\u024f'’.-]+\s+){1,5}to\s+(?:build|supply|deliver|provide|produce|make)\b)`,
      examples: [
        'Oslo selected the British Type 26 frigate ahead of German and French bids.',
        'Bogota picks Gripen to replace ageing Kfir fleet',
        'The Czech army opted for the Swedish CV90 over the Lynx.',
        'Oslo said it had chosen the Korean K9 howitzer.',
      ],
      counterExamples: [
        'The navy selected a site for its new frigate base.',
        'Canberra selected France’s Naval Group to build twelve submarines.',
      ],
    },
    {
      // "The frigate was a gift from China": the giver named after "from", the owner before.
      name: 'acquire: a gift from',
      yields: { role: 'acquire' },
      words: ['(was|were|came as) [a ](donation|gift)[s] from', '(was|were) (donated|gifted) by'],
      examples: [
        "The navy's flagship was a gift from China in 2019.",
        'Both patrol boats were donated by Japan.',
      ],
      counterExamples: ['The minister thanked China for its gift.'],
    },
    {
      // "The navy relies on China for four frigates": what a state relies on another for, it gets from it.
      name: 'acquire: relies on another for kit',
      yields: { role: 'acquire' },
      pattern: String.raw`(?:relies|rely|relied|depends|depend|depended)(?=\s+(?:heavily\s+|largely\s+|mainly\s+|mostly\s+|still\s+|also\s+)?on\s+[^.;]{1,60}?\bfor\s+(?:[\w/-]+\s+){0,5}${KIT_SOUGHT})`,
      examples: [
        'The navy relies on China for four Type 054 frigates.',
        'Hanoi still depends on Moscow for most of its fighters and submarines.',
      ],
      counterExamples: ['The navy relies on China for its trade.'],
    },
    {
      // "Oslo is paying a US maker for 20 jets": a buyer paying a maker or a state for kit buys it; the one
      // paid is the maker or the state named between (transfer-parties.ts). Not "paying for the repairs".
      name: 'acquire: paying a seller for kit',
      yields: { role: 'acquire' },
      pattern: String.raw`\b(?:pay|pays|paying|paid)(?=\s+(?:[\w'’.&-]+\s+){1,4}for\s+(?:[\w-]+\s+){0,5}${KIT_SOUGHT})`,
      examples: [
        'Oslo now pays Lockheed Martin for 20 more of the jets.',
        'Lima paid Seoul for two more frigates in May.',
      ],
      counterExamples: ['Lima paid for the repairs of its frigates.'],
    },
    {
      // "Hanoi gets most of its arms from Moscow": a share of an arsenal drawn from a supplier is bought from it;
      // the state after "from" is the source (markers.ts). A share of trade or energy is no kit.
      name: 'acquire: draws its arms from',
      yields: { role: 'acquire' },
      pattern: String.raw`(?:gets|get|got|getting|draws|draw|drew|drawing|obtains|obtain|obtained|obtaining)(?=\s+(?:still\s+|also\s+)?(?:[\w%-]+\s+){0,4}?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}${KIT_SOUGHT}\s+(?:[\w-]+\s+)?from\b)`,
      examples: [
        'Hanoi still gets most of its arms from Moscow.',
        'Algiers draws the larger part of its combat aircraft from Moscow.',
      ],
      counterExamples: ['Hanoi gets most of its oil from Moscow.'],
    },
    {
      // "Warsaw turned to Seoul for tanks and howitzers": the state a buyer turns to for kit sells it; the state
      // after "to" is the source (markers.ts). Not help or advice sought ("turned to Paris for support").
      name: 'acquire: turned to another for kit',
      yields: { role: 'acquire' },
      pattern: String.raw`(?:turned|turns|turning|looked|looks|looking|went|goes|going)(?=\s+(?:instead\s+|again\s+|also\s+|once\s+more\s+)?to\s+[^.;]{1,60}?\bfor\s+(?:[\w/-]+\s+){0,5}${KIT_SOUGHT})`,
      examples: [
        'Hungary turned to Sweden in 2001 for its Gripen fighters.',
        'Ghana looked to Brazil for two more patrol vessels.',
      ],
      counterExamples: [
        'Kenya turned to Paris for diplomatic support.',
        'The minister went to Seoul for talks.',
      ],
    },
    {
      // "Much of Tanzania's equipment is Chinese-made": a state's arsenal said to be made abroad was bought
      // there. The maker is the demonym before "-made" (transfer-parties.ts reads it as for "operates").
      name: 'acquire: an arsenal made abroad',
      yields: { role: 'acquire' },
      // The copula is the verb: the kit named before it is what was bought.
      // The copula and what follows it first: the look back runs only where they match.
      // Or a kind of kit a state's force flies or fields: "Kuwait's front-line fighters are US-made F/A-18s".
      // Or "of Chinese origin" for "Chinese-made".
      pattern: String.raw`\b(?:is|are|was|were|remains|remained)(?=\s+(?:still\s+|also\s+|largely\s+|mostly\s+|mainly\s+|overwhelmingly\s+|predominantly\s+|primarily\s+)?(?:[A-Z][A-Za-z]+-(?:made|built|supplied|designed)|of\s+[A-Z][A-Za-z]+\s+(?:origin|make|manufacture))\b)(?<=\b(?:equipment|arsenal|hardware|weaponry|inventory|(?:jets|fighters|aircraft|helicopters|tanks|howitzers|submarines|frigates|warships|corvettes|drones|rifles|air\s+defences|air\s+defenses))\b[^.;]{0,60}?(?:is|are|was|were|remains|remained))`,
      examples: [
        'Much of Malawi’s equipment, from trucks to rifles, is Chinese-made.',
        'The army’s arsenal remains largely Soviet-built.',
        'Oman’s front-line fighters are US-made F-16s.',
        'Its navy’s frigates, too, are of Chinese origin.',
      ],
      counterExamples: ['The equipment is new.', 'The arsenal is made up of old rifles.'],
    },
    {
      // "Ghana's navy includes two Dutch-built patrol ships": a force whose fleet or arsenal counts kit made
      // abroad has received it. The force must be the subject: "the package includes US-made missiles" is a
      // sale's contents, read by the sale's own words.
      name: 'acquire: a force whose fleet includes kit made abroad',
      yields: { role: 'acquire' },
      bare: true,
      pattern: String.raw`\b(?:includes|include|included|comprises|comprise|comprised)(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,3}[A-Z][A-Za-z]+-(?:made|built|supplied)\b)(?<=\b(?:navy|navy's\s+fleet|fleet|air\s+force|army|inventory|arsenal)\s+(?:now\s+|also\s+|already\s+|still\s+)?(?:includes|include|included|comprises|comprise|comprised))`,
      examples: [
        'Ghana’s navy includes two Dutch-built patrol ships.',
        'Its fleet now comprises an Italian-built frigate and three corvettes.',
      ],
      counterExamples: [
        'The package includes US-made missiles and spare parts.',
        'The navy includes sailors from every region.',
      ],
    },
    {
      // "Taiwan's air force operates US-built F-16s": a force that operates or flies equipment made abroad
      // has received it. Present or perfect only: "Chinese jets flew near the island" moves nothing.
      name: 'acquire: operates or flies',
      yields: { role: 'acquire' },
      // "fields" the verb, not the noun ("graduates from many fields").
      pattern: String.raw`(?<!\b(?:other|some|many|these|those|various|several|all|new|oil|gas|rice|wheat|playing|battle|killing|mine|air|the|in|of|and|across|different)\s+)fields`,
      words: [
        '[already |also |still ](operates|operate|has operated|have operated|flies|has flown|have flown|has fielded)',
        '(has|have) (also|long|already) (operated|flown|fielded)',
        // "Estonia and Finland also field the K9": the plural verb only after an adverb, never the noun.
        '(also|already|still|now|both|all) field',
        // "The Qataris still fly French jets": the plural verb too, after an adverb of holding.
        '(also|already|still|both|all) fly',
        // "Its forces fly Turkish drones": the plural verb after the force that flies them.
        '(forces|pilots|crews|squadrons) [now |currently ]fly',
      ],
      examples: [
        'The Kenyan air force already operates Chinese-made drones.',
        'Peru still flies Russian-built helicopters.',
        'The Kenyan army fields Chinese-made drones.',
        'Chile and Peru also field the Korean howitzer.',
        'Kenya has also operated Chinese-made drones since 2019.',
        'The Qataris already fly French fighters.',
        'Its forces now fly Turkish-built drones.',
      ],
      counterExamples: [
        'Chinese bombers flew near the island on Monday.',
        'The firm hires graduates from many fields.',
      ],
    },
    {
      // "Peru is studying the Gripen from Sweden as an option": a buyer weighing a system, kit named as the
      // object (find-triggers.ts); the status cue makes it a proposal. Not "weighing closer ties".
      name: 'acquire: weighing a system',
      yields: { role: 'acquire' },
      // Not a request or offer weighed: "considering a request from Warsaw for tanks" is the supplier's; nor a
      // hand-over weighed ("weighing a handover of old frigates to Lima"): the weigher gives, the noun tells.
      pattern: String.raw`(?:considering|considers|studying|studies|evaluating|evaluates|assessing|assesses|weighing|weighs)(?=\s+(?:the|an?|more|additional|new|used|second-hand|surplus)\s)(?!\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:requests?|offers?|proposals?|bids?|plans?|deals?|possibility|options?|transfers?|sales?|exports?|donations?|handovers?|hand-overs?|gifts?|deliver(?:y|ies))\b)`,
      examples: [
        'Peru is studying the Gripen from Sweden as an option.',
        'The air force is evaluating the Korean FA-50 light fighter.',
      ],
      counterExamples: [
        'Ghana is considering whether to act.',
        'Oslo weighs the transfer of two old frigates to Lima.',
      ],
    },
    {
      // "has sourced much of its hardware from China": the verb alone, the kit after it (find-triggers.ts reads
      // the kit outside the verb); not the noun ("sources from the ministry said").
      name: 'acquire: sourced from',
      yields: { role: 'acquire' },
      bare: true,
      pattern: String.raw`\b(?:sourced|sourcing|sources)(?=\s+(?:its|their|much|most|all|some|part|half|nearly|almost|the\s+bulk)\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,5}from\b)`,
      examples: [
        'Dhaka has sourced most of its frigates from China.',
        'Phnom Penh sources much of its artillery from Beijing.',
      ],
      counterExamples: ['Military sources from the ministry said the jets had arrived.'],
    },
    {
      name: 'acquire: buy, order, receive',
      yields: { role: 'acquire' },
      words: [
        'purchas(e|es|ed|ing)',
        'buy[s|ing]',
        'bought',
        'procur(e|es|ed|ing|ement)',
        // Headlines: "Hanoi eyes Indian missiles" (the status cue makes it a proposal).
        '(eyes|eyeing)',
        'acquir(e|es|ed|ing)',
        'acquisition',
        'import[s|ed|ing]',
        'order[s|ed|ing]',
        'receiv(e|es|ed|ing)',
        'obtain[s|ed]',
        // A navy or air force that puts a ship or jet into service has received it.
        'commission(s|ed|ing)',
        'induct(s|ed|ing)',
        // "contracted four corvettes from a Turkish yard": a buyer contracting for kit from its seller.
        'contracted ~5 from',
      ],
      examples: [
        'Saudi Arabia bought Korean rocket launchers.',
        'India is acquiring more Rafale jets.',
        'Thailand is considering ordering Gripen jets.',
        'The Ghanaian navy commissioned two Chinese-built patrol boats.',
        'Dhaka contracted two frigates from a Chinese yard in 2019.',
      ],
      counterExamples: ['Turkey sold drones to Kenya.'],
    },
  ],
};

/** Asking for equipment: the one who asks would receive it (a proposed transfer, status-cues.ts). */
export const REQUEST_FAMILY: PhraseFamily = {
  name: 'request verb',
  flags: 'gi',
  entries: [
    {
      name: 'request: requested, asked for',
      yields: { role: 'request' },
      words: ['request[s|ed|ing]'],
      // The verb alone, so that the state asked ("asked Ankara for") stays outside the trigger.
      // "sounded out Paris about buying jets": the buyer asks the seller, before any talks.
      pattern: String.raw`ask(?:s|ed|ing)(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,2}for\b)|sound(?:s|ed|ing)\s+out(?=\s+(?:[\w\u00c0-\u024f'’-]+\s+){1,3}(?:about|on|over)\s+(?:buying|purchasing|acquiring|the\s+(?:purchase|sale|acquisition)))`,
      examples: [
        'Ghana requested four patrol boats from Brazil.',
        'Chad has asked Ankara for more armed drones.',
        'Qatari officials sounded out Rome about buying frigates.',
        'Lisbon will weigh a request from Accra for patrol boats.',
      ],
      counterExamples: ['Turkey sold drones to Kenya.'],
    },
  ],
};

/** Those one state trains for another: people and formations, never kit. */
const TRAINED_FORCES =
  'troops|soldiers|forces|officers|personnel|pilots|sailors|marines|recruits|cadets|units|battalions|brigades|crews|sappers|deminers|engineers|commandos|cadres|servicemen|military|army|navy|coast_guard|special_forces|police';

/**
 * One state training another's forces is joint training in the ontology's sense. Scanned on its own
 * (relations/find-triggers.ts): beside a deal, a sale or a memorandum in the same sentence, the training told
 * is a part of that tie ("the package includes training for its pilots"), only a reading for the scorer.
 */
export const TRAINING_FAMILY: PhraseFamily = {
  name: 'training',
  flags: 'gi',
  entries: [
    {
      // Instructors sent abroad, a mission or team that runs courses, officers trained at the other's schools.
      // The forces named after the verb keep it from kit ("trained on the new rifles") and from sport ("the
      // squad trained at home").
      name: 'training: one state training another’s forces',
      yields: { type: 'joint_exercise', role: 'training' },
      words: [
        `(train|trains|trained|retrain|retrained) ~4 (${TRAINED_FORCES})`,
        // "training Ukrainian recruits", "the training of Tanzanian personnel", not "training aircraft for ...".
        `training ~1 (${TRAINED_FORCES})`,
        `training (of|for) ~3 (${TRAINED_FORCES})`,
        '(instructors|training team[s]|training mission[s]|training programme|training program)',
        '(pilots|crews|officers|troops|soldiers|cadets|sailors|personnel|recruits|commandos|sappers|engineers) ~5 (trained|training|train|trains) [there |here |together ](in|at|alongside|under|by)',
        // With another's forces or teachers, not with new kit ("trained with new rifles").
        '(trained|training|train|trains) with ~4 (instructors|trainers|guard|air_force|air_forces|navy|navies|army|armies|marines|units|crews|counterparts)',
        '(run|runs|ran|running|provide|provides|provided|providing|conduct|conducts|conducted|conducting|offer|offers|offered|assure|ensure) ~3 (training|courses|instruction)',
      ],
      // Trainers who teach, not trainer aircraft: "advanced trainers", "L-15 trainers", "trainer jets".
      pattern: String.raw`(?<!\b(?:jet|advanced|lead-in|light[- ]attack|turboprop|basic|primary|fighter|[A-Z]+-?\d+\w*)\s+)\btrainers\b(?!\s+(?:aircraft|jets?|planes?)\b)`,
      examples: [
        'Ankara trains Libyan army units at a camp outside Tripoli.',
        'Since 2015 Belgian instructors have trained Beninese officers at the academy.',
        'A Dutch training team teaches Ghanaian officers each spring.',
        'A Qatari training mission works with Sudanese battalions.',
        'Estonian crews trained with a Finnish army unit last spring.',
        'Moldovan sappers train at a Polish range each summer.',
        'Seoul will dispatch instructors to Ulaanbaatar next year to train Mongolian army sappers.',
        'Turkish trainers are working with Somali recruits in Mogadishu.',
      ],
      counterExamples: [
        'Lusaka bought Chinese K-8 jet trainers in 2019.',
        'The recruits trained on new rifles bought from a local maker.',
        'The national squad trained at home before the final.',
        'The airline will train more cabin staff this year.',
      ],
    },
  ],
};

/**
 * Taking part in something: in the sentences right after an exercise is named ("The drills began on Monday.
 * Ships from Romania and Bulgaria are taking part."), the exercise those taking part join.
 */
export const PARTICIPATION_FAMILY: PhraseFamily = {
  name: 'participation',
  flags: 'gi',
  entries: [
    {
      name: 'participation: taking part, participating',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        '(take|takes|taking|took) part',
        'participat(e|es|ed|ing)',
        '(is|are|were|was) joining',
        // "Participants include A, B and C", after the drills were told.
        'participants (include|included|are|were)',
        'participating (countries|nations|navies|states) (include|included|are|were)',
        // "Among them are A, B and C", right after the number of nations taking part.
        'among (them|the participants|the participating (countries|nations|navies)) (are|were|is|was)',
        // "They were joined by contingents from A and B": those joining the drills just told.
        '(were|was|are|is|have been|had been) [also ]joined by ~2 (contingent[s]|troops|forces|ships|vessels|units|personnel|teams|delegations|sailors|soldiers|marines|navies|warships)',
      ],
      // "Last year's edition drew troops from A and B": a round of the drills just told, by those in it.
      pattern: String.raw`\b(?:edition|iteration)\b[^.;]{0,70}?\b(?:(?:brought\s+together|gathered|drew|involved|included|featured)\s+(?:[\w,.'’-]+\s+){0,3}?(?:troops|units|forces|ships|vessels|personnel|contingents|sailors|soldiers|marines|aircraft|participants|navies|armies|countries|nations|delegations)\b|was\s+(?:co-)?hosted\s+by)`,
      examples: [
        'Ships from Romania and Bulgaria are taking part.',
        'They were joined by contingents from Chile and Peru.',
        'More than 30 countries are participating, including Georgia.',
        'Among them were Namibia and Angola.',
        'The 2022 edition, staged near Mombasa, drew units from Kenya and Uganda.',
      ],
      counterExamples: ['The ships left port on Monday.', 'The online edition drew many readers.'],
    },
    {
      // "Marines from Chile are training alongside the two host forces": the hosts are those of the drills told.
      name: 'participation: training beside the hosts',
      yields: { type: 'joint_exercise', role: 'beside-hosts' },
      words: [
        '(training|exercising|drilling|sailing|sailed|operating|train|trained) (alongside|with|beside) [the ][two |three ]host[s| forces| nations| navies| armies| countries| troops| militaries]',
      ],
      examples: [
        'Marines from Chile are training alongside the two host forces.',
        'Ships from Peru sailed with the host navies.',
      ],
      counterExamples: ['The host forces opened the drills.', 'Chile will host the drills.'],
    },
    {
      // "Chile and Peru also sent ships": read as the drills just told, with the senders added.
      name: 'participation: sending forces to it',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        // Up to two words between: "sent smaller contingents", "dispatched two naval vessels".
        '(sent|send|sends|sending|dispatched|contributed|contributing|contributes|deployed|provided|providing|provides|fielded|fields|fielding) ~3 (ships|vessels|warship[s]|frigate[s]|ship|vessel|troops|personnel|aircraft|jets|units|contingent[s]|team[s]|marines|soldiers|sailors|forces|minehunters|submarines|corvette[s]|destroyer[s]|patrol boat[s]|patrol vessel[s]|fast attack craft|helicopters|staff officers|detachment[s]|squadron[s]|battalion[s]|compan(y|ies)|platoon[s])',
        // "Turkey took part with the frigate TCG Kemalreis".
        '(took|take|takes|taking) part with',
        // "A and B round out the line-up", told in the passive: the last of those taking part.
        '(line-up|lineup|roster) (was|is|were|are) [also ](completed|rounded out|filled out) by',
        // "Latvia is represented by a platoon": a state's forces stand in the drills for it (not its observers).
        '(is|are|was|were|will be) [also ]represented by ~3 (ships|vessels|warship[s]|frigate[s]|troops|personnel|aircraft|jets|units|contingent[s]|team[s]|marines|soldiers|sailors|forces|submarine[s]|corvette[s]|destroyer[s]|helicopters|staff officers|detachment[s]|squadron[s]|battalion[s]|compan(y|ies)|platoon[s])',
        // "Romania is hosting this year's opening phase": the host of a part of the drills takes part.
        '(is|are|was|were) hosting ~3 (phase|stage|leg|part|portion)',
      ],
      examples: [
        'Chile and Peru also sent ships.',
        'Tonga contributed a contingent of marines.',
        'Fiji dispatched two vessels for the first time.',
        'Samoa and Tonga have also sent smaller contingents.',
        'Latvia and Estonia contributed minehunters and patrol vessels.',
        'Chile and Peru are represented by rifle platoons.',
        'Ecuador fielded the largest contingent.',
        'The line-up is rounded out by Benin and Togo.',
      ],
      counterExamples: [
        'Spain sent observers.',
        'The ministry sent a letter to Lima.',
        'Chile is represented by its ambassador.',
      ],
    },
    {
      // "Ships have been sent by Chile and Ecuador": the same, told from the forces sent.
      name: 'participation: forces sent by the states listed',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        '(troops|forces|units|ships|vessels|warships|aircraft|jets|personnel|assets|contingents|teams|sailors|soldiers|marines|helicopters|frigates|detachments) ~3 (were|was|are|is|have been|has been|had been|are being|is being) [also ](sent|contributed|dispatched|fielded|provided|deployed) by',
      ],
      examples: [
        'Ships have been sent by Chile, Ecuador and Colombia.',
        'Units were contributed by Kazakhstan and Kyrgyzstan.',
        'Besides the hosts, personnel and assets were also sent by Fiji and Tonga.',
        'Alongside the hosts, the other forces are provided by Peru and Chile.',
      ],
      counterExamples: ['The letter was sent by the minister.', 'Troops were sent to the border by Chile.'],
    },
    {
      // "It involves 12 nations, among them Estonia and Finland", "The drills drew troops from Benin and Togo":
      // after the drills were told, the nations they involve are their participants.
      name: 'participation: the nations or forces it involves',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        '(involves|involved|involving|brings together|brought together|draws|drew|features|featured|gathers|gathered|includes|included) ~3 (nations|countries|navies|armies|air forces|militaries|states|partners)[,] (including|among them|such as|namely)',
        '(involves|involved|involving|brings together|brought together|draws|drew|features|featured|gathers|gathered) ~3 (troops|forces|units|ships|vessels|personnel|sailors|soldiers|marines|aircraft|contingents|delegations) from',
        // "Some 900 Chilean and 300 Peruvian marines are involved": the forces counted by their states.
        '(troops|forces|units|ships|vessels|warships|personnel|sailors|soldiers|marines|airmen|contingents) (are|were|is|was|have been|had been) [also |all ]involved',
        // "Ships have come from A, B and C": forces arrived for the drills.
        '(troops|forces|units|ships|vessels|warships|personnel|sailors|soldiers|marines|aircraft|contingents|delegations) [have |had |also |have also |had also ](come|came|arrived) from',
      ],
      examples: [
        'It involves 12 nations, including Estonia, Lithuania and Finland.',
        'This year it drew troops from Benin, Togo and Niger.',
        'The event gathered some 900 marines from Peru and Chile.',
        'Some 900 Chilean and 300 Peruvian marines are involved.',
        'Warships have also come from Ghana, Benin and Togo.',
      ],
      counterExamples: ['The plan involves new rules for ports.', 'The fair drew visitors from abroad.'],
    },
    {
      // "Troops from Benin and Togo joined for the first time", "Fiji joined too": "joined" with no object,
      // in the sentences right after drills were told, is joining them. With an object it is another matter
      // ("Sweden joined NATO"), and so is a clause of its own ("joined in condemning").
      name: 'participation: joined, with no object',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        '[also |have also |has also |had also |have |has |had ]joined (as well|too|this year|this time|again|for the first time)',
      ],
      pattern: String.raw`\b(?:also|have|has|had)\s+joined(?=\s*[.;]|\s*$)`,
      examples: [
        'Troops from Benin and Togo joined for the first time.',
        'Fiji and Tonga have also joined.',
        'Samoa joined as well, sending a patrol boat.',
      ],
      counterExamples: ['Sweden joined NATO last year.', 'Peru joined in condemning the test.'],
    },
    {
      // "Among the navies sailing with the hosts are those of Spain and Italy."
      name: 'participation: among the forces taking part',
      yields: { type: 'joint_exercise', role: 'participation' },
      words: [
        'among the ~2 (navies|air forces|armies|forces|militaries|nations|countries|contingents|units|delegations) (taking part|participating|flying|sailing|training|involved|deployed|present|represented) ~5 (are|were|is|was)',
      ],
      examples: [
        'Among the navies sailing with the Thai fleet are those of Singapore and Malaysia.',
        'Among the navies taking part this year were Peru and Chile.',
      ],
      counterExamples: ['Among the countries hit by the floods were Peru and Chile.'],
    },
  ],
};

/**
 * "met ... on the sidelines of the Shangri-La Dialogue", "talks at the ADMM-Plus": a named gathering told as
 * where a meeting took place. The meeting told is the pair's; the gathering's many members are not named.
 * Tested on the words right before the gathering's name.
 */
export const VENUE_EVENT_FAMILY: PhraseFamily = {
  name: 'venue event',
  flags: 'i',
  entries: [
    {
      name: 'venue event: on the sidelines of a gathering',
      yields: { role: 'venue' },
      bare: true,
      // Up to three words of the gathering's name first: "the ASEAN defence ministers' ".
      pattern: String.raw`\b(?:on|in|at)\s+the\s+(?:sidelines|margins|fringes|side-lines)\s+of\s+(?:the\s+|this\s+year's\s+|an?\s+)?(?:[\w\u00c0-\u024f'’-]+\s+){0,3}$`,
      examples: [
        'The two ministers spoke on the sidelines of the ',
        'They met in the margins of this year\u2019s ',
      ],
      counterExamples: ['The ministers met in the ', 'Leaders attended the '],
    },
    {
      name: 'venue event: at a gathering',
      yields: { role: 'venue' },
      bare: true,
      pattern: String.raw`\b(?:at|during)\s+(?:the|this\s+year's|an?)\s+(?:[\w\u00c0-\u024f'’-]+\s+){0,8}$`,
      examples: [
        'Ghana and Togo held talks at the ',
        'The chiefs met during the annual ',
        'The two ministers met at the ECOWAS defence chiefs ',
      ],
      counterExamples: ['The ministers attended the ', 'Delegates opened the '],
    },
  ],
};

/**
 * "INS Tabar arrived in Alexandria on a three-day visit", "A Chinese frigate is visiting Colombo": a ship's
 * call at a port is no meeting of officials. Tested on the clause before a travel or visit word, where no
 * official is named.
 */
export const VESSEL_VISITOR_FAMILY: PhraseFamily = {
  name: 'vessel visitor',
  flags: '',
  entries: [
    {
      name: 'vessel visitor: a ship named by its prefix',
      yields: { role: 'vessel' },
      pattern: String.raw`(?:INS|HMS|USS|HMAS|HMNZS|HMCS|JS|ROKS|BNS|PNS|KRI|BRP|TCG|FGS|ITS|ESPS|HNLMS|KD|RSS|HTMS|CNS|NRP|FS|BAP|ARC|ARM|SLNS|PLANS)\s+[A-Z][\w-]+`,
      examples: ['The Indian Navy’s INS Delhi arrived in ', 'HMS Spey is visiting '],
      counterExamples: ['The minister of INS affairs arrived in ', 'A USS report arrived in '],
    },
    {
      name: 'vessel visitor: a ship named by its kind',
      yields: { role: 'vessel' },
      // Case matters for the ship prefixes above ("ITS", not "its"): the kinds are spelled in both cases.
      pattern: String.raw`[Ww]arships?|[Ff]rigates?|[Dd]estroyers?|[Cc]orvettes?|[Ss]ubmarines?|[Cc]ruisers?|[Vv]essels?|[Ss]hips?|[Pp]atrol\s+boats?|[Tt]ask\s+groups?|[Ff]lotillas?|[Ss]quadrons?|(?:[Aa]ircraft|[Hh]elicopter)\s+[Cc]arriers?|(?:[Cc]arrier\s+)?[Ss]trike\s+groups?`,
      examples: [
        'A Chinese frigate arrived in ',
        'Two Turkish warships are visiting ',
        'The French aircraft carrier Charles de Gaulle will also visit ',
      ],
      counterExamples: [
        'The shipping minister arrived in ',
        'The navy chief flew to ',
        'The national air carrier flew the minister to ',
      ],
    },
  ],
};
