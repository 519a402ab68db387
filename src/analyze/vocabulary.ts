// Labels and stage assignments for fact types and statuses; free of runtime dependencies so the browser bundle shares it.
import type { FactType, Status } from '../schema/fact.js';

/** The four rungs partnerships climb in the seed articles' model, lowest first. */
export const STAGES = ['ice_breaking', 'binding', 'enhanced', 'fusion'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  ice_breaking: 'Ice-breaking',
  binding: 'Binding',
  enhanced: 'Enhanced',
  fusion: 'Fusion',
};

/**
 * Talks open a relationship; agreements bind it; exercises put it to work; treaties and co-development fuse it.
 * Membership of a grouping and concrete transfers are binding commitments, like the framework agreements.
 */
export const STAGE_OF_TYPE: Readonly<Record<FactType, Stage>> = {
  two_plus_two: 'ice_breaking',
  high_level_meeting: 'ice_breaking',
  information_security: 'binding',
  equipment_transfer_agreement: 'binding',
  acsa: 'binding',
  reciprocal_access: 'binding',
  defense_mou: 'binding',
  equipment_transfer: 'binding',
  membership: 'binding',
  joint_exercise: 'enhanced',
  joint_development: 'fusion',
  security_treaty: 'fusion',
};

/** The steps a pair is expected to take on each rung, in the order the next missing one is named. */
export const EXPECTED_STEPS: Readonly<Record<Stage, readonly FactType[]>> = {
  ice_breaking: ['high_level_meeting', 'two_plus_two'],
  binding: ['information_security', 'equipment_transfer_agreement', 'acsa', 'reciprocal_access'],
  enhanced: ['joint_exercise'],
  fusion: ['joint_development', 'security_treaty'],
};

/** A rung is complete with any one of its expected steps (a summit breaks the ice) or only with all (binding). */
export const RUNG_NEEDS: Readonly<Record<Stage, 'any' | 'all'>> = {
  ice_breaking: 'any',
  binding: 'all',
  enhanced: 'all',
  fusion: 'any',
};

export const TYPE_LABELS: Readonly<Record<FactType, string>> = {
  two_plus_two: '2+2 meeting',
  high_level_meeting: 'high-level meeting',
  information_security: 'information security agreement',
  equipment_transfer_agreement: 'equipment transfer agreement',
  acsa: 'ACSA',
  reciprocal_access: 'reciprocal access agreement',
  security_treaty: 'security treaty',
  defense_mou: 'defense MOU',
  joint_exercise: 'joint exercise',
  joint_development: 'joint development',
  equipment_transfer: 'equipment transfer',
  membership: 'membership',
};

/** Short column headings for the partner matrix. */
export const TYPE_SHORT: Readonly<Record<FactType, string>> = {
  two_plus_two: '2+2',
  high_level_meeting: 'Summit',
  information_security: 'InfoSec',
  equipment_transfer_agreement: 'ETA',
  acsa: 'ACSA',
  reciprocal_access: 'RAA',
  security_treaty: 'Treaty',
  defense_mou: 'MOU',
  joint_exercise: 'Exercise',
  joint_development: 'Co-dev',
  equipment_transfer: 'Transfer',
  membership: 'Member',
};

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  proposed: 'proposed',
  negotiating: 'negotiating',
  concluded: 'concluded',
  in_force: 'in force',
  completed: 'completed',
  ended: 'ended',
  planned: 'planned',
  held: 'held',
};

/** Whether a status says the step was taken, is still to come, or was taken and undone. */
export type StepState = 'achieved' | 'under_way' | 'ended';

export const STATE_OF_STATUS: Readonly<Record<Status, StepState>> = {
  proposed: 'under_way',
  negotiating: 'under_way',
  planned: 'under_way',
  concluded: 'achieved',
  in_force: 'achieved',
  completed: 'achieved',
  held: 'achieved',
  ended: 'ended',
};

/** Every fact type in the ontology's order (the keys of a complete record keep their order). */
export const TYPE_ORDER = Object.keys(TYPE_LABELS) as FactType[];
export const STATUS_ORDER = Object.keys(STATUS_LABELS) as Status[];

/** Two parties as one key, sorted: a pair has no direction even when a transfer does. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
