// What the map's controls ask for: server-side filters (types, statuses, years) and the time slider's year.
import type { Network, NetworkEdge } from '../../analyze/network.js';
import type { FactType, Status } from '../../schema/fact.js';

export interface MapQuery {
  types: readonly FactType[];
  statuses: readonly Status[];
  from: number | null;
  to: number | null;
}

/** Query parameters of /api/network for these filters. */
export function networkParams(party: string | null, q: MapQuery): Record<string, string | undefined> {
  return {
    party: party ?? undefined,
    type: q.types.length > 0 ? q.types.join(',') : undefined,
    status: q.statuses.length > 0 ? q.statuses.join(',') : undefined,
    from: q.from !== null ? String(q.from) : undefined,
    to: q.to !== null ? String(q.to) : undefined,
  };
}

/** The edge as it stood in `year` (null: now), or null when the tie had not formed yet. */
export function edgeAt(edge: NetworkEdge, year: number | null): Pick<NetworkEdge, 'stage' | 'type'> | null {
  if (year === null) return edge;
  let at: Pick<NetworkEdge, 'stage' | 'type'> | null = null;
  for (const step of edge.steps) {
    if (step.year > year) break;
    at = step;
  }
  return at;
}

/** The span of years the ties' steps cover, for the slider's ends. */
export function yearSpan(net: Network): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of net.edges) {
    const first = e.steps[0];
    const last = e.steps.at(-1);
    if (first) lo = Math.min(lo, first.year);
    if (last) hi = Math.max(hi, last.year);
  }
  return lo <= hi ? [lo, hi] : null;
}
