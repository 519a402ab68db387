// Phrasebook entries for the words that say how far a tie has come (ontology "status"), in the order they are tried.
import type { Status } from '../../schema/fact.js';
import type { PhraseEntry, PhraseFamily } from './entry.js';

/** A status cue family: the first family found in the trigger's clause decides the status. */
export type CueFamily = PhraseFamily & { status: Status };

const cue = (status: Status, name: string, entries: PhraseEntry[]): CueFamily => ({
  name,
  status,
  flags: 'i',
  entries,
});

/** Agreements: proposed -> negotiating -> concluded -> in_force -> ended. */
export const AGREEMENT_CUE_FAMILIES: readonly CueFamily[] = [
  // First: "the pact, due to expire on Friday, will remain in force" is kept, whatever ending it escaped.
  cue('in_force', 'agreement in force (kept)', [
    {
      name: 'agreement kept: remains in force, a notice of ending withdrawn',
      yields: { status: 'in_force' },
      words: [
        '[will |would |shall |to ]remain[s] in (force|effect)',
        '(withdrew|withdrawn|withdraws|suspended|suspends|rescinded|rescinds|revoked|revokes) (its|the|their) (notice|decision) (of|to|ending|terminating)',
        // An ending called off: "scrapped its plan to end the pact", "dropped a threat to quit the treaty".
        '(scrapped|scraps|dropped|drops|abandoned|abandons|shelved|shelves|reversed|reverses) (its|the|a|their) [earlier |own ](plan|decision|move|bid|threat|notice) to (end|terminate|scrap|abrogate|cancel|quit|leave|withdraw from|pull out of)',
        // A base abroad that opened or runs stands on an access in force.
        '(base|bases|facility) ~8 (opened|began operating|became operational|remains|remain)',
        // The verb first: "Ankara opened a military base in Doha in 2015".
        '(opened|opens|inaugurated|inaugurates) (its|a|an|their) ~4 (base|bases|facility)',
        // A base a state runs or keeps abroad now: "Moscow keeps an air base outside Bishkek".
        '(runs|operates|maintains|keeps|has run|has operated|has maintained|has kept) (its|a|an|their) ~3 (base|bases|facility)',
        // Or known by its name: "has run Camp Lemonnier since 2002".
        '(runs|operates|has run|has operated|has maintained|has kept) Camp',
      ],
      // The host told between commas: "its first foreign base, in Eritrea, opened in 2019".
      pattern: String.raw`(?:base|bases|facility),\s+(?:[\w\u00c0-\u024f'’.-]+\s+){0,6}[\w\u00c0-\u024f'’.-]+,\s+(?:opened|began\s+operating|became\s+operational|remains|remain)`,
      examples: [
        'The logistics pact, due to expire in May, will remain in force.',
        'Manila withdrew its notice of ending the visiting-forces pact.',
        'Lima dropped its threat to quit the logistics accord with Quito.',
        'Its first foreign base, in Eritrea, opened in 2019.',
        'Ankara opened its largest base abroad in 2017.',
        'Moscow keeps an air base outside the capital.',
        'Rome has run Camp Darby near Pisa for decades.',
      ],
      counterExamples: ['The logistics pact expired in May.'],
    },
  ]),
  cue('ended', 'agreement ended', [
    {
      name: 'agreement ended: terminated, suspended, expired',
      yields: { status: 'ended' },
      words: [
        'terminat(e|ed|es|ing|ion)',
        'suspend[ed|s|ing]',
        'suspension',
        '(froze|frozen|freezes|freezing)',
        'expire[d]',
        'withdr(ew|awn|awal)',
        'scrapp(ed|ing)',
        'abrogat*',
        'pulled out of',
        'revoke[d]',
        // "annulled its defence cooperation agreement", "cancelled the accord": undone by one side.
        '(annul|annulled|annuls|annulling|annulment)',
        '(cancel|cancelled|canceled|cancels|cancelling|canceling|cancellation)',
        'lapse[d]',
        'denounc(e|ed|es|ing)',
        // The nominal form: "the denunciation of the defence agreements followed the coup".
        'denunciation',
        'renounc(e|ed|es|ing)',
        'tore up',
        'walked away from',
        // "walked out of the talks on a common fighter": left before any deal.
        '(walked|walks|walking) out of',
        '(ending|ended|ends|end) [the |a |an |its |their |all ][military |security |defense ](pact[s]|agreement[s]|accord[s]|treaty|treaties|cooperation)',
        // A foreign base given back or closed, a presence ended: the access it stood on is over.
        '(closed|closing|closes|shut|shutting|vacated|vacating|handed back|handing back|handed over|handing over|returned|retroceded|left|leaving) ~4 (base|bases|camp|camps|installation|installations|facilities)',
        '(ending|ended|end to) ~4 military presence',
        'retrocession',
      ],
      examples: [
        'Niamey ordered the troops out, ending a security pact with Washington.',
        'Seoul suspended the intelligence pact with Tokyo in 2019.',
        'The junta said it would denounce the status of forces agreement with Paris.',
        'Washington pulled out of the treaty after months of disputes.',
        'The logistics accord with Hanoi expired in December.',
        'Bamako ended all defence agreements with Paris.',
        'Months after the putsch came the junta’s denunciation of its defence accords with Paris.',
        'Paris handed back its last base in the country in July.',
        'Ndjamena annulled its defence accord with Paris.',
      ],
      counterExamples: ['The agreement remains the basis of their cooperation.'],
    },
    {
      // "The 1947 bases agreement between Manila and Washington ended when ...": the instrument's own verb.
      name: 'agreement ended: the instrument ended',
      yields: { status: 'ended' },
      // Nothing else that could end between them: "signed a pact after the drills ended" ends the drills.
      pattern: String.raw`\b(?:agreements?|accords?|pacts?|treat(?:y|ies)|arrangements?)\b(?:(?!\b(?:after|before|when|while|as|until|since|once|drills?|talks|exercises?|war|fighting|visit|meeting|negotiations)\b)[^.;,]){0,60}?\b(?:ended|came\s+to\s+an\s+end)\b`,
      examples: [
        'The 1952 bases agreement between Lima and Washington ended in 1991.',
        'The pact came to an end when the junta took power.',
      ],
      counterExamples: ['Lima signed the pact after the drills ended.'],
    },
  ]),
  // Before "enter into force": a pact "to come into force after ratification" is signed, not yet in force.
  cue('concluded', 'agreement concluded (force to come)', [
    {
      name: 'agreement concluded: will enter into force',
      yields: { status: 'concluded' },
      words: [
        '(will|would|shall|is to|are to|is expected to|are expected to|is set to|is due to|should) (enter|come) into (force|effect)',
        '(will|would|shall|is expected to|is set to|is due to) take effect',
      ],
      examples: [
        'The accord is to come into force when Congress approves it.',
        'The logistics accord is set to take effect in the spring.',
      ],
      counterExamples: ['That access accord came into effect in March.'],
    },
    {
      // Ratification comes after signing: a pact awaiting it is signed, not yet in force (analysts file it
      // concluded). A state's accession awaiting others' ratification is another matter (membership's own).
      name: 'agreement concluded: awaiting ratification',
      yields: { status: 'concluded' },
      words: [
        '(awaiting|awaits|await|pending) [parliamentary |legislative |congressional ](ratification|approval)',
        'yet to be ratified',
        'ratification process',
      ],
      examples: [
        'The visiting forces pact with Nairobi is awaiting ratification in parliament.',
        'The logistics accord is yet to be ratified in Lima.',
      ],
      counterExamples: ['The logistics accord was ratified in May.'],
    },
  ]),
  cue('in_force', 'agreement in force (entered)', [
    {
      name: 'agreement in force: restored',
      yields: { status: 'in_force' },
      words: ['restor(e|ed|es|ing)', 'reinstat(e|ed|es|ing)', 'revive[d]'],
      examples: [
        'Seoul restored the information-sharing pact with Tokyo.',
        'The deal was revived after a change of government in Ankara.',
      ],
      counterExamples: ['The two armies store fuel at a joint depot.'],
    },
    {
      name: 'agreement in force: entered into force',
      yields: { status: 'in_force' },
      words: [
        '(entered|enter|enters|entering|came|come|comes|went) into (force|effect)',
        'took effect',
        'takes effect',
        'in force',
        // "has been in effect for two years"; not the adverb ("which would in effect give ...").
        '(is|are|was|were|been) in effect',
        // "in place for a decade now", "still in place": an instrument standing.
        '(has|have|had) been in place',
        '(remains|remained|still|stays) in place',
        // "exchanged notes to bring the pact into force".
        '(bring|brings|brought|bringing|put|puts|putting) ~6 into (force|effect)',
        'effective',
        'ratif(ied|ication) and',
        // "approved in 2020; it has applied since": an instrument in use.
        '(has|have|had) applied since',
        // "enabling it to enter into force": the step its ratification brought.
        '(allowing|enabling|letting) ~2 to (take effect|enter into force|come into force)',
      ],
      examples: [
        'The access pact between Manila and Canberra entered into force on Sunday.',
        'The Polish-Korean arrangement took effect in January.',
        'A logistics pact with Quito has been in place since 2019.',
        'Rome and Tokyo exchanged notes to bring the logistics pact into force.',
      ],
      counterExamples: ['Parliament debated the bill in Nairobi on Friday.'],
    },
  ]),
  cue('concluded', 'agreement concluded (a meeting held to sign it)', [
    {
      name: 'concluded: met to sign',
      yields: { status: 'concluded' },
      words: [
        '(met|gathered|convened|arrived|travel[l]ed|flew|came together) ~8 to [formally |officially ](sign|ink)',
      ],
      note: 'A meeting told in the past that was held to sign something signed it: the purpose is no prospect.',
      examples: [
        'The Thai and Lao ministers met in Vientiane to sign a border security accord.',
        'The Peruvian minister flew to Santiago to formally sign the logistics pact.',
      ],
      counterExamples: ['The ministers will meet in Vientiane to sign the accord.'],
    },
    {
      name: 'concluded: the first to sign',
      yields: { status: 'concluded' },
      words: [
        '(was|were|became|is|are|has been|have been) the (first|second|third|fourth|fifth|latest|last|only) ~3 to [formally |officially ](sign|ink|conclude)',
      ],
      note: 'A rank among those who signed is a signing told: "Britain was the first to sign such a pact".',
      examples: [
        'Latvia was the first country to sign such a pact.',
        'Chile became the third partner to ink the accord.',
      ],
      counterExamples: ['Peru would be the first to sign the pact.'],
    },
    {
      name: 'concluded: went on to sign',
      yields: { status: 'concluded' },
      words: ['(went|goes) on ~2 to [formally |officially ](sign|ink|conclude)'],
      note: 'A sequel told in the past is a step taken: "went on to sign" signed; no intention is left.',
      examples: [
        'Quito later went on to ink a logistics pact with Lima.',
        'Two years on, the pair went on to formally conclude the accord.',
      ],
      counterExamples: ['Quito hopes to go on to sign a logistics pact with Lima.'],
    },
  ]),
  cue('negotiating', 'agreement under negotiation', [
    {
      // "agreed to start work on drafting the programme": the text is still to be written.
      name: 'negotiating: agreed to start drafting',
      yields: { status: 'negotiating' },
      words: [
        '(agreed|agree|agrees|concurred|concur) to (start|begin|launch) ~2 (drafting|draft|work on|negotiat*|talks|consultations)',
        // "negotiators have started work on an ACSA": the text is being written.
        '(started|begun|began|launched) work on',
        // "agreed to keep working on a broader pact", "continue work towards": the text is not done.
        '(keep|keeps|kept|continue|continues|continued|continuing) (working|work) (on|towards|toward)',
        // "a status of forces agreement was being finalised": the last of the text still being written.
        '(is|are|was|were) being finali(s|z)ed',
        // "have been discussing opening a base there": a base still bargained over.
        '(discussed|discusses|discussing|discuss) (setting up|opening|establishing|building)',
        // A signing put off: "postponed signing the pact", "a planned signing ... was put off": not yet signed.
        '(postponed|postpones|delayed|delays|put off|puts off|deferred|defers) [the |a |its ][planned |scheduled ]signing',
        '(planned|scheduled) signing ~8 (was|were|has been|had been) (put off|postponed|delayed|deferred)',
        // Work to come, agreed: "staff are to start work on a logistics pact", "agreed that envoys would
        // begin work towards".
        '(will|would|to|shall) [now |soon |also ](start|begin) work (on|towards|toward)',
        // "agreed that discussions on a framework for ... will be accelerated": the talks are what goes on.
        '(discussions|negotiations|consultations) (on|over|about|toward|towards) (a|an) ~6 (framework|agreement|pact|accord|treaty|arrangement|memorandum)',
        // "launched discussions on a framework": the talks, not the framework, were launched.
        '(launched|opened|began|begun|started|initiated) [formal |official |exploratory ](discussions|talks|negotiations|consultations) (on|over|about|for|toward|towards)',
        // "close to a deal", "nearing an agreement": not yet signed.
        '(close to|nearing|near) [a |an |the ](deal|agreement[s]|accord|pact|contract|signing)',
        // Or with the kind of pact between ("close to a defence pact"), or the step still to take ("close to
        // finalising", "nearing completion of").
        '(close to|nearing) (a|an|the) (defense|security|military|mutual_defense|logistics|access) (deal|agreement|accord|pact|treaty)',
        '(close to|nearing) (finalising|finalizing|concluding|completing|sealing)',
        '(close to|nearing) completion of',
        // "put on hold the signing of", "approved the text of": the text exists, unsigned.
        '(put on hold|paused|delayed|postponed|deferred|suspended) the signing',
        '(approved|endorsed|settled|agreed) the (text|draft)',
        // "pledged to make efforts toward concluding": working toward a text not yet agreed.
        '(make|makes|made|making) [every ](effort|efforts) (for|to|toward|towards) ~2 (conclu*|sign*|finali*)',
      ],
      examples: [
        'Seoul and Riyadh pledged to make every effort toward concluding a logistics pact.',
        'The two ministers agreed to start work on drafting a cooperation plan for 2026.',
        'Staff are to start work on a logistics support arrangement.',
        'The two leaders agreed to keep working on a broader defence pact.',
        'A status of forces agreement was being finalised with Dakar.',
        'Honiara postponed signing the security pact with Canberra.',
        'Doha and Muscat have discussed setting up a joint naval base.',
        'The two sides agreed that discussions on a framework for sharing radar data will speed up.',
        'Negotiators have started work on a logistics pact.',
        'Lima and Quito launched discussions on a framework for sharing classified data.',
        'Lima is close to a deal on an access pact with Quito.',
        'Quito and Lima are close to a defence pact.',
        'The two governments are nearing completion of a logistics accord.',
        'The cabinet has put on hold the signing of the security pact with Canberra.',
        'Quito and Lima agreed to begin negotiations on a logistics pact.',
      ],
      counterExamples: ['The ministers agreed a cooperation plan for 2026.'],
    },
    {
      name: 'negotiating: to sign',
      yields: { status: 'negotiating' },
      // "pledged to quickly finalise their accord": the last of the text still to be written, so not yet signed.
      words: [
        'to [formally |officially ](sign|ink|conclude)',
        'to [soon |quickly |swiftly |promptly |early ](finali(s|z)e|finalising|finalizing)',
      ],
      examples: [
        'India and Brazil hope to formally sign the pact next year.',
        'Both governments intend to conclude the deal soon.',
        'Both capitals hope to swiftly finalise the medical cooperation memorandum.',
        'Ministers told their staffs to finalize the logistics accord by June.',
      ],
      counterExamples: ['The treaty was signed in Warsaw.'],
    },
    {
      name: 'negotiating: will sign',
      yields: { status: 'negotiating' },
      words: [
        '(will|would|shall|is to|are to|expected to|set to|likely to|plan[s] to|aim[s] to) ~2 (sign|conclude|ink|finali(s|z)e|confirm|seal|be ~1 (signed|concluded|inked|finali(s|z)ed))',
      ],
      examples: [
        'Riyadh and Seoul will soon seal the arms-technology accord.',
        'The pact is expected to be formally signed in Hanoi.',
      ],
      counterExamples: ['The ministers signed the accord on Monday.'],
    },
    {
      name: 'negotiating: toward an agreement',
      yields: { status: 'negotiating' },
      words: [
        '(toward|towards) [the |a |an ](conclu|sign|finali|reach|realiz|establish|agreement|deal|treaty|defense agreement|formal|(a|an) ~3 (agreement|deal))*',
      ],
      examples: [
        'Nairobi and Ankara are moving towards a defence accord.',
        'The talks made progress toward concluding the deal.',
      ],
      counterExamples: ['The frigate sailed toward the strait.'],
    },
    {
      name: 'negotiating: working to conclude',
      yields: { status: 'negotiating' },
      words: [
        'work[ing] (to|on) (conclude|sign|finali(s|z)e)',
        // Talks finished, text not yet signed: "negotiators have wrapped up work on a separate accord".
        '(wrapped|wraps|wrapping|wrap) up (work|talks|negotiations) on',
      ],
      examples: [
        'Officials are working to finalise the text of the pact.',
        'Both sides will work to conclude an access deal.',
        'Negotiators have wrapped up work on a logistics accord.',
      ],
      counterExamples: ['Engineers work on the engines every night.'],
    },
    {
      // "the two capitals are working on a forces pact", "the two sides are finalising an accord":
      // a text in the making, told by what is being done to it now.
      name: 'negotiating: a text being written',
      yields: { status: 'negotiating' },
      words: [
        '(is|are|been|now|currently|still) (working on|finali(s|z)ing|drafting|hammering out|preparing|negotiating) (a|an|the|their|its) ~4 (agreement|accord|pact|treaty|deal|arrangement|memorandum|framework|text)',
        '(work|works) on (a|an) ~4 (agreement|accord|pact|treaty|arrangement|memorandum|framework)',
      ],
      examples: [
        'Lima and Quito are working on a troop stationing pact.',
        'The two sides are finalising an accord on logistics support.',
        'Diplomats are still drafting their SOFA text.',
        'Rabat and Dakar work on a new logistics pact.',
        'Accra and Lome will now work on a fresh framework covering their partnership.',
      ],
      counterExamples: [
        'Engineers are working on the engines of the frigate.',
        'The accord they finalised last year took effect.',
      ],
    },
    {
      name: 'negotiating: talks',
      yields: { status: 'negotiating' },
      words: [
        '(in|start|begin|launch|open|hold|held|resume|step up|accelerate)* [formal |official ](talks|negotiations|consultations)',
        'negotiat(e|ed|es|ing|ion|ions)',
        'in talks',
        'in discussions',
        // Talks about an instrument, held or still to start, are its negotiation ("talks on an access pact will begin").
        '(talks|consultations) (on|for|over|about|toward[s]) (a|an|the) [possible |new ]',
        // "Discussions with France on a visiting forces deal opened in 2024".
        '(discussions|talks) (with|on|about) ~6 (opened|began|started|resumed|are under way|continue[s|d])',
        // "Talks between Athens and Paris on a defence pact began in 2020": the talks' parties before their subject.
        '(discussions|talks|consultations) between ~6 (on|about|over|for) (a|an|the) [possible |new ]',
        // "Talks with Lima on such a pact could open soon": the partner named first, then the instrument.
        '(discussions|talks|consultations) with ~4 (on|about|over|for|toward[s]) (a|an|the|such) [possible |new |similar ]',
        // "discussions with Rabat about such an accord remain ongoing": a negotiation still going on.
        '(discussions|talks|negotiations) (with|on|about) ~6 (is|are|were|remain[s|ed]) [still ](continuing|ongoing|going on|progressing|in progress)',
        'in discussions (with|on|about)',
        // "a new text of the pact is being discussed": its wording still open.
        '(is|are) [still |now ]being (discussed|drafted|worked out|hammered out)',
        'under (discussion|negotiation)',
      ],
      examples: [
        'A replacement text for the logistics pact is being discussed.',
        'Vietnam and the Philippines launched formal negotiations on a coast guard pact.',
        'Ghana said talks on an access deal with Brazil would open next month.',
        'Poland is negotiating a supply deal with Seoul.',
        'Discussions with Paris on a visiting forces deal opened in late 2024.',
        'Discussions with Rabat about a logistics accord are still ongoing.',
        'Talks between Lima and Quito on a border pact opened in May.',
        'Talks with Quito on a similar pact could open in the spring.',
      ],
      counterExamples: ['The deal was signed after a short ceremony.'],
    },
    {
      name: 'negotiating: agreed in principle',
      yields: { status: 'negotiating' },
      words: [
        'in principle',
        'substantially agreed',
        'substantive conclusion',
        'basic agreement',
        // "reached a broad understanding on the pact": agreed, nothing signed yet.
        '(reached|reach|reaches|reaching) (a|an|full|an initial) [full |initial |general |broad |common ]understanding',
        'final (phase|stage)[s] of (coordination|talks|negotiations)',
      ],
      examples: [
        'Tokyo and Manila reached a basic accord on the access deal.',
        'The two sides agreed in principle to share radar data.',
        'Rabat and Madrid reached a broad understanding on the access pact.',
      ],
      counterExamples: ['The agreement was finally signed.'],
    },
    {
      // A text initialled or settled is agreed, not yet signed: still a negotiation.
      name: 'negotiating: text initialled or settled',
      yields: { status: 'negotiating' },
      words: [
        '(initialled|initialed|initialling|initialing) (the|a|an|their|its|this|that)',
        '(text|wording|draft) of ~9 (was|were|has been|had been|is|are) [now |finally ](settled|agreed|finali(s|z)ed|initialled|initialed)',
        '(settled|finali(s|z)ed|agreed on|agreed) the (text|wording|draft) of',
      ],
      examples: [
        'Quito and Lima initialled the defence treaty in May.',
        'The wording of the pact was settled at the summit.',
        'Both leaders agreed the text of the security accord.',
      ],
      counterExamples: ['Both leaders signed the security accord.', 'the initial deliveries arrived'],
    },
    {
      name: 'negotiating: to be signed soon',
      yields: { status: 'negotiating' },
      words: [
        'will [soon ]be signed',
        'will soon sign',
        'to be signed',
        'set to sign',
        'expected to (sign|conclude)',
        'discuss[ing|ed|ions] (a|an|the) [possible |potential ]~1 (agreement|deal)',
        'discuss[ing|ed|ions] (a|an|the) (possible|potential)',
      ],
      examples: [
        'The Korea-Poland pact will soon be signed, an official said.',
        'Ministers discussed a possible logistics agreement in Brasilia.',
      ],
      counterExamples: ['The pact was signed in 2019.'],
    },
  ]),
  cue('proposed', 'agreement proposed', [
    {
      name: 'proposed: considering, seeking',
      yields: { status: 'proposed' },
      // "hopes to use that accord", "wants to deepen the agreement": the instrument is there already.
      // "seeking to show it has friends, hours after inking a pact": an aim of showing, no proposal.
      unlessFollowedBy:
        '(use|using|strengthen|implement|implementing|expand|deepen|upgrade|update|renew|revise|extend|apply|leverage|enforce|build on|make use of|make full use of|[to ](show|signal|demonstrate|prove|reassure|project))',
      words: [
        'consider[s|ed|ing]',
        'propos(e|ed|es|ing|al)',
        // A text put on the table by one side: "floated a pact", "has pitched an accord".
        '(floated|floats|floating|pitched|pitches|pitching|mooted|tabled|put forward)',
        'call[ed|s|ing] for',
        'seek[s|ing]',
        'sought',
        'plan[s] to',
        'planning to',
        'aim[s|ed|ing] to',
        'hop(e|es|ed|ing) to',
        'eager to',
        'keen to',
        'want[s|ed] (to|one)',
        'explor(e|es|ed|ing)',
        'interest[ed] in',
        'push[ed|es|ing] for',
        'mull[s|ed|ing]',
        'weigh[s|ed|ing]',
        '(decide|decides|deciding) (whether|if)',
        // Work before any talks: "laying the groundwork for" a pact.
        '(lay|lays|laying) the (groundwork|foundation[s]) for',
        // "officials have floated the idea of a similar agreement".
        '(float|floats|floated|floating|raise[d]|raising) the (idea|possibility|prospect) of',
        '(would like|like) to explore',
        // An ask put to the other side: "a Russian request for a naval base", "Ankara's bid for a facility".
        '(request|requests|bid|bids|approach|approaches|overture|overtures) for (a|an) ~3 (base|facility|outpost|presence|agreement|accord|pact|treaty|deal)',
      ],
      examples: [
        'Turkey is considering an access agreement with Kenya.',
        'Dakar turned down a Turkish request for a naval base.',
        'Oslo and Riga are laying the groundwork for a logistics pact.',
        'Hanoi proposed a hotline between the two navies.',
        'Brazilian officials are mulling a logistics pact.',
        'Some officials have floated the idea of a similar agreement with Chile.',
        'Quito is deciding whether to buy patrol boats from Seoul.',
      ],
      counterExamples: [
        'The pact entered into force last year.',
        'Tokyo plans to use that accord to deter threats.',
        'The treaty binds each side to answer requests for help.',
      ],
    },
  ]),
  cue('in_force', 'agreement in force (standing)', [
    {
      name: 'agreement in force: already has',
      yields: { status: 'in_force' },
      words: ['(already|currently|existing)'],
      // "already signed a pact in May" tells the signing; "already has a pact" the standing one.
      unlessFollowedBy: '(signed|inked|concluded|initialled|initialed|agreed|sealed)',
      // Up to eight words between, so that a name of several words ("has a logistics support pact with") fits;
      // but "has signed an agreement with" is a signing, not a standing agreement.
      // Nor a step taken on one ("has put on hold the signing of a treaty with", "has approved the text of").
      pattern: String.raw`\b(?:has|have|had)\s+(?!(?:just\s+|now\s+|also\s+|since\s+)?(?:signed|inked|concluded|agreed|reached|struck|finali[sz]ed|sealed|initialed|renewed|revised|updated|put|delayed|postponed|paused|suspended|frozen|halted|shelved|approved|endorsed|rejected|cancell?ed|scrapped|proposed|offered|sought|discussed|drafted|negotiated|floated|pitched|mooted|tabled)\b)(?:(?!(?:signing|inking|after|before)\b)[\w'-]+\s+){0,8}?(?:(?:agreement|accord|pact|deal|ACSA|RAA|GSOMIA|arrangement)s?|treaty|treaties)\s+(?:with|in place)\b`,
      examples: [
        'Korea already has a similar pact with Poland.',
        'India has logistics agreements with France and Australia.',
      ],
      counterExamples: [
        'India signed a logistics agreement with France.',
        'Tokyo said it has signed a logistics agreement with New Delhi.',
        'The cabinet has approved the text of a defence treaty with Canberra.',
        // The signing is another clause's deed, told after the verb: "has friends, weeks after inking a pact with".
        'Lima still has friends weeks after inking a pact with Quito.',
      ],
    },
    {
      // An instrument that binds its parties now is in force ("the treaty obliges Washington to ...").
      name: 'agreement in force: binds its parties',
      yields: { status: 'in_force' },
      words: [
        'oblig(es|ing|ate|ates)',
        'bind[s]',
        'commit[s] (the|both|each|either)',
        'require[s] (the|both|each|either)',
        'remain[s] in (place|force|effect)',
        'still in (place|force|effect)',
        // "remain bound to Russia by security treaties": the state bound, from the other side.
        '(is|are|remain[s]|remained|stay[s]) [formally |still ](bound|tied|allied) (to|with|by)',
        // "bound to Lisbon by an old treaty": the participle alone, after its state.
        '[, ]bound to ~3 by',
        // "the treaty still governs military relations between A and B".
        '[still |continues to |continue to ](govern[s]|regulate[s]|underpin[s]) ~3 (ties|relations|cooperation|relationship|alliance|presence)',
        // Or the forces it covers: "the SOFA governs American troops stationed there".
        '[still |continues to |continue to ](govern[s]|regulate[s]) ~3 (troops|forces|soldiers|personnel|deployment[s]|stationing|basing)',
        // "The legal footing of the Chadian garrison is a 2019 accord": the footing a presence stands on now.
        '(legal basis|legal footing|legal framework) (of|for) ~4 (presence|troops|forces|deployment|base|bases|cooperation)',
        // "an accord dating from 1974": an old instrument told as still there.
        '(dates|dating) (from|back to) [the ](19|20)*',
      ],
      examples: [
        'The old treaty still governs military relations between the two.',
        'The 1965 treaty obliges both sides to consult in a crisis.',
        'The pact commits each party to defend the other.',
        'Minsk remains bound to Moscow by a mutual defence treaty.',
        'The visiting forces agreement governs Australian troops on rotation there.',
        'The legal footing of the Chadian presence is a 2019 defence accord.',
        'Their access rests on a defence agreement dating back to 1974.',
      ],
      counterExamples: ['The two sides committed to closer ties.'],
    },
    {
      // What a new instrument builds on or replaces was in force before it.
      name: 'agreement in force: what a new one builds on',
      yields: { status: 'in_force' },
      words: [
        '(build[s]|building|built) on',
        '(previous|earlier|prior) (agreement[s]|treaty|treaties|arrangement[s])',
        '(replace[s]|replacing|supersede[s]|superseding|update[s]|updating) the',
      ],
      examples: [
        'The pact builds on the 1995 security treaty between them.',
        'It replaces the 1951 security treaty between the two.',
      ],
      counterExamples: ['The two sides signed the pact in Canberra.'],
    },
  ]),
  cue('concluded', 'agreement concluded', [
    {
      name: 'concluded: signed, inked',
      yields: { status: 'concluded' },
      words: [
        'sign[ed|s|ing]',
        'ink[ed|s|ing]',
        'seal[ed|s|ing]',
        'struck',
        'reach[ed|es]',
        // Translated news keeps the Romance "subscribe" (suscribir, souscrire) for signing.
        'subscrib(e|ed|es|ing)',
        'agreed',
        'agree',
        // "the substantive conclusion of" is an agreement in principle: a cue of the negotiating family, read first.
        '(the|its|their) [successful |formal ]conclusion of',
        // Cooperation "formalised through" an instrument: the instrument is signed.
        'formali(s|z)(ed|es|ing) ~3 (through|by|in|with)',
        // "A logistics pact followed in 2014": the next instrument in a history, signed then.
        '(followed|came) (in|on|later|soon|shortly|next|a year later|two years later)',
        // "put their signatures to it": signed, in other words.
        '(put|set|placed|affixed) (their|his|her|its) signature[s] (to|on)',
        '(put|puts|putting) pen to paper',
        // French and Spanish copy, translated word for word: "the two sides proceeded to the signature of".
        '(proceeded|proceeds|proceed) to the (signature|signing) of',
        // Signed copies handed across a table: "the two chiefs exchanged a memorandum on training".
        '(exchange|exchanges|exchanged|exchanging) (a|an|the|their|signed) ~2 (memorand(um|a|ums)|MOU[s]|agreement[s]|accord[s]|protocol[s]|document[s]|letter[s] of intent)',
        // A base taken on lease: "leased the naval facility from Damascus for 49 years".
        '(leased|renewed) (the|a|an|its|their)',
        'whose lease',
      ],
      examples: [
        'Germany and India inked a submarine pact in Mumbai.',
        'Chile and Peru subscribed a memorandum on defence training in 2019.',
        'The two ministers put their signatures to the accord in Lima.',
        'Lima and Quito put pen to paper on a logistics pact.',
        'Dakar and Banjul proceeded to the signature of a protocol on border patrols.',
        'A logistics pact followed in 2014.',
        'The two navies formalised their work with a memorandum.',
        'Fiji and India hailed the conclusion of a logistics pact.',
        'Saudi Arabia and Pakistan signed a mutual defence pact.',
        'The Omani and Indian navy chiefs exchanged a memorandum on hydrography on Monday.',
      ],
      counterExamples: ['The ministers talked for two hours.', 'Both teams exchanged views about the pact.'],
    },
    {
      // Concluding a pact, not concluding that something is so ("watched the pact and concluded, wisely, that").
      name: 'concluded: concluded, not a judgement',
      yields: { status: 'concluded' },
      pattern: String.raw`conclud(?:e|ed|es)(?![,\s]+(?:\w+,?\s+){0,2}that\b)`,
      examples: [
        'The two navies concluded a logistics pact in 2019.',
        'Accra and Lome conclude the accord today.',
      ],
      counterExamples: ['Hanoi studied the pact and concluded, wisely, that it need not choose.'],
    },
    {
      name: 'concluded: adopted, decided, revised',
      yields: { status: 'concluded' },
      words: [
        'adopt(ed|s)',
        'approv(e|ed|es|al)',
        'revis(e|ed|es)',
        'amend(ed|s)',
        'modifi(ed|es)',
        'updat(ed|es)',
        'unveil(ed|s)',
        'launch(ed|es)',
        'decid(e|ed|es)',
        'decision',
        'finali(s|z)(e|ed|es)',
        'ratifi(ed|es)',
        'renew(ed|s)',
        'upgrad(ed|es)',
        'establish(ed|es)',
        // "set up a hotline": the same as establishing one.
        'set[s] up',
        // A declaration is issued, as a treaty is signed.
        '(issued|issues|issuing) (a|an|the|their) ~3 (declaration|statement)',
      ],
      examples: [
        'The Kenyan cabinet approved the pact with Turkey.',
        'Seoul and Nairobi issued a joint declaration about maritime security.',
        'Hanoi and Manila set up a naval hotline in 2016.',
        'Warsaw and Seoul upgraded their partnership, state media reported.',
      ],
      counterExamples: ['The ministers talked for two hours.'],
    },
  ]),
];

/** Meetings and exercises announced for the future. */
export const FUTURE_FAMILY: PhraseFamily = {
  name: 'future event',
  flags: 'i',
  entries: [
    {
      name: 'future: will, next',
      yields: { status: 'planned' },
      // "Japan-Kenya defence talks likely April 16": a headline's "likely" before a date is still to come.
      words: [
        'will',
        'shall',
        'upcoming',
        'forthcoming',
        'next',
        'scheduled',
        'later this',
        'tomorrow',
        'likely (on|in|around|by|next|this|early|late|mid|jan*|feb*|mar*|apr*|may|jun*|jul*|aug*|sep*|oct*|nov*|dec*)',
      ],
      examples: [
        'The navies will hold drills off Goa.',
        'The upcoming summit in Nairobi is the first since 2019.',
        'Peru-Chile defence ministers meeting likely April 16',
        'The two chiefs meet tomorrow in Accra.',
      ],
      counterExamples: ['The ministers met in Ankara last week.'],
    },
    {
      // "Lula and Boric to meet in Brasilia": a headline's infinitive, with no finite verb before it, is to come.
      name: 'future: a headline infinitive',
      yields: { status: 'planned' },
      pattern: String.raw`^\s*(?:(?!\w+ed\b|(?:was|were|had|has|have|is|are|met|held|went|came|flew|left|sat|agreed|made)\b)[\w'’.-]+\s+){1,6}to\s+(?:meet|visit|hold\s+talks|sign|host)\b`,
      examples: ['Lula and Boric to meet in Brasilia', 'Ruto to visit Accra next week'],
      counterExamples: ['The ministers met to sign the accord.', 'Lula was to meet Boric in May.'],
    },
    {
      name: 'future: set to hold',
      yields: { status: 'planned' },
      words: [
        'to be held',
        'to be (hosted|staged|conducted|organi[s|z]ed)',
        'set to',
        'due to (hold|host|co-host|stage|conduct|meet|visit|take part|join|begin|start|sign|sail|train|call|arrive|dock|return|travel|fly|deploy|pay|take place|be held|get under way|go ahead|resume|open)',
        // "Preparations are under way for the drills in July": an event readied is still to come.
        '(preparations|planning) (is|are|have|has) [now |already |well |meanwhile |also ](under way|underway|begun|started) for',
        'plan[s] to',
        'planning to',
        'expected to',
        // "a leader expected in the capital next month", "is due in Lima on Thursday": a visitor awaited.
        '(is|are) [now ](expected|due) (in|at)',
        // "A drill under the fresh accord is expected soon": awaited, with no date yet.
        '(is|are|was|were) [now |also ](expected|due) (soon|shortly|later|before long|within)',
        // "The two navies pledged to keep up the annual drills": an undertaking for rounds still to come.
        '(agree[s|d]|pledg(e|es|ed)|vow[s|ed]|decid(e|es|ed)|undert(ook|ake|akes)) to (hold|conduct|continue|expand|stage|organi(s|z)e|launch|start|begin|resume|set up|establish|institutionali(s|z)e|step up|intensify)',
        // A headline's "Chile, Peru agree on annual drills": drills agreed are drills to come.
        '(agree|agrees|agreed) on ~3 (drill[s]|exercise[s]|patrol[s]|war games|manoeuvres|maneuvers)',
        'to hold',
        'to conduct',
        'to stage',
        // "both navies will repeat the serial in the autumn": a round to come, again.
        '(will|would|to|plan to|plans to) [also |again |now ]repeat',
        // A headline's infinitive: "Namibia, Zambia to launch joint border patrols".
        'to (launch|host|kick off)',
        // "Czech and Slovak jets to fly together": forces named right before the infinitive.
        '(jets|troops|forces|navies|armies|sailors|marines|soldiers|pilots|warships|ships|air forces|special forces) to (train|drill|exercise|sail|patrol|fly) [together |jointly ]',
        'intend[s|ing] to',
        'prepar(e|es|ing) to',
        // "the two navies plan a passage exercise", "are planning joint drills": an event planned is still ahead.
        '(plan|plans|planning) (a|an|another|further|more|joint|new|their|its|the|two|three) ~3 (exercise[s]|drill[s]|patrol[s]|war games|manoeuvres|maneuvers|summit|talks|visit)',
        // Reported speech puts the future in "would": "the ministry said the navies would hold drills".
        // "said its jets would fly a joint patrol": the forces' own verbs of drilling too.
        'would ~2 (hold|conduct|stage|take part|participate|join|host|meet|visit|travel|sail|train|begin|start|launch|fly|exercise|drill|patrol|deploy|carry out|practi(s|c)e|rehearse)',
        // "is planned for the spring", "has been pencilled in for Rome": a date set for an event to come.
        '(is|are|has been|have been) [tentatively ](planned|scheduled|slated|pencil[l]ed in|earmarked|penciled in) (for|in|to)',
        // "is being prepared for June", "the command is preparing the exercise": readied, so still to come.
        '(is|are) (being|now being) prepared',
        // "decided the following session should be held in Pune": an event agreed on, still to come.
        '(should|must|would) be (held|hosted|staged|conducted|organi(s|z)ed)',
        'preparing (the|a|an|its|their|for)',
        // What a treaty or plan "foresees" or "provides for" is still to be done under it.
        'foresee[s]',
        'envisage[s]',
        '(provide|provides) for',
      ],
      // "is to", "aims to": an event still to come ("the drills are to begin in May", "Rabat aims to host the
      // next round"), but not a purpose told ("the drills' main objective is to sharpen ...", "the drill aims
      // to deepen ties"): the event it is the purpose of is not thereby ahead. Read right after the event's word
      // (the words a trigger is followed by), "aims to" at the start has the event as its subject.
      // Nor the writer's aside "it is to be stressed that ...".
      pattern: String.raw`(?<!\b(?:objectives?|aims?|goals?|purposes?|ideas?|tasks?|missions?|intentions?)\b[^.;]{0,60})\b(?:is|are)\s+to\b(?!\s+be\s+(?:mentioned|noted|recalled|stressed|emphasi[sz]ed|underlined|remembered|added|pointed\s+out)\b)|(?<!\b(?:exercises?|drills?|training|manoeuvres|maneuvers|it|they)\s+|^\s*)\baim(?:s|ing)?\s+to\b`,
      examples: [
        'Polish and Korean troops are set to train together in May.',
        'The drills off Mombasa are due to take place this August.',
        'Planning is already under way for the joint patrols next spring.',
        'Malaysian and Thai navies to patrol jointly in Andaman Sea',
        'A Dutch frigate is due to dock in Mombasa in June for drills with the Kenyan navy.',
        'A joint patrol by Ghanaian and Togolese boats is expected shortly.',
        'The next round of staff talks is pencilled in for Lisbon in the autumn.',
        'A first combined patrol is planned for early next year.',
        'The army said Kenyan and Ugandan units would conduct drills near Lake Victoria.',
        'The two sides agreed to hold talks every year.',
        'The drills are to begin in May.',
        'Rabat aims to host a further round of talks.',
        'Both navies pledged to continue their annual drills.',
        'Oman, India agree on annual naval drills',
        'Zambia, Malawi to launch joint border patrols',
        'The two navies plan a passage exercise in the Bay of Bengal.',
        'Both armies are planning joint drills for the spring.',
        'A summit of the three leaders is being prepared for the spring.',
        'The new pact foresees regular drills of the two navies.',
        'Commanders say both fleets will repeat the serial next spring.',
      ],
      counterExamples: [
        'The exercise ended on Friday.',
        'The troops prepared well and the drills went smoothly.',
        'The main aim of the drills is to improve coordination.',
        'The exercise aims to build trust among the navies.',
        'It is to be stressed that both fleets held drills last year.',
      ],
    },
  ],
};

/** Transfers: completed (delivered), concluded (agreed, contracted), negotiating, proposed. */
export const TRANSFER_CUE_FAMILIES: readonly CueFamily[] = [
  // First: "the deal, signed in 2023, was called off" is a sale that ended, whatever else its clause tells.
  cue('ended', 'transfer ended', [
    {
      name: 'transfer ended: cancelled, suspended, banned',
      yields: { status: 'ended' },
      words: [
        // American and British spellings alike: "canceled", "cancelled", "cancellation".
        'cancel[l](ed|s|ing|ation)',
        'called off',
        '(scrapped|scraps|scrapping)',
        '(tore|torn|tear|tears|tearing) up',
        '(suspend|suspends|suspended|suspending|froze|frozen|freezes|freezing|halted|halts|halting) ~3 (purchases|sales|deliveries|exports|arms|the deal|the contract|the order|the sale|the transfer)',
        '(banned|bans|banning|barred|bars|barring) ~4 (arms|weapons|sale|sales|exports|purchase|purchases|trade)',
        // Exports held back by the supplier: "curbed its weapons sales to the kingdom in 2020".
        '(restrict|restricts|restricted|restricting|curbed|curbs|curbing|embargoed) ~3 (arms|weapons|sales|exports|deliveries|transfers)',
        '(stop|stops|stopped|halt|end|ended) (approving|issuing|granting) [new ]export[s]',
        '(collapsed|fell through|fell apart)',
        'pulled out of the (deal|contract|order|purchase|sale)',
        // A contract a buyer dropped or shelved: "shelved its 2016 order for eight jets".
        '(dropped|drops|dropping|abandoned|abandons|shelved|shelves|ditched|ditches) ~3 (deal|contract|order|purchase|sale|plan[s] to buy)',
        // Undone in law: "rescinded the contract", "annulled the purchase", "will terminate the deal".
        '(rescind|rescinds|rescinded|rescinding|annul|annuls|annulled|annulling|terminate|terminates|terminated|terminating|void|voided|voids) ~3 (deal|contract|order|purchase|sale)',
        // Talks on a sale suspended or broken off: the sale is off for now.
        '(suspend|suspends|suspended|suspending|froze|halted|broke off|breaks off|broken off) ~2 (talks|negotiations)',
        // A sale a government stopped: "London blocked the sale of the jets to Buenos Aires".
        '(blocked|blocks|blocking|vetoed|vetoes|vetoing) ~3 (sale|sales|export|exports|transfer|delivery|deliveries|purchase)',
        // "their deliveries to Ankara are now off": called off, said plainly.
        '(deal|sale|deliveries|delivery|order|purchase|transfer) ~3 (is|are|was|were) [now |officially |effectively ]off',
      ],
      examples: [
        'Lima cancelled the order for Spanish trainers last year.',
        'Doha suspended talks with Paris on more jets.',
        'Manila canceled the helicopter deal with Moscow.',
        'Lima called off the helicopter purchase in March.',
        'Oslo suspended arms sales to the junta in 2021.',
        'Ottawa banned arms exports to the kingdom.',
        'Berlin curbed weapons exports to Ankara in 2019.',
        'Berlin froze deliveries of tanks to Riyadh.',
        'The sale of the frigates to Manila collapsed after the election.',
        'London vetoed the sale of the trainers to Quito.',
        'Accra quietly shelved a 2019 order for six Russian helicopters.',
        'The jets never left the plant, and their deliveries to Quito are now off.',
        'Montevideo rescinded the contract with the Galician yard for two patrol ships.',
        'The ministry annulled the purchase of six drones from Minsk.',
      ],
      counterExamples: [
        'Quito received the last patrol boat in May.',
        'The match was called a draw.',
        'The minister suspended the session to take questions.',
        'The court annulled the election in two districts.',
      ],
    },
  ]),
  // Before the proposal's own words: "the cabinet approved the navy's proposal to buy a frigate" is decided.
  cue('concluded', 'transfer approved', [
    {
      name: 'transfer approved: a plan or proposal to buy, approved',
      yields: { status: 'concluded' },
      words: [
        '(approved|approves|endorsed|endorses|cleared|clears|greenlit|green-lit|sanctioned) ~6 (plan|proposal|request|bid)[s] to (buy|purchase|acquire|procure|order|lease)',
      ],
      examples: [
        "Lima's cabinet approved the navy's proposal to buy two frigates from Seoul.",
        'Parliament cleared a request to lease four drones from Ankara.',
      ],
      counterExamples: ['The navy submitted a proposal to buy two frigates.'],
    },
  ]),
  cue('proposed', 'transfer proposed', [
    {
      name: 'transfer proposed: considering, requested',
      yields: { status: 'proposed' },
      words: [
        'consider[s|ed|ing]',
        'interest[ed] in',
        // "the interest of Nairobi's navy in buying ...": the buyer's interest told with its owner.
        'interest of ~4 in',
        'potential',
        'possible',
        // "discussed the possibility of its navy acquiring patrol ships": a purchase only raised.
        '(possibility|prospect|idea) of',
        'propos(e|ed|al)',
        'seek[s|ing]',
        'sought',
        'request[ed|s]',
        // A buyer that "sounded out" a seller has asked, no more.
        'sound(s|ed|ing) out',
        'ask(s|ed|ing) ~2 for',
        'plan[s] to',
        'want[s|ed] to',
        'hop(e|es|ed|ing) to',
        'weigh[s|ed|ing]',
        'mull[s|ed|ing]',
        '(decide|decides|deciding) (whether|if)',
        'explor(e|es|ed|ing)',
        '(eyes|eyed|eyeing)',
        '(keen|eager) to',
        // "Japan would look at providing more patrol vessels": a study of a transfer, not a promise.
        '(look|looks|looking) (at|into)',
        'evaluat(e|es|ing)',
        'assess(es|ing)',
        // "conveyed its intention to hand over a corvette": a transfer announced as meant, not agreed.
        'intention[s] to',
        // A wish or an inquiry, not an order: "would like to buy three more", "asked Rome about buying".
        'would like to',
        'ask(s|ed|ing) ~3 about',
        'lobb(y|ies|ied|ying) (to|for)',
        // A sales pitch or a bid in a competition is an offer the buyer has not taken up.
        '(pitch|pitches|pitched|pitching)',
        '(put|puts|putting) forward',
        '(rival|competing|final|best-and-final|binding|formal|unsolicited|competitive) (bid|bids|offer|offers|proposal|proposals)',
        '(bid|bids|offers) (from|by|have come|came|has come)',
        '(bidder|bidders|bidding)',
        '(shortlisted|short-listed|in the running)',
      ],
      examples: [
        'Vietnam is interested in Indian BrahMos missiles.',
        'Paris noted the interest of the Kenyan side in the purchase of more helicopters.',
        'Ministers weighed the possibility of Accra buying Dutch patrol boats.',
        'Seoul voiced its intention to donate a patrol ship to Lima.',
        'Tokyo said it would look at providing patrol boats to Manila.',
        'Peru is weighing an order for Korean frigates.',
        'Hanoi eyes Indian BrahMos missiles for its coast.',
        'Kenya requested six patrol boats from Turkey.',
        'Chad has asked Ankara for more armed drones.',
        'Colombia is deciding whether to order more Israeli rifles.',
        'Nairobi would like to buy three more helicopters from Rome.',
        'Quito has asked Madrid about buying surplus helicopters.',
        'Ankara has been pitching its drones to Hanoi.',
        'Madrid has put forward its frigate design for the Greek tender.',
        'Competing bids for the Chilean submarines have come from Paris and Berlin.',
        'The Swedish jet is shortlisted for the Colombian air force.',
      ],
      counterExamples: ['Turkey delivered six patrol boats to Kenya.', 'Most of its jets came from Sweden.'],
    },
    {
      // A study of a transfer is no promise; a study two states make of kit together is the joint work itself
      // ("to study a future frigate together"), which its own verbs date and rank.
      name: 'transfer proposed: studied',
      yields: { status: 'proposed' },
      pattern: String.raw`\bstud(?:y|ies|ied|ying)\b(?!\s+(?:a|an|the|future|new|next-generation)\s+(?:[\w-]+\s+){0,3}?(?:together|jointly)\b)`,
      examples: [
        'Lima is studying a purchase of Korean frigates.',
        'Quito studied buying two used Chilean corvettes.',
      ],
      counterExamples: ['The two air forces will study a future trainer jet together.'],
    },
    {
      name: 'transfer proposed: offered',
      yields: { status: 'proposed' },
      pattern: String.raw`(?<!will (?:also )?)offer(?:s|ed|ing)?`,
      note: '"will offer" is a promise, a concluded cue below; a bare offer is a proposal.',
      examples: ['Seoul offered K2 tanks to Warsaw.', 'Brazil is offering Embraer jets to the Philippines.'],
      counterExamples: ['Ankara will offer drones to Nairobi.'],
    },
  ]),
  cue('negotiating', 'transfer negotiating', [
    {
      name: 'transfer negotiating: talks',
      yields: { status: 'negotiating' },
      words: [
        'in talks',
        'talks',
        'negotiat*',
        'discuss[es|ed|ing|ions]',
        'final (phase|stage)',
        // A contract still to be signed is being negotiated: "Seoul, Warsaw to sign second tank deal".
        '(to|will|set to|expected to|plan[s] to) [formally ]sign',
        '(close to|nearing|near) [a |an |the ](deal|agreement[s]|contract|signing)',
        '(close to|nearing|near) (finalising|finalizing)',
        // "is finalising the purchase of more escorts": the terms still being settled.
        '(is|are|was|were) [now |still ](finalising|finalizing) (the|a|an|its|their) ~3 (acquisition|purchase|deal|contract|order|sale|procurement)',
        // A buyer "trying to buy" for years is at the table, no contract yet.
        '(trying|tried|tries|try) to (buy|acquire|purchase|procure|secure)',
        // A first paper short of a contract: "a preliminary deal for 20 jets", "a letter of intent on supply".
        '(preliminary|provisional|initial) (agreement|deal|accord|contract|memorandum|MoU)',
        '(letter|declaration|memorandum)[s] of intent',
      ],
      examples: [
        'Quito and Seoul signed a preliminary deal for two frigates.',
        'The two ministers inked a letter of intent on supplying more howitzers.',
        'India is in talks with France over more Rafale jets.',
        'For years Quito has tried to buy two more frigates from Seoul.',
        'Ankara is close to agreements to buy used jets from Oman.',
        'Riyadh is negotiating the purchase of Korean air defence systems.',
        'Lima and Seoul to sign frigate contract next month',
        'Accra is close to finalizing an order for six Brazilian trainers.',
        'Manila is finalizing the purchase of two more corvettes from Seoul.',
        'The minister will visit Lima to discuss a contract for more frigates.',
      ],
      counterExamples: ['Riyadh bought Korean air defence systems.'],
    },
  ]),
  // Tried before "delivered": a delivery the clause puts in the future is an order, not a hand-over.
  cue('concluded', 'transfer delivery to come', [
    {
      name: 'transfer concluded: delivery still to come',
      yields: { status: 'concluded' },
      // Past a long description of the kit and its buyer, brackets and all: "delivery of both jets the navy
      // ordered from the maker (a state firm) in 2022 is on track for 2027".
      pattern: String.raw`(?:delivery|deliveries)\s+of\b[^.;]{0,200}?\b(?:is|are)\s+(?:still\s+)?on\s+(?:track|schedule|course)\s+for`,
      words: [
        '(will|would|shall|to|are due to|is due to) be (delivered|handed over|transferred|supplied|commissioned|provided|donated)',
        // The delivery coordinated with a build still to come: "will be built in Spain and delivered by 2029".
        '(will|would|shall|to|are due to|is due to) be (built|made|produced|assembled|manufactured|completed|tested) ~4 and (delivered|handed over|transferred|supplied|shipped|commissioned)',
        '(will|would|is to|are to|is due to|are due to|is set to|are set to) (receive|get|take delivery)',
        '(will|would|shall|is to|are to|is set to|are set to) [also |soon ](hand over|deliver|transfer|donate|ship)',
        '(expected|due|set|slated|scheduled|poised) to (receive|get|take delivery)',
        'will also (receive|get|take delivery)',
        '(due|scheduled|expected|set|slated) (for delivery|to be delivered|to arrive)',
        '(deliveries|delivery) (will|would|are expected to|is expected to) (begin|start|take place)',
        '(deliveries|delivery) (is|are) (due|expected|scheduled|slated)',
        // The delivery named first, its time to come after: "deliveries to the army are to start next year",
        // "deliveries scheduled for 2030", "still on track for delivery next spring".
        '(deliveries|delivery) ~5 (will|would|are to|is to) (begin|start|take place|follow)',
        '(deliveries|delivery) (planned|scheduled|expected|slated) (for|from|in|by)',
        'on (track|schedule) for (delivery|deliveries)',
        '(delivery|deliveries) ~6 (is|are) [still ]on (track|schedule)',
        '(expected|due|set|slated|scheduled) to be (provided|supplied|donated|given)',
        // A government's approval of a delivery or sale is the decision; the kit has not moved.
        '(approved|approves|cleared|clears|authori(s|z)ed|authori(s|z)es) the (delivery|deliveries|sale|export|exports|transfer) of',
        // "decided to hand over two trucks": the decision is the step told, the hand-over still to come.
        '(decided|decides|agreed|agrees|approved|approves|pledged|pledges|promised|promises|committed) to [formally |also ](hand over|deliver|donate|transfer|supply|provide|give|gift|send|ship|lend|lease)',
      ],
      examples: [
        'Cairo will buy four corvettes from Rome, with the first due to be handed over in 2027.',
        'The first of the twelve helicopters is due to be delivered next spring.',
        'Eight of the boats will be assembled in Durban and handed over from 2028.',
        'Deliveries will begin in 2026, the ministry said.',
        'Quito will receive six patrol boats donated by Washington.',
        'Accra is expected to take delivery of four Brazilian trainers in June.',
        'Seoul decided to hand over a retired corvette to Manila.',
        'Deliveries to the Chilean air force will begin in 2028.',
        'Rome signed for four patrol ships; deliveries are scheduled for 2031.',
        'The maker says the first airframe is on track for delivery next spring.',
        'Korean radars are due to be given to Accra under the plan.',
        'Berlin has approved the delivery of 40 missiles for the Omani air force.',
      ],
      counterExamples: [
        'The corvettes were delivered to Cairo in March.',
        'Rome handed over the last helicopter on Monday.',
      ],
    },
    {
      // The delivery word is there, but the kit is not: waited for, not yet come, late, or set for a later date.
      name: 'transfer concluded: delivery awaited, not yet made',
      yields: { status: 'concluded' },
      words: [
        '(awaiting|awaits|await|awaited|waiting for|waits for|wait for) [the ](delivery|deliveries|arrival|handover|hand-over|first|remaining|rest)',
        '(has|have|had) [still ](not|never) [yet ](received|taken delivery|been delivered|been handed over|arrived)',
        '(not|never) [yet ][been ](delivered|handed over)',
        'yet to (be delivered|be handed over|arrive|receive|take delivery)',
        '(deliveries|delivery) ~8 (is|are) [now |still |currently ](expected|due|scheduled|slated|set|planned) (to|for|in|by|from|next|this)',
        '(deliveries|delivery) ~6 (has|have|had) been (delayed|postponed|pushed back|deferred)',
      ],
      examples: [
        'Rabat is still awaiting delivery of two dozen fighters it ordered from Washington.',
        'Athens still awaits the first French frigate it paid for.',
        'Lima has not yet received the four cutters it bought from Seoul in 2023.',
        'Yerevan says the howitzers it paid for were never delivered.',
        'The twelve guns Tallinn bought from Seoul have yet to arrive.',
        'Deliveries of the jets Belgrade ordered from Paris are now expected from 2028.',
        'Delivery of the drones to Kuwait is scheduled for next year.',
        'Delivery of both submarines has been pushed back to 2031.',
      ],
      counterExamples: [
        'Cairo took delivery of its final corvette in May.',
        'The jets Lima had long waited for arrived in March.',
        'Deliveries of the tanks began in December.',
      ],
    },
  ]),
  cue('completed', 'transfer completed', [
    {
      name: 'transfer completed: delivered',
      yields: { status: 'completed' },
      words: [
        'deliver(ed|y|ies)',
        'handed over',
        // The noun: "attended the handover of two boats".
        'handover',
        'hand-over',
        'hand[ed] over',
        'handed to',
        '(handed|hands) (the|a|an|its|their|two|three|four|five|six|[0-9]*) ~4 to',
        // The recipient first, then what it got: "handed Kyiv two howitzers".
        'handed ~2 (two|three|four|five|six|eight|ten|twelve|several|dozens)',
        'donated',
        'gifted',
        'arrived',
        // Deliveries under way: "the first jets began arriving in May".
        '(began|begun|started) (arriving|to arrive)',
        // Kit a state "has given" is in the other's hands, as kit it "has sent".
        '(has|have|had) [also |now |already |since ]given',
        // Kit that "came from" a supplier is in hand.
        '(came|come|comes) [directly |mostly |largely ]from',
        'commissioned',
        'inducted',
        '(took|taken|takes|taking) [formal ]possession',
        '(entered|enters|entering) [active |operational ]service',
        // Kit that "is in service", "seen in Armenian service": in the user's hands (not "to be in service by
        // 2030"). A verb first: an apposition (", already in service with A, will go to B") may be another's.
        '(is|are|was|were|remain|remains|been|seen|reported|spotted|photographed|observed) [already |now |still |all |both |fully ]in ~2 service',
        '(entered|enters|entering) ~3 service',
        '(joined|joins) the fleet',
        'received',
        // "the frigate Morocco acquired from France in 2014": acquired is in hand, where "bought" may be only ordered.
        '[has |have |had ]acquired',
        // "Lima has already bought Korean radars", "which has bought frigates from Spain": a purchase told in the
        // perfect, as background, is of kit in hand (a plain "bought" may be only ordered).
        '(has|have|had) [also |already |since |now |previously |earlier |long ][also ]bought',
        // "started receiving the jets last spring", "reportedly receiving a first lot": kit coming in.
        '(began|begun|started|reportedly|after|since|by) receiving',
        // "has been receiving Gripens since 2022", "is taking delivery of the last tanks": deliveries under way.
        '(has been|have been|had been|is|are|was|were) (receiving|taking delivery)',
        // A headline's present: "Argentina receives first F-16s", "Seoul hands over a corvette to Lima".
        'receives',
        'hands over',
        'delivers',
        'touched down',
        'shipped',
        'has supplied',
        'have supplied',
        'supplied',
        // Supply going on: "is supplying missiles to Kyiv", "prolongs the war by supplying missiles".
        '(is|are|was|were|been|by|of|after|since) supplying',
        'has sent',
        'have sent',
        'sent',
        'has exported',
        'have exported',
        'exported',
        'exports',
        'transferred',
        'import[s]',
        'has provided',
        'have provided',
        'provided',
        '(gets|got) ~3 (batch|batches|delivery|deliveries|shipment|shipments|consignment)',
        // Equipment a force operates or flies has been delivered. The plural "operate" is its own entry below
        // (not after a modal: "will operate" kit is still to come).
        '(operates|has operated|have operated|flies|has flown|have flown|fields|has fielded)',
        // "The drones now fly for Mali": aircraft in a force's service.
        '(fly|flies|flying) for',
        '(forces|pilots|crews|squadrons) [now |currently ]fly',
        // "Ghana's navy includes two Dutch-built patrol ships": kit a force counts now is kit in hand.
        '(navy|fleet|air force|army|inventory|arsenal) [now |also |already |still ](includes|include|comprises|comprise)',
        // Kit held on lease is kit in hand: "leases its drones from A". Not a lease to come ("will lease",
        // "plans to lease") nor one told in the past ("leased ... in 2018").
        '(leases|has leased|have leased) ~4 from',
        // "has traditionally sourced its tanks from Russia", "handed Quito's navy two boats": kit in hand.
        '(has|have|had) [traditionally |long |largely |mostly |always ]sourced',
        '(has|have|had) [also |now |already |since |just ]handed',
        // "handed the Dominican navy four boats": the force handed its kit named right after the verb.
        '(handed|hands) [the ]~3 (navy|army|air force|coast guard|armed forces|military|marines|police|border guard)',
        '(has|have) (also|long|already) (operated|flown|fielded)',
        '(also|already|still|now|both|all) field',
        '(also|already|still|both|all) fly',
        '(relies|rely|relied|depends|depend|depended) ~2 on',
        // A gift received has been handed over.
        '(was|were|came as) [a ](donation|gift)[s] from',
        // Those listed as its recipients have it: "Recipients include A and B".
        'recipients (include|included|have included)',
        // A buyer's habit told in the present: "largely sources its artillery from China" is kit it has.
        '(still|mostly|largely|traditionally|long) (buys|buy|sources|source|gets|get|imports|import|procures|procure|draws|draw|obtains|obtain) ~6 from',
        '(buys|sources|gets|imports|procures|draws|obtains) (most|much|the bulk|the majority|all|half|nearly all|almost all) of ~5 from',
        // The supplier's side of the same habit: "supplies most of Dhaka's weapons".
        '(supplies|provides|furnishes) (most|much|the bulk|the majority|half|nearly all|almost all) of',
        // Deliveries under way: "continued to receive", "began delivering".
        '(continue[s|d]|began|begun|started|keeps|kept) (to receive|receiving|to take delivery|taking delivery|to deliver|delivering|to supply|supplying|to provide|providing|to send|sending|to hand over|handing over)',
        // A gerund after "after" or "since" tells what was done: "after sending old tanks to Kyiv".
        '(after|since) (sending|delivering|supplying|donating|handing over|transferring|shipping|gifting)',
      ],
      // Aircraft bought abroad that "landed" at a home base have arrived; a maker that "landed a deal" has won it.
      pattern: String.raw`\blanded\b(?!\s+(?:a|an|the|its|their)\s+(?:[\w$.,-]+\s+){0,3}?(?:deal|contract|order|tender|sale|agreement)s?\b)`,
      examples: [
        'Lima began receiving its Korean trainers in March.',
        'The first four jets landed at Anapolis on Tuesday.',
        'Brasilia has been receiving Swedish fighters since 2022.',
        'Warsaw restocked after sending its old tanks to Kyiv.',
        'Korea delivered the first K9 howitzers to Poland.',
        'The frigate arrived in Mombasa from Istanbul.',
        'Astana continued to receive Spanish transport aircraft.',
        'Cambodia largely sources its artillery from China.',
        'Dhaka gets the bulk of its frigates from China.',
        'Moscow supplies most of Hanoi’s fighter jets.',
        'Indian launchers were spotted in Armenian service.',
        'The Brazilian trainers it bought in 2019 are all in service.',
        'Tokyo handed the Philippine coast guard two more cutters.',
        'Berlin leases its reconnaissance drones from an Israeli firm.',
      ],
      counterExamples: [
        'Korea will ship the howitzers next year.',
        'The navy plans to lease two tankers from Spain.',
        'The jets are expected to be in service by 2030.',
        'The Turkish maker landed a $300 million deal with Doha.',
      ],
    },
    {
      // "Both navies operate Korean-built corvettes": kit in hand. Not "will operate" nor "to operate": a fleet
      // still to come.
      name: 'transfer completed: forces that operate kit',
      yields: { status: 'completed' },
      pattern: String.raw`(?<!\b(?:will|would|shall|to|could|can|may|might|should|must)\s+(?:\w+ly\s+|also\s+|jointly\s+)?)\boperate\b`,
      examples: [
        'Both navies operate Korean-built corvettes.',
        'Chile and Peru also operate the Dutch frigates.',
      ],
      counterExamples: [
        'Oslo will operate the British-built frigates from 2030.',
        'Bangkok wants to operate the jet.',
      ],
    },
    {
      // "which lease their jets from B": the plural verb, where no word before it puts the lease ahead.
      name: 'transfer completed: lease their kit from',
      yields: { status: 'completed' },
      pattern: String.raw`(?<!\b(?:to|will|would|could|can|may|might|shall|should|must)\s+)\blease\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}from\b`,
      examples: [
        'Prague and Budapest, which lease their fighters from Sweden, want more.',
        'Both air forces lease their trainers from a Czech firm.',
      ],
      counterExamples: ['Both navies plan to lease their tankers from Spain.'],
    },
    {
      // "Much of its equipment is Chinese-made": kit in a state's hands, made abroad.
      name: 'transfer completed: kit in hand said to be made abroad',
      yields: { status: 'completed' },
      pattern: String.raw`\b(?:is|are|was|were|remains|remained)\s+(?:still\s+|also\s+|largely\s+|mostly\s+|mainly\s+|overwhelmingly\s+|predominantly\s+|primarily\s+)?(?:[A-Z][A-Za-z]+-(?:made|built|supplied)|of\s+[A-Z][A-Za-z]+\s+(?:origin|make|manufacture))\b`,
      examples: [
        'Most of its equipment is Chinese-made.',
        'The fleet remains largely Russian-built.',
        'Its main jets are US-made F-16s.',
        'Its tanks are of Chinese origin.',
      ],
      counterExamples: ['The new frigates will be Korean-built.'],
    },
    {
      // "praised Tokyo's support to Kyiv, including the provision of helmets": a supply told as part of the
      // support or cooperation one state gives another is kit already given.
      name: 'transfer completed: supplied as part of support',
      yields: { status: 'completed' },
      pattern: String.raw`\b(?:support|assistance|aid|cooperation)\b[^.;]{0,80}?,\s+(?:including|notably|such\s+as)\s+the\s+(?:provision|transfers?|suppl(?:y|ies)|shipments?|donations?|deliver(?:y|ies))\s+of\b`,
      examples: [
        "Oslo praised Tokyo's support to Kyiv, including the provision of helmets and vests.",
        'They reviewed cooperation between the two armies, notably the shipments of shells to the front.',
      ],
      counterExamples: [
        'They discussed future support, and the provision of jets is planned.',
        'The support package includes the provision of helmets.',
      ],
    },
    {
      // "India gave Vietnam a corvette in 2023": given is handed over; approval or a go-ahead given is not.
      name: 'transfer completed: gave',
      yields: { status: 'completed' },
      words: ['gave', 'has given', 'have given'],
      unlessFollowedBy:
        '[its |their |the |final |formal ](approval|go-ahead|green light|permission|assurance[s]|consent|clearance|authori[s|z]ation)',
      examples: ['India gave Vietnam a missile corvette in 2023.', 'Oslo has given Kyiv two frigates.'],
      counterExamples: ['Congress gave its approval for the sale of jets to Ankara.'],
    },
  ]),
  cue('concluded', 'transfer concluded', [
    {
      name: 'transfer concluded: ordered, will supply',
      yields: { status: 'concluded' },
      words: [
        'sign[ed|s]',
        // "turned into its first foreign buyer, signing for 48 jets".
        'signing for',
        'contract',
        'agreed',
        'agree',
        'approv(ed|al|es)',
        'decid(ed|es)',
        'decision',
        '(selected|chose|picked) ~4 to (build|supply|deliver|provide|produce)',
        'order[ed|s]',
        'purchas(e|ed|es)',
        'buy',
        'bought',
        'procurement',
        'pledg(e|es|ed|ing)',
        'will [also ](provide|supply|export|sell|deliver|donate|transfer|offer)',
        'is to (provide|supply|export|sell|deliver|donate|transfer)',
        'to (provide|supply|export|sell|deliver|donate)',
      ],
      examples: [
        'Poland ordered 180 K2 tanks from Hyundai Rotem.',
        'Turkey will also supply Bayraktar drones to Kenya.',
      ],
      counterExamples: ['The howitzers reached the port on Monday.'],
    },
  ]),
];

/** An instrument's entry into force named before it ("the entry into force on May 1 of the ..."). */
export const ENTERED_BEFORE_FAMILY: PhraseFamily = {
  name: 'entered before',
  flags: 'i',
  entries: [
    {
      name: 'entered before: an entry into force named first',
      yields: { status: 'in_force' },
      bare: true,
      pattern: String.raw`\b(?:entry|entered|came|coming)\s+into\s+force\b[^.;]{0,40}?\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$`,
      examples: ['welcomed the entry into force on May 1 of the ', 'marking the coming into force of their '],
      counterExamples: ["the treaty's entry into force, and then the ", 'force of the '],
    },
  ],
};

/** A force's own kit sent to a base, a sea or a mission, not to another state (from the trigger on). */
export const DEPLOYED_TO_FAMILY: PhraseFamily = {
  name: 'deployed to',
  flags: '',
  entries: [
    {
      name: 'deployed to: sent to a base, a sea or drills',
      yields: { type: 'equipment_transfer', role: 'own-deployment' },
      bare: true,
      pattern: String.raw`^(?:sent|sends|send|sending|dispatched|dispatches|dispatch|deployed|deploys|deploy|deploying|rotated|rotates)\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:(?:[A-Z][\w\u00c0-\u024f'’-]*\s+){1,4}(?:Air\s+Base|Base|Naval\s+Base|Airfield|Air\s+Station|Station|Port|Harbou?r|Sea|Strait|Gulf|Islands?|Ocean|Peninsula|Region|Prefecture|Province)|region|area|waters|front|drills?|exercises?|manoeuvres|maneuvers|war\s+games|missions?|patrols?)\b`,
      examples: ['deployed four F-35s to Misawa Air Base', 'sent two frigates to the region'],
      counterExamples: ['sent two frigates to Ghana', 'delivered four jets to the Baltic Sea'],
    },
    {
      // "sent four jets to Cyprus, where they drilled with Cypriot forces": kit sent somewhere to train or
      // patrol there with its crews is deployed, whoever's soil it lands on.
      name: 'deployed to: sent where the kit then trained',
      yields: { type: 'equipment_transfer', role: 'own-deployment' },
      bare: true,
      pattern: String.raw`^(?:sent|sends|send|sending|dispatched|dispatches|dispatch|deployed|deploys|deploy|deploying)\b[^.;]{0,100}?,?\s+where\s+(?:they|it|the\s+\w+|both)\s+(?:(?:have|had|will|would)\s+)?(?:drilled|drill|trained|train|exercised|exercise|took\s+part|take\s+part|patrolled|patrol|sailed|sail)\b`,
      examples: [
        'dispatched four jets to Cyprus and a corvette to the Levant, where they trained with Cypriot units',
        'sent a frigate to Mombasa, where it trained with the Kenyan navy',
      ],
      counterExamples: ['sent two frigates to Ghana, where they joined its navy', 'sent four jets to Kyiv'],
    },
    {
      // "sent infantry, artillery and an engineer company": guns sent with the troops who fire them are a
      // force deployed, not arms handed to another state.
      name: 'deployed to: units sent with their arms',
      yields: { type: 'equipment_transfer', role: 'own-deployment' },
      bare: true,
      pattern: String.raw`^(?:sent|sends|send|sending|dispatched|dispatches|dispatch|deployed|deploys|deploy|deploying)\s+(?:[\w\u00c0-\u024f'’-]+,?\s+){0,6}?(?:infantry|troops|soldiers|marines|paratroopers|commandos|(?:[\w-]+\s+)?(?:company|companies|battalions?|brigades?|regiments?|platoons?|battle\s*groups?|contingents?))\b`,
      examples: [
        'sent infantry, artillery and a signals company across the border',
        'dispatched two howitzer batteries and an infantry battalion',
        'deployed tanks and troops to the frontier',
      ],
      counterExamples: ['sent two frigates to Ghana', 'sent howitzers and shells to Kyiv'],
    },
  ],
};

/**
 * "Chile's air force flew its F-16s to Mendoza": a force sending kit somewhere flies or sails it there itself;
 * a deployment, not a hand-over. Tested right before a verb of sending.
 */
export const FORCE_SENDS_FAMILY: PhraseFamily = {
  name: 'force sends',
  flags: 'i',
  entries: [
    {
      name: 'force sends: an air force, navy or army as the sender',
      yields: { type: 'equipment_transfer', role: 'own-deployment' },
      bare: true,
      pattern: String.raw`\b(?:air\s+forces?|navy|navies|army|armies|military|armed\s+forces|coast\s+guard)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|now\s+|recently\s+|again\s+|then\s+)?$`,
      examples: ["Chile's air force ", 'The Peruvian navy has also '],
      counterExamples: ['The government ', 'Seoul has also '],
    },
  ],
};

/** Drills "of its own": one state's, not a joint exercise. */
export const OF_ITS_OWN_FAMILY: PhraseFamily = {
  name: 'of its own',
  flags: 'i',
  entries: [
    {
      name: 'of its own: drills of their own',
      yields: { type: 'joint_exercise', role: 'own-drills' },
      bare: true,
      pattern: String.raw`\s(?:of|on)\s+(?:its|their|his|her)\s+own\b`,
      examples: ['drills of its own', 'exercises on their own near the strait'],
      counterExamples: ['drills of their allies', 'their own drills'],
    },
  ],
};

/**
 * "Belarus's western command staged its biggest drills of the decade": one state's forces holding "its" drills hold
 * their own, unless the words name others in them ("its first joint drills with Hanoi").
 */
export const ITS_OWN_BEFORE_FAMILY: PhraseFamily = {
  name: 'its own before',
  flags: 'i',
  entries: [
    {
      name: 'its own before: held its annual exercise',
      yields: { type: 'joint_exercise', role: 'own-drills' },
      bare: true,
      pattern: String.raw`\b(?:held|holds|holding|staged|stages|staging|conducted|conducts|conducting|launched|launches|began|begins|started|starts|wrapped\s+up|completed|concluded)\s+its\s+(?!(?:[\w\u00c0-\u024f'’-]+\s+){0,4}?(?:joint|combined|bilateral|trilateral|multinational|international|allied)\b)(?:[\w\u00c0-\u024f'’-]+\s+){0,4}$`,
      examples: ['The fleet held its largest ', 'The army staged its annual winter '],
      counterExamples: ['The navy held its first joint ', 'The two fleets held their largest '],
    },
  ],
};

/** After a pact's name: it has not been signed yet (still under negotiation). */
export const NOT_YET_SIGNED_FAMILY: PhraseFamily = {
  name: 'not yet signed',
  flags: 'i',
  entries: [
    {
      name: 'not yet signed: has not yet been signed',
      yields: { status: 'negotiating' },
      bare: true,
      pattern: String.raw`^[^.;]{0,40}?\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:signed|ratified|concluded|finali[sz]ed)\b`,
      examples: [', which has not yet been signed', ' between them is not finalised'],
      counterExamples: [' was signed in May', '; the other has not been signed'],
    },
    {
      // "the contract for six boats is still being negotiated", so talks on it go on.
      name: 'not yet signed: still being negotiated',
      yields: { status: 'negotiating' },
      bare: true,
      pattern: String.raw`^[^.;]{0,60}?\b(?:is|are|was|were|remains|remain|remained)\s+(?:still\s+|now\s+)?(?:being\s+(?:negotiated|finali[sz]ed|worked\s+out|hammered\s+out)|under\s+negotiation)\b`,
      examples: [' for the first six boats is still being negotiated', ' remains under negotiation'],
      counterExamples: [' was negotiated in 2019 and signed in May', '; talks on another are under way'],
    },
    {
      // The verb past a relative clause: "The pact, which both sides said was nearly done last year, has
      // not been signed".
      name: 'not yet signed: past a relative clause',
      yields: { status: 'negotiating' },
      bare: true,
      pattern: String.raw`^[^,.;]{0,40}?,\s+(?:which|that)\b(?:(?!\b(?:signed|inked|concluded)\b)[^;.]){0,180}?,\s+(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:signed|ratified|concluded|finali[sz]ed)\b`,
      examples: [
        ', which envoys called all but agreed in March, has not been signed',
        ' between the two states, which both sides called nearly done, has not been ratified',
      ],
      counterExamples: [', which was signed in May, has not been ratified by the other side yet'],
    },
  ],
};

/**
 * "A formal alliance seems further off than ever", "a visit seems unlikely before the election": a tie the
 * sentence calls out of reach is told as no step at all.
 */
export const OUT_OF_REACH_FAMILY: PhraseFamily = {
  name: 'out of reach',
  flags: 'i',
  entries: [
    {
      name: 'out of reach: looks remote, seems unlikely',
      yields: { role: 'out-of-reach' },
      bare: true,
      pattern: String.raw`^[^.;]{0,80}?\b(?:looks|look|looked|seems|seem|seemed|appears|appear|appeared|remains|remain|remained|is|are|was|were)\s+(?:as\s+|still\s+|ever\s+|more\s+|even\s+more\s+|increasingly\s+|highly\s+|very\s+)*(?:remote|unlikely|improbable|far-fetched|far\s+off|out\s+of\s+reach|a\s+distant\s+prospect|a\s+long\s+shot)\b`,
      examples: [
        ' approved by both parliaments looks more remote than ever',
        ' seems unlikely before the election',
        ' with Hanoi remains a distant prospect',
      ],
      counterExamples: [' was signed in a remote mountain town', ' is likely to be signed in May'],
    },
  ],
};

/** An invitation taken up later in the sentence: the visit is planned, not only proposed. */
export const INVITATION_ACCEPTED_FAMILY: PhraseFamily = {
  name: 'invitation accepted',
  flags: 'i',
  entries: [
    {
      name: 'invitation accepted: accepted the invitation',
      yields: { status: 'planned' },
      bare: true,
      // Or a relative clause on the invitation: "invited him to visit next year, which was accepted".
      pattern: String.raw`\baccept(?:s|ed|ing)?\s+(?:the|an?|this|that|his|her|their)\s+invitation\b|\binvitation\s+(?:was|has\s+been|had\s+been)\s+(?:gladly\s+|duly\s+)?accepted\b|,\s+which\s+(?:was\s+|(?:he|she|they)\s+)(?:gladly\s+|duly\s+|readily\s+)?accepted\b`,
      examples: ['and he accepted the invitation', 'the invitation was gladly accepted'],
      counterExamples: ['an invitation was extended', 'accepted the offer'],
    },
  ],
};
