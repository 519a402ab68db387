// Canonical facts as a graph for Gephi and network tools: parties are nodes, each fact an edge per pair of its parties.
//
// Direction: the graph is UNDIRECTED (GraphML edgedefault="undirected", GEXF defaultedgetype="undirected") and no
// edge overrides it, so networkx, igraph and Gephi read one consistent graph. Eleven of the twelve relation types
// are mutual; only an equipment_transfer runs supplier -> recipient. A directed graph would need every mutual tie
// written as a reciprocal edge pair, which doubles edge counts, degrees and weighted degrees of agreements and
// exercises and breaks the one-edge-per-pair correspondence with `--format edges`. Instead a transfer keeps its
// direction in attributes that every reader preserves (`directed`, `supplier`, `recipient`), and is also written
// with source = supplier, target = recipient. To analyse transfers as a directed network, keep the edges with
// directed = true and build a digraph from supplier -> recipient.
import type { CanonicalFact } from '../../schema/canonical.js';
import { article, isDirected, type ExportFact } from './export-facts.js';

export interface GraphNode {
  id: string;
  label: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** equipment_transfer runs supplier (source) -> recipient (target); every other relation is mutual. */
  directed: boolean;
  item: ExportFact;
}

/**
 * Every pair of a fact's parties, in the fact's party order: a multilateral exercise links each pair of its
 * parties; a transfer's single pair is [supplier, recipient].
 */
export function factPairs(fact: CanonicalFact): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < fact.parties.length; i++) {
    for (let j = i + 1; j < fact.parties.length; j++) pairs.push([fact.parties[i]!, fact.parties[j]!]);
  }
  return pairs;
}

export function toGraph(facts: readonly ExportFact[], name: (code: string) => string) {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const item of facts) {
    const f = item.fact;
    for (const p of f.parties) if (!nodes.has(p)) nodes.set(p, { id: p, label: name(p) });
    factPairs(f).forEach(([source, target], n) => {
      edges.push({ id: `${f.id}-${n}`, source, target, directed: isDirected(f), item });
    });
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges };
}

type AttributeType = 'int' | 'boolean' | 'string';
type Attribute = readonly [
  name: string,
  type: AttributeType,
  get: (e: GraphEdge) => string | number | boolean,
];

/** The attributes every edge carries, in both XML formats (none is named id, label, weight or type: Gephi's own). */
export const EDGE_ATTRIBUTES: readonly Attribute[] = [
  ['fact', 'int', (e) => e.item.fact.id],
  ['relation', 'string', (e) => e.item.fact.type],
  ['directed', 'boolean', (e) => e.directed],
  ['supplier', 'string', (e) => (e.directed ? e.source : '')],
  ['recipient', 'string', (e) => (e.directed ? e.target : '')],
  ['parties', 'string', (e) => e.item.fact.parties.join(';')],
  ['status', 'string', (e) => e.item.fact.status],
  ['date', 'string', (e) => e.item.fact.date ?? ''],
  ['signed', 'string', (e) => e.item.fact.milestones.concluded?.date ?? ''],
  ['in_force', 'string', (e) => e.item.fact.milestones.in_force?.date ?? ''],
  ['item', 'string', (e) => e.item.fact.item ?? ''],
  ['sources', 'int', (e) => e.item.fact.sources],
  ['quote', 'string', (e) => article(e.item)?.text ?? ''],
  ['url', 'string', (e) => e.item.fact.quote?.url ?? ''],
  ['title', 'string', (e) => article(e.item)?.title ?? ''],
  ['outlet', 'string', (e) => article(e.item)?.source ?? ''],
  ['published', 'string', (e) => article(e.item)?.published ?? ''],
  ['quote_kind', 'string', (e) => e.item.fact.quote?.kind ?? ''],
  ['dataset', 'string', (e) => (e.item.fact.quote?.kind === 'reference' ? e.item.fact.quote.dataset : '')],
];

/** Escaped for element text and attribute values alike (tab, newline and return as references survive attributes). */
export function xmlEscape(value: string | number | boolean): string {
  return String(value)
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Control characters XML 1.0 cannot carry even escaped (tab, newline and return are allowed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
