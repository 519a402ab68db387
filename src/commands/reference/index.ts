// `entente reference load [FILE]` re-loads the reference dataset; `entente reference convert CSV` builds one from the shared table.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { csvToDataset } from '../../store/reference/convert-csv.js';
import { DEFAULT_REFERENCE_FILE, readDataset } from '../../store/reference/dataset.js';
import { reloadReference } from '../../store/services/reference.service.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

export async function referenceLoadCommand(
  store: Store,
  file: string | undefined,
  options: StoreCommandOptions,
  io: CommandIo,
): Promise<number> {
  const path = file ?? DEFAULT_REFERENCE_FILE;
  const dataset = await readDataset(path);
  if (!dataset.ok) {
    io.stderr.write(`entente reference: ${dataset.error.toLine()}\n`);
    return 1;
  }
  const loaded = await reloadReference(store, dataset.value, path);
  if (!loaded.ok) {
    io.stderr.write(`entente reference: ${loaded.error.toLine()}\n`);
    return 1;
  }
  const r = loaded.value;
  io.stdout.write(
    options.json
      ? `${JSON.stringify(r, null, 1)}\n`
      : `reference '${r.dataset}': ${r.documents} rows, ${r.claims} claims, ${r.facts} facts touched, ${r.conflicts} conflicts with articles (replaced ${r.replaced} rows)\n`,
  );
  return 0;
}

/** Converts a CSV in the shared table's layout to the dataset JSON the store loads. */
export async function referenceConvertCommand(
  csv: string,
  out: string | undefined,
  io: CommandIo,
): Promise<number> {
  let text: string;
  try {
    text = await readFile(csv, 'utf8');
  } catch (e) {
    io.stderr.write(
      `entente reference: ${csv}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    return 1;
  }
  const dataset = csvToDataset(text, basename(csv, '.csv'), csv);
  if (!dataset.ok) {
    io.stderr.write(`entente reference: ${dataset.error.toLine()}\n`);
    return 1;
  }
  const json = `${JSON.stringify(dataset.value, null, 2)}\n`;
  if (out === undefined) io.stdout.write(json);
  else await writeFile(out, json);
  return 0;
}

export function registerReference(program: Command): void {
  const reference = program
    .command('reference')
    .description('the reference dataset loaded as the source "reference"');
  addDbOption(
    reference
      .command('load')
      .description('replace the stored reference data with a dataset (default: the shipped one)')
      .argument('[file]', 'dataset .json, or a .csv in the layout of japan_agreements.csv'),
  ).action(async (file: string | undefined, opts: StoreCommandOptions) => {
    await withKnowledgeBase('reference', opts, (store) =>
      referenceLoadCommand(store, file, opts, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
  reference
    .command('convert')
    .description('convert a reference CSV to the dataset JSON (facts and source URLs, not the notes)')
    .argument('<csv>', 'e.g. ../shared/reference/japan_agreements.csv')
    .option('--out <file>', 'write here instead of standard output')
    .action(async (csv: string, opts: { out?: string }) => {
      process.exitCode = await referenceConvertCommand(csv, opts.out, {
        stdout: process.stdout,
        stderr: process.stderr,
      });
    });
}
