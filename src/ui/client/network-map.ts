// The network map: sigma.js (WebGL) over a graphology graph, edges colored by stage or type, filtered without rebuilding.
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Network, NetworkEdge } from '../../analyze/network.js';
import { NODE_COLORS, STAGE_COLORS, TYPE_COLORS, stageColor } from './colors.js';
import { edgeAt } from './map-filters.js';
import type { ControlState } from './map-controls.js';

/** Below this many parties every node is labeled: the map stays readable, and no party goes unnamed. */
export const LABEL_ALL_BELOW = 60;

export interface MapCounts {
  nodes: number;
  edges: number;
}

export interface NetworkMap {
  /** Redraws for the slider's year and the coloring; no new data. Answers how many parties and ties are shown. */
  apply(state: Pick<ControlState, 'upTo' | 'colorBy'>): MapCounts;
  /** Highlights the parties whose name or code holds `text` (empty: none), dims the rest; answers how many match. */
  find(text: string): number;
  /** The map as drawn now (ties, discs, labels) on white, as a PNG. */
  toPng(): Promise<Blob>;
  labelCount(): number;
  destroy(): void;
}

interface EdgeLook {
  hidden: boolean;
  color: string;
}

export interface MapEvents {
  onNode(id: string): void;
  onEdge(a: string, b: string): void;
}

export function networkMap(container: HTMLElement, net: Network, events: MapEvents): NetworkMap {
  const graph = new UndirectedGraph();
  const maxDegree = Math.max(0.0001, ...net.nodes.map((n) => n.degree));
  // Smaller discs as the map fills up, so a few hundred parties do not cover one another.
  const [base, range] = net.nodes.length > 100 ? [2, 6] : net.nodes.length > 40 ? [3, 6] : [4, 10];
  const labelAll = net.nodes.length < LABEL_ALL_BELOW;
  for (const n of net.nodes) {
    graph.addNode(n.id, {
      x: n.x,
      y: n.y,
      label: n.label,
      size: n.id === net.center ? 16 : base + range * Math.sqrt(n.degree / maxDegree),
      color:
        n.id === net.center
          ? NODE_COLORS.center
          : n.kind === 'grouping'
            ? NODE_COLORS.grouping
            : NODE_COLORS.state,
      // Sigma's label grid keeps one label per cell; a small map names every party.
      forceLabel: labelAll || n.id === net.center,
    });
  }
  const edges = new Map<string, NetworkEdge>();
  for (const e of net.edges) {
    const key = `${e.source}|${e.target}`;
    edges.set(key, e);
    graph.addUndirectedEdgeWithKey(key, e.source, e.target, { size: 1 + Math.min(4, e.facts * 0.6) });
  }

  const looks = new Map<string, EdgeLook>();
  const shown = new Set<string>();
  let hovered: string | null = null;
  const found = new Set<string>();
  const renderer = new Sigma(graph, container, {
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: net.center || net.nodes.length <= 80 ? 0 : 6,
    labelDensity: 1,
    defaultEdgeColor: STAGE_COLORS.none,
    zIndex: true,
    // Thousands of ties: one-pixel lines cost a fraction of the default quads, and stay smooth without a GPU.
    defaultEdgeType: net.edges.length > 1500 ? 'line' : 'rectangle',
    edgeProgramClasses: { rectangle: EdgeRectangleProgram, line: EdgeLineProgram },
    edgeReducer: (edge, attrs) => {
      const look = looks.get(edge);
      const dim = hovered !== null && !graph.extremities(edge).includes(hovered);
      return {
        ...attrs,
        hidden: look?.hidden ?? false,
        color: dim ? '#e4e7eb' : (look?.color ?? attrs.color),
        zIndex: dim ? 0 : 1,
      };
    },
    nodeReducer: (node, attrs) => {
      const dim =
        hovered !== null
          ? node !== hovered && !graph.areNeighbors(node, hovered)
          : found.size > 0 && !found.has(node);
      return {
        ...attrs,
        hidden: !shown.has(node) && node !== net.center,
        color: dim ? '#d5dae0' : attrs.color,
        label: dim ? '' : attrs.label,
        highlighted: node === hovered || found.has(node),
        forceLabel: (attrs.forceLabel as boolean) || found.has(node),
        zIndex: found.has(node) ? 2 : 1,
      };
    },
  });
  renderer.on('clickNode', ({ node }) => events.onNode(node));
  renderer.on('clickEdge', ({ edge }) => {
    const [a, b] = graph.extremities(edge);
    events.onEdge(a, b);
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveEdge', () => (container.style.cursor = ''));

  return {
    apply(state) {
      shown.clear();
      let ties = 0;
      graph.forEachEdge((key, _attrs, source, target) => {
        const at = edgeAt(edges.get(key)!, state.upTo);
        if (at === null) {
          looks.set(key, { hidden: true, color: '' });
          return;
        }
        ties++;
        shown.add(source);
        shown.add(target);
        looks.set(key, {
          hidden: false,
          color: state.colorBy === 'type' ? TYPE_COLORS[at.type] : stageColor(at.stage),
        });
      });
      renderer.refresh({ skipIndexation: true });
      if (net.center && graph.hasNode(net.center)) shown.add(net.center);
      return { nodes: shown.size, edges: ties };
    },
    find(text) {
      found.clear();
      const needle = text.trim().toLowerCase();
      if (needle !== '')
        graph.forEachNode((node, attrs) => {
          if (
            (shown.has(node) || node === net.center) &&
            (node.toLowerCase() === needle || String(attrs.label).toLowerCase().includes(needle))
          )
            found.add(node);
        });
      renderer.refresh({ skipIndexation: true });
      return found.size;
    },
    toPng() {
      // WebGL layers keep no drawing buffer: draw now, and copy them in the same task, before the browser clears them.
      renderer.refresh();
      const layers = renderer.getCanvases();
      const { width, height } = layers.nodes!;
      const out = document.createElement('canvas');
      out.width = width;
      out.height = height;
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers'])
        if (layers[name]) ctx.drawImage(layers[name], 0, 0, width, height);
      return new Promise((resolve, reject) =>
        out.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('the map could not be drawn'))),
          'image/png',
        ),
      );
    },
    /** How many node labels sigma drew last (a test hook: sigma keeps the set private). */
    labelCount() {
      return (renderer as unknown as { displayedNodeLabels: Set<string> }).displayedNodeLabels.size;
    },
    destroy() {
      renderer.kill();
    },
  };
}
