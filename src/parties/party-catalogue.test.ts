// The party catalogue: coverage of states and groupings, codes and display names.
import { describe, expect, it } from 'vitest';
import { PartyCodeSchema } from '../schema/fact.js';
import { GROUPING_CODES, isGroupingCode } from './groupings.js';
import { allParties, isKnownParty, partyName } from './party-catalogue.js';

/** The 193 UN member states, ISO 3166-1 alpha-3, written out here rather than read from the package. */
const UN_MEMBERS =
  `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA
SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE`.split(/\s+/);

describe('party catalogue', () => {
  it('lists all 193 UN member states by their alpha-3 codes', () => {
    expect(UN_MEMBERS).toHaveLength(193);
    const missing = UN_MEMBERS.filter((code) => !isKnownParty(code));
    expect(missing).toEqual([]);
  });

  it('adds Taiwan, Palestine, the Vatican, Kosovo, Niue and the Cook Islands to the UN members', () => {
    for (const code of ['TWN', 'PSE', 'VAT', 'XKX', 'COK', 'NIU']) expect(isKnownParty(code)).toBe(true);
    const states = allParties().filter((p) => p.kind === 'state');
    expect(states).toHaveLength(199);
  });

  it('knows the seven groupings of the ontology and nothing else as a grouping', () => {
    const groupings = allParties()
      .filter((p) => p.kind === 'grouping')
      .map((p) => p.code);
    expect(groupings.sort()).toEqual(['ASEAN', 'AUKUS', 'EU', 'G7', 'NATO', 'QUAD', 'UN']);
  });

  it('gives every party a code that the fact schema accepts', () => {
    for (const party of allParties()) expect(PartyCodeSchema.safeParse(party.code).success).toBe(true);
  });

  it('shows display names for the UI and echoes an unknown code', () => {
    expect(partyName('JPN')).toBe('Japan');
    expect(partyName('USA')).toBe('United States');
    expect(partyName('NATO')).toBe('NATO');
    expect(partyName('XKX')).toBe('Kosovo');
    expect(partyName('ZZZ')).toBe('ZZZ');
    expect(isKnownParty('ZZZ')).toBe(false);
  });

  it('derives the grouping codes the schema accepts from the one list of groupings', () => {
    expect(GROUPING_CODES).toEqual(['NATO', 'EU', 'ASEAN', 'QUAD', 'AUKUS', 'UN', 'G7']);
    for (const code of GROUPING_CODES) expect(PartyCodeSchema.safeParse(code).success, code).toBe(true);
    expect(PartyCodeSchema.safeParse('BRICS').success).toBe(false);
    expect(isGroupingCode('QUAD')).toBe(true);
    expect(isGroupingCode('JPN')).toBe(false);
  });
});
