// The order statuses follow over a fact's life: the most advanced one a source reports is the fact's status.
import type { Status } from '../../schema/fact.js';

/**
 * proposed < negotiating < concluded < in_force, ended last; planned < held for meetings and exercises;
 * completed ends a transfer or project. Statuses of different tracks share ranks so any mix still orders.
 */
export const STATUS_RANK: Readonly<Record<Status, number>> = {
  proposed: 0,
  planned: 1,
  negotiating: 1,
  concluded: 2,
  held: 2,
  in_force: 3,
  completed: 3,
  ended: 4,
};

/** Statuses that say the relation has not happened yet: reporting them contradicts a source that says it has. */
export const PENDING: ReadonlySet<Status> = new Set<Status>(['proposed', 'negotiating', 'planned']);

export function isPending(status: Status): boolean {
  return PENDING.has(status);
}

export function moreAdvanced(a: Status, b: Status): Status {
  return STATUS_RANK[b] > STATUS_RANK[a] ? b : a;
}

/** True when `later` says the relation went past what `earlier` (a pending status) says. */
export function contradictsPending(pending: Status, later: Status): boolean {
  return isPending(pending) && !isPending(later) && STATUS_RANK[later] > STATUS_RANK[pending];
}
