// The pod frame's title block: the workload's kind and name, QoS, the Pod Security level and
// findings on the first row; the effective requests and limits and the restart policy after it,
// wrapping as the frame's width allows (a compact frame, in presentation mode, has the first row
// only). The layout needs its height before anything else is placed in the frame.
import { BADGE_WIDTH, LINE_HEIGHT, TYPE, type Density } from './sizes';
import { textWidth } from './text';
import type { PodNode } from './types';

/** What the QoS and Pod Security pills add for a partial pod spec (English, the longer text). */
const PARTIAL = ' (partial)';

/** Height of the frame's first row (title and QoS pill). */
export const FRAME_TITLE_HEIGHT = 30;
const TOP = 12;
const BOTTOM = 12;
/** Space between two items of a header row. */
export const HEADER_GAP = 16;

/** `cpu 550m · memory 544Mi`, as the header prints a resource list. */
export function resourceList(map: Record<string, string>): string {
  return Object.entries(map)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
}

/** The texts of the frame's second block, as wide as the page prints them (English). */
export function headerItems(pod: PodNode): string[] {
  const bounded = Object.fromEntries(
    Object.entries(pod.limits).filter(([r]) => !pod.unboundedLimits.includes(r)),
  );
  const unbounded = pod.unboundedLimits.map((r) => `${r} unbounded`).join(' · ');
  const limits = [resourceList(bounded), unbounded].filter(Boolean).join(' · ') || 'none';
  return [
    `requests ${resourceList(pod.requests) || 'none'}`,
    `limits ${limits}`,
    `restartPolicy ${pod.restartPolicy}`,
  ];
}

/** Rows that items of `widths` take inside `inner`, an item wider than a row taking several. */
export function flowRows(widths: readonly number[], inner: number, gap: number): number {
  let rows = 0;
  let x = inner + 1;
  for (const w of widths) {
    if (w > inner) {
      rows += Math.ceil(w / inner);
      x = inner + 1;
      continue;
    }
    if (x + w > inner) {
      rows += 1;
      x = 0;
    }
    x += w + gap;
  }
  return rows;
}

/** Height of the frame's title block for a frame `inner` px wide inside its padding. */
export function frameHeaderHeight(pod: PodNode, inner: number, density: Density = 'full'): number {
  const title = [
    textWidth(`${pod.workloadKind} `, TYPE.text) + textWidth(pod.name, TYPE.title * 1.08),
    pod.namespace !== undefined ? textWidth(`namespace ${pod.namespace}`, TYPE.text) : 0,
    textWidth(`QoS ${pod.qosClass}${pod.partial ? PARTIAL : ''}`, TYPE.text) + 20,
    textWidth(`Pod Security ${pod.podSecurity}${pod.partial ? PARTIAL : ''}`, TYPE.text) + 20,
    pod.phase !== undefined ? textWidth(pod.phase, TYPE.text) : 0,
    pod.severity ? BADGE_WIDTH : 0,
  ].filter((w) => w > 0);
  const titleRows = flowRows(title, inner, 8);
  const itemRows =
    density === 'compact'
      ? 0
      : flowRows(
          headerItems(pod).map((t) => textWidth(t, TYPE.text)),
          inner,
          HEADER_GAP,
        );
  return TOP + titleRows * FRAME_TITLE_HEIGHT + itemRows * LINE_HEIGHT + BOTTOM;
}
