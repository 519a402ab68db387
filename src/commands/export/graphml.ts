// GraphML (for Gephi, igraph, networkx, yEd): nodes are parties, edges facts with their attributes.
import type { CanonicalFact } from '../../schema/canonical.js';
import { EDGE_ATTRIBUTES, toGraph, xmlEscape } from './graph.js';

export function toGraphml(facts: readonly CanonicalFact[], name: (code: string) => string): string {
  const { nodes, edges } = toGraph(facts, name);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...EDGE_ATTRIBUTES.map(
      ([key, type]) => `  <key id="${key}" for="edge" attr.name="${key}" attr.type="${type}"/>`,
    ),
    '  <graph id="entente" edgedefault="undirected">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data></node>`);
  }
  for (const e of edges) {
    const data = EDGE_ATTRIBUTES.map(
      ([key, , get]) => `<data key="${key}">${xmlEscape(get(e.fact))}</data>`,
    ).join('');
    out.push(
      `    <edge id="e${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${e.directed ? ' directed="true"' : ''}>${data}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
