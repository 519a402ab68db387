import { describe, expect, it } from 'vitest';
import type { NetworkEdge } from '../../analyze/network.js';
import { edgeAt, networkParams, yearSpan } from './map-filters.js';
import { parseRoute } from './router.js';

describe('parseRoute', () => {
  it('reads every view from the hash, and falls back to the map', () => {
    expect(parseRoute('#/pair/JPN/PHL')).toEqual({ view: 'pair', a: 'JPN', b: 'PHL' });
    expect(parseRoute('#/party/JPN')).toEqual({ view: 'network', party: 'JPN' });
    expect(parseRoute('#/matrix/JPN')).toEqual({ view: 'matrix', party: 'JPN' });
    expect(parseRoute('#/timeline')).toEqual({ view: 'timeline', party: null });
    expect(parseRoute('#/fact/12')).toEqual({ view: 'fact', id: 12 });
    expect(parseRoute('#/fact/x')).toEqual({ view: 'network', party: null });
    expect(parseRoute('')).toEqual({ view: 'network', party: null });
  });
});

describe('the time slider', () => {
  const edge: NetworkEdge = {
    source: 'FRA',
    target: 'JPN',
    stage: 'enhanced',
    type: 'joint_exercise',
    facts: 3,
    since: '2014-01-09',
    steps: [
      { year: 2014, stage: 'ice_breaking', type: 'two_plus_two' },
      { year: 2019, stage: 'binding', type: 'acsa' },
    ],
  };

  it('shows a tie as it stood in a year, not before it formed, and as it stands now at the end', () => {
    expect(edgeAt(edge, 2013)).toBeNull();
    expect(edgeAt(edge, 2016)).toMatchObject({ stage: 'ice_breaking' });
    expect(edgeAt(edge, 2030)).toMatchObject({ stage: 'binding' });
    expect(edgeAt(edge, null)).toMatchObject({ stage: 'enhanced' });
  });

  it('spans the years of every step and asks the server for the filters', () => {
    expect(
      yearSpan({
        center: null,
        nodes: [],
        edges: [edge],
        metrics: { nodes: 2, edges: 1, facts: 3, density: 1, components: 1 },
      }),
    ).toEqual([2014, 2019]);
    expect(
      networkParams('JPN', { types: ['acsa', 'reciprocal_access'], statuses: [], from: 2010, to: null }),
    ).toEqual({
      party: 'JPN',
      type: 'acsa,reciprocal_access',
      status: undefined,
      from: '2010',
      to: undefined,
    });
  });
});
