// `entente queue status | failed | retry ID...`: the PostgreSQL job queue the workers share, seen from any machine.
import type { Command } from 'commander';
import type { JobQueue } from '../../queue/job-queue.js';
import { addDbOption, clip, type CommandIo, type StoreCommandOptions } from '../knowledge-base.js';
import { withJobQueue } from './with-queue.js';

export type QueueCommandOptions = StoreCommandOptions;

export async function queueStatusCommand(
  queue: JobQueue,
  options: QueueCommandOptions,
  io: CommandIo,
): Promise<number> {
  const s = await queue.status();
  io.stdout.write(
    options.json
      ? `${JSON.stringify(s, null, 1)}\n`
      : `waiting ${s.waiting}  running ${s.running}  retrying ${s.retrying}  parked ${s.parked}  workers ${s.workers}\n`,
  );
  return 0;
}

export async function queueFailedCommand(
  queue: JobQueue,
  options: QueueCommandOptions,
  io: CommandIo,
): Promise<number> {
  const parked = await queue.parked();
  if (options.json) io.stdout.write(`${JSON.stringify(parked, null, 1)}\n`);
  else if (parked.length === 0) io.stdout.write('no parked jobs\n');
  else {
    for (const p of parked) {
      io.stdout.write(
        `${p.id}  ${p.subject}  ${p.attempts} tries, last at ${p.at}\n    ${clip(p.error, 200)}\n`,
      );
    }
  }
  return 0;
}

export async function queueRetryCommand(
  queue: JobQueue,
  ids: readonly string[],
  options: QueueCommandOptions,
  io: CommandIo,
): Promise<number> {
  const retried = await queue.retry(ids);
  if (!retried.ok) {
    io.stderr.write(`entente queue retry: ${retried.error.toLine()}\n`);
    return retried.error.code === 'INVALID_INPUT' ? 2 : 1;
  }
  io.stdout.write(
    options.json
      ? `${JSON.stringify({ retried: retried.value })}\n`
      : `back in the queue: ${retried.value.join(', ')}\n`,
  );
  return 0;
}

const IO: CommandIo = { stdout: process.stdout, stderr: process.stderr };

export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description(
      'the PostgreSQL job queue of `ingest --queue` and `entente worker`: status, parked jobs, retry',
    );
  addDbOption(
    queue.command('status').description('jobs waiting, running, retrying and parked; live workers'),
  ).action(async (opts: QueueCommandOptions) => {
    process.exitCode = await withJobQueue('queue status', opts, IO, (q) => queueStatusCommand(q, opts, IO));
  });
  addDbOption(queue.command('failed').description('parked jobs (out of tries) with their last error')).action(
    async (opts: QueueCommandOptions) => {
      process.exitCode = await withJobQueue('queue failed', opts, IO, (q) => queueFailedCommand(q, opts, IO));
    },
  );
  addDbOption(
    queue
      .command('retry')
      .description('put parked jobs back in the queue with a fresh set of tries')
      .argument('<ids...>', 'job ids, as `entente queue failed` lists them'),
  ).action(async (ids: string[], opts: QueueCommandOptions) => {
    process.exitCode = await withJobQueue('queue retry', opts, IO, (q) =>
      queueRetryCommand(q, ids, opts, IO),
    );
  });
}
