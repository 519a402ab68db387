// `entente export --format csv|edges|json|graphml|gexf [--out FILE]`: every canonical fact, for spreadsheets, R,
// pandas, Gephi, networkx and igraph.
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import {
  addDbOption,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';
import { toCsv, toEdgesCsv } from './csv.js';
import { loadExportData } from './export-facts.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export const EXPORT_FORMATS = ['csv', 'edges', 'json', 'graphml', 'gexf'] as const;
const ExportOptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  out: z.string().optional(),
});
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

export async function renderExport(store: Store, format: (typeof EXPORT_FORMATS)[number]): Promise<string> {
  const { facts, name } = await loadExportData(store);
  switch (format) {
    case 'csv':
      return toCsv(facts);
    case 'edges':
      return toEdgesCsv(facts, name);
    case 'graphml':
      return toGraphml(facts, name);
    case 'gexf':
      return toGexf(facts, name);
    default: {
      const codes = [...new Set(facts.flatMap((x) => x.fact.parties))].sort();
      const body = {
        parties: codes.map((code) => ({ code, name: name(code) })),
        facts: facts.map((x) => x.fact),
      };
      return `${JSON.stringify(body, null, 1)}\n`;
    }
  }
}

export async function exportCommand(store: Store, raw: ExportOptions, io: CommandIo): Promise<number> {
  const parsed = ExportOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    io.stderr.write(
      `entente export: --format must be one of ${EXPORT_FORMATS.join(', ')}, got '${raw.format}'\n`,
    );
    return 2;
  }
  const text = await renderExport(store, parsed.data.format);
  const out = parsed.data.out;
  if (out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  // Written beside the target and renamed: a failed export never leaves half a file under the name.
  const temp = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, out);
  } catch (e) {
    await rm(temp, { force: true });
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new AppError('FILE_UNREADABLE', `cannot write export (${reason})`, out, { cause: e });
  }
  io.stderr.write(`entente export: wrote ${parsed.data.format} to ${out}\n`);
  return 0;
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command('export')
      .description('export every canonical fact as csv, edges (csv, one row per pair), json, graphml or gexf')
      .option('--format <format>', 'csv, edges, json, graphml or gexf', 'json')
      .option('--out <file>', 'write to this file instead of standard output'),
  ).action(async (opts: ExportOptions & StoreCommandOptions) => {
    const { db, fetchTimeout, json, ...rest } = opts;
    const format = json && rest.format === 'json' ? 'json' : rest.format;
    await withKnowledgeBase('export', { db, fetchTimeout }, (store) =>
      exportCommand(store, { ...rest, format }, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
