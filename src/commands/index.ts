// The CLI's commands, one folder each; a command registers itself on the program.
import type { Command } from 'commander';
import { registerExtract } from './extract/index.js';
import { registerEval } from './eval/index.js';
import { registerIngest } from './ingest/index.js';
import { registerWatch } from './watch/index.js';
import { registerTies } from './ties/index.js';
import { registerTimeline } from './timeline/index.js';
import { registerFacts } from './facts/index.js';
import { registerCandidates } from './candidates/index.js';
import { registerConflicts } from './conflicts/index.js';
import { registerExport } from './export/index.js';
import { registerReference } from './reference/index.js';
import { registerServe } from './serve/index.js';
import { registerWorker } from './worker/index.js';
import { registerQueue } from './queue/index.js';

export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerExtract,
  registerEval,
  registerIngest,
  registerWatch,
  registerTies,
  registerTimeline,
  registerFacts,
  registerCandidates,
  registerConflicts,
  registerExport,
  registerReference,
  registerServe,
  registerWorker,
  registerQueue,
];
