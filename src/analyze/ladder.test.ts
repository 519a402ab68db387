import { describe, expect, it } from 'vitest';
import { FACT_TYPES } from '../schema/fact.js';
import { fact } from '../test-support/fixture-facts.js';
import { ladderOf } from './ladder.js';
import { TYPE_ORDER } from './vocabulary.js';

describe('ladderOf', () => {
  it('puts a pair with only talks on the ice-breaking rung and names the first binding step as next', () => {
    const ladder = ladderOf([fact('two_plus_two', ['JPN', 'PHL'], 'held', '2022-04-09')]);
    expect(ladder.stage).toBe('ice_breaking');
    expect(ladder.next).toEqual({ type: 'information_security', stage: 'binding', state: 'missing' });
  });

  it('names talks under way as the next step before a step nobody has started', () => {
    const ladder = ladderOf([
      fact('two_plus_two', ['JPN', 'PHL'], 'held'),
      fact('acsa', ['JPN', 'PHL'], 'negotiating'),
    ]);
    expect(ladder.next).toEqual({ type: 'acsa', stage: 'binding', state: 'under_way' });
  });

  it('reaches the binding rung with an ACSA and justifies it with that fact', () => {
    const acsa = fact('acsa', ['JPN', 'PHL'], 'concluded', '2026-01-15');
    const ladder = ladderOf([
      fact('high_level_meeting', ['JPN', 'PHL'], 'held'),
      fact('two_plus_two', ['JPN', 'PHL'], 'held'),
      acsa,
    ]);
    expect(ladder.stage).toBe('binding');
    expect(ladder.justification).toEqual([acsa.id]);
    expect(ladder.next).toEqual({ type: 'information_security', stage: 'binding', state: 'missing' });
  });

  it('says "has ACSA and RAA talks, no information security agreement" in its own words', () => {
    const ladder = ladderOf([
      fact('acsa', ['AUS', 'JPN'], 'in_force'),
      fact('reciprocal_access', ['AUS', 'JPN'], 'negotiating'),
      fact('high_level_meeting', ['AUS', 'JPN'], 'held'),
      fact('two_plus_two', ['AUS', 'JPN'], 'held'),
    ]);
    expect(ladder.summary).toBe(
      'has 2+2 meeting, high-level meeting and ACSA; reciprocal access agreement negotiating; ' +
        'not recorded: information security agreement and equipment transfer agreement',
    );
  });

  it('counts talks as under way rather than as a step taken', () => {
    const ladder = ladderOf([fact('security_treaty', ['JPN', 'USA'], 'negotiating')]);
    expect(ladder.stage).toBeNull();
    const fusion = ladder.rungs.find((r) => r.stage === 'fusion')!;
    expect(fusion.reached).toBe(false);
    expect(fusion.steps.find((s) => s.type === 'security_treaty')?.state).toBe('under_way');
  });

  it('takes the highest rung reached even when a lower one has gaps', () => {
    const ladder = ladderOf([fact('joint_development', ['GBR', 'JPN'], 'concluded', '2022-12-09')]);
    expect(ladder.stage).toBe('fusion');
    expect(ladder.next?.stage).toBe('ice_breaking');
  });

  it('keeps the most advanced of several facts of one type', () => {
    const ladder = ladderOf([
      fact('joint_exercise', ['IND', 'JPN'], 'planned', '2026'),
      fact('joint_exercise', ['IND', 'JPN'], 'held', '2024-03'),
    ]);
    const step = ladder.rungs.find((r) => r.stage === 'enhanced')!.steps[0]!;
    expect(step).toMatchObject({ state: 'achieved', status: 'held', date: '2024-03' });
    expect(step.facts).toHaveLength(2);
  });

  it('lists the fact types in the ontology order', () => {
    expect(TYPE_ORDER).toEqual([...FACT_TYPES]);
  });
});
