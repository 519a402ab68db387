// A party's partners against mechanism types: each cell the most advanced fact of that type, its status and date.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, PartialDate, Status } from '../schema/fact.js';
import { ladderOf } from './ladder.js';
import { factsByPair, stageRank } from './pairs.js';
import { STATE_OF_STATUS, TYPE_ORDER, type Stage } from './vocabulary.js';

export type MatrixFact = Pick<CanonicalFact, 'id' | 'type' | 'status' | 'date' | 'parties' | 'conflicts'>;

export interface MatrixCell {
  status: Status;
  date: PartialDate | null;
  facts: number[];
  conflicts: number;
}

export interface MatrixRow {
  partner: string;
  stage: Stage | null;
  cells: Partial<Record<FactType, MatrixCell>>;
}

export interface PartnerMatrix {
  party: string;
  /** The types any partner has, in the ontology's order. */
  types: FactType[];
  rows: MatrixRow[];
}

const RANK = { ended: 1, under_way: 2, achieved: 3 } as const;

export function partnerMatrix(facts: readonly MatrixFact[], party: string): PartnerMatrix {
  const rows: MatrixRow[] = [];
  const used = new Set<FactType>();
  for (const [key, pairFacts] of factsByPair(facts, party)) {
    const partner = key.split('|').find((p) => p !== party) ?? party;
    const cells: Partial<Record<FactType, MatrixCell>> = {};
    const best = new Map<FactType, MatrixFact>();
    for (const f of pairFacts) {
      used.add(f.type);
      const cell = cells[f.type] ?? { status: f.status, date: f.date, facts: [], conflicts: 0 };
      cell.facts.push(f.id);
      cell.conflicts += f.conflicts;
      const current = best.get(f.type);
      if (!current || better(f, current)) {
        best.set(f.type, f);
        cell.status = f.status;
        cell.date = f.date;
      }
      cells[f.type] = cell;
    }
    rows.push({ partner, stage: ladderOf(pairFacts).stage, cells });
  }
  rows.sort((a, b) => stageRank(b.stage) - stageRank(a.stage) || a.partner.localeCompare(b.partner));
  return { party, types: TYPE_ORDER.filter((t) => used.has(t)), rows };
}

/** The more advanced state wins; between equals, the later date (the most recent news). */
function better(a: MatrixFact, b: MatrixFact): boolean {
  const ra = RANK[STATE_OF_STATUS[a.status]];
  const rb = RANK[STATE_OF_STATUS[b.status]];
  if (ra !== rb) return ra > rb;
  return (a.date ?? '') > (b.date ?? '');
}
