// Shows an ingest as it goes: a progress bar on a terminal, one plain line per document otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';
import type { DocumentEvent, IngestHooks } from './ingest-run.js';

export interface ProgressReporter extends IngestHooks {
  stop(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progressReporter(stream: ProgressStream, prefix: string, quiet = false): ProgressReporter {
  return stream.isTTY && !quiet ? barReporter(stream, prefix) : lineReporter(stream, prefix, quiet);
}

/** The one line that says what became of a document. */
export function describeEvent(event: DocumentEvent): string {
  if ('failure' in event) return `failed     ${event.failure.toLine()}`;
  const o = event.outcome;
  switch (o.kind) {
    case 'duplicate':
      return `duplicate  ${event.subject} (same text as ${o.of})`;
    case 'near_duplicate':
      return `near-dup   ${event.subject} (copy of ${o.of}; ${o.claims} claims)`;
    default:
      return `new        ${event.subject} (${o.claims} claims, ${o.newFacts.length} new facts)`;
  }
}

function lineReporter(stream: ProgressStream, prefix: string, quiet: boolean): ProgressReporter {
  return {
    onDocument(event) {
      // Failures are always shown: one line naming the document and why.
      if (!quiet || 'failure' in event) stream.write(`${prefix}: ${describeEvent(event)}\n`);
    },
    stop() {},
  };
}

function barReporter(stream: ProgressStream, prefix: string): ProgressReporter {
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${prefix} [{bar}] {value}/{total} documents | {new} new, {dup} duplicate, {failed} failed`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | null = null;
  const counts = { new: 0, dup: 0, failed: 0 };
  return {
    onStart(total) {
      bar = multi.create(Math.max(total, 1), 0, counts);
    },
    onDocument(event) {
      if ('failure' in event) {
        counts.failed++;
        multi.log(`${prefix}: ${describeEvent(event)}\n`);
      } else if (event.outcome.kind === 'duplicate') counts.dup++;
      else counts.new++;
      bar?.increment(1, counts);
    },
    stop() {
      multi.stop();
    },
  };
}
