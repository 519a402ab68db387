// `entente eval --gold DIR FILE...`: extraction scored against gold files, with every miss and false positive.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { readGoldDir } from '../../eval/gold.js';
import { score, type PredictedFact, type Score } from '../../eval/score.js';
import { runExtract } from '../extract/index.js';

export function formatScore(s: Score): string {
  const out: string[] = [];
  let doc = '';
  for (const line of s.lines) {
    if (line.doc !== doc) out.push((doc = line.doc));
    out.push(`  ${line.kind} ${line.text}`);
  }
  out.push(`docs ${s.docs} tp ${s.tp} fp ${s.fp} fn ${s.fn}`);
  out.push(
    `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} date_acc ${s.dateAccuracy.toFixed(3)}`,
  );
  return `${out.join('\n')}\n`;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold files (precision, recall, F1, date accuracy)')
    .requiredOption('--gold <dir>', 'folder of gold *.json files')
    .option('--json', 'print the score as JSON')
    .argument('<files...>', 'the article files the gold files describe')
    .action(async (files: string[], opts: { gold: string; json?: boolean }) => {
      const gold = await readGoldDir(opts.gold);
      if (!gold.ok) {
        process.stderr.write(`entente eval: ${gold.error.toLine()}\n`);
        process.exitCode = 2;
        return;
      }
      const { documents, failures } = await runExtract(files);
      for (const line of failures) process.stderr.write(`entente eval: ${line}\n`);
      const predictions = new Map<string, PredictedFact[]>(documents.map((d) => [basename(d.doc), d.facts]));
      const result = score(gold.value, predictions);
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 1)}\n` : formatScore(result));
      if (failures.length > 0) process.exitCode = 1;
    });
}
