// `entente reference`: the shipped dataset is the shared CSV's facts; loading it again replaces, never duplicates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocuments } from '../../store/repos/documents.repo.js';
import { DEFAULT_REFERENCE_FILE } from '../../store/reference/dataset.js';
import { capture, memoryStore } from '../../test-support/capture.js';
import { sharedDir } from '../../test-support/shared.js';
import { referenceConvertCommand, referenceLoadCommand } from './index.js';

const CSV = join(sharedDir(), 'reference', 'japan_agreements.csv');

describe('entente reference', () => {
  it('ships exactly the facts of the shared CSV, without its notes', async () => {
    const io = capture();
    expect(await referenceConvertCommand(CSV, undefined, io)).toBe(0);
    const converted = JSON.parse(io.out());
    expect(converted).toEqual(JSON.parse(readFileSync(DEFAULT_REFERENCE_FILE, 'utf8')));
    expect(Object.keys(converted.facts[0]).sort()).toEqual([
      'inForce',
      'parties',
      'signed',
      'sourceUrl',
      'status',
      'type',
    ]);
  });

  it('reloads the dataset in place', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await referenceLoadCommand(store, undefined, {}, io)).toBe(0);
    expect(io.out()).toMatch(
      /^reference 'japan_agreements': 88 rows, 126 claims, 0 facts touched, 0 conflicts with articles \(replaced 88 rows\)\n$/,
    );
    expect(await countDocuments(store.db)).toBe(88);
    await store.close();
  });

  it('names a dataset file that is not valid', async () => {
    const store = await memoryStore();
    const io = capture();
    expect(await referenceLoadCommand(store, import.meta.filename, {}, io)).toBe(1);
    expect(io.err()).toMatch(/^entente reference: .*reference\.test\.ts: not valid JSON/);
    await store.close();
  });
});
