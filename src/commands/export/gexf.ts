// GEXF, Gephi's own format: nodes are parties, edges facts with their attributes. An undirected graph; a
// transfer's direction is in its attributes (see graph.ts for why).
//
// Written in the GEXF 1.2 namespace (http://www.gexf.net/1.2draft, version="1.2"), which Gephi reads and which is
// the newest networkx's read_gexf knows: networkx finds no <graph> under the 1.3 namespace (http://gexf.net/1.3)
// and refuses the file. The content keeps the rules both schemas share: defaultedgetype declared on the graph and
// never contradicted by an edge, attributes declared with an id, a title and a type before use, attvalues that
// refer to those ids, and unique node and edge ids.
import type { ExportFact } from './export-facts.js';
import { EDGE_ATTRIBUTES, toGraph, xmlEscape } from './graph.js';

const GEXF_TYPE = { int: 'integer', boolean: 'boolean', string: 'string' } as const;

export function toGexf(facts: readonly ExportFact[], name: (code: string) => string): string {
  const { nodes, edges } = toGraph(facts, name);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta><creator>entente</creator><description>defense ties between states</description></meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="edge" mode="static">',
    ...EDGE_ATTRIBUTES.map(
      ([key, type], i) => `      <attribute id="${i}" title="${key}" type="${GEXF_TYPE[type]}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
    ...nodes.map((n) => `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"/>`),
    '    </nodes>',
    '    <edges>',
  ];
  for (const e of edges) {
    // An empty value is left out, as in the GraphML export.
    const values = EDGE_ATTRIBUTES.map(([, , get], i) => [i, get(e)] as const)
      .filter(([, value]) => value !== '')
      .map(([i, value]) => `<attvalue for="${i}" value="${xmlEscape(value)}"/>`)
      .join('');
    out.push(
      `      <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.item.fact.type)}"><attvalues>${values}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
