// Exports of the map as drawn: a GEXF file of the graph the filters and the slider leave, and a download helper.
import type { Network } from '../../analyze/network.js';
import { edgeAt } from './map-filters.js';

const escapeXml = (value: string | number): string =>
  String(value)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * GEXF 1.2 (the namespace Gephi and networkx read) of the ties shown at `upTo` (null: now): only the parties those
 * ties join, plus the center; each tie with the stage and type it had then and its number of facts.
 */
export function networkGexf(net: Network, upTo: number | null): string {
  const edges = net.edges.flatMap((e) => {
    const at = edgeAt(e, upTo);
    return at ? [{ ...e, stage: at.stage, type: at.type }] : [];
  });
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  if (net.center) ids.add(net.center);
  const nodes = net.nodes.filter((n) => ids.has(n.id));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta><creator>entente</creator><description>defense ties${upTo === null ? '' : ` up to ${upTo}`}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="partners" title="partners" type="integer"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="stage" title="stage" type="string"/>',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="facts" title="facts" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
    ...nodes.map(
      (n) =>
        `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}"><attvalues><attvalue for="kind" value="${n.kind}"/><attvalue for="partners" value="${n.partners}"/></attvalues></node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (e, i) =>
        `      <edge id="${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><attvalues><attvalue for="stage" value="${e.stage ?? 'talks'}"/><attvalue for="type" value="${e.type}"/><attvalue for="facts" value="${e.facts}"/></attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

/** Saves `blob` as a file named `name`, through a temporary object URL. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
