// Colors of stages and fact types, shared by the map, its legend, the ladder and the matrix.
import { STAGES, TYPE_ORDER, type Stage } from '../../analyze/vocabulary.js';
import type { FactType } from '../../schema/fact.js';

export const STAGE_COLORS: Readonly<Record<Stage | 'none', string>> = {
  none: '#b8bec7',
  ice_breaking: '#7fb8e0',
  binding: '#2f6fb3',
  enhanced: '#e8871e',
  fusion: '#c0262d',
};

/** Node colors: the party a view centers on, states, groupings (alliances, blocs). */
export const NODE_COLORS = { center: '#1d2733', state: '#5a6b7d', grouping: '#7b5ea7' } as const;

/** A twelve-color qualitative palette (ColorBrewer Paired), one per type in the ontology's order. */
const PALETTE = [
  '#a6cee3',
  '#1f78b4',
  '#b2df8a',
  '#33a02c',
  '#fb9a99',
  '#e31a1c',
  '#fdbf6f',
  '#ff7f00',
  '#cab2d6',
  '#6a3d9a',
  '#b15928',
  '#8c8c3c',
];

export const TYPE_COLORS = Object.fromEntries(
  TYPE_ORDER.map((t, i) => [t, PALETTE[i % PALETTE.length]!]),
) as Record<FactType, string>;

export function stageColor(stage: Stage | null): string {
  return STAGE_COLORS[stage ?? 'none'];
}

export { STAGES };
