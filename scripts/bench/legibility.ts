// The legibility figures of the graph: every gallery example at every screen size the page is
// used at (and presentation mode on a projector), measured by the same page object and in-page
// probe as e2e/legibility.spec.ts. Reported, not asserted: the spec holds the limits.
import type { Browser } from '@playwright/test';
import {
  EXAMPLES,
  LegibilityPage,
  SCREEN_SIZES,
  sizeLabel,
  type LegibilityFigures,
  type ScreenSize,
} from '../../e2e/pages/legibility';

interface Measured {
  example: string;
  figures: LegibilityFigures;
}

/** Opens one page at `size` and measures every example in it, one after another. */
async function measureAt(
  browser: Browser,
  url: string,
  size: ScreenSize,
  presenting: boolean,
): Promise<Measured[]> {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    locale: 'en-US',
  });
  try {
    const legibility = new LegibilityPage(page);
    await legibility.open(url);
    const out: Measured[] = [];
    for (const example of EXAMPLES) {
      out.push({
        example: example.id,
        figures: await legibility.measureExample(example, presenting),
      });
    }
    return out;
  } finally {
    await page.close();
  }
}

const ID_WIDTH = Math.max(...EXAMPLES.map((e) => e.id.length));
const COLUMNS = ['zoom', 'min', 'median', 'frame', 'canvas', 'cut', 'overlap', 'offscreen'];

function row(name: string, cells: (number | string)[]): string {
  const width = (i: number) => Math.max(COLUMNS[i].length, 5);
  return [name.padEnd(ID_WIDTH), ...cells.map((c, i) => String(c).padStart(width(i)))]
    .join('  ')
    .trimEnd();
}

/** One line per example: zoom, text sizes in px, shares of the canvas and window, counts. */
function tableRow({ example, figures: f }: Measured): string {
  const fixed = (x: number, digits: number) => x.toFixed(digits);
  return row(example, [
    fixed(f.zoom, 2),
    fixed(f.minText, 1),
    fixed(f.medianText, 1),
    fixed(f.frameShare, 2),
    fixed(f.canvasShare, 2),
    f.truncated.length,
    f.overlaps.length,
    f.offscreen.length,
  ]);
}

/** The worst example of one size: smallest text, and the lowest share and highest counts. */
function summary(rows: Measured[]): string {
  const least = (pick: (f: LegibilityFigures) => number) =>
    rows.reduce((a, b) => (pick(b.figures) < pick(a.figures) ? b : a));
  const total = (pick: (f: LegibilityFigures) => string[]) =>
    rows.reduce((n, r) => n + pick(r.figures).length, 0);
  const small = least((f) => f.minText);
  const frame = least((f) => f.frameShare);
  const s = small.figures.smallest;
  const where = s ? ` ("${s.text}" in ${s.owner})` : '';
  return [
    `smallest text ${small.figures.minText.toFixed(1)} px in ${small.example}${where}`,
    `smallest frame ${frame.figures.frameShare.toFixed(2)} in ${frame.example}`,
    `canvas ${rows[0].figures.canvasShare.toFixed(2)} of the window`,
    `${total((f) => f.truncated)} cut, ${total((f) => f.overlaps)} overlapping, ${total((f) => f.offscreen)} offscreen`,
  ].join('; ');
}

/** The "legibility" section of `npm run bench`. */
export async function legibilityReport(
  browser: Browser,
  url: string,
): Promise<Record<string, unknown>> {
  const report: Record<string, unknown> = {
    method:
      'each gallery example opened from the gallery, in one page per size, once the fitted viewport is still for two frames; text px = CSS font size × every scale above the text (zoom included), over visible text runs on the canvas; frame = pod frame / canvas (larger axis); canvas = canvas width / window width; counts of cut text, overlapping labels, nodes outside the canvas',
    columns: row('example', COLUMNS),
  };
  const runs = [
    ...SCREEN_SIZES.map((size) => ({ size, presenting: false })),
    { size: SCREEN_SIZES.find((s) => s.width === 1280) ?? SCREEN_SIZES[0], presenting: true },
  ];
  for (const { size, presenting } of runs) {
    const rows = await measureAt(browser, url, size, presenting);
    report[`${sizeLabel(size)}${presenting ? ' presenting' : ''}`] = {
      rows: rows.map(tableRow),
      worst: summary(rows),
    };
  }
  return report;
}
