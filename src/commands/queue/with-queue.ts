// What the queue commands share: the database from --db/ENTENTE_DB, which must be PostgreSQL, the queue opened once,
// errors as one line and an exit code.
import { parseConfig, type Config, type ConfigFlags } from '../../config.js';
import { isAppError } from '../../errors.js';
import { openJobQueue, queueUrl, type JobQueue } from '../../queue/job-queue.js';
import type { CommandIo } from '../knowledge-base.js';

/** Opens the job queue, runs `body`, closes it; usage errors exit 2, failures 1, no stack trace. */
export async function withJobQueue(
  name: string,
  flags: ConfigFlags,
  io: CommandIo,
  body: (queue: JobQueue, config: Config) => Promise<number>,
): Promise<number> {
  const config = parseConfig(flags);
  const url = config.ok ? queueUrl(config.value.database, '--db') : config;
  if (!config.ok || !url.ok) {
    io.stderr.write(
      `entente ${name}: ${(!config.ok ? config.error : !url.ok ? url.error : null)?.toLine()}\n`,
    );
    return 2;
  }
  const opened = await openJobQueue(url.value, (line) => io.stderr.write(`entente ${name}: ${line}\n`));
  if (!opened.ok) {
    io.stderr.write(`entente ${name}: ${opened.error.toLine()}\n`);
    return 1;
  }
  try {
    return await body(opened.value, config.value);
  } catch (e) {
    io.stderr.write(`entente ${name}: ${isAppError(e) ? e.toLine() : ((e as Error).message ?? String(e))}\n`);
    return 1;
  } finally {
    await opened.value.close();
  }
}
