// The partnership network: parties as nodes, pairs as edges (staged by their ladder), centrality from graphology-metrics.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { isGroupingCode } from '../parties/groupings.js';
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, PartialDate, Status } from '../schema/fact.js';
import { layoutNetwork } from './layout.js';
import { STAGE_OF_TYPE, STAGES, STATE_OF_STATUS, TYPE_ORDER, pairKey, type Stage } from './vocabulary.js';

// graphology-metrics is CommonJS: under NodeNext its default export arrives as the module object's type.
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

export type NetworkFact = Pick<CanonicalFact, 'id' | 'type' | 'status' | 'date' | 'parties'>;

export interface NetworkNode {
  id: string;
  label: string;
  kind: 'state' | 'grouping';
  facts: number;
  partners: number;
  degree: number;
  betweenness: number;
  x: number;
  y: number;
}

/** From `year` on (until the next step), the pair stood at `stage`, its leading fact of type `type`. */
export interface EdgeStep {
  year: number;
  stage: Stage | null;
  type: FactType;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Where the pair stands now, counting undated facts too. */
  stage: Stage | null;
  /** The type of the fact that puts the pair on its stage (the highest rung's first achieved step), for coloring. */
  type: FactType;
  facts: number;
  /** The earliest dated fact of the pair: when the tie appears on a replay. */
  since: PartialDate | null;
  /** How the pair climbed, year by year (dated facts only): what a time slider replays. */
  steps: EdgeStep[];
}

export interface Network {
  center: string | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  metrics: { nodes: number; edges: number; facts: number; density: number; components: number };
}

export interface NetworkFilter {
  types?: readonly FactType[];
  statuses?: readonly Status[];
  /** Dates compared at the precision both share: '2020' includes '2020-05-01'. */
  from?: PartialDate;
  to?: PartialDate;
}

export function filterFacts<F extends NetworkFact>(facts: readonly F[], filter: NetworkFilter): F[] {
  return facts.filter(
    (f) =>
      (!filter.types?.length || filter.types.includes(f.type)) &&
      (!filter.statuses?.length || filter.statuses.includes(f.status)) &&
      (filter.from === undefined ||
        (f.date !== null && f.date.slice(0, filter.from.length) >= filter.from)) &&
      (filter.to === undefined || (f.date !== null && f.date.slice(0, filter.to.length) <= filter.to)),
  );
}

/** The whole network, or the ego network of `center` (the party, its partners and the ties among them). */
export function buildNetwork(
  facts: readonly NetworkFact[],
  names: (code: string) => string,
  center: string | null = null,
): Network {
  const byPair = new Map<string, NetworkFact[]>();
  for (const f of facts) {
    const parties = [...new Set(f.parties)];
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const key = pairKey(parties[i]!, parties[j]!);
        const list = byPair.get(key);
        if (list) list.push(f);
        else byPair.set(key, [f]);
      }
    }
  }
  const graph = new UndirectedGraph();
  const allEdges: NetworkEdge[] = [];
  for (const [key, pairFacts] of byPair) {
    const [source, target] = key.split('|') as [string, string];
    graph.mergeNode(source);
    graph.mergeNode(target);
    graph.addEdge(source, target);
    allEdges.push(edgeOf(source, target, pairFacts));
  }
  const degree = degreeCentrality(graph);
  const between = graph.order > 2 ? betweenness(graph, { normalized: true }) : {};
  const keep =
    center === null ? null : new Set([center, ...(graph.hasNode(center) ? graph.neighbors(center) : [])]);
  const edges = keep ? allEdges.filter((e) => keep.has(e.source) && keep.has(e.target)) : allEdges;
  const nodeIds = keep ? [...keep].filter((id) => graph.hasNode(id) || id === center) : graph.nodes();
  const factCount = new Map<string, number>();
  for (const f of facts) for (const p of new Set(f.parties)) factCount.set(p, (factCount.get(p) ?? 0) + 1);
  const positions = layoutNetwork(
    nodeIds,
    edges.map((e) => ({ source: e.source, target: e.target, stage: e.stage })),
    center,
  );
  const nodes: NetworkNode[] = nodeIds.map((id) => ({
    id,
    label: names(id),
    kind: isGroupingCode(id) ? 'grouping' : 'state',
    facts: factCount.get(id) ?? 0,
    partners: graph.hasNode(id) ? graph.degree(id) : 0,
    degree: round(degree[id] ?? 0),
    betweenness: round(between[id] ?? 0),
    x: round(positions.get(id)?.x ?? 0),
    y: round(positions.get(id)?.y ?? 0),
  }));
  const n = nodes.length;
  return {
    center,
    nodes,
    edges,
    metrics: {
      nodes: n,
      edges: edges.length,
      facts: keep ? facts.filter((f) => f.parties.every((p) => keep.has(p))).length : facts.length,
      density: n > 1 ? round((2 * edges.length) / (n * (n - 1))) : 0,
      components: countComponents(
        nodes.map((x) => x.id),
        edges,
      ),
    },
  };
}

function edgeOf(source: string, target: string, facts: readonly NetworkFact[]): NetworkEdge {
  const now = standing(facts);
  const dated = facts.filter((f) => f.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const steps: EdgeStep[] = [];
  for (let i = 0; i < dated.length;) {
    const year = Number(dated[i]!.date!.slice(0, 4));
    while (i < dated.length && Number(dated[i]!.date!.slice(0, 4)) === year) i++;
    const at = standing(dated.slice(0, i));
    const last = steps.at(-1);
    if (!last || last.stage !== at.stage || last.type !== at.type) steps.push({ year, ...at });
  }
  return { source, target, ...now, facts: facts.length, since: dated[0]?.date ?? null, steps };
}

/** The highest rung with a step taken, and the type of that rung's leading step (else the first fact's type). */
export function standing(facts: readonly Pick<NetworkFact, 'type' | 'status'>[]): {
  stage: Stage | null;
  type: FactType;
} {
  let best: { rank: number; type: FactType } | null = null;
  for (const f of facts) {
    if (STATE_OF_STATUS[f.status] !== 'achieved') continue;
    const rank = STAGES.indexOf(STAGE_OF_TYPE[f.type]) * 100 + (99 - TYPE_ORDER.indexOf(f.type));
    if (best === null || rank > best.rank) best = { rank, type: f.type };
  }
  if (best === null) return { stage: null, type: facts[0]!.type };
  return { stage: STAGE_OF_TYPE[best.type], type: best.type };
}

function countComponents(ids: readonly string[], edges: readonly NetworkEdge[]): number {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of edges) parent.set(find(e.source), find(e.target));
  return new Set(ids.map(find)).size;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
