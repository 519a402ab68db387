// `entente export`: every canonical fact as CSV, JSON, GraphML or GEXF that other tools can read.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../store/reference/csv.js';
import type { Store } from '../../store/store.js';
import { capture, memoryStore } from '../../test-support/capture.js';
import { exportCommand, renderExport } from './index.js';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (n) => ['node', 'edge', 'key', 'attribute'].includes(n),
});

describe('entente export', () => {
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    store = await memoryStore();
    dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one CSV row per fact with every party, their names and milestone columns a spreadsheet can read', async () => {
    const rows = parseCsv(await renderExport(store, 'csv'));
    const header = rows[0]!;
    expect(header.slice(0, 9)).toEqual([
      'fact_id',
      'type',
      'parties',
      'party_names',
      'supplier',
      'recipient',
      'item',
      'status',
      'date',
    ]);
    expect(header.slice(-8)).toEqual([
      'quote',
      'quote_doc',
      'quote_url',
      'quote_title',
      'quote_outlet',
      'quote_published',
      'quote_kind',
      'quote_dataset',
    ]);
    expect(rows).toHaveLength(89);
    for (const r of rows) expect(r).toHaveLength(header.length);
    const col = (r: string[], name: string) => r[header.indexOf(name)];
    const usAcsa = rows.find((r) => r[1] === 'acsa' && r[2] === 'JPN;USA')!;
    expect(col(usAcsa, 'party_names')).toBe('Japan;United States');
    expect(col(usAcsa, 'concluded')).toBe('1996-04-15');
    expect(col(usAcsa, 'in_force')).toBe('1996-10');
    // A reference entry, not a quote: its dataset and the source URL it cites, no generated line as the quote.
    expect(col(usAcsa, 'quote_kind')).toBe('reference');
    expect(col(usAcsa, 'quote_dataset')).toBe('japan_agreements');
    expect(col(usAcsa, 'quote')).toBe('');
    expect(col(usAcsa, 'quote_outlet')).toBe('');
    expect(col(usAcsa, 'quote_url')).toMatch(/^https:\/\//);
    const transfers = rows.filter((r) => r[1] === 'equipment_transfer');
    expect(transfers).toHaveLength(16);
    for (const t of transfers) expect(`${col(t, 'supplier')};${col(t, 'recipient')}`).toBe(col(t, 'parties'));
  });

  it('writes an edge list with one row per pair of a fact, transfers supplier -> recipient', async () => {
    const rows = parseCsv(await renderExport(store, 'edges'));
    const header = rows[0]!;
    expect(header.slice(0, 5)).toEqual(['source', 'target', 'source_name', 'target_name', 'directed']);
    expect(rows).toHaveLength(89);
    const transfers = rows.filter((r) => r[header.indexOf('type')] === 'equipment_transfer');
    expect(transfers).toHaveLength(16);
    for (const t of transfers) {
      expect(t[4]).toBe('true');
      expect([t[0], t[1]]).toEqual([t[header.indexOf('supplier')], t[header.indexOf('recipient')]]);
    }
    expect(rows.filter((r) => r[4] === 'false')).toHaveLength(72);
  });

  it('writes JSON with party names and the facts', async () => {
    const body = JSON.parse(await renderExport(store, 'json'));
    expect(body.parties).toContainEqual({ code: 'TLS', name: 'Timor-Leste' });
    expect(body.facts).toHaveLength(88);
  });

  it('writes GraphML and GEXF as undirected graphs whose transfers keep their direction in attributes', async () => {
    const graphml = xml.parse(await renderExport(store, 'graphml')).graphml;
    expect(graphml.graph['@edgedefault']).toBe('undirected');
    expect(graphml.graph.node).toHaveLength(32);
    expect(graphml.graph.edge).toHaveLength(88);
    // No edge contradicts edgedefault (networkx refuses a directed edge in an undirected graph).
    expect(graphml.graph.edge.filter((e: Record<string, string>) => '@directed' in e)).toEqual([]);
    const keys = graphml.key.map((k: Record<string, string>) => k['@id']);
    const data = (e: { data: { '@key': string; '#text': unknown }[] }, key: string) =>
      [e.data].flat().find((d) => d['@key'] === key)?.['#text'];
    expect(keys).toEqual(
      expect.arrayContaining(['label', 'fact', 'relation', 'directed', 'supplier', 'recipient']),
    );
    const directed = graphml.graph.edge.filter((e: never) => data(e, 'directed') === true);
    expect(directed).toHaveLength(16);
    for (const e of directed) {
      expect(data(e, 'relation')).toBe('equipment_transfer');
      expect([data(e, 'supplier'), data(e, 'recipient')]).toEqual([e['@source'], e['@target']]);
    }

    const gexf = xml.parse(await renderExport(store, 'gexf')).gexf;
    expect(gexf['@version']).toBe('1.2');
    expect(gexf.graph['@defaultedgetype']).toBe('undirected');
    const attributes = gexf.graph.attributes.attribute as Record<string, string>[];
    // Every attribute declared with an id, a title and a GEXF type; every attvalue refers to a declared id.
    for (const a of attributes) expect(Object.keys(a).sort()).toEqual(['@id', '@title', '@type']);
    expect(new Set(attributes.map((a) => a['@id'])).size).toBe(attributes.length);
    const ids = new Set(attributes.map((a) => String(a['@id'])));
    expect(attributes.find((a) => a['@title'] === 'directed')!['@type']).toBe('boolean');
    expect(attributes.find((a) => a['@title'] === 'fact')!['@type']).toBe('integer');
    expect(gexf.graph.nodes.node).toContainEqual({ '@id': 'JPN', '@label': 'Japan' });
    const edges = gexf.graph.edges.edge as Record<string, unknown>[];
    expect(edges).toHaveLength(88);
    expect(new Set(edges.map((e) => e['@id'])).size).toBe(88);
    expect(edges.filter((e) => '@type' in e)).toEqual([]);
    for (const e of edges) {
      const values = [(e.attvalues as { attvalue: unknown }).attvalue].flat() as Record<string, unknown>[];
      for (const v of values) expect(ids.has(String(v['@for']))).toBe(true);
    }
  });

  it('writes to --out and names a file it cannot write', async () => {
    const io = capture();
    const out = join(dir, 'ties.gexf');
    expect(await exportCommand(store, { format: 'gexf', out }, io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml/);
    await expect(
      exportCommand(store, { format: 'csv', out: join(dir, 'no', 'such', 'x.csv') }, capture()),
    ).rejects.toThrow(/cannot write export \(ENOENT\)/);
  });

  it('refuses an unknown format', async () => {
    const io = capture();
    expect(await exportCommand(store, { format: 'xlsx' as 'csv' }, io)).toBe(2);
    expect(io.err()).toBe(
      "entente export: --format must be one of csv, edges, json, graphml, gexf, got 'xlsx'\n",
    );
  });
});
