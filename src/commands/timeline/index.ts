// `entente timeline PARTY`: the party's dated milestones (meetings held, agreements signed, in force), oldest first.
import type { Command } from 'commander';
import { resolveParty } from '../../store/services/parties.service.js';
import { timeline, type TimelineEvent } from '../../store/services/timeline.service.js';
import type { Store } from '../../store/store.js';
import { formatColumns } from '../columns.js';
import { originLine } from '../quote-line.js';
import {
  addDbOption,
  clip,
  withKnowledgeBase,
  type CommandIo,
  type StoreCommandOptions,
} from '../knowledge-base.js';

/**
 * Date, type, parties (with the item of a transfer), status, each cut to fit its column; then the sentence that
 * states that date with its outlet, publication date and URL (or the reference entry it comes from).
 */
const TIMELINE_COLUMNS = [{ max: 10 }, { max: 28 }, { max: 32 }, { max: 11 }, { max: 1000 }];

export function formatTimeline(party: string, events: readonly TimelineEvent[]): string {
  if (events.length === 0) return `${party}: no dated events stored\n`;
  const lines = formatColumns(
    events.map((e) => [
      e.date,
      e.type,
      e.parties.join('+') + (e.item ? ` (${e.item})` : ''),
      e.revision ? 'revised' : e.status,
      evidenceLine(e),
    ]),
    TIMELINE_COLUMNS,
  );
  return `${party}: ${events.length} dated events\n${lines.join('\n')}\n`;
}

/** The milestone's own sentence with where it was published: never a quote from another document. */
export function evidenceLine(e: Pick<TimelineEvent, 'quote' | 'origin'>): string {
  if (e.origin === null) return clip(e.quote, 80);
  if (e.origin.kind === 'reference') return originLine(e.origin);
  return `"${clip(e.quote, 80)}" ${originLine(e.origin)}`;
}

export async function timelineCommand(
  store: Store,
  arg: string,
  options: StoreCommandOptions,
  io: CommandIo,
): Promise<number> {
  const party = await resolveParty(store, arg);
  if (!party.ok) {
    io.stderr.write(`entente timeline: ${party.error.toLine()}\n`);
    return 2;
  }
  const events = await timeline(store, party.value);
  io.stdout.write(
    options.json
      ? `${JSON.stringify({ party: party.value, events }, null, 1)}\n`
      : formatTimeline(party.value, events),
  );
  return 0;
}

export function registerTimeline(program: Command): void {
  addDbOption(
    program
      .command('timeline')
      .description("a party's dated events in order: meetings, exercises, signings, entries into force")
      .argument('<party>', 'ISO 3166-1 alpha-3 code, grouping or name'),
  ).action(async (party: string, opts: StoreCommandOptions) => {
    await withKnowledgeBase('timeline', opts, (store) =>
      timelineCommand(store, party, opts, { stdout: process.stdout, stderr: process.stderr }),
    );
  });
}
