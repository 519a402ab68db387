// The four-stage ladder of one pair: which rungs its facts reach, the facts that justify the stage, the next missing step.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, PartialDate, Status } from '../schema/fact.js';
import {
  EXPECTED_STEPS,
  RUNG_NEEDS,
  STAGE_OF_TYPE,
  STAGES,
  STATE_OF_STATUS,
  STATUS_LABELS,
  TYPE_LABELS,
  TYPE_ORDER,
  type Stage,
  type StepState,
} from './vocabulary.js';

/** What the ladder needs of a fact; canonical facts and the network's compact facts both fit. */
export type LadderFact = Pick<CanonicalFact, 'id' | 'type' | 'status' | 'date'>;

export type StepStateOrMissing = StepState | 'missing';

export interface LadderStep {
  type: FactType;
  state: StepStateOrMissing;
  /** The most advanced status among the step's facts, and its date. */
  status: Status | null;
  date: PartialDate | null;
  facts: number[];
}

export interface LadderRung {
  stage: Stage;
  reached: boolean;
  steps: LadderStep[];
}

export interface NextStep {
  type: FactType;
  stage: Stage;
  state: StepStateOrMissing;
}

export interface Ladder {
  /** The highest rung with a step taken, or null when nothing has happened yet. */
  stage: Stage | null;
  /** The achieved facts of that rung: the evidence for the stage. */
  justification: number[];
  rungs: LadderRung[];
  next: NextStep | null;
  /** "has ACSA and reciprocal access agreement; information security agreement under way; not recorded: joint exercise". */
  summary: string;
}

const STATE_RANK: Readonly<Record<StepStateOrMissing, number>> = {
  missing: 0,
  ended: 1,
  under_way: 2,
  achieved: 3,
};

export function ladderOf(facts: readonly LadderFact[]): Ladder {
  const byType = new Map<FactType, LadderFact[]>();
  for (const f of facts) {
    const list = byType.get(f.type);
    if (list) list.push(f);
    else byType.set(f.type, [f]);
  }
  const rungs: LadderRung[] = STAGES.map((stage) => {
    const types = TYPE_ORDER.filter(
      (t) => STAGE_OF_TYPE[t] === stage && (EXPECTED_STEPS[stage].includes(t) || byType.has(t)),
    );
    const steps = types.map((type) => stepOf(type, byType.get(type) ?? []));
    return { stage, reached: steps.some((s) => s.state === 'achieved'), steps };
  });
  const top = [...rungs].reverse().find((r) => r.reached) ?? null;
  const next = nextStep(rungs);
  return {
    stage: top?.stage ?? null,
    justification: top ? top.steps.filter((s) => s.state === 'achieved').flatMap((s) => s.facts) : [],
    rungs,
    next,
    summary: summarize(rungs, next),
  };
}

function stepOf(type: FactType, facts: readonly LadderFact[]): LadderStep {
  let best: LadderFact | null = null;
  for (const f of facts) {
    if (best === null || STATE_RANK[STATE_OF_STATUS[f.status]] > STATE_RANK[STATE_OF_STATUS[best.status]])
      best = f;
  }
  return {
    type,
    state: best ? STATE_OF_STATUS[best.status] : 'missing',
    status: best?.status ?? null,
    date: best?.date ?? null,
    facts: facts.map((f) => f.id),
  };
}

/** The first expected step not yet achieved on the lowest rung not complete (any one step completes an 'any' rung). */
function nextStep(rungs: readonly LadderRung[]): NextStep | null {
  for (const rung of rungs) {
    const expected = EXPECTED_STEPS[rung.stage].map((type) => rung.steps.find((s) => s.type === type)!);
    const done = expected.filter((s) => s.state === 'achieved').length;
    if (RUNG_NEEDS[rung.stage] === 'any' ? done > 0 : done === expected.length) continue;
    // Talks already under way are the nearer next step than one nobody has started.
    const step =
      expected.find((s) => s.state === 'under_way') ?? expected.find((s) => s.state !== 'achieved')!;
    return { type: step.type, stage: rung.stage, state: step.state };
  }
  return null;
}

function summarize(rungs: readonly LadderRung[], next: NextStep | null): string {
  const steps = rungs.flatMap((r) => r.steps);
  const has = steps.filter((s) => s.state === 'achieved').map((s) => TYPE_LABELS[s.type]);
  const underWay = steps
    .filter((s) => s.state === 'under_way')
    .map((s) => `${TYPE_LABELS[s.type]} ${s.status ? STATUS_LABELS[s.status] : ''}`.trim());
  const ended = steps.filter((s) => s.state === 'ended').map((s) => `${TYPE_LABELS[s.type]} ended`);
  const parts: string[] = [];
  // The store records what sources say: a step no source reports is "not recorded", not absent.
  parts.push(has.length > 0 ? `has ${list(has)}` : 'no step recorded yet');
  if (underWay.length > 0) parts.push(list(underWay));
  if (ended.length > 0) parts.push(list(ended));
  const rung = next ? rungs.find((r) => r.stage === next.stage) : undefined;
  const missing = (rung?.steps ?? []).filter(
    (s) => s.state === 'missing' && EXPECTED_STEPS[rung!.stage].includes(s.type),
  );
  if (missing.length > 0) parts.push(`not recorded: ${list(missing.map((s) => TYPE_LABELS[s.type]))}`);
  return parts.join('; ');
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
