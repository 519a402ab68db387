import { describe, expect, it } from 'vitest';
import type { Fact } from '../schema/fact.js';
import { analyze, RULES_ONLY } from './pipeline.js';

// These cases are about what the rules read (clauses, lists, roles, discourse); whether the trained scorer
// keeps a reading is tested in scorer/ and measured on whole articles in eval/quality.test.ts.
function facts(text: string, published: string | null = '2024-06-14'): Fact[] {
  return analyze({ id: 'test', text, published }, RULES_ONLY).facts;
}
const keys = (text: string, published?: string | null) =>
  facts(text, published)
    .map((f) => `${f.type} ${f.parties.join('+')} ${f.status}`)
    .sort();

describe('extraction of the hard cases', () => {
  it('makes one fact per named partner of a coordinated list', () => {
    const text =
      'Tokyo also signed an acquisition and cross-servicing agreement with 7 countries including the United States, Australia, the United Kingdom, France, Canada, India and Germany.';
    expect(keys(text)).toEqual(
      ['AUS', 'CAN', 'DEU', 'FRA', 'GBR', 'IND', 'USA']
        .map((p) => `acsa ${[p, 'JPN'].sort().join('+')} concluded`)
        .sort(),
    );
  });

  it('carries the pair of a sentence to "the two leaders" in the next', () => {
    const text =
      'Prime Minister Anthony Albanese hosted Indonesian President Prabowo Subianto in Canberra on Monday.\nThe two leaders signed a defence cooperation agreement.';
    expect(keys(text)).toContain('defense_mou AUS+IDN concluded');
  });

  it('pairs the predecessors of an "Nth partner" sentence with the hub, even inside a hypothetical', () => {
    const text =
      'If the two countries sign the pact, Italy will be the eighth ACSA partner for Japan after Britain, Canada and France.';
    expect(keys(text)).toEqual(['acsa CAN+JPN in_force', 'acsa FRA+JPN in_force', 'acsa GBR+JPN in_force']);
  });

  it('recognizes a 2+2 from its participants without the words "2+2"', () => {
    const text =
      'US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin held talks with their Philippine counterparts, Foreign Secretary Enrique Manalo and Defense Secretary Gilberto Teodoro, in Manila on Tuesday.';
    expect(keys(text)).toEqual(['two_plus_two PHL+USA held']);
  });

  it('puts the supplier first in an equipment transfer, whichever way the sentence runs', () => {
    expect(facts('Japan will export Patriot missiles to the United States.')[0]?.parties).toEqual([
      'JPN',
      'USA',
    ]);
    expect(
      facts('Tokyo agreed to purchase the Global Hawk unmanned system from the US.')[0]?.parties,
    ).toEqual(['USA', 'JPN']);
    expect(facts('Poland has ordered K9 howitzers.')[0]?.parties).toEqual(['KOR', 'POL']);
  });

  it('names the item an equipment transfer moves', () => {
    expect(facts('Japan will provide four patrol ships to Bangladesh.')[0]?.item).toBe('four patrol ships');
  });

  it('keeps background facts and reads their status as in force', () => {
    expect(keys('Japan already has ACSAs with the United States and Australia.')).toEqual([
      'acsa AUS+JPN in_force',
      'acsa JPN+USA in_force',
    ]);
  });

  it('draws no fact from hypotheticals or from one country alone', () => {
    expect(keys('Japan could shoot down missiles heading toward the United States.')).toEqual([]);
    expect(keys("Japan's cabinet approved a record defense budget and eased its arms export rules.")).toEqual(
      [],
    );
    expect(
      keys('If Manila and Tokyo sign the pact, Japanese troops could train in the Philippines.'),
    ).toEqual([]);
  });

  it('does not make the rival a tie is aimed at into a party', () => {
    expect(
      keys("Japan and Italy agreed in principle on a supply-sharing pact amid China's military buildup."),
    ).toEqual(['acsa ITA+JPN negotiating']);
  });

  it('reads translated agreement names and non-breaking spaces', () => {
    const text =
      'Japan has signed a\u00a0\u201cMutual Access Agreement\u201d with Australia.\nTokyo signed a "Reciprocal Materials and Labor Services Agreement" with France.';
    expect(keys(text)).toEqual(['acsa FRA+JPN concluded', 'reciprocal_access AUS+JPN concluded']);
  });

  it('recovers the meaning of a machine-spun article', () => {
    const text =
      'U.S. Secretary of Protection Lloyd Austin and Japan Minister of Protection Hamada Yasukazu opened 2023 by signing the bilateral Memorandum of Understanding (MOU).\nOn January 25, the White Home introduced an upcoming state go to by Japanese Prime Minister Kishida Fumio on April 10, 2024.';
    expect(keys(text, null)).toEqual(['defense_mou JPN+USA concluded', 'high_level_meeting JPN+USA planned']);
  });

  it('reads statuses from the words around an instrument', () => {
    expect(keys('Japan and Canada agreed to formally start talks toward signing a GSOMIA.')).toEqual([
      'information_security CAN+JPN negotiating',
    ]);
    expect(keys('Britain is considering a reciprocal access agreement with Japan.')).toEqual([
      'reciprocal_access GBR+JPN proposed',
    ]);
    expect(keys('South Korea suspended its GSOMIA with Japan in 2019.')).toEqual([
      'information_security JPN+KOR ended',
    ]);
    expect(keys('The Philippines and Japan RAA entered into force on Wednesday.')).toEqual([
      'reciprocal_access JPN+PHL in_force',
    ]);
  });

  it('lists every named participant of a multilateral exercise', () => {
    expect(
      keys(
        'The Philippine Navy, the US Navy and the French Navy will conduct a multilateral maritime exercise.',
      ),
    ).toEqual(['joint_exercise FRA+PHL+USA planned']);
  });

  it('pairs a state joining a grouping with the grouping', () => {
    expect(keys('Sweden applied to join NATO in May, along with Finland.')).toEqual([
      'membership FIN+NATO proposed',
      'membership NATO+SWE proposed',
    ]);
  });

  it('dates a fact by the words that date it, relative to the publication date', () => {
    const [fact] = facts(
      'Japan and Sweden signed a defense equipment and technology transfer agreement on Monday.',
      '2022-12-20',
    );
    expect(fact?.date).toBe('2022-12-19');
  });

  it('quotes the sentence that carries each fact as its evidence', () => {
    const text = 'Unrelated opening line.\nJapan and Sweden signed a defense equipment transfer agreement.';
    const [fact] = facts(text);
    expect(fact?.evidence[0]).toMatchObject({ doc: 'test', start: 24, end: text.length });
    expect(fact?.evidence[0]?.text).toBe(text.slice(24));
  });
  it('leaves out those who condemn a tie and the links to other articles', () => {
    expect(keys('China condemned the joint drills held by the United States and Taiwan.')).toEqual([
      'joint_exercise TWN+USA held',
    ]);
    expect(keys('Related: Australia, Philippines hold first joint sail in South China Sea')).toEqual([]);
  });

  it('reads a decision reported with "would" as a decision', () => {
    expect(keys('Kishida announced that Japan would provide coastal radars to the Philippine Navy.')).toEqual(
      ['equipment_transfer JPN+PHL concluded'],
    );
  });

  it('gives a relative clause the party its pronoun stands for', () => {
    const text =
      "Japan is the Philippines' second strategic partner after the United States, with which Manila has a Mutual Defense Treaty signed in 1951.";
    expect(keys(text)).toEqual(['security_treaty PHL+USA in_force']);
  });

  it('adds those who take part to the drills they join', () => {
    expect(
      keys(
        'Japanese and Philippine coast guards held joint drills in June, with the U.S. Coast Guard taking part.',
      ),
    ).toEqual(['joint_exercise JPN+PHL+USA held']);
  });
  it('reads "troops from N nations, including ..." as one exercise of all of them', () => {
    const text =
      'Troops from 13 nations, including Australia, the United States, Japan and Germany, began the Talisman Sabre exercise in northern Australia on Saturday.';
    expect(keys(text)).toEqual(['joint_exercise AUS+DEU+JPN+USA held']);
  });

  it('keeps two statements joined by ", and" apart, with their own statuses and dates', () => {
    const [png, tuv] = facts(
      'Last month, Australia and Papua New Guinea began negotiating a defence treaty, and Canberra signed a security pact with Tuvalu in November.',
      '2023-07-22',
    );
    expect(png).toMatchObject({ parties: ['AUS', 'PNG'], status: 'negotiating', date: '2023-06' });
    expect(tuv).toMatchObject({ parties: ['AUS', 'TUV'], status: 'concluded', date: '2022-11' });
  });
});

describe('the screen', () => {
  const filler = Array.from(
    { length: 20 },
    (_, i) => `Exports of grain rose by ${i + 3} percent, traders said.`,
  );
  it('reads no further into an article of some length with next to no military word', () => {
    const civil = ['Kenya and Uganda held talks on a rail line in Kampala on Monday.', ...filler].join(' ');
    const doc = analyze({ id: 'civil', text: civil, published: '2024-06-14' }, RULES_ONLY);
    expect(doc.screenedOut).toBe(true);
    expect(doc.sentences).toEqual([]);
    expect(doc.facts).toEqual([]);
  });

  it('reads an article with military words, and any short text, to the end', () => {
    const military = [
      'Kenya and Uganda held talks on military training and border security in Kampala.',
      ...filler,
    ];
    const doc = analyze({ id: 'military', text: military.join(' '), published: '2024-06-14' }, RULES_ONLY);
    expect(doc.screenedOut).toBe(false);
    expect(doc.facts.map((f) => f.type)).toContain('high_level_meeting');
    expect(keys('Kenya and Uganda held talks in Kampala on Monday.')).toEqual([
      'high_level_meeting KEN+UGA held',
    ]);
  });
});
