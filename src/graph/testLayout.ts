// Test helper: what is wrong with a layout, as readable strings. Only tests import this file.
import { FRAME_PADDING, type GraphLayout } from './layout';
import type { Rect } from './lanes';
import type { PodGraph } from './types';

/** A box in drawing coordinates (children of the frame are stored relative to it). */
export function absolute(layout: GraphLayout, id: string): Rect {
  const b = layout.nodes[id];
  if (!b.parentId) return b;
  const p = absolute(layout, b.parentId);
  return { x: p.x + b.x, y: p.y + b.y, width: b.width, height: b.height };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Missing boxes, boxes outside the drawing or their parent, and every pair of overlapping boxes. */
export function layoutProblems(graph: PodGraph, layout: GraphLayout): string[] {
  const out: string[] = [];
  const ids = graph.nodes.map((n) => n.id);
  for (const id of ids) if (!layout.nodes[id]) out.push(`${id} has no box`);
  if (out.length > 0) return out;
  const rects = ids.map((id) => absolute(layout, id));
  for (let i = 0; i < ids.length; i++) {
    const r = rects[i];
    if (r.x < 0 || r.y < 0 || r.x + r.width > layout.width || r.y + r.height > layout.height)
      out.push(`${ids[i]} outside the drawing`);
    const parent = layout.nodes[ids[i]].parentId;
    if (parent) {
      const p = absolute(layout, parent);
      const inside =
        r.x >= p.x + FRAME_PADDING &&
        r.y >= p.y &&
        r.x + r.width <= p.x + p.width - FRAME_PADDING &&
        r.y + r.height <= p.y + p.height - FRAME_PADDING;
      if (!inside) out.push(`${ids[i]} not inside ${parent}`);
    }
    for (let j = i + 1; j < ids.length; j++) {
      const related =
        layout.nodes[ids[i]].parentId === ids[j] || layout.nodes[ids[j]].parentId === ids[i];
      if (!related && overlaps(r, rects[j])) out.push(`${ids[i]} overlaps ${ids[j]}`);
    }
  }
  return out;
}
