// The CLI's commands, one folder each; a command registers itself on the program.
import type { Command } from 'commander';
import { registerExtract } from './extract/index.js';
import { registerEval } from './eval/index.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerExtract, registerEval];
