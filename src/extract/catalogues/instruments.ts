// Named defense instruments (treaties, agreements, arrangements) and the ontology fact type each one makes.
import type { GroupingCode } from '../../parties/groupings.js';
import type { FactType, PartyCode } from '../../schema/fact.js';

export interface InstrumentEntry {
  /** Full names and variants, matched case-insensitively; British/American spellings are added by the matcher. */
  names: readonly string[];
  /** Case-sensitive short forms ("EDCA"); a plural "s" is allowed ("ACSAs"). */
  acronyms: readonly string[];
  type: FactType;
  note?: string;
  /** The acronyms are also common outside defense: an acronym counts only near an agreement/defense word. */
  ambiguous?: boolean;
  /** The names themselves are also common outside defense ("letter of intent"): they need that cue too. */
  ambiguousNames?: boolean;
  /** Match the names in the case written, without spelling variants (a proper name vs the generic phrase). */
  exactCase?: boolean;
  /** A grouping's own partnership programme: taking part in it is membership of this grouping. */
  grouping?: GroupingCode;
  /**
   * The states of an instrument that only they have (LEMOA: India and the United States): its parties where a
   * sentence names the instrument and not them.
   */
  parties?: readonly PartyCode[];
  /**
   * The name is another pair's too (the United States has an EDCA with the Philippines and one with Poland):
   * `parties` hold only where neither the sentence nor the article's own state points elsewhere.
   */
  sharedName?: boolean;
  /**
   * A second kind analysts file the instrument under as well: a security and defence partnership is both a
   * security commitment and the framework of defence cooperation between its sides.
   */
  twin?: FactType;
  /** The one state that sells under a sale's instrument of its own programme (a US Foreign Military Sales case). */
  seller?: PartyCode;
  source: string;
}

// Wikipedia's search jumps straight to the article when the title (or a redirect) exists, and lists the
// articles that mention the name otherwise, so a source never dead-ends on a mistyped title.
const wiki = (title: string) =>
  `https://en.wikipedia.org/wiki/Special:Search?go=Go&search=${encodeURIComponent(title)}`;

function i(
  type: FactType,
  names: string[],
  acronyms: string[],
  source: string,
  extra: Partial<InstrumentEntry> = {},
): InstrumentEntry {
  return { names, acronyms, type, source: source.startsWith('https://') ? source : wiki(source), ...extra };
}

export const INSTRUMENTS: readonly InstrumentEntry[] = [
  // --- information_security: protecting classified military information exchanged between states.
  i(
    'information_security',
    [
      'General Security of Military Information Agreement',
      'General Security of Military Information',
      'Military Information Protection Agreement',
      'military intelligence-sharing pact',
    ],
    ['GSOMIA'],
    'General Security of Military Information Agreement',
  ),
  i(
    'information_security',
    ['General Security of Information Agreement'],
    ['GSOIA', 'GSA'],
    'General Security of Information Agreement',
    { note: 'GSA is also the US General Services Administration', ambiguous: true },
  ),
  i(
    'information_security',
    [
      'Information Security Agreement',
      'Agreement on the Security of Information',
      'Security of Information Agreement',
      'Agreement on the Protection of Classified Information',
      'Agreement on the Mutual Protection of Classified Information',
      'Classified Information Protection Agreement',
      'Agreement on the Exchange and Mutual Protection of Classified Information',
      'intelligence protection agreement',
      'Agreement on the Security of Classified Information',
    ],
    ['ISA', 'SIA'],
    'Information Security Agreement',
    {
      ambiguous: true,
      note: 'ISA is also a savings account or agency acronym; needs an agreement cue nearby',
    },
  ),
  i('information_security', ['Industrial Security Annex'], [], 'India–United States relations', {
    note: 'the 2019 India-US annex to GSOMIA, also abbreviated ISA',
  }),
  i(
    'information_security',
    [
      'Communications Compatibility and Security Agreement',
      'Communication Compatibility and Security Agreement',
    ],
    ['COMCASA'],
    'Communications Compatibility and Security Agreement',
    { parties: ['IND', 'USA'] },
  ),
  i(
    'information_security',
    [
      'Basic Exchange and Cooperation Agreement',
      'Basic Exchange and Cooperation Agreement for Geo-spatial Cooperation',
      'Basic Exchange and Cooperation Agreement for Geospatial Cooperation',
    ],
    ['BECA'],
    'Basic Exchange and Cooperation Agreement',
    // Geospatial data shared between the two militaries: analysts file it as a protected-information pact and
    // as one of the foundational defence cooperation agreements.
    { parties: ['IND', 'USA'], twin: 'defense_mou' },
  ),
  i(
    'information_security',
    ['Communications Interoperability and Security Memorandum of Agreement'],
    ['CISMOA'],
    'Communications Compatibility and Security Agreement',
    { note: 'the generic US name of what India signed as COMCASA' },
  ),
  i(
    'information_security',
    ['Trilateral Information Sharing Arrangement', 'Trilateral Information Sharing Agreement'],
    ['TISA'],
    'Japan–South Korea relations',
    {
      note: 'the 2014 US-Japan-South Korea intelligence-sharing arrangement',
      parties: ['JPN', 'KOR', 'USA'],
    },
  ),
  // --- acsa: reciprocal provision of supplies and services.
  i(
    'acsa',
    [
      'Acquisition and Cross-Servicing Agreement',
      'Acquisition and Cross Servicing Agreement',
      'cross-servicing agreement',
      'Agreement on Reciprocal Provision of Supplies and Services',
      'reciprocal provision of supplies and services',
    ],
    ['ACSA'],
    'Acquisition and Cross-Servicing Agreement',
  ),
  i(
    'acsa',
    ['Logistics Exchange Memorandum of Agreement'],
    ['LEMOA'],
    'Logistics Exchange Memorandum of Agreement',
    { parties: ['IND', 'USA'] },
  ),
  i(
    'acsa',
    ['Mutual Logistics Support Agreement', 'Mutual Logistics Support Arrangement'],
    ['MLSA'],
    'Australia–India relations',
  ),
  i(
    'acsa',
    ['Reciprocal Exchange of Logistics Agreement', 'Reciprocal Exchange of Logistics Support'],
    ['RELOS'],
    'India–Russia relations',
  ),
  i(
    'acsa',
    ['Logistics Support Agreement', 'Logistics Sharing Agreement'],
    ['LSA'],
    'India–United States relations',
    {
      ambiguous: true,
      note: 'LSA is the generic US name later signed by India as LEMOA',
    },
  ),
  // --- reciprocal_access: the right of one state's forces to be in the other's territory.
  i(
    'reciprocal_access',
    ['Reciprocal Access Agreement', 'mutual access agreement', 'Reciprocal Access'],
    ['RAA'],
    'Reciprocal Access Agreement',
  ),
  i(
    'reciprocal_access',
    [
      'Visiting Forces Agreement',
      'Visiting Force Agreement',
      'Agreement Regarding the Treatment of United States Armed Forces Visiting the Philippines',
    ],
    ['VFA'],
    'Visiting Forces Agreement',
  ),
  i(
    'reciprocal_access',
    ['Status of Visiting Forces Agreement', 'Status of Visiting Forces'],
    ['SOVFA'],
    'Australia–Philippines relations',
  ),
  i(
    'reciprocal_access',
    ['Status of Forces Agreement', 'Status-of-Forces Agreement', 'Status of Forces', 'NATO SOFA'],
    ['SOFA'],
    'Status of forces agreement',
  ),
  i(
    'reciprocal_access',
    ['Enhanced Defense Cooperation Agreement', 'Enhanced Defence Cooperation Agreement'],
    ['EDCA'],
    'Enhanced Defense Cooperation Agreement',
    // The United States has one with the Philippines (2014) and one with Poland (2020).
    { parties: ['PHL', 'USA'], sharedName: true },
  ),
  i('reciprocal_access', ['Defense Cooperation Agreement'], ['DCA'], 'Finland–United States relations', {
    exactCase: true,
    ambiguous: true,
    note: "the US DCAs with Nordic and European states are access agreements; the lower-case phrase is left to the generic defense_mou entry, and DCA is also 'dual-capable aircraft'",
  }),
  i(
    'reciprocal_access',
    ['Supplementary Defense Cooperation Agreement', 'Supplementary Defence Cooperation Agreement'],
    ['SDCA'],
    'Norway–United States relations',
  ),
  i(
    'reciprocal_access',
    ['Defense and Economic Cooperation Agreement', 'Defence and Economic Cooperation Agreement'],
    ['DECA'],
    'Turkey–United States relations',
  ),
  i('reciprocal_access', ['Military Bases Agreement'], [], 'Philippines–United States relations'),
  // The 2014 agreement under which US Marines rotate through Darwin and US aircraft use Australian bases.
  i('reciprocal_access', ['Force Posture Agreement'], [], 'Australia–United States relations', {
    note: 'the 2014 Australia-US Force Posture Agreement',
    parties: ['AUS', 'USA'],
  }),
  i(
    'reciprocal_access',
    ['Agreement on the Withdrawal of United States Forces from Iraq', 'US-Iraq Status of Forces Agreement'],
    [],
    'U.S.–Iraq Status of Forces Agreement',
    { parties: ['IRQ', 'USA'] },
  ),
  i(
    'reciprocal_access',
    ['Defence Facilities Agreement', 'Defense Facilities Agreement'],
    [],
    'Djibouti–United States relations',
  ),
  i(
    'reciprocal_access',
    ['Access Agreement', 'Facilities Access Agreement'],
    [],
    'Oman–United States relations',
    {
      exactCase: true,
      note: 'capitalised, as in the US access agreements with Gulf states',
    },
  ),
  // --- security_treaty: alliances, mutual defense treaties, security declarations and guidelines.
  i(
    'security_treaty',
    ['Mutual Defense Treaty', 'Mutual Defence Treaty', 'mutual defense pact', 'mutual defence pact'],
    ['MDT'],
    'Mutual Defense Treaty (United States–Philippines)',
  ),
  i(
    'security_treaty',
    [
      'Treaty of Mutual Cooperation and Security',
      'Japan-US Security Treaty',
      'US-Japan Security Treaty',
      'Japan-U.S. Security Treaty',
      'U.S.-Japan Security Treaty',
      'Security Treaty Between the United States and Japan',
      'Treaty of Mutual Security',
    ],
    [],
    'Treaty of Mutual Cooperation and Security between the United States and Japan',
    { parties: ['JPN', 'USA'] },
  ),
  i(
    'security_treaty',
    ['ANZUS Treaty', 'Australia, New Zealand, United States Security Treaty'],
    ['ANZUS'],
    'ANZUS',
    { parties: ['AUS', 'NZL', 'USA'] },
  ),
  i(
    'security_treaty',
    ['Inter-American Treaty of Reciprocal Assistance', 'Rio Treaty', 'Rio Pact'],
    ['TIAR'],
    'Inter-American Treaty of Reciprocal Assistance',
  ),
  i(
    'security_treaty',
    ['Five Power Defence Arrangements', 'Five Powers Defence Arrangements'],
    ['FPDA'],
    'Five Power Defence Arrangements',
    { parties: ['AUS', 'GBR', 'MYS', 'NZL', 'SGP'] },
  ),
  i('security_treaty', ['North Atlantic Treaty', 'Washington Treaty'], [], 'North Atlantic Treaty'),
  i(
    'security_treaty',
    ['Collective Security Treaty', 'Tashkent Treaty'],
    [],
    'Collective Security Treaty Organization',
  ),
  i('security_treaty', ['Lombok Treaty', 'Treaty of Lombok'], [], 'Lombok Treaty', {
    note: 'Australia-Indonesia Agreement on the Framework for Security Cooperation (2006)',
    parties: ['AUS', 'IDN'],
  }),
  i(
    'security_treaty',
    ['Agreement on Maintaining Security', 'Australia-Indonesia Agreement on Maintaining Security'],
    [],
    'Australia–Indonesia relations',
    { note: 'the 1995 Keating-Suharto agreement, ended by Indonesia in 1999', parties: ['AUS', 'IDN'] },
  ),
  i(
    'security_treaty',
    ['Lancaster House Treaties', 'Lancaster House Treaty', 'Lancaster House agreements'],
    [],
    'Lancaster House Treaties',
    { parties: ['FRA', 'GBR'] },
  ),
  i('security_treaty', ['Treaty of Aachen', 'Aachen Treaty'], [], 'Treaty of Aachen (2019)', {
    parties: ['DEU', 'FRA'],
  }),
  i('security_treaty', ['Quirinal Treaty', 'Treaty of the Quirinal'], [], 'Quirinal Treaty', {
    parties: ['FRA', 'ITA'],
  }),
  i('security_treaty', ['Élysée Treaty', 'Elysee Treaty', 'Treaty of the Élysée'], [], 'Élysée Treaty', {
    parties: ['DEU', 'FRA'],
  }),
  i('security_treaty', ['Treaty of Nancy', 'Nancy Treaty'], [], 'France–Poland relations', {
    note: 'the 2025 Franco-Polish treaty with a mutual assistance clause',
    parties: ['FRA', 'POL'],
  }),
  i(
    'security_treaty',
    [
      '100 Year Partnership',
      '100-Year Partnership',
      '100-year partnership agreement',
      '100-year partnership declaration',
      'hundred-year partnership',
    ],
    [],
    'Ukraine–United Kingdom relations',
    { parties: ['GBR', 'UKR'], note: 'the UK-Ukraine partnership for a century, January 2025' },
  ),
  i(
    'security_treaty',
    ['Joint Defence Agreement', 'Joint Defense Agreement'],
    [],
    'Oman–United Kingdom relations',
    {
      exactCase: true,
      twin: 'defense_mou',
      note: 'the 2019 UK-Oman agreement, a defence commitment and the frame of their cooperation',
    },
  ),
  i('security_treaty', ['Kensington Treaty'], [], 'Germany–United Kingdom relations', {
    note: 'the 2025 UK-German friendship and cooperation treaty with a mutual assistance commitment',
    parties: ['DEU', 'GBR'],
  }),
  i(
    'security_treaty',
    ['Compact of Free Association', 'Compacts of Free Association'],
    ['COFA'],
    'Compact of Free Association',
    { note: 'US defense responsibility for Micronesia, the Marshall Islands and Palau' },
  ),
  i(
    'security_treaty',
    [
      'Mutual Defense Treaty Between the United States and the Republic of Korea',
      'ROK-US Mutual Defense Treaty',
      'Korea-US Mutual Defense Treaty',
    ],
    [],
    'Mutual Defense Treaty (United States–South Korea)',
    { parties: ['KOR', 'USA'] },
  ),
  i('security_treaty', ['Sino-American Mutual Defense Treaty'], [], 'Sino-American Mutual Defense Treaty'),
  i(
    'security_treaty',
    ['Sino-North Korean Mutual Aid and Cooperation Friendship Treaty', 'China-North Korea friendship treaty'],
    [],
    'Sino-North Korean Mutual Aid and Cooperation Friendship Treaty',
    { parties: ['CHN', 'PRK'] },
  ),
  i(
    'security_treaty',
    ['Treaty on Comprehensive Strategic Partnership', 'Comprehensive Strategic Partnership Treaty'],
    [],
    'North Korea–Russia relations',
    {
      note: 'the 2024 Russia-North Korea treaty has a mutual assistance clause; the 2025 Russia-Iran one does not',
    },
  ),
  i(
    'security_treaty',
    [
      'Strategic Partnership Treaty',
      'Treaty on Strategic Partnership',
      // The translated name keeps "of" and the cooperation it adds: "the Treaty of Strategic Partnership and
      // Cooperation".
      'Treaty of Strategic Partnership',
      'Treaty of Strategic Partnership and Cooperation',
      'Treaty on Strategic Partnership and Cooperation',
      'Treaty on Common Security',
      'Common Security Treaty',
    ],
    [],
    'Treaty on Security Guarantees within the Union State',
  ),
  i(
    'security_treaty',
    ['Treaty on Security Guarantees', 'Treaty on Security Guarantees within the Union State'],
    [],
    'Belarus–Russia relations',
    { parties: ['BLR', 'RUS'] },
  ),
  i(
    'security_treaty',
    [
      'Joint Declaration on Security Cooperation',
      'Japan-Australia Joint Declaration on Security Cooperation',
    ],
    [],
    'Australia–Japan relations',
  ),
  i(
    'security_treaty',
    [
      'Guidelines for Japan-U.S. Defense Cooperation',
      'Guidelines for Japan-US Defense Cooperation',
      'Defense Cooperation Guidelines',
      'Defence Cooperation Guidelines',
    ],
    [],
    'Japan–United States relations',
    { parties: ['JPN', 'USA'] },
  ),
  i(
    'security_treaty',
    ['Southeast Asia Collective Defense Treaty', 'Manila Pact'],
    ['SEATO'],
    'Southeast Asia Treaty Organization',
  ),
  i('security_treaty', ['Baghdad Pact'], ['CENTO'], 'Central Treaty Organization'),
  i(
    'security_treaty',
    ['Warsaw Pact', 'Treaty of Friendship, Co-operation and Mutual Assistance'],
    [],
    'Warsaw Pact',
  ),
  i(
    'security_treaty',
    ['Brussels Treaty', 'Modified Brussels Treaty', 'Treaty of Brussels'],
    [],
    'Treaty of Brussels',
  ),
  i('security_treaty', ['Anglo-Portuguese Alliance', 'Treaty of Windsor'], [], 'Anglo-Portuguese Alliance', {
    parties: ['GBR', 'PRT'],
  }),
  i('security_treaty', ['Treaty of Guarantee'], [], 'Treaty of Guarantee (1960)', {
    parties: ['CYP', 'GBR', 'GRC', 'TUR'],
  }),
  i(
    'security_treaty',
    [
      'Indo-Soviet Treaty of Friendship and Cooperation',
      'Indo-Soviet Treaty of Peace, Friendship and Cooperation',
    ],
    [],
    'Indo-Soviet Treaty of Friendship and Cooperation',
  ),
  i(
    'security_treaty',
    ['Anglo-Malaysian Defence Agreement', 'Anglo-Malayan Defence Agreement'],
    ['AMDA'],
    'Five Power Defence Arrangements',
    { parties: ['GBR', 'MYS'] },
  ),
  i('security_treaty', ['Falepili Union', 'Falepili Union Treaty'], [], 'Falepili Union', {
    parties: ['AUS', 'TUV'],
  }),
  i('security_treaty', ['Nakamal Agreement'], [], 'Australia–Vanuatu relations', { parties: ['AUS', 'VUT'] }),
  i(
    'security_treaty',
    ['Pukpuk Treaty', 'Pukpuk Mutual Defence Treaty'],
    [],
    'Australia–Papua New Guinea relations',
    { note: 'the 2025 Australia-PNG mutual defence treaty', parties: ['AUS', 'PNG'] },
  ),
  i(
    'security_treaty',
    ['Strategic Mutual Defence Agreement', 'Strategic Mutual Defense Agreement'],
    ['SMDA'],
    'Pakistan–Saudi Arabia relations',
    { parties: ['PAK', 'SAU'] },
  ),
  i(
    'security_treaty',
    ['Comprehensive Security Integration and Prosperity Agreement'],
    ['C-SIPA'],
    'Bahrain–United States relations',
  ),
  i('security_treaty', ['Bilateral Security Agreement'], ['BSA'], 'Afghanistan–United States relations', {
    ambiguous: true,
    note: 'BSA is also the Boy Scouts of America',
  }),
  i(
    'security_treaty',
    [
      'Agreement on Security Cooperation',
      'Agreement on Security Co-operation',
      'security cooperation agreement',
    ],
    [],
    'Ukraine Compact',
    { note: 'the bilateral security agreements with Ukraine from 2024 on' },
  ),
  i(
    'security_treaty',
    ['Security and Defence Partnership', 'Security and Defense Partnership'],
    ['SDP'],
    'European Union–Japan relations',
    {
      ambiguous: true,
      twin: 'defense_mou',
      note: "the EU's partnerships with Japan, Korea, the UK and others; SDP is also a party name",
    },
  ),
  i('security_treaty', ['Treaty of Dunkirk'], [], 'Treaty of Dunkirk', { parties: ['FRA', 'GBR'] }),
  // The 2021 Azerbaijan-Turkey declaration on allied relations, with a mutual assistance clause.
  i(
    'security_treaty',
    ['Shusha Declaration', 'Shusha Declaration on Allied Relations'],
    [],
    'Shusha Declaration',
    {
      parties: ['AZE', 'TUR'],
    },
  ),
  // The September 2023 charter founding the Alliance of Sahel States as a mutual defence pact.
  i(
    'security_treaty',
    ['Liptako-Gourma Charter', 'Charter of Liptako-Gourma'],
    [],
    'Alliance of Sahel States',
    {
      parties: ['BFA', 'MLI', 'NER'],
    },
  ),
  i('security_treaty', ['Security Treaty'], [], 'Security treaty', {
    exactCase: true,
    note: 'a capitalised "Security Treaty" is a named one (China-Solomon Islands, US-Japan)',
  }),
  i(
    'security_treaty',
    ['defense pact', 'defence pact', 'alliance treaty', 'treaty of alliance'],
    [],
    'Military alliance',
  ),
  // --- defense_mou: other defense arrangements and memoranda.
  i(
    'defense_mou',
    [
      'defence cooperation agreement',
      'Agreement on Defence Cooperation',
      'Defence Cooperation Arrangement',
      'defence cooperation memorandum',
      'Memorandum of Understanding on Defence Cooperation',
      'defence cooperation MOU',
      'defence MOU',
      'defence memorandum of understanding',
      'Defence Cooperation Accord',
    ],
    [],
    'Memorandum of understanding',
  ),
  // The Greek-US MDCA (1990, amended 2019 and 2021) governs the US forces' use of Greek bases such as Souda Bay:
  // an access agreement in the ontology's terms.
  i(
    'reciprocal_access',
    ['Mutual Defense Cooperation Agreement', 'Mutual Defence Cooperation Agreement'],
    ['MDCA'],
    'Greece–United States relations',
    { parties: ['GRC', 'USA'] },
  ),
  // A military-technical cooperation agreement is the framework under which one state supplies the other's
  // arms and their technology: the ontology's equipment-transfer framework agreement.
  i(
    'equipment_transfer_agreement',
    [
      'military-technical cooperation agreement',
      'military technical cooperation agreement',
      'Agreement on Military-Technical Cooperation',
      'military-technical cooperation',
    ],
    [],
    'Federal Service for Military-Technical Cooperation',
  ),
  i('defense_mou', ['Letter of Intent', 'statement of intent'], ['LOI', 'LoI'], 'Letter of intent', {
    ambiguous: true,
    ambiguousNames: true,
  }),
  i(
    'defense_mou',
    [
      'Reciprocal Defense Procurement Memorandum of Understanding',
      'Reciprocal Defense Procurement Agreement',
      'Reciprocal Defense Procurement',
      'RDP MOU',
      'RDP Agreement',
    ],
    [],
    'https://www.acq.osd.mil/dpap/cpic/ic/reciprocal_procurement_memoranda_of_understanding.html',
  ),
  i(
    'defense_mou',
    [
      'Research, Development, Test and Evaluation MOU',
      'RDT&E MOU',
      'RDT&E Memorandum of Understanding',
      'RDT&E agreement',
    ],
    [],
    'https://www.acq.osd.mil/ic/',
  ),
  i(
    'defense_mou',
    ['Security of Supply Arrangement', 'security of supply arrangements', 'Security of Supply Agreement'],
    ['SoSA', 'SOSA'],
    'https://www.businessdefense.gov/security-of-supply.html',
  ),
  i(
    'defense_mou',
    [
      'Defence Framework Agreement',
      'Framework Agreement on Defence Cooperation',
      'defence framework agreement',
      'Framework Agreement for Defence Cooperation',
      'Defence Cooperation Framework',
    ],
    [],
    'Memorandum of understanding',
  ),
  i(
    'defense_mou',
    ['Trinity House Agreement', 'Trinity House agreement on defence'],
    [],
    'Germany–United Kingdom relations',
    { parties: ['DEU', 'GBR'] },
  ),
  i('defense_mou', ['Geelong Treaty'], [], 'AUKUS', {
    note: 'the 2025 Australia-UK treaty on the AUKUS submarine partnership',
    parties: ['AUS', 'GBR'],
  }),
  i(
    'defense_mou',
    [
      'Agreement for Cooperation on the Uses of Atomic Energy for Mutual Defense Purposes',
      'US-UK Mutual Defence Agreement',
      'UK-US Mutual Defence Agreement',
    ],
    [],
    '1958 US–UK Mutual Defence Agreement',
    { parties: ['GBR', 'USA'] },
  ),
  i(
    'defense_mou',
    [
      'Exchange of Naval Nuclear Propulsion Information Agreement',
      'Agreement for Cooperation Related to Naval Nuclear Propulsion',
    ],
    ['ENNPIA', 'ANNPA'],
    'AUKUS',
  ),
  i(
    'defense_mou',
    ['Special Measures Agreement', 'Host Nation Support Agreement', 'host nation support agreement'],
    ['SMA'],
    'United States Forces Korea',
    {
      ambiguous: true,
      note: 'US cost-sharing agreements with Japan and South Korea',
    },
  ),
  // The US National Guard's standing pairings of a state's guard with a partner's forces (since 1993).
  i(
    'defense_mou',
    ['State Partnership Program', 'State Partnership Programme'],
    [],
    'State Partnership Program',
  ),
  i('defense_mou', ['Strategic Framework Agreement'], ['SFA'], 'Iraq–United States relations', {
    ambiguous: true,
  }),
  i(
    'defense_mou',
    ['Defence Industrial Cooperation Agreement', 'defence industrial cooperation memorandum'],
    [],
    'Arms industry',
  ),
  i('defense_mou', ['Comprehensive Strategic Partnership'], ['CSP'], 'Comprehensive strategic partnership', {
    ambiguous: true,
    ambiguousNames: true,
    note: 'a diplomatic upgrade; a defense fact only where the text ties it to defense or security',
  }),
  i(
    'defense_mou',
    [
      'Framework for Major Defense Partnership',
      'Framework for the Major Defense Partnership',
      'Framework for the U.S.-India Major Defense Partnership',
      'Framework for the India-U.S. Major Defense Partnership',
      'Framework for the India-US Major Defense Partnership',
      'Framework for the US-India Major Defense Partnership',
    ],
    [],
    'India–United States relations',
    // The frame of the whole defence relationship, renewed each decade: analysts file it as an arrangement and,
    // like defence cooperation guidelines, as the treaty-level frame of the partnership.
    { parties: ['IND', 'USA'], twin: 'security_treaty' },
  ),
  i(
    'defense_mou',
    ['Strategic Partnership Agreement', 'Enduring Strategic Partnership Agreement'],
    [],
    'Strategic partnership',
    {
      ambiguousNames: true,
    },
  ),
  // --- equipment_transfer_agreement: frameworks for transferring defense equipment and technology.
  i(
    'equipment_transfer_agreement',
    [
      'Agreement Concerning the Transfer of Defense Equipment and Technology',
      'Agreement on the Transfer of Defence Equipment and Technology',
      'Defense Equipment and Technology Transfer Agreement',
      'defence equipment and technology transfer agreement',
      'equipment and technology transfer agreement',
      'Transfer of Defense Equipment and Technology Agreement',
    ],
    [],
    'Three Principles on Transfer of Defense Equipment and Technology',
  ),
  i(
    'equipment_transfer_agreement',
    ['Defense Trade Cooperation Treaty', 'Defence Trade Cooperation Treaty'],
    ['DTCT'],
    'International Traffic in Arms Regulations',
  ),
  i(
    'equipment_transfer_agreement',
    ['End-Use Monitoring Agreement', 'End Use Monitoring Agreement'],
    ['EUMA'],
    'India–United States relations',
  ),
  i(
    'equipment_transfer_agreement',
    ['Mutual Defense Assistance Agreement', 'Mutual Defence Assistance Agreement'],
    ['MDAA'],
    'Mutual Defense Assistance Act',
  ),
  i(
    'equipment_transfer_agreement',
    ['Defence Materiel Cooperation Agreement', 'defence materiel agreement'],
    [],
    'Military technology',
  ),
  // --- equipment_transfer: the instrument that closes a concrete sale.
  i('equipment_transfer', ['Letter of Offer and Acceptance'], ['LOA'], 'Foreign Military Sales', {
    ambiguous: true,
    note: 'the signed US Foreign Military Sales case for a concrete purchase',
    seller: 'USA',
  }),
  // --- joint_development: named co-development programmes and their frameworks.
  i(
    'joint_development',
    ['Global Combat Air Programme', 'Global Combat Air Program'],
    ['GCAP'],
    'Global Combat Air Programme',
    // Launched by the three governments in December 2022 (source above).
    { parties: ['GBR', 'ITA', 'JPN'] },
  ),
  i(
    'joint_development',
    ['GCAP International Government Organisation'],
    ['GIGO'],
    'Global Combat Air Programme',
    { parties: ['GBR', 'ITA', 'JPN'] },
  ),
  i(
    'joint_development',
    ['Future Combat Air System', 'Système de combat aérien du futur'],
    ['FCAS', 'SCAF'],
    'Future Combat Air System (France, Germany, Spain)',
    // A proper name: "to develop future combat air systems jointly" names no programme.
    { parties: ['DEU', 'ESP', 'FRA'], exactCase: true },
  ),
  i('joint_development', ['Main Ground Combat System'], ['MGCS'], 'Main Ground Combat System', {
    parties: ['DEU', 'FRA'],
  }),
  i(
    'joint_development',
    ['Defense Technology and Trade Initiative', 'Defence Technology and Trade Initiative'],
    ['DTTI'],
    'India–United States relations',
  ),
  i('joint_development', ['European Sky Shield Initiative'], ['ESSI'], 'European Sky Shield Initiative'),
  // --- membership: partnership programmes of a grouping.
  i('membership', ['Partnership for Peace'], ['PfP'], 'Partnership for Peace', { grouping: 'NATO' }),
  i(
    'membership',
    [
      'Individually Tailored Partnership Programme',
      'Individual Partnership and Cooperation Programme',
      'Individually Tailored Partnership Program',
    ],
    ['ITPP', 'IPCP'],
    'https://www.nato.int/cps/en/natohq/topics_49188.htm',
    // A programme agreed with the alliance is a partnership and a document of defence cooperation with it.
    { grouping: 'NATO', twin: 'defense_mou' },
  ),
  i(
    'membership',
    ['Enhanced Opportunities Partner', 'Enhanced Opportunities Partnership'],
    [],
    'Partnership for Peace',
    { grouping: 'NATO' },
  ),
  i('membership', ['Mediterranean Dialogue'], [], 'Mediterranean Dialogue', { grouping: 'NATO' }),
  // AUKUS's second pillar (advanced capabilities): projects open to partners outside the pact.
  i('membership', ['Pillar II', 'Pillar 2', 'Pillar Two'], [], 'AUKUS', {
    grouping: 'AUKUS',
    exactCase: true,
  }),
  i('membership', ['Istanbul Cooperation Initiative'], ['ICI'], 'Istanbul Cooperation Initiative', {
    ambiguous: true,
    grouping: 'NATO',
  }),
  i('membership', ['Major Non-NATO Ally', 'major non-NATO ally'], ['MNNA'], 'Major non-NATO ally'),
  i('membership', ['Permanent Structured Cooperation'], ['PESCO'], 'Permanent Structured Cooperation', {
    grouping: 'EU',
  }),
  // --- two_plus_two and high_level_meeting: named standing mechanisms.
  i(
    'two_plus_two',
    [
      '2+2 Ministerial Dialogue',
      '2+2 dialogue',
      '2+2 talks',
      '2+2 meeting',
      'Foreign and Defence Ministerial Meeting',
      'Foreign and Defense Ministers Meeting',
      'two-plus-two',
    ],
    [],
    'Two-plus-two dialogue',
  ),
  i('two_plus_two', ['Security Consultative Committee'], ['SCC'], 'Japan–United States relations', {
    ambiguous: true,
  }),
  i('two_plus_two', ['Australia-United States Ministerial Consultations'], ['AUSMIN'], 'AUSMIN', {
    parties: ['AUS', 'USA'],
  }),
  i(
    'two_plus_two',
    ['Australia-United Kingdom Ministerial Consultations'],
    ['AUKMIN'],
    'Australia–United Kingdom relations',
    { parties: ['AUS', 'GBR'] },
  ),
  i('high_level_meeting', ['Shangri-La Dialogue'], ['SLD'], 'Shangri-La Dialogue'),
  i(
    'high_level_meeting',
    ['ASEAN Defence Ministers Meeting-Plus', 'ADMM-Plus', 'ASEAN Defence Ministers Meeting'],
    ['ADMM'],
    'ASEAN Defence Ministers Meeting',
  ),
  i(
    'high_level_meeting',
    ['Ramstein group', 'Ukraine Defense Contact Group'],
    ['UDCG'],
    'Ukraine Defense Contact Group',
  ),
  i('high_level_meeting', ['Nuclear Consultative Group'], ['NCG'], 'Washington Declaration (2023)'),
  i(
    'high_level_meeting',
    ['Mutual Defense Board', 'Mutual Defense Board-Security Engagement Board'],
    ['MDB-SEB'],
    'Philippines–United States relations',
  ),
];
