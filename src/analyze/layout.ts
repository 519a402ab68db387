// Node positions for the network map, computed once on the server so every client draws the same picture.
import { STAGES, type Stage } from './vocabulary.js';

export interface LayoutEdge {
  source: string;
  target: string;
  stage: Stage | null;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * An ego network puts the center in the middle and its partners on rings, the closest ring the most advanced stage;
 * the whole network is a force-directed layout started from a circle (deterministic: no random start).
 */
export function layoutNetwork(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
  center: string | null,
): Map<string, Point> {
  if (center !== null) return egoLayout(ids, edges, center);
  return forceLayout(ids, edges);
}

function egoLayout(ids: readonly string[], edges: readonly LayoutEdge[], center: string): Map<string, Point> {
  const stageOf = new Map<string, Stage | null>();
  for (const e of edges) {
    if (e.source === center) stageOf.set(e.target, e.stage);
    if (e.target === center) stageOf.set(e.source, e.stage);
  }
  const rings = new Map<number, string[]>();
  for (const id of ids) {
    if (id === center) continue;
    const stage = stageOf.get(id) ?? null;
    const ring = stage === null ? STAGES.length : STAGES.length - 1 - STAGES.indexOf(stage);
    rings.set(ring, [...(rings.get(ring) ?? []), id]);
  }
  const out = new Map<string, Point>([[center, { x: 0, y: 0 }]]);
  for (const [ring, members] of rings) {
    const radius = 1 + ring;
    members.sort();
    members.forEach((id, i) => {
      // Offset each ring so names on neighbouring rings do not line up on one ray.
      const angle = (2 * Math.PI * i) / members.length + ring * 0.37;
      out.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return out;
}

/** Fruchterman-Reingold with a cooling schedule; O(n^2) per step is fine for the few hundred parties there are. */
function forceLayout(ids: readonly string[], edges: readonly LayoutEdge[]): Map<string, Point> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const sorted = [...ids].sort();
  sorted.forEach((id, k) => {
    const i = index.get(id)!;
    const angle = (2 * Math.PI * k) / Math.max(1, n);
    x[i] = Math.cos(angle) * 10;
    y[i] = Math.sin(angle) * 10;
  });
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target)] as const)
    .filter((l): l is readonly [number, number] => l[0] !== undefined && l[1] !== undefined);
  const area = 400;
  const k = Math.sqrt(area / Math.max(1, n));
  const iterations = n > 300 ? 80 : 200;
  let temperature = 2;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ddx = x[i]! - x[j]!;
        const ddy = y[i]! - y[j]!;
        const d2 = Math.max(ddx * ddx + ddy * ddy, 0.0001);
        const force = (k * k) / d2;
        dx[i]! += ddx * force;
        dy[i]! += ddy * force;
        dx[j]! -= ddx * force;
        dy[j]! -= ddy * force;
      }
    }
    for (const [a, b] of links) {
      const ddx = x[a]! - x[b]!;
      const ddy = y[a]! - y[b]!;
      const d = Math.max(Math.sqrt(ddx * ddx + ddy * ddy), 0.01);
      const force = d / k;
      dx[a]! -= ddx * force;
      dy[a]! -= ddy * force;
      dx[b]! += ddx * force;
      dy[b]! += ddy * force;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the middle keeps parties without ties from drifting off the map.
      dx[i]! -= x[i]! * 0.05;
      dy[i]! -= y[i]! * 0.05;
      const d = Math.max(Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!), 0.0001);
      const step = Math.min(d, temperature);
      x[i]! += (dx[i]! / d) * step;
      y[i]! += (dy[i]! / d) * step;
    }
    temperature = Math.max(0.02, temperature * 0.97);
  }
  return new Map(ids.map((id, i) => [id, { x: x[i]!, y: y[i]! }]));
}
