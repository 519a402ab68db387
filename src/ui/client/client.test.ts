import { describe, expect, it } from 'vitest';
import type { NetworkEdge } from '../../analyze/network.js';
import { recordedWording } from './ladder-view.js';
import { networkGexf } from './map-export.js';
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

describe('the exports and wording of the map and ladder', () => {
  const node = (id: string, label: string) => ({
    id,
    label,
    kind: 'state' as const,
    facts: 1,
    partners: 1,
    degree: 1,
    betweenness: 0,
    x: 0,
    y: 0,
  });
  const tie = (source: string, target: string, year: number): NetworkEdge => ({
    source,
    target,
    stage: 'binding',
    type: 'acsa',
    facts: 2,
    since: String(year),
    steps: [{ year, stage: 'binding', type: 'acsa' }],
  });
  const net = {
    center: null,
    nodes: [node('FRA', 'France'), node('JPN', 'Japan'), node('AUS', 'Australia & <Co>')],
    edges: [tie('FRA', 'JPN', 2019), tie('AUS', 'JPN', 2007)],
    metrics: { nodes: 3, edges: 2, facts: 4, density: 1, components: 1 },
  };

  it('writes GEXF of the ties the slider leaves, and only the parties they join, escaped', () => {
    const now = networkGexf(net, null);
    expect(now.match(/<node /g)).toHaveLength(3);
    expect(now.match(/<edge /g)).toHaveLength(2);
    expect(now).toContain('label="Australia &amp; &lt;Co&gt;"');
    const then = networkGexf(net, 2010);
    expect(then.match(/<edge /g)).toHaveLength(1);
    expect(then).not.toContain('id="FRA"');
  });

  it('says a step no source reports is not recorded, not absent', () => {
    expect(
      recordedWording('has ACSA; no reciprocal access agreement and information security agreement'),
    ).toBe('has ACSA; not recorded: reciprocal access agreement and information security agreement');
    expect(recordedWording('no step taken yet; 2+2 talks held')).toBe('no step recorded yet; 2+2 talks held');
    expect(recordedWording('no step taken yet; no ACSA')).toBe('no step recorded yet; not recorded: ACSA');
  });
});
