#!/usr/bin/env node
// Thin entry: registers every command and turns any escaped error into one line and a non-zero exit.
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';
import { isAppError } from './errors.js';

const program = new Command('entente')
  .description('An evidence-linked map of defense ties between states, extracted from the news.')
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(
    `entente: ${isAppError(e) ? e.toLine() : e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = 1;
});
