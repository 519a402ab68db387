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

  it('writes one CSV row per fact with milestone columns a spreadsheet can read', async () => {
    const rows = parseCsv(await renderExport(store, 'csv'));
    expect(rows[0]!.slice(0, 8)).toEqual([
      'fact_id',
      'type',
      'parties',
      'party_a',
      'party_b',
      'item',
      'status',
      'date',
    ]);
    expect(rows).toHaveLength(89);
    const header = rows[0]!;
    const usAcsa = rows.find((r) => r[1] === 'acsa' && r[2] === 'JPN;USA')!;
    expect(usAcsa[header.indexOf('concluded')]).toBe('1996-04-15');
    expect(usAcsa[header.indexOf('in_force')]).toBe('1996-10');
  });

  it('writes JSON with party names and the facts', async () => {
    const body = JSON.parse(await renderExport(store, 'json'));
    expect(body.parties).toContainEqual({ code: 'TLS', name: 'Timor-Leste' });
    expect(body.facts).toHaveLength(88);
  });

  it('writes GraphML and GEXF with parties as nodes and facts as edges', async () => {
    const graphml = xml.parse(await renderExport(store, 'graphml')).graphml.graph;
    expect(graphml.node).toHaveLength(32);
    expect(graphml.edge).toHaveLength(88);
    expect(graphml.edge.filter((e: Record<string, string>) => e['@directed'] === 'true').length).toBe(16);
    const gexf = xml.parse(await renderExport(store, 'gexf')).gexf.graph;
    expect(gexf.nodes.node).toContainEqual({ '@id': 'JPN', '@label': 'Japan' });
    expect(gexf.edges.edge).toHaveLength(88);
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
    expect(io.err()).toBe("entente export: --format must be one of csv, json, graphml, gexf, got 'xlsx'\n");
  });
});
