// Canonical facts as a graph for Gephi and network tools: parties are nodes, each fact an edge per pair of its parties.
import type { CanonicalFact } from '../../schema/canonical.js';

export interface GraphNode {
  id: string;
  label: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** equipment_transfer runs supplier -> recipient; every other relation is mutual. */
  directed: boolean;
  fact: CanonicalFact;
}

export function toGraph(facts: readonly CanonicalFact[], name: (code: string) => string) {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const f of facts) {
    for (const p of f.parties) if (!nodes.has(p)) nodes.set(p, { id: p, label: name(p) });
    // A multilateral exercise links every pair of its parties.
    for (let i = 0; i < f.parties.length; i++) {
      for (let j = i + 1; j < f.parties.length; j++) {
        edges.push({
          id: `${f.id}-${i}-${j}`,
          source: f.parties[i]!,
          target: f.parties[j]!,
          directed: f.type === 'equipment_transfer',
          fact: f,
        });
      }
    }
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges };
}

/** The attributes every edge carries, in both XML formats. */
export const EDGE_ATTRIBUTES = [
  ['fact', 'int', (f: CanonicalFact) => f.id],
  ['type', 'string', (f: CanonicalFact) => f.type],
  ['status', 'string', (f: CanonicalFact) => f.status],
  ['date', 'string', (f: CanonicalFact) => f.date ?? ''],
  ['signed', 'string', (f: CanonicalFact) => f.milestones.concluded?.date ?? ''],
  ['in_force', 'string', (f: CanonicalFact) => f.milestones.in_force?.date ?? ''],
  ['item', 'string', (f: CanonicalFact) => f.item ?? ''],
  ['sources', 'int', (f: CanonicalFact) => f.sources],
  ['quote', 'string', (f: CanonicalFact) => f.quote?.text ?? ''],
  ['url', 'string', (f: CanonicalFact) => f.quote?.url ?? ''],
] as const;

export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '');
}

/** Control characters XML 1.0 cannot carry even escaped (tab, newline and return are allowed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
