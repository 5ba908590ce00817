import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
}

/** A rectangle in graph units (screen offsets from the viewport divided by its zoom). */
export interface GraphRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a strict XML parser makes of an exported SVG file. */
export interface ParsedSvg {
  parserError: boolean;
  root: string;
  width: number;
  height: number;
  viewBox: number[];
  /** Local names of elements outside the SVG namespace (HTML would land there). */
  foreign: string[];
  elements: string[];
  /** Every <text>: its content and position. */
  texts: { text: string; x: number; y: number }[];
  /** data-edge of every edge group, with the number of paths in it. */
  edges: Record<string, number>;
  markers: number;
  markerRefs: string[];
}

// The first paint of the graph and an image export wait on a busy machine; they are given time.
const SLOW = { timeout: 30_000 };

/** The Export menu as a person uses it: open it, pick an item, get a file. */
export class ExportPage {
  readonly exportButton: Locator;
  readonly menu: Locator;
  readonly podNode: Locator;
  readonly edges: Locator;

  readonly examplesButton: Locator;
  readonly gallery: Locator;

  constructor(readonly page: Page) {
    this.examplesButton = page.getByRole('button', { name: 'Examples', exact: true });
    this.gallery = page.getByRole('dialog', { name: 'Examples' });
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    this.menu = page.getByRole('menu', { name: 'Export' });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.edges = page.locator('.react-flow .react-flow__edge-path');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.podNode).toBeVisible(SLOW);
  }

  /** Picks an example from the gallery and waits for its pod. */
  async openExample(title: string, workload: string): Promise<void> {
    await this.examplesButton.click();
    await expect(this.gallery).toBeVisible();
    await this.gallery.getByRole('button', { name: title, exact: true }).click();
    await expect(this.gallery).toBeHidden();
    await expect(this.podNode).toHaveAttribute('data-name', workload, SLOW);
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  /** Opens the menu, picks `name` and returns the file the browser downloads. */
  async download(name: string): Promise<Downloaded> {
    await this.exportButton.click();
    await expect(this.menu).toBeVisible(SLOW);
    const download = this.page.waitForEvent('download', SLOW);
    await this.item(name).click();
    const d = await download;
    const path = await d.path();
    return { fileName: d.suggestedFilename(), bytes: await readFile(path) };
  }

  /** The names every drawn node carries (data-name), once each. */
  async nodeNames(): Promise<string[]> {
    const names = await this.page
      .locator('.react-flow [data-kind][data-name]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
    return [...new Set(names)];
  }

  /** Where each element matching `selector` is drawn, in graph units, by its data-name. */
  async graphRects(selector: string): Promise<Record<string, GraphRect>> {
    return this.page.locator(`.react-flow ${selector}`).evaluateAll((els) => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const origin = viewport.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      const out: Record<string, GraphRect> = {};
      for (const el of els) {
        const r = el.getBoundingClientRect();
        out[el.getAttribute('data-name') ?? ''] = {
          x: (r.left - origin.left) / zoom,
          y: (r.top - origin.top) / zoom,
          width: r.width / zoom,
          height: r.height / zoom,
        };
      }
      return out;
    });
  }

  /** The export bounds as the page computes them: nodes and edge labels, grown by `margin`. */
  async exportBounds(margin: number): Promise<GraphRect> {
    return this.page.evaluate((m) => {
      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const origin = viewport.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      let [x1, y1, x2, y2] = [0, 0, 0, 0];
      const drawn = viewport.querySelectorAll(
        '.react-flow__node, .react-flow__edgelabel-renderer > *, .react-flow__viewport-portal > *',
      );
      for (const el of drawn) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        x1 = Math.min(x1, (r.left - origin.left) / zoom);
        y1 = Math.min(y1, (r.top - origin.top) / zoom);
        x2 = Math.max(x2, (r.right - origin.left) / zoom);
        y2 = Math.max(y2, (r.bottom - origin.top) / zoom);
      }
      const x = Math.floor(x1 - m);
      const y = Math.floor(y1 - m);
      return { x, y, width: Math.ceil(x2 + m) - x, height: Math.ceil(y2 + m) - y };
    }, margin);
  }

  /** Parses an exported SVG with the browser's XML parser, as drawing programs read it. */
  parseSvg(svg: string): Promise<ParsedSvg> {
    return this.page.evaluate((text) => {
      const SVG = 'http://www.w3.org/2000/svg';
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      const all = [...doc.getElementsByTagName('*')];
      const edges: Record<string, number> = {};
      for (const g of doc.querySelectorAll('g[data-edge]'))
        edges[g.getAttribute('data-edge') ?? ''] = g.querySelectorAll('path').length;
      return {
        parserError: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        viewBox: (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number),
        foreign: all.filter((el) => el.namespaceURI !== SVG).map((el) => el.localName),
        elements: [...new Set(all.map((el) => el.localName))],
        texts: [...doc.querySelectorAll('text')].map((t) => ({
          text: t.textContent ?? '',
          x: Number(t.getAttribute('x')),
          y: Number(t.getAttribute('y')),
        })),
        edges,
        markers: doc.querySelectorAll('defs marker').length,
        markerRefs: [...doc.querySelectorAll('[marker-end]')].map(
          (el) => el.getAttribute('marker-end') ?? '',
        ),
      };
    }, svg);
  }

  /** `kind/name: change` of every group an exported SVG marks as changed (compare mode). */
  changedGroups(svg: string): Promise<string[]> {
    return this.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('g[data-change]')].map(
        (g) =>
          `${g.getAttribute('data-kind')}/${g.getAttribute('data-name')}: ${g.getAttribute('data-change')}`,
      );
    }, svg);
  }

  /** Shows `image` (a data: URL) alone in a new page at its own size and saves a screenshot. */
  async screenshotImage(image: string, name: string): Promise<{ width: number; height: number }> {
    const view = await this.page.context().newPage();
    await view.goto('about:blank');
    const size = await view.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      document.body.style.margin = '0';
      document.body.append(img);
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, image);
    await view.setViewportSize({
      width: Math.min(size.width, 2000),
      height: Math.min(size.height, 2000),
    });
    await view.screenshot({ path: `test-results/screenshots/export-${name}.png` });
    await view.close();
    return size;
  }

  /** Rule id and line of every finding in the findings list. */
  async findings(): Promise<{ ruleId: string; line: number }[]> {
    return this.page.locator('[data-rule-id]').evaluateAll((els) =>
      els.map((el) => ({
        ruleId: el.getAttribute('data-rule-id') ?? '',
        line: Number(/(\d+):\d+/.exec(el.textContent ?? '')?.[1] ?? NaN),
      })),
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/export-${name}.png` });
  }
}
