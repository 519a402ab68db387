// The first view: the partnership map, with the parties (or one party's partners by stage) beside it.
import { STAGE_LABELS, STAGES, type Stage } from '../../analyze/vocabulary.js';
import { api, type Network, type PairSummary } from './api.js';
import { stageColor } from './colors.js';
import { h, link, message, swatch } from './dom.js';
import { download, networkGexf } from './map-export.js';
import { mapControls, type ControlState } from './map-controls.js';
import { networkParams, yearSpan, type MapQuery } from './map-filters.js';
import { networkMap, type MapCounts, type NetworkMap } from './network-map.js';
import { recordedWording } from './ladder-view.js';
import { go } from './router.js';

export async function networkView(root: HTMLElement, center: string | null): Promise<() => void> {
  const [first, pairs, newest] = await Promise.all([
    api.network(networkParams(center, NO_FILTER)),
    center ? api.pairs(center) : null,
    center ? null : api.documents(1).catch(() => null),
  ]);
  const canvas = h('div', { class: 'map-canvas', 'data-testid': 'network-map' });
  const side = h(
    'aside',
    { class: 'sidebar' },
    center ? partyPanel(first, center, pairs!.items) : partiesPanel(first, newest?.items[0] ?? null),
  );
  /** The parties and ties the map shows now: the server's filters, then the slider's year. */
  const setCounts = (shown: MapCounts) => {
    const counts = side.querySelector('[data-testid="counts"]');
    if (counts) counts.textContent = countsText(shown);
  };
  let map: NetworkMap | null = null;
  let view: Pick<ControlState, 'upTo' | 'colorBy'> = { upTo: null, colorBy: 'stage' };
  let seq = 0;
  let current = first;
  const draw = (net: Network) => {
    current = net;
    map?.destroy();
    map = null;
    canvas.replaceChildren();
    delete canvas.dataset.ready;
    if (net.nodes.length === 0) {
      setCounts({ nodes: 0, edges: 0 });
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
      setCounts(map.apply(view));
      if (findInput.value.trim() !== '') found.textContent = matchText(map.find(findInput.value));
      debugHook(map);
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
      if (!center) side.querySelector('[data-testid="party-list"]')?.replaceWith(partyList(net));
      draw(net);
    },
    (state) => {
      view = state;
      if (map) setCounts(map.apply(state));
    },
  );
  const found = h('span', { class: 'hint', 'data-testid': 'find-count', 'aria-live': 'polite' });
  const findInput = h('input', {
    type: 'search',
    placeholder: 'Find on map',
    'aria-label': 'Find a party on the map',
    class: 'find',
    oninput: () => {
      found.textContent = map && findInput.value.trim() !== '' ? matchText(map.find(findInput.value)) : '';
      if (findInput.value.trim() === '') map?.find('');
    },
  });
  const file = center ? `entente-${center}` : 'entente-network';
  const tools = h(
    'div',
    { class: 'row tools' },
    findInput,
    found,
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'export-png',
        onclick: () => void map?.toPng().then((png) => download(`${file}.png`, png)),
      },
      'Export PNG',
    ),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'export-gexf',
        title: 'The ties the filters and the slider leave, for Gephi or networkx',
        onclick: () =>
          download(
            `${file}.gexf`,
            new Blob([networkGexf(current, view.upTo)], { type: 'application/gexf+xml' }),
          ),
      },
      'Export GEXF',
    ),
  );
  controls.element.append(tools);
  root.replaceChildren(
    h('div', { class: 'network-page' }, side, h('section', { class: 'map' }, controls.element, canvas)),
  );
  draw(first);
  return () => map?.destroy();
}

const NO_FILTER: MapQuery = { types: [], statuses: [], from: null, to: null };

function matchText(n: number): string {
  return n === 0 ? 'no party matches' : `${n} match${n === 1 ? '' : 'es'}`;
}

function countsText(shown: MapCounts): string {
  return `${shown.nodes} part${shown.nodes === 1 ? 'y' : 'ies'}, ${shown.edges} tie${shown.edges === 1 ? '' : 's'}`;
}

/** Under automation (navigator.webdriver) the browser tests read the drawn map through window.__entente. */
function debugHook(map: NetworkMap): void {
  if (!navigator.webdriver) return;
  (window as unknown as { __entente?: unknown }).__entente = { labelCount: () => map.labelCount() };
}

type Newest = { title: string | null; published: string | null; ingestedAt: string } | null;

function asOf(newest: Newest): HTMLElement | string {
  if (!newest) return '';
  const date = newest.published ?? newest.ingestedAt.slice(0, 10);
  return h(
    'p',
    {
      class: 'hint as-of',
      'data-testid': 'as-of',
      title: `Newest document: ${newest.title ?? 'untitled'}${newest.published ? `, published ${newest.published}` : ''}, ingested ${newest.ingestedAt}`,
    },
    `As of ${date} (newest document${newest.published ? '' : ' ingested'})`,
  );
}

function partiesPanel(net: Network, newest: Newest): HTMLElement {
  return h(
    'div',
    {},
    h('h2', {}, 'Parties'),
    asOf(newest),
    h(
      'p',
      { class: 'hint' },
      h(
        'span',
        { 'data-testid': 'counts' },
        countsText({ nodes: net.metrics.nodes, edges: net.metrics.edges }),
      ),
      '. Pick one to see its partners.',
    ),
    partyList(net),
  );
}

function partyList(net: Network): HTMLElement {
  const nodes = [...net.nodes].sort((a, b) => b.partners - a.partners || a.label.localeCompare(b.label));
  return h(
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
                h('span', { class: 'summary' }, recordedWording(p.ladder.summary)),
              ),
            ),
        ),
      ),
    ),
  );
}
