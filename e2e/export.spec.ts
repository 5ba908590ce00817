import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { CATALOG } from '../app/examples/catalog';
import { example } from './manifests';
import { ExportPage, type GraphRect, type ParsedSvg } from './pages/export';

// Each test downloads and decodes images; on a loaded machine that takes a while.
test.describe.configure({ timeout: 120_000 });
// The exported files are kept beside the screenshots, to be looked at.
mkdirSync('test-results/screenshots', { recursive: true });

// The images cover the drawing plus this margin; the PNG has two pixels per graph unit
// (app/export/bounds.ts).
const MARGIN = 24;
const RATIO = 2;
// Mount edges: slate for one container, indigo when the volume is shared (app/canvas/edgeStyles.ts).
const MOUNT_STROKES = ['rgb(100, 116, 139)', 'rgb(79, 70, 229)'];

interface EdgeSample {
  stroke: string;
  hits: number;
  samples: number;
}

/**
 * Looks for the graph's edges in an image of the graph: every point along each edge on screen,
 * mapped into the image, should have the edge's colour there (within a couple of pixels). The
 * image starts at `origin` (graph units) and has `ratio` pixels per graph unit once drawn at
 * `scale` times its own size.
 */
function edgesInImage(
  page: Page,
  src: string,
  origin: { x: number; y: number },
  ratio: number,
  scale = 1,
): Promise<{ width: number; height: number; edges: EdgeSample[] }> {
  return page.evaluate(
    async ({ src, origin, ratio, scale }) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth * scale;
      canvas.height = img.naturalHeight * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;

      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const box = viewport.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      const toGraph = (x: number, y: number) => ({
        x: (x - box.left) / zoom,
        y: (y - box.top) / zoom,
      });

      const edges = [];
      for (const path of document.querySelectorAll<SVGPathElement>(
        '.react-flow .react-flow__edge-path',
      )) {
        const style = getComputedStyle(path);
        const rgb = (style.stroke.match(/\d+/g) ?? []).slice(0, 3).map(Number);
        const ctm = path.getScreenCTM();
        if (!ctm || rgb.length < 3) continue;
        const length = path.getTotalLength();
        let hits = 0;
        let samples = 0;
        for (let i = 1; i < 20; i++) {
          const p = path.getPointAtLength((length * i) / 20);
          const s = new DOMPoint(p.x, p.y).matrixTransform(ctm);
          const g = toGraph(s.x, s.y);
          const px = Math.round((g.x - origin.x) * ratio);
          const py = Math.round((g.y - origin.y) * ratio);
          samples++;
          let hit = false;
          for (let dy = -2; dy <= 2 && !hit; dy++)
            for (let dx = -2; dx <= 2 && !hit; dx++) {
              const x = px + dx;
              const y = py + dy;
              if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
              const at = (y * canvas.width + x) * 4;
              const distance =
                Math.abs(pixels[at] - rgb[0]) +
                Math.abs(pixels[at + 1] - rgb[1]) +
                Math.abs(pixels[at + 2] - rgb[2]);
              hit = distance < 60;
            }
          if (hit) hits++;
        }
        edges.push({ stroke: style.stroke, hits, samples });
      }
      return { width: img.naturalWidth, height: img.naturalHeight, edges };
    },
    { src, origin, ratio, scale },
  );
}

const pngUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
const svgUrl = (svg: string): string =>
  `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && !url.startsWith('http://127.0.0.1')) foreign.push(url);
  });
  return foreign;
}

test('PNG export: a sharp PNG of the whole graph, edges included, without network requests', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page);
  const app = new ExportPage(page);
  await app.open();
  await expect(app.edges.first()).toBeAttached();

  const { fileName, bytes } = await app.download('Graph as PNG image');
  expect(fileName).toBe('pod-demo-graph.png');
  // The PNG signature, then the IHDR chunk with the image size.
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Kept to be looked at, like the screenshots.
  writeFileSync('test-results/screenshots/export-graph.png', bytes);

  // Sharp: at least two pixels per graph unit over the whole drawing and its margins.
  const bounds = await app.exportBounds(MARGIN);
  expect(width).toBeGreaterThanOrEqual(Math.floor(RATIO * bounds.width));
  expect(height).toBeGreaterThanOrEqual(Math.floor(RATIO * bounds.height));

  const found = await edgesInImage(page, pngUrl(bytes), bounds, RATIO);
  expect(found).toMatchObject({ width, height });
  // The default example has three mount edges: two to the shared volume, one to the config.
  const mounts = found.edges.filter((e) => MOUNT_STROKES.includes(e.stroke));
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits, JSON.stringify(e)).toBeGreaterThanOrEqual(e.samples / 2);
  expect(foreign).toEqual([]);
});

test('PNG export without edges would be caught: a blank image has no edge colour on the edges', async ({
  page,
}) => {
  const app = new ExportPage(page);
  await app.open();
  const { bytes } = await app.download('Graph as PNG image');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // The same check on a plain white image of the same size finds nothing.
  const blank = await page.evaluate(
    ({ w, h }) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, w, h);
      return c.toDataURL('image/png');
    },
    { w: width, h: height },
  );
  const found = await edgesInImage(page, blank, await app.exportBounds(MARGIN), RATIO);
  const mounts = found.edges.filter((e) => MOUNT_STROKES.includes(e.stroke));
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits).toBe(0);
});

// What an SVG drawing may hold: shapes, text, groups and arrowheads; never HTML.
const SVG_ELEMENTS = [
  'svg',
  'defs',
  'marker',
  'g',
  'rect',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
];

const inside = (p: { x: number; y: number }, r: GraphRect): boolean =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** Every container's name is a <text> of its own, drawn inside the container's card. */
async function expectContainerNames(app: ExportPage, parsed: ParsedSvg, names: readonly string[]) {
  const cards = await app.graphRects('[data-kind="container"]');
  for (const name of names) {
    const card = cards[name];
    expect(card, name).toBeDefined();
    const texts = parsed.texts.filter((t) => t.text === name);
    expect(texts.length, `a <text> for ${name}`).toBeGreaterThan(0);
    expect(
      texts.some((t) => inside(t, card)),
      `${name} inside its card ${JSON.stringify(card)}: ${JSON.stringify(texts)}`,
    ).toBe(true);
  }
}

test('SVG export is a vector drawing: shapes and text, no HTML, edges where they are drawn', async ({
  page,
}) => {
  const foreign = watchForeignRequests(page);
  const app = new ExportPage(page);
  await app.open();
  await expect(app.edges.first()).toBeAttached();
  const names = await app.nodeNames();
  expect(names).toEqual(
    expect.arrayContaining(['pod-demo', 'app', 'log-shipper', 'prom-agent', 'shared-data']),
  );
  const edgeIds = await page
    .locator('.react-flow .react-flow__edge')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  expect(edgeIds.length).toBeGreaterThan(0);

  const { fileName, bytes } = await app.download('Graph as SVG image');
  expect(fileName).toBe('pod-demo-graph.svg');
  const svg = bytes.toString('utf8');
  writeFileSync('test-results/screenshots/export-graph.svg', svg);
  // A drawing, not a snapshot of the page: a few kilobytes, no embedded HTML.
  expect(bytes.length).toBeLessThan(200 * 1024);
  expect(svg).not.toMatch(/foreignObject|<button|<div|<span|xhtml/i);
  // Plain sRGB colours, which drawing programs read (the page computes oklch).
  expect(svg).not.toMatch(/okl(ch|ab)\(/);

  const parsed = await app.parseSvg(svg);
  expect(parsed.parserError).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.foreign).toEqual([]);
  for (const el of parsed.elements) expect(SVG_ELEMENTS, el).toContain(el);
  expect(parsed.width).toBeGreaterThan(0);
  expect(parsed.viewBox).toEqual([
    parsed.viewBox[0],
    parsed.viewBox[1],
    parsed.width,
    parsed.height,
  ]);

  await expectContainerNames(app, parsed, ['app', 'log-shipper', 'prom-agent']);
  // Names from the manifest are drawn as text (the hubs show their own titles).
  for (const name of ['pod-demo', 'shared-data', 'config', 'prom-config'])
    expect(parsed.texts.map((t) => t.text)).toContain(name);
  // Every edge is a group with its line in it.
  expect(Object.keys(parsed.edges).sort()).toEqual([...edgeIds].sort());
  for (const id of edgeIds) expect(parsed.edges[id], id).toBeGreaterThan(0);

  // Drawn as an image at twice its size, the lines lie where the edges are on screen.
  const origin = { x: parsed.viewBox[0], y: parsed.viewBox[1] };
  const found = await edgesInImage(page, svgUrl(svg), origin, RATIO, RATIO);
  const mounts = found.edges.filter((e) => MOUNT_STROKES.includes(e.stroke));
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits, JSON.stringify(e)).toBeGreaterThanOrEqual(e.samples / 2);

  // Side by side, to be looked at: the canvas and the file as an image.
  await page
    .locator('.react-flow')
    .screenshot({ path: 'test-results/screenshots/export-canvas.png' });
  expect(await app.screenshotImage(svgUrl(svg), 'svg-as-image')).toEqual({
    width: parsed.width,
    height: parsed.height,
  });
  expect(foreign).toEqual([]);
});

test('SVG export of a gallery example with init containers: every name, arrowheads on the order', async ({
  page,
}) => {
  const app = new ExportPage(page);
  await app.open();
  const example = CATALOG.find((e) => e.id === 'native-sidecar');
  if (!example) throw new Error('no native-sidecar example');
  await app.openExample(example.title, example.workload);

  const { fileName, bytes } = await app.download('Graph as SVG image');
  expect(fileName).toBe('job-report-job-graph.svg');
  const svg = bytes.toString('utf8');
  writeFileSync('test-results/screenshots/export-native-sidecar.svg', svg);
  expect(svg).not.toMatch(/foreignObject|<button|<div/i);
  const parsed = await app.parseSvg(svg);
  expect(parsed.parserError).toBe(false);
  expect(parsed.foreign).toEqual([]);
  await expectContainerNames(app, parsed, example.containers);
  expect(parsed.texts.map((t) => t.text)).toContain(example.workload);
  // The run order is drawn with arrowheads: the markers come along, under their own ids.
  expect(parsed.markers).toBeGreaterThan(0);
  expect(parsed.markerRefs.length).toBeGreaterThan(0);
  for (const ref of parsed.markerRefs) expect(ref).toMatch(/^url\(#m\d+\)$/);
  await app.screenshotImage(svgUrl(svg), 'native-sidecar-svg-as-image');
});

test('SVG export keeps names with markup in them as text', async ({ page }) => {
  const app = new ExportPage(page);
  await app.open();
  const container = `a<b>&amp;"c'`;
  const pod = `<pod> & "friends"`;
  const manifest = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${JSON.stringify(pod)}`,
    'spec:',
    '  containers:',
    `    - name: ${JSON.stringify(container)}`,
    '      image: busybox',
  ].join('\n');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'odd.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(manifest),
  });
  await expect(app.podNode).toHaveAttribute('data-name', pod, { timeout: 30_000 });

  const { bytes } = await app.download('Graph as SVG image');
  const parsed = await app.parseSvg(bytes.toString('utf8'));
  expect(parsed.parserError).toBe(false);
  expect(parsed.foreign).toEqual([]);
  await expectContainerNames(app, parsed, [container]);
  expect(parsed.texts.map((t) => t.text)).toContain(pod);
});

test('the Markdown report lists every finding of the input, this workload’s and the others’', async ({
  page,
}) => {
  const app = new ExportPage(page);
  await app.open();
  // Two workloads: the report is about the first, and still lists the second one's findings.
  const text = `${example('port-clash')}\n---\n${example('hostnetwork-daemonset')}`;
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'two.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) });
  await expect(app.page.locator('[data-kind="pod"][data-name="port-clash-demo"]')).toBeVisible();
  const findings = await app.findings();
  expect(findings.length).toBeGreaterThan(3);
  expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(2);

  const { fileName, bytes } = await app.download('Review report (Markdown)');
  expect(fileName).toBe('port-clash-demo-review.md');
  const md = bytes.toString('utf8');
  expect(md).toMatch(/^# podscope review: Pod\/port-clash-demo/);
  const rows = md.split('\n').filter((l) => /^\| (error|warning|info)/.test(l));
  expect(rows).toHaveLength(findings.length);
  // Rows are | severity | `rule` | line | … for this workload; the other workloads' rows have
  // the document number before the line.
  for (const f of findings) {
    const row = new RegExp(`^\\| \\S+ \\| \`${f.ruleId}\` \\|( \\d+ \\|)? ${f.line} \\|`);
    expect(
      rows.some((r) => row.test(r)),
      JSON.stringify(f),
    ).toBe(true);
  }
  // The verification commands are filled in with the real names.
  expect(md).toContain('kubectl exec port-clash-demo -c web -- hostname');
});

test('the report follows the page’s language', async ({ page }) => {
  const app = new ExportPage(page);
  await app.open();
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '评审报告（Markdown）' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toMatch(/^# /);
  expect(text).toContain('Pod/pod-demo');
  // Headings in Chinese, not English.
  expect(text).not.toContain('## Findings');
  expect(text).toMatch(/\n## [^\n]*[\u4e00-\u9fff]/);
});

test('the menu works from the keyboard', async ({ page }) => {
  const app = new ExportPage(page);
  await app.open();
  await app.exportButton.focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.menu).toBeVisible();
  await expect(app.exportButton).toHaveAttribute('aria-expanded', 'true');
  await expect(app.item('Graph as PNG image')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.item('Graph as SVG image')).toBeFocused();
  await page.keyboard.press('End');
  await expect(app.item('Review report (Markdown)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.item('Graph as PNG image')).toBeFocused();
  await app.screenshot('menu');
  await page.keyboard.press('Escape');
  await expect(app.menu).toBeHidden();
  await expect(app.exportButton).toBeFocused();
  // Escape closed the menu only: the page is not in presentation mode or anything else.
  await expect(page.locator('.cm-editor')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(app.item('Graph as PNG image')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('pod-demo-review.md');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    'pod-demo-review.md',
  );
});

test('in the dark theme the images have the dark background, edges included', async ({ page }) => {
  const app = new ExportPage(page);
  await app.open();
  await page
    .getByRole('group', { name: 'Colour theme' })
    .getByRole('button', { name: 'Dark' })
    .click();
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  const { bytes } = await app.download('Graph as PNG image');
  writeFileSync('test-results/screenshots/export-graph-dark.png', bytes);
  const svg = (await app.download('Graph as SVG image')).bytes.toString('utf8');
  writeFileSync('test-results/screenshots/export-graph-dark.svg', svg);
  for (const src of [pngUrl(bytes), svgUrl(svg)]) {
    const corner = await page.evaluate(async (url) => {
      const img = new Image();
      img.src = url;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(2, 2, 1, 1).data];
    }, src);
    // The margin's corner: the canvas's dark background, fully opaque.
    expect(corner[3], src.slice(0, 20)).toBe(255);
    expect((corner[0] + corner[1] + corner[2]) / 3, src.slice(0, 20)).toBeLessThan(60);
  }
  const found = await edgesInImage(page, pngUrl(bytes), await app.exportBounds(MARGIN), RATIO);
  const mounts = found.edges.filter((e) => MOUNT_STROKES.includes(e.stroke));
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits, JSON.stringify(e)).toBeGreaterThanOrEqual(e.samples / 2);
  await app.screenshotImage(svgUrl(svg), 'svg-as-image-dark');
});
