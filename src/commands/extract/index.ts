// `entente extract FILE...`: facts of each article, as JSON or a table; bad files are reported and skipped.
import type { Command } from 'commander';
import { z } from 'zod';
import { extractFacts } from '../../extract/pipeline.js';
import { readArticleFile } from '../../ingest/read-file.js';
import type { DocumentFacts } from '../../schema/fact.js';
import { formatFactTable } from './format-table.js';

export const ExtractOptionsSchema = z.object({
  format: z.enum(['json', 'table']).default('table'),
  json: z.boolean().optional(),
  minConfidence: z.coerce
    .number({ message: '--min-confidence must be a number from 0 to 1' })
    .min(0, '--min-confidence must be a number from 0 to 1')
    .max(1, '--min-confidence must be a number from 0 to 1')
    .optional(),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

export interface ExtractRun {
  documents: DocumentFacts[];
  failures: string[];
}

export async function runExtract(files: string[], minConfidence?: number): Promise<ExtractRun> {
  const documents: DocumentFacts[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      failures.push(read.error.toLine());
      continue;
    }
    const doc = read.value;
    documents.push({ doc: doc.id, published: doc.published, facts: extractFacts(doc, { minConfidence }) });
  }
  return { documents, failures };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract defense-cooperation facts from article files (.txt, .md, .html)')
    .argument('<files...>', 'article files; a .txt may start with a YYYY-MM-DD publication date')
    .option('--format <format>', 'json or table', 'table')
    .option('--json', 'same as --format json')
    .option(
      '--min-confidence <p>',
      "keep facts whose confidence is at least p (0-1) instead of the model's threshold",
    )
    .action(async (files: string[], raw: unknown) => {
      const parsed = ExtractOptionsSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const message = issue.path[0] === 'minConfidence' ? issue.message : '--format must be json or table';
        process.stderr.write(`entente extract: ${message}\n`);
        process.exitCode = 2;
        return;
      }
      const format = parsed.data.json ? 'json' : parsed.data.format;
      const { documents, failures } = await runExtract(files, parsed.data.minConfidence);
      for (const line of failures) process.stderr.write(`entente extract: ${line}\n`);
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(documents, null, 1)}\n` : formatFactTable(documents),
      );
      if (failures.length > 0) process.exitCode = 1;
    });
}
