// The whole graph as an image, following React Flow's documented "download image" recipe: the
// bounds of everything drawn, a viewport transform that puts those bounds at the image's origin,
// and html-to-image rendering `.react-flow__viewport` with that transform at a fixed size. The
// edges are drawn in that element too, so they are in the image. No font is fetched: the page
// uses system fonts, and the image does too.
import { getViewportForBounds } from '@xyflow/react';
import { toBlob, toSvg } from 'html-to-image';
import { exportBounds, pngPixelRatio, type Rect } from './bounds';

const FALLBACK_BACKGROUND = { light: '#f8fafc', dark: '#020617' } as const;

function flowElements(): { flow: HTMLElement; viewport: HTMLElement } {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const viewport = flow?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) throw new Error('no graph on the page');
  return { flow, viewport };
}

/** Every node's box in graph units, as drawn now (dragged nodes where they were dropped). */
function measuredNodes(viewport: HTMLElement): Rect[] {
  const origin = viewport.getBoundingClientRect();
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1;
  return [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      x: (r.left - origin.left) / zoom,
      y: (r.top - origin.top) / zoom,
      width: r.width / zoom,
      height: r.height / zoom,
    };
  });
}

function background(flow: HTMLElement, theme: 'light' | 'dark'): string {
  const color = getComputedStyle(flow).backgroundColor;
  const transparent = color === '' || color === 'transparent' || color === 'rgba(0, 0, 0, 0)';
  return transparent ? FALLBACK_BACKGROUND[theme] : color;
}

interface Shot {
  node: HTMLElement;
  options: Parameters<typeof toBlob>[1] & { width: number; height: number };
}

function prepare(layout: { width: number; height: number }, theme: 'light' | 'dark'): Shot {
  const { flow, viewport } = flowElements();
  const bounds = exportBounds(layout, measuredNodes(viewport));
  const { width, height } = bounds;
  const v = getViewportForBounds(bounds, width, height, 0.05, 4, 0);
  return {
    node: viewport,
    options: {
      width,
      height,
      backgroundColor: background(flow, theme),
      skipFonts: true,
      fontEmbedCSS: '',
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})`,
        // A stale graph is drawn faded on screen; the image shows the graph itself.
        opacity: '1',
        filter: 'none',
      },
    },
  };
}

/** The graph as a PNG, twice the graph's size in pixels (less for a huge graph). */
export async function graphPng(
  layout: { width: number; height: number },
  theme: 'light' | 'dark',
): Promise<Blob> {
  const { node, options } = prepare(layout, theme);
  const blob = await toBlob(node, {
    ...options,
    pixelRatio: pngPixelRatio(options.width, options.height),
  });
  if (!blob) throw new Error('the browser could not draw the image');
  return blob;
}

/** The graph as an SVG document (the drawn HTML inside a foreignObject, edges as SVG paths). */
export async function graphSvg(
  layout: { width: number; height: number },
  theme: 'light' | 'dark',
): Promise<Blob> {
  const { node, options } = prepare(layout, theme);
  const { backgroundColor, ...rest } = options;
  const url = await toSvg(node, rest);
  const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  // The background goes under everything as its own rectangle: given to the drawn element, it
  // would move with the element's transform and leave a bare strip at the top and left.
  const open = svg.indexOf('>') + 1;
  const rect = `<rect width="100%" height="100%" fill="${backgroundColor ?? 'none'}"/>`;
  return new Blob(
    [`<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, open)}${rect}${svg.slice(open)}`],
    {
      type: 'image/svg+xml',
    },
  );
}
