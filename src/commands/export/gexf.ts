// GEXF 1.3, Gephi's own format: nodes are parties, edges facts with their attributes.
import type { CanonicalFact } from '../../schema/canonical.js';
import { EDGE_ATTRIBUTES, toGraph, xmlEscape } from './graph.js';

export function toGexf(facts: readonly CanonicalFact[], name: (code: string) => string): string {
  const { nodes, edges } = toGraph(facts, name);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>entente</creator><description>defense ties between states</description></meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="edge">',
    ...EDGE_ATTRIBUTES.map(
      ([key, type], i) =>
        `      <attribute id="${i}" title="${key}" type="${type === 'int' ? 'integer' : type}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
    ...nodes.map((n) => `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}"/>`),
    '    </nodes>',
    '    <edges>',
  ];
  for (const e of edges) {
    const values = EDGE_ATTRIBUTES.map(
      ([, , get], i) => `<attvalue for="${i}" value="${xmlEscape(get(e.fact))}"/>`,
    ).join('');
    out.push(
      `      <edge id="${e.id}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.fact.type)}"${e.directed ? ' type="directed"' : ''}><attvalues>${values}</attvalues></edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}
