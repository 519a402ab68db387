// The first view: the partnership map, with the parties (or one party's partners by stage) beside it.
import { STAGE_LABELS, STAGES, type Stage } from '../../analyze/vocabulary.js';
import { api, type Network, type PairSummary } from './api.js';
import { stageColor } from './colors.js';
import { h, link, message, swatch } from './dom.js';
import { mapControls, type ControlState } from './map-controls.js';
import { networkParams, yearSpan, type MapQuery } from './map-filters.js';
import { networkMap, type NetworkMap } from './network-map.js';
import { go } from './router.js';

export async function networkView(root: HTMLElement, center: string | null): Promise<() => void> {
  const [first, pairs] = await Promise.all([
    api.network(networkParams(center, NO_FILTER)),
    center ? api.pairs(center) : null,
  ]);
  const canvas = h('div', { class: 'map-canvas', 'data-testid': 'network-map' });
  const side = h(
    'aside',
    { class: 'sidebar' },
    center ? partyPanel(first, center, pairs!.items) : partiesPanel(first),
  );
  let map: NetworkMap | null = null;
  let view: Pick<ControlState, 'upTo' | 'colorBy'> = { upTo: null, colorBy: 'stage' };
  let seq = 0;
  const draw = (net: Network) => {
    map?.destroy();
    map = null;
    canvas.replaceChildren();
    delete canvas.dataset.ready;
    if (net.nodes.length === 0) {
      canvas.append(
        message(
          center ? 'No ties known for this party (with these filters).' : 'No ties (with these filters).',
        ),
      );
      return;
    }
    try {
      map = networkMap(canvas, net, {
        onNode: (id) => (center && id !== center ? go(`#/pair/${center}/${id}`) : go(`#/party/${id}`)),
        onEdge: (a, b) => go(`#/pair/${a}/${b}`),
      });
      map.apply(view);
      canvas.dataset.ready = 'true';
    } catch (e) {
      canvas.append(message(`The map could not be drawn (it needs WebGL): ${(e as Error).message}`, 'error'));
    }
  };
  const controls = mapControls(
    yearSpan(first),
    async (query) => {
      const mine = ++seq;
      const net = await api.network(networkParams(center, query)).catch(() => null);
      if (mine !== seq || net === null) return;
      controls.setSpan(yearSpan(net));
      view = { ...view, upTo: null };
      draw(net);
    },
    (state) => {
      view = state;
      map?.apply(state);
    },
  );
  root.replaceChildren(
    h('div', { class: 'network-page' }, side, h('section', { class: 'map' }, controls.element, canvas)),
  );
  draw(first);
  return () => map?.destroy();
}

const NO_FILTER: MapQuery = { types: [], statuses: [], from: null, to: null };

function partiesPanel(net: Network): HTMLElement {
  const nodes = [...net.nodes].sort((a, b) => b.partners - a.partners || a.label.localeCompare(b.label));
  return h(
    'div',
    {},
    h('h2', {}, 'Parties'),
    h(
      'p',
      { class: 'hint' },
      `${net.metrics.nodes} parties, ${net.metrics.edges} ties. Pick one to see its partners.`,
    ),
    h(
      'ol',
      { class: 'party-list', 'data-testid': 'party-list' },
      ...nodes.map((n) =>
        h(
          'li',
          {},
          h('a', { href: `#/party/${n.id}`, 'data-party': n.id }, n.label),
          h(
            'span',
            {
              class: 'count',
              title: `degree ${n.degree.toFixed(2)} · betweenness ${n.betweenness.toFixed(2)}`,
            },
            `${n.partners} partner${n.partners === 1 ? '' : 's'}`,
          ),
        ),
      ),
    ),
  );
}

function partyPanel(net: Network, center: string, pairs: readonly PairSummary[]): HTMLElement {
  const me = net.nodes.find((n) => n.id === center);
  const name = me?.label ?? center;
  const byStage = new Map<Stage | null, PairSummary[]>();
  for (const p of pairs) byStage.set(p.ladder.stage, [...(byStage.get(p.ladder.stage) ?? []), p]);
  const groups = [...[...STAGES].reverse(), null].filter((s) => byStage.has(s));
  return h(
    'div',
    {},
    h('h2', { 'data-testid': 'party-name' }, name),
    h(
      'p',
      { class: 'hint' },
      `${pairs.length} partners · ${me?.facts ?? 0} facts · degree ${me?.degree.toFixed(2) ?? '0'} · betweenness ${me?.betweenness.toFixed(2) ?? '0'}`,
    ),
    h(
      'p',
      { class: 'actions' },
      link(`#/matrix/${center}`, 'Partner matrix'),
      link(`#/timeline/${center}`, 'Timeline'),
      link('#/', 'Whole network'),
    ),
    ...groups.map((stage) =>
      h(
        'section',
        { class: 'stage-group' },
        h('h3', {}, swatch(stageColor(stage)), stage ? STAGE_LABELS[stage] : 'Talks only'),
        h(
          'ul',
          { class: 'partners' },
          ...byStage
            .get(stage)!
            .map((p) =>
              h(
                'li',
                {},
                h(
                  'a',
                  { href: `#/pair/${center}/${p.parties[1]}`, 'data-partner': p.parties[1] },
                  net.nodes.find((n) => n.id === p.parties[1])?.label ?? p.parties[1],
                ),
                h('span', { class: 'summary' }, p.ladder.summary),
              ),
            ),
        ),
      ),
    ),
  );
}
