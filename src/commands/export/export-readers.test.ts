// `entente export` from a real SQLite knowledge base (articles written here, served on loopback, ingested by the
// real extractor): CSV and edge-list rows on real output, and GraphML/GEXF read back by networkx and igraph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../schema/fact.js';
import { parseCsv } from '../../store/reference/csv.js';
import { openKnowledgeBase } from '../../store/open-knowledge-base.js';
import { listFacts } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { IN_CI } from '../../test-support/backends.js';
import { capture, testConfig } from '../../test-support/capture.js';
import { htmlPage, startHttpFixture, type HttpFixture } from '../../test-support/http-fixture.js';
import { ingestCommand } from '../ingest/index.js';
import { exportCommand, renderExport } from './index.js';

/** Debian's interpreter: a pyenv python3 earlier on PATH does not see python3-networkx and python3-igraph. */
const PYTHON = '/usr/bin/python3';

/** Why the readers cannot run here, or null; in CI that is a failure, elsewhere the suite is skipped. */
function readersUnavailable(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import networkx, igraph'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} not found (apt-get install python3-networkx python3-igraph)`;
  if (probe.status !== 0) {
    return `${PYTHON} cannot import networkx and igraph (apt-get install python3-networkx python3-igraph)`;
  }
  return null;
}

const DRILLS_TITLE = 'Allies "step up" drills, Tokyo says';
const DRILLS = [
  'Officials in Tokyo said the allies would keep training together at sea through the rest of the year.',
  'Japan, the United States and Australia held a joint naval exercise in the Philippine Sea on March 8, 2024.',
];
const JETS = [
  'Officials in Tokyo welcomed the arrival of the aircraft at Misawa Air Base after a long flight across the Pacific.',
  'The United States delivered eight F-35A fighter jets to Japan on July 2, 2024.',
  'Japan and the Philippines signed a Reciprocal Access Agreement on July 8, 2024.',
];

/** Reads both files with networkx and igraph and prints what each reader saw, as JSON. */
const READ_BACK = `
import json, sys
import networkx as nx, igraph as ig
graphml, gexf = sys.argv[1], sys.argv[2]
def nx_summary(g):
    return {
        "kind": type(g).__name__, "directed": g.is_directed(),
        "nodes": sorted([n, d.get("label")] for n, d in g.nodes(data=True)),
        "edges": list([d["fact"], d["relation"], d["directed"], d.get("supplier"), d.get("recipient"),
                         sorted([u, v])] for u, v, d in g.edges(data=True)),
    }
i = ig.Graph.Read_GraphML(graphml)
print(json.dumps({
    "graphml": nx_summary(nx.read_graphml(graphml)),
    "gexf": nx_summary(nx.read_gexf(gexf)),
    "igraph": {
        "directed": i.is_directed(), "nodes": sorted([v["id"], v["label"]] for v in i.vs),
        "edges": list([e["fact"], e["relation"], e["directed"], e["supplier"] or None, e["recipient"] or None,
                         sorted([i.vs[e.source]["id"], i.vs[e.target]["id"]])] for e in i.es),
    },
}))
`;

describe('entente export from a SQLite knowledge base of ingested articles', () => {
  let dir: string;
  let site: HttpFixture;
  let store: Store;
  const drillsUrl = () => site.url('/news/drills');
  const jetsUrl = () => site.url('/news/jets');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-export-readers-'));
    site = await startHttpFixture({
      '/news/drills': { body: htmlPage(DRILLS_TITLE, '2024-03-10', DRILLS) },
      '/news/jets': { body: htmlPage('Jets arrive in Japan', '2024-07-10', JETS) },
    });
    const opened = await openKnowledgeBase(
      { kind: 'sqlite', file: join(dir, 'kb.sqlite') },
      { reference: 'skip' },
    );
    if (!opened.ok) throw opened.error;
    store = opened.value;
    const io = capture();
    expect(
      await ingestCommand(
        store,
        testConfig(),
        [drillsUrl(), jetsUrl()],
        { quiet: true, allowPrivateUrls: true },
        io,
      ),
    ).toBe(0);
    // What the extractor read from the sentences above: the exports below are checked against these facts.
    const facts = (await listFacts(store)).map((f) => [f.type, f.parties.join(';'), f.status, f.date]).sort();
    expect(facts).toEqual([
      ['equipment_transfer', 'USA;JPN', 'completed', '2024-07-02'],
      ['joint_exercise', 'AUS;JPN;USA', 'held', '2024-03-08'],
      ['reciprocal_access', 'JPN;PHL', 'concluded', '2024-07-08'],
    ]);
  });
  afterAll(async () => {
    await store?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one CSV row per fact with every party, their names, and the quoted document (RFC 4180)', async () => {
    const text = await renderExport(store, 'csv');
    // CRLF after every record; a field with a comma or a quote is quoted, its quotes doubled.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain(`,"Allies ""step up"" drills, Tokyo says",`);
    expect(text).toContain(`,"${DRILLS[1]}",`);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'fact_id',
      'type',
      'parties',
      'party_names',
      'supplier',
      'recipient',
      'item',
      'status',
      'date',
      ...STATUSES,
      'sources',
      'claims',
      'conflicts',
      'review',
      'quote',
      'quote_doc',
      'quote_url',
      'quote_title',
      'quote_outlet',
      'quote_published',
      'quote_kind',
      'quote_dataset',
    ]);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(header!.length);
    const record = (r: string[]) => Object.fromEntries(header!.map((h, i) => [h, r[i]]));
    const byType = new Map(rows.map((r) => [r[1], record(r)]));

    // Filtering on Japan finds the three-nation exercise: every party is in the row.
    const japan = rows.filter((r) => r[2]!.split(';').includes('JPN')).map((r) => r[1]);
    expect(japan.sort()).toEqual(['equipment_transfer', 'joint_exercise', 'reciprocal_access']);
    expect(byType.get('joint_exercise')).toMatchObject({
      parties: 'AUS;JPN;USA',
      party_names: 'Australia;Japan;United States',
      supplier: '',
      recipient: '',
      status: 'held',
      held: '2024-03-08',
      sources: '1',
      quote: DRILLS[1],
      quote_doc: drillsUrl(),
      quote_url: drillsUrl(),
      quote_title: DRILLS_TITLE,
      quote_outlet: '127.0.0.1',
      quote_published: '2024-03-10',
      quote_kind: 'article',
      quote_dataset: '',
    });
    expect(byType.get('equipment_transfer')).toMatchObject({
      parties: 'USA;JPN',
      party_names: 'United States;Japan',
      supplier: 'USA',
      recipient: 'JPN',
      status: 'completed',
      completed: '2024-07-02',
      quote: JETS[1],
      quote_url: jetsUrl(),
      quote_title: 'Jets arrive in Japan',
      quote_outlet: '127.0.0.1',
      quote_published: '2024-07-10',
    });
    expect(byType.get('reciprocal_access')).toMatchObject({
      parties: 'JPN;PHL',
      party_names: 'Japan;Philippines',
      concluded: '2024-07-08',
      quote_url: jetsUrl(),
    });
  });

  it('writes an edge list: one row per pair of a fact, supplier -> recipient for a transfer', async () => {
    const [header, ...rows] = parseCsv(await renderExport(store, 'edges'));
    expect(header!.slice(0, 8)).toEqual([
      'source',
      'target',
      'source_name',
      'target_name',
      'directed',
      'fact_id',
      'type',
      'parties',
    ]);
    expect(header).toContain('quote_title');
    const pairs = rows.map((r) => [r[6], r[0], r[1], r[2], r[3], r[4]]).sort();
    expect(pairs).toEqual([
      ['equipment_transfer', 'USA', 'JPN', 'United States', 'Japan', 'true'],
      ['joint_exercise', 'AUS', 'JPN', 'Australia', 'Japan', 'false'],
      ['joint_exercise', 'AUS', 'USA', 'Australia', 'United States', 'false'],
      ['joint_exercise', 'JPN', 'USA', 'Japan', 'United States', 'false'],
      ['reciprocal_access', 'JPN', 'PHL', 'Japan', 'Philippines', 'false'],
    ]);
    // The three rows of the exercise are one fact.
    expect(new Set(rows.filter((r) => r[6] === 'joint_exercise').map((r) => r[5])).size).toBe(1);
  });

  const unavailable = readersUnavailable();
  describe.skipIf(unavailable !== null && !IN_CI)(
    unavailable
      ? `GraphML and GEXF read back by networkx and igraph (${unavailable})`
      : 'GraphML and GEXF read back by networkx and igraph',
    () => {
      it('loads both files with node and edge counts intact and the transfer still supplier -> recipient', async () => {
        if (unavailable) throw new Error(`export readers cannot run: ${unavailable}. CI must install them.`);
        const graphml = join(dir, 'ties.graphml');
        const gexf = join(dir, 'ties.gexf');
        expect(await exportCommand(store, { format: 'graphml', out: graphml }, capture())).toBe(0);
        expect(await exportCommand(store, { format: 'gexf', out: gexf }, capture())).toBe(0);
        const run = spawnSync(PYTHON, ['-W', 'error', '-c', READ_BACK, graphml, gexf], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const seen = JSON.parse(run.stdout);

        const nodes = [
          ['AUS', 'Australia'],
          ['JPN', 'Japan'],
          ['PHL', 'Philippines'],
          ['USA', 'United States'],
        ];
        const ids = Object.fromEntries((await listFacts(store)).map((f) => [f.type, f.id])) as Record<
          string,
          number
        >;
        const ex = ids.joint_exercise!;
        const edges = [
          [ex, 'joint_exercise', false, null, null, ['AUS', 'JPN']],
          [ex, 'joint_exercise', false, null, null, ['AUS', 'USA']],
          [ex, 'joint_exercise', false, null, null, ['JPN', 'USA']],
          [ids.equipment_transfer!, 'equipment_transfer', true, 'USA', 'JPN', ['JPN', 'USA']],
          [ids.reciprocal_access!, 'reciprocal_access', false, null, null, ['JPN', 'PHL']],
        ];
        // networkx reads parallel-capable undirected graphs from both formats; igraph reads the GraphML.
        const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
        for (const reader of ['graphml', 'gexf', 'igraph'] as const) {
          expect(seen[reader].directed, reader).toBe(false);
          expect(seen[reader].nodes, reader).toEqual(nodes);
          expect(sorted(seen[reader].edges), reader).toEqual(sorted(edges));
        }
        expect([seen.graphml.kind, seen.gexf.kind]).toEqual(['MultiGraph', 'MultiGraph']);
      });
    },
  );
});
