// The React Flow elements the image export starts from, and what it reads off them: where every
// node and edge label is drawn now and the canvas's background colour.
import type { Rect } from './rect';
import { screenFrame } from './screenFrame';

const FALLBACK_BACKGROUND = { light: '#f8fafc', dark: '#020617' } as const;

export interface FlowElements {
  flow: HTMLElement;
  viewport: HTMLElement;
}

/** The canvas and its viewport; throws when no graph is drawn. */
export function flowElements(): FlowElements {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const viewport = flow?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) throw new Error('no graph on the page');
  return { flow, viewport };
}

// Nodes, and the edge labels drawn over the edges (a long mount path can reach past the nodes).
const DRAWN = [
  '.react-flow__node',
  '.react-flow__edgelabel-renderer > *',
  '.react-flow__viewport-portal > *',
].join(', ');

/** Where every node and edge label is drawn now (dragged nodes where they were dropped). */
export function drawnRects(viewport: HTMLElement): Rect[] {
  const frame = screenFrame(viewport);
  return [...viewport.querySelectorAll<HTMLElement>(DRAWN)]
    .map((el) => frame.rect(el.getBoundingClientRect()))
    .filter((r) => r.width > 0 && r.height > 0);
}

const clear = (c: string): boolean => c === '' || c === 'transparent' || c === 'rgba(0, 0, 0, 0)';

/** The canvas's background colour (React Flow paints it on its background layer). */
export function background(flow: HTMLElement, theme: 'light' | 'dark'): string {
  for (const el of [flow.querySelector('.react-flow__background'), flow]) {
    const color = el ? getComputedStyle(el).backgroundColor : '';
    if (!clear(color)) return color;
  }
  return FALLBACK_BACKGROUND[theme];
}
