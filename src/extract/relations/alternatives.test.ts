import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

/** Every reading the extractor proposes for the scorer, kept or not, as "type parties status". */
function readings(text: string): string[] {
  const doc = analyze({ id: 'test', text, published: '2025-05-20' }, { minConfidence: 0 });
  return doc.scored.map((s) => `${s.fact.type} ${s.fact.parties.join('+')} ${s.fact.status}`);
}

describe('readings proposed beside the rules', () => {
  it('reads an exercise of many nations listed in one sentence as one event with all of them', () => {
    const text =
      'Troops from Kenya, Uganda, Rwanda, Tanzania and the United States took part in the Justified Accord exercise near Nairobi on Monday.';
    expect(readings(text)).toContain('joint_exercise KEN+RWA+TZA+UGA+USA held');
  });

  it('pairs a grouping named as a role with the state it describes', () => {
    const text = 'NATO member Romania hosted the talks, officials in Bucharest said.';
    expect(readings(text).some((r) => r.startsWith('membership NATO+ROU'))).toBe(true);
  });

  it('reads the buyers listed after "clients" as recipients of the system’s maker', () => {
    const text = 'The Rafale now has several export clients, including Egypt, Qatar and Indonesia.';
    const r = readings(text);
    for (const buyer of ['EGY', 'QAT', 'IDN'])
      expect(r.some((x) => x.startsWith(`equipment_transfer FRA+${buyer} `))).toBe(true);
  });

  it('offers the other types an agreement named only by kind may be', () => {
    const text = 'Washington and Helsinki signed a defense cooperation agreement on Monday.';
    const r = readings(text).filter((x) => x.endsWith('concluded'));
    expect(r).toEqual(
      expect.arrayContaining([
        'defense_mou FIN+USA concluded',
        'security_treaty FIN+USA concluded',
        'reciprocal_access FIN+USA concluded',
      ]),
    );
  });

  it('offers the statuses other cues of the clause speak for', () => {
    const text =
      'Chile and Argentina are negotiating an update to the defence memorandum of understanding they first signed in 2019.';
    expect(readings(text)).toEqual(
      expect.arrayContaining(['defense_mou ARG+CHL negotiating', 'defense_mou ARG+CHL concluded']),
    );
  });

  it('proposes nothing for a sentence with no trigger', () => {
    expect(readings('Chile and Peru played a friendly football match in Lima on Sunday.')).toEqual([]);
  });
});
