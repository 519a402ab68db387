// Reference rows are shown as entries of their dataset with the URL they cite, never as quotes; every article quote
// carries its outlet and date. Real dev texts of ../shared ingested beside the shipped reference dataset.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_SOURCE } from '../../schema/quote.js';
import { parseCsv } from '../../store/reference/csv.js';
import { REFERENCE_SOURCE as LOADER_SOURCE } from '../../store/services/merge.service.js';
import type { Store } from '../../store/store.js';
import { capture, memoryStore, testConfig } from '../../test-support/capture.js';
import { sharedDir } from '../../test-support/shared.js';
import { conflictsCommand } from '../conflicts/index.js';
import { renderExport } from '../export/index.js';
import { factsCommand } from '../facts/index.js';
import { ingestCommand } from '../ingest/index.js';
import { tiesCommand } from '../ties/index.js';

const DEV = join(sharedDir(), 'gold', 'dev', 'texts');
const D01_URL =
  'https://japantoday.com/category/politics/japan-italy-agree-in-principle-on-defense-supply-sharing-pact';
const ITA_INFOSEC_URL = 'https://www.mofa.go.jp/mofaj/press/release/press4_003394.html';

async function output(run: (io: ReturnType<typeof capture>) => Promise<number>): Promise<string> {
  const io = capture();
  expect(await run(io)).toBe(0);
  return io.out();
}

describe('reference entries and quote origins in the CLI and the CSV', () => {
  let store: Store;
  beforeAll(async () => {
    store = await memoryStore();
    const io = capture();
    expect(await ingestCommand(store, testConfig(), [DEV], { quiet: true }, io)).toBe(0);
  }, 120_000);
  afterAll(() => store.close());

  it('prints a reference row as [reference: dataset] with its URL and an article quote with outlet, date and URL', async () => {
    const text = await output((io) => tiesCommand(store, ['JPN', 'ITA'], {}, io));
    const lines = text.split('\n');
    const infosec = lines.indexOf('information_security');
    expect(lines[infosec + 2]).toBe(`    [reference: japan_agreements] ${ITA_INFOSEC_URL}`);
    // The generated line of a row ("Japan and Italy: information_security in_force on ...") is never quoted.
    expect(text).not.toMatch(/"Japan and Italy: /);
    const meeting = lines.indexOf('high_level_meeting');
    expect(lines[meeting + 2]).toMatch(
      new RegExp(`^ {4}".+" \\(japantoday\\.com, 2024-10-19, ${D01_URL}\\)$`),
    );
  });

  it('answers JSON with kind, dataset and URL for a reference entry, and no quote text', async () => {
    const { ties } = JSON.parse(await output((io) => tiesCommand(store, ['JPN', 'ITA'], { json: true }, io)));
    const byType = new Map(ties.map((t: { type: string; quote: unknown }) => [t.type, t.quote]));
    expect(byType.get('information_security')).toEqual({
      kind: 'reference',
      doc: 'reference:information_security:ITA-JPN',
      dataset: 'japan_agreements',
      url: ITA_INFOSEC_URL,
    });
    expect(byType.get('high_level_meeting')).toMatchObject({
      kind: 'article',
      doc: 'd01.txt',
      url: D01_URL,
      source: 'japantoday.com',
      published: '2024-10-19',
    });
  });

  it('shows outlet and date beside every article quote of `entente facts`, and reference rows as such', async () => {
    const text = await output((io) => factsCommand(store, { party: 'ITA' }, io));
    const rows = text.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row).toMatch(
        / {2}(?:\[reference: japan_agreements\] https?:\/\/|[\w.-]+\.\w+, \d{4}-\d{2}-\d{2}: ")/,
      );
    }
    expect(rows.find((r) => / information_security /.test(r))).toContain(
      `[reference: japan_agreements] ${ITA_INFOSEC_URL}`,
    );
  });

  it('shows the reference side of a conflict as the entry it is, the article side with its outlet and date', async () => {
    // An article written for the test dates a signing the reference dataset lists on another day.
    const dir = mkdtempSync(join(tmpdir(), 'entente-reference-'));
    writeFileSync(
      join(dir, 'signing.txt'),
      '2018-04-13\nJapan and Malaysia signed an agreement on the transfer of defence equipment and technology on Wednesday.\n',
    );
    writeFileSync(join(dir, 'signing.url'), 'https://example.org/japan-malaysia-signing\n');
    expect(await ingestCommand(store, testConfig(), [dir], { quiet: true }, capture())).toBe(0);
    const text = await output((io) => conflictsCommand(store, { party: 'MYS' }, io));
    expect(text).toContain('reference_date: equipment_transfer_agreement JPN+MYS');
    expect(text).toMatch(/^ {4}2018-04-18 +\[reference: japan_agreements\] https:\/\/en\.vietnamplus\.vn\//m);
    expect(text).toMatch(
      /^ {4}2018-04-11 +".+" \(example\.org, 2018-04-13, https:\/\/example\.org\/japan-malaysia-signing\)$/m,
    );
  });

  it('exports a reference row with its kind, dataset and URL and an empty quote', async () => {
    const [header, ...rows] = parseCsv(await renderExport(store, 'csv'));
    const col = (name: string) => header!.indexOf(name);
    const reference = rows.filter((r) => r[col('quote_kind')] === 'reference');
    const articles = rows.filter((r) => r[col('quote_kind')] === 'article');
    expect(reference.length).toBeGreaterThan(20);
    expect(articles.length).toBeGreaterThan(10);
    expect(reference.length + articles.length).toBe(rows.length);
    for (const r of reference) {
      expect(r[col('quote')]).toBe('');
      expect(r[col('quote_dataset')]).toBe('japan_agreements');
      expect(r[col('quote_url')]).toMatch(/^https?:\/\//);
    }
    for (const r of articles) {
      expect(r[col('quote')]).not.toBe('');
      expect(r[col('quote_dataset')]).toBe('');
      expect(r[col('quote_outlet')]).not.toBe('');
    }
  });

  it('marks as reference entries exactly the documents the reference loader stores', () => {
    expect(REFERENCE_SOURCE).toBe(LOADER_SOURCE);
  });
});
