// `entente ties` as text: ties grouped by type, each with status, milestone dates, sources and the best quote.
import type { Milestones } from '../../schema/canonical.js';
import type { Tie } from '../../store/services/query.service.js';
import { clip } from '../knowledge-base.js';

export function formatTies(title: string, ties: readonly Tie[]): string {
  if (ties.length === 0) return `${title}: no ties stored\n`;
  const out: string[] = [`${title}: ${ties.length} ties`];
  let type = '';
  for (const t of ties) {
    if (t.type !== type) {
      type = t.type;
      out.push('', type);
    }
    const who = (t.partners.length > 0 ? t.partners : t.parties).join('+') + (t.item ? ` (${t.item})` : '');
    const sources = `${t.sources} source${t.sources === 1 ? '' : 's'}`;
    const flags = [
      t.conflicts > 0 ? `${t.conflicts} conflict${t.conflicts === 1 ? '' : 's'}` : '',
      t.review ?? '',
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `  ${who.padEnd(14)} ${t.status.padEnd(11)} ${formatMilestones(t.milestones).padEnd(40)} ${sources}${flags ? ` [${flags}]` : ''}`,
    );
    if (t.quote) out.push(`    "${clip(t.quote.text, 110)}" (${t.quote.url ?? t.quote.doc})`);
  }
  return `${out.join('\n')}\n`;
}

/** "concluded 2010-05-19, in_force 2013-01-31": each dated milestone in lifecycle order. */
export function formatMilestones(m: Milestones): string {
  const parts = Object.entries(m)
    .filter(([, v]) => v?.date)
    .map(([status, v]) => `${status} ${v!.date}`)
    .sort((a, b) => a.slice(a.lastIndexOf(' ')).localeCompare(b.slice(b.lastIndexOf(' '))));
  return parts.length > 0 ? parts.join(', ') : 'no date';
}
