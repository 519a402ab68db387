import { describe, expect, it } from 'vitest';
import { fact } from '../test-support/fixture-facts.js';
import { buildNetwork, filterFacts } from './network.js';

const names = (code: string) => ({ JPN: 'Japan', PHL: 'Philippines', USA: 'United States' })[code] ?? code;

const facts = [
  fact('reciprocal_access', ['JPN', 'PHL'], 'in_force', '2025-09-11'),
  fact('security_treaty', ['JPN', 'USA'], 'in_force', '1960-06-23'),
  fact('security_treaty', ['PHL', 'USA'], 'in_force', '1952-08-27'),
  fact('joint_exercise', ['AUS', 'JPN', 'PHL', 'USA'], 'held', '2024-04'),
  fact('two_plus_two', ['FRA', 'GBR'], 'held', '2023'),
];

describe('buildNetwork', () => {
  it('makes one edge per pair and ties every two parties of a multilateral exercise', () => {
    const net = buildNetwork(facts, names);
    expect(net.nodes.map((n) => n.id).sort()).toEqual(['AUS', 'FRA', 'GBR', 'JPN', 'PHL', 'USA']);
    expect(net.edges).toHaveLength(7);
    const jpnUsa = net.edges.find((e) => e.source === 'JPN' && e.target === 'USA')!;
    expect(jpnUsa.stage).toBe('fusion');
    expect(jpnUsa.type).toBe('security_treaty');
    expect(jpnUsa.since).toBe('1960-06-23');
  });

  it('records how a pair climbed, year by year, for the time slider', () => {
    const net = buildNetwork(
      [
        fact('two_plus_two', ['FRA', 'JPN'], 'held', '2014-01-09'),
        fact('acsa', ['FRA', 'JPN'], 'in_force', '2019-06-26'),
        fact('reciprocal_access', ['FRA', 'JPN'], 'negotiating', '2024'),
        fact('joint_exercise', ['FRA', 'JPN'], 'held'),
      ],
      names,
    );
    const edge = net.edges[0]!;
    expect(edge.steps).toEqual([
      { year: 2014, stage: 'ice_breaking', type: 'two_plus_two' },
      { year: 2019, stage: 'binding', type: 'acsa' },
    ]);
    expect(edge).toMatchObject({ stage: 'enhanced', type: 'joint_exercise', facts: 4 });
  });

  it('measures centrality, places every node and counts the components', () => {
    const net = buildNetwork(facts, names);
    const jpn = net.nodes.find((n) => n.id === 'JPN')!;
    expect(jpn.label).toBe('Japan');
    expect(jpn.degree).toBeGreaterThan(0);
    expect(net.metrics.components).toBe(2);
    expect(net.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('keeps only a party, its partners and the ties among them in an ego network', () => {
    const net = buildNetwork(facts, names, 'PHL');
    expect(net.center).toBe('PHL');
    expect(net.nodes.map((n) => n.id).sort()).toEqual(['AUS', 'JPN', 'PHL', 'USA']);
    expect(net.nodes.find((n) => n.id === 'PHL')).toMatchObject({ x: 0, y: 0 });
    expect(net.edges.some((e) => e.source === 'FRA')).toBe(false);
  });

  it('returns an empty network for a party without facts', () => {
    const net = buildNetwork(facts, names, 'NZL');
    expect(net.edges).toEqual([]);
  });
});

describe('filterFacts', () => {
  it('compares dates at the precision of the bound', () => {
    const kept = filterFacts(facts, { from: '2024', to: '2025-09' });
    expect(kept.map((f) => f.type).sort()).toEqual(['joint_exercise', 'reciprocal_access']);
  });

  it('filters by type and status', () => {
    expect(filterFacts(facts, { types: ['two_plus_two'] })).toHaveLength(1);
    expect(filterFacts(facts, { statuses: ['held'] })).toHaveLength(2);
  });
});
