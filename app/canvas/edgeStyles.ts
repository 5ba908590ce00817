// Edge strokes, shared by the edges and the legend. Mounts carry the story, order is the run
// sequence, host use is the risk, references are incidental, membership is a faint hint,
// Service traffic is its own colour.
import type { GraphEdgeKind } from '../../src/graph/types';

export interface Stroke {
  color: string;
  width: number;
  dash?: string;
}

export const EDGE_STROKE: Record<GraphEdgeKind, Stroke> = {
  mount: { color: '#64748b', width: 1.5 },
  member: { color: '#a5b4fc', width: 1 },
  order: { color: '#7c3aed', width: 1.5, dash: '6 4' },
  'uses-host': { color: '#dc2626', width: 2 },
  reference: { color: '#94a3b8', width: 1.5, dash: '2 4' },
  targets: { color: '#0891b2', width: 2 },
};

/** Mounts of a volume two or more containers share stand out. */
export const SHARED_STROKE: Stroke = { color: '#4f46e5', width: 2.5 };

export const SELECTED_COLOR = '#4338ca';

/** Mounts of injected plumbing (the service-account token volume) stay in the background. */
export const QUIET_STROKE: Stroke = { color: '#cbd5e1', width: 1, dash: '3 3' };
