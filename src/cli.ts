#!/usr/bin/env node
// Thin entry: registers every command and turns any escaped error into one line and a non-zero exit.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';
import { isAppError } from './errors.js';

// Read once at start-up; package.json sits one level above both src/cli.ts and dist/cli.js.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('entente')
  .description('An evidence-linked map of defense ties between states, extracted from the news.')
  .version(version, '-V, --version', 'print the version of entente')
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(
    `entente: ${isAppError(e) ? e.toLine() : e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = 1;
});
