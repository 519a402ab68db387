// `entente ties` as text: ties grouped by type, each with status, milestone dates, sources and the best quote.
import type { Milestones } from '../../schema/canonical.js';
import { datedMilestones } from '../../store/rules/milestone-order.js';
import type { Tie } from '../../store/services/query.service.js';
import { formatColumns } from '../columns.js';
import { quoteLine } from '../quote-line.js';

/** Partners (with the item of a transfer), status, milestones, sources and flags: cut to fit, never shifted. */
export const TIE_COLUMNS = [{ max: 32 }, { max: 11 }, { max: 64 }, { max: 40 }];

export function formatTies(title: string, ties: readonly Tie[]): string {
  if (ties.length === 0) return `${title}: no ties stored\n`;
  const rows = formatColumns(
    ties.map((t) => {
      const who = (t.partners.length > 0 ? t.partners : t.parties).join('+') + (t.item ? ` (${t.item})` : '');
      const sources = `${t.sources} source${t.sources === 1 ? '' : 's'}`;
      const flags = [
        t.conflicts > 0 ? `${t.conflicts} conflict${t.conflicts === 1 ? '' : 's'}` : '',
        t.review ?? '',
      ]
        .filter(Boolean)
        .join(', ');
      return [who, t.status, formatMilestones(t.milestones), `${sources}${flags ? ` [${flags}]` : ''}`];
    }),
    TIE_COLUMNS,
    '  ',
  );
  const out: string[] = [`${title}: ${ties.length} ties`];
  let type = '';
  ties.forEach((t, i) => {
    if (t.type !== type) {
      type = t.type;
      out.push('', type);
    }
    out.push(rows[i]!);
    if (t.quote) out.push(`    ${quoteLine(t.quote, 110)}`);
  });
  return `${out.join('\n')}\n`;
}

/** "concluded 2010-05-19, in_force 2013-01-31": each dated milestone, oldest first (lifecycle order on a tie). */
export function formatMilestones(m: Milestones): string {
  const parts = datedMilestones(m).map((d) => `${d.revision ? 'revised' : d.status} ${d.date}`);
  return parts.length > 0 ? parts.join(', ') : 'no date';
}
