// The whole graph as an image. Both formats start from one drawing of what the canvas shows
// (domDrawing.ts): the SVG is that drawing written out as shapes and text (drawingSvg.ts), the
// PNG is the same SVG drawn onto a canvas at two pixels per graph unit (pngPixelRatio). No font is
// fetched: the page uses system fonts, and the images do too. In compare mode the image also
// carries a legend under the graph (compareLegend.ts). Loaded with the first export.
import { EXPORT_MARGIN, exportBounds, pngPixelRatio, textRects } from './bounds';
import { placeLegend, type CompareLegend } from './compareLegend';
import { drawViewport } from './domDrawing';
import type { Drawing } from './drawing';
import { drawingSvg } from './drawingSvg';
import { background, drawnRects, flowElements } from './flowDom';
import { screenFrame } from './screenFrame';

type Layout = { width: number; height: number };

function drawGraph(layout: Layout, theme: 'light' | 'dark', legend?: CompareLegend): Drawing {
  const { flow, viewport } = flowElements();
  const drawn = drawViewport(viewport);
  // Text is drawn whole, also where the page cuts it with an ellipsis: the image grows to it.
  const rects = [...drawnRects(viewport), ...textRects(drawn.layers)];
  const bounds = exportBounds(layout, rects);
  const paint = background(flow, theme);
  if (!legend) return { ...drawn, bounds, background: paint };
  // Drawn again with the legend under all of the graph, changed values hanging under cards too.
  const at = { x: bounds.x + EXPORT_MARGIN, y: bounds.y + bounds.height };
  const placed = placeLegend(viewport, screenFrame(viewport), legend, at);
  try {
    const withLegend = drawViewport(viewport);
    return {
      ...withLegend,
      bounds: exportBounds(layout, [...rects, placed.rect]),
      background: paint,
    };
  } finally {
    placed.remove();
  }
}

/** The graph as a standalone SVG document of shapes and text (no HTML inside). */
export function graphSvg(
  layout: Layout,
  theme: 'light' | 'dark',
  legend?: CompareLegend,
): Promise<Blob> {
  const svg = drawingSvg(drawGraph(layout, theme, legend));
  return Promise.resolve(new Blob([svg], { type: 'image/svg+xml' }));
}

/** The graph as a PNG, twice the graph's size in pixels (less for a huge graph). */
export async function graphPng(
  layout: Layout,
  theme: 'light' | 'dark',
  legend?: CompareLegend,
): Promise<Blob> {
  const drawing = drawGraph(layout, theme, legend);
  const { width, height } = drawing.bounds;
  const ratio = pngPixelRatio(width, height);
  const url = URL.createObjectURL(new Blob([drawingSvg(drawing)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas to draw on');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('the browser could not draw the image')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
