// GraphML (for Gephi, igraph, networkx, yEd): nodes are parties, edges facts with their attributes.
// An undirected graph; a transfer's direction is in its attributes (see graph.ts for why).
import type { ExportFact } from './export-facts.js';
import { EDGE_ATTRIBUTES, toGraph, xmlEscape } from './graph.js';

export function toGraphml(facts: readonly ExportFact[], name: (code: string) => string): string {
  const { nodes, edges } = toGraph(facts, name);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...EDGE_ATTRIBUTES.map(
      ([key, type]) => `  <key id="${key}" for="edge" attr.name="${key}" attr.type="${type}"/>`,
    ),
    // No edge sets `directed`: every edge follows edgedefault, as networkx requires.
    '  <graph id="entente" edgedefault="undirected">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data></node>`);
  }
  for (const e of edges) {
    // An empty value is left out (GraphML's "no value"), as networkx reads it anyway.
    const data = EDGE_ATTRIBUTES.map(([key, , get]) => [key, get(e)] as const)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `<data key="${key}">${xmlEscape(value)}</data>`)
      .join('');
    out.push(
      `    <edge id="e${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data}</edge>`,
    );
  }
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}
