import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { ExportPage } from './pages/export';

const example = (name: string): string =>
  readFileSync(new URL(`../app/examples/${name}.yaml`, import.meta.url), 'utf8');

// The image covers the drawing plus this margin, at twice its size (app/export/bounds.ts).
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
 * Looks for the graph's edges in a PNG: every point along each edge on screen, mapped into the
 * image, should have the edge's colour there (within a couple of pixels).
 */
function edgesInPng(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; edges: EdgeSample[] }> {
  return page.evaluate(
    async ({ b64, margin, ratio }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const pixels = ctx.getImageData(0, 0, img.width, img.height).data;

      const viewport = document.querySelector('.react-flow__viewport') as HTMLElement;
      const origin = viewport.getBoundingClientRect();
      const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
      const toGraph = (x: number, y: number) => ({
        x: (x - origin.left) / zoom,
        y: (y - origin.top) / zoom,
      });
      // The layout puts every node at x, y ≥ 0, so the image starts `margin` before 0.
      const nodes = [...viewport.querySelectorAll('.react-flow__node')].map((el) => {
        const r = el.getBoundingClientRect();
        return toGraph(r.left, r.top);
      });
      const ox = Math.floor(Math.min(0, ...nodes.map((n) => n.x)) - margin);
      const oy = Math.floor(Math.min(0, ...nodes.map((n) => n.y)) - margin);

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
          const px = Math.round((g.x - ox) * ratio);
          const py = Math.round((g.y - oy) * ratio);
          samples++;
          let hit = false;
          for (let dy = -2; dy <= 2 && !hit; dy++)
            for (let dx = -2; dx <= 2 && !hit; dx++) {
              const x = px + dx;
              const y = py + dy;
              if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
              const at = (y * img.width + x) * 4;
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
      return { width: img.width, height: img.height, edges };
    },
    { b64: png.toString('base64'), margin: MARGIN, ratio: RATIO },
  );
}

function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(data|blob):/.test(url) && !url.startsWith('http://127.0.0.1')) foreign.push(url);
  });
  return foreign;
}

test('PNG export: a valid PNG of the whole graph, edges included, without network requests', async ({
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
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);

  const found = await edgesInPng(page, bytes);
  expect(found).toMatchObject({ width, height });
  // The image is twice the drawing plus its margins: at least as wide as the pod frame.
  const frame = await app.podNode.evaluate((el) => {
    const zoom = new DOMMatrixReadOnly(
      getComputedStyle(el.closest('.react-flow__viewport') as HTMLElement).transform,
    ).a;
    return el.getBoundingClientRect().width / zoom;
  });
  expect(width).toBeGreaterThanOrEqual(Math.floor(RATIO * (frame + 2 * MARGIN)));

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
      return c.toDataURL('image/png').split(',')[1];
    },
    { w: width, h: height },
  );
  const found = await edgesInPng(page, Buffer.from(blank, 'base64'));
  const mounts = found.edges.filter((e) => MOUNT_STROKES.includes(e.stroke));
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits).toBe(0);
});

test('SVG export parses as SVG and holds every node name and every edge', async ({ page }) => {
  const foreign = watchForeignRequests(page);
  const app = new ExportPage(page);
  await app.open();
  const names = await app.nodeNames();
  const edgeCount = await app.edges.count();
  expect(names).toEqual(
    expect.arrayContaining([
      'pod-demo',
      'app',
      'log-shipper',
      'prom-agent',
      'shared-data',
      'config',
    ]),
  );

  const { fileName, bytes } = await app.download('Graph as SVG image');
  expect(fileName).toBe('pod-demo-graph.svg');
  const svg = bytes.toString('utf8');
  writeFileSync('test-results/screenshots/export-graph.svg', svg);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: root.textContent ?? '',
      names: [...doc.querySelectorAll('[data-name]')].map((el) => el.getAttribute('data-name')),
      edges: doc.querySelectorAll('path.react-flow__edge-path').length,
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.width).toBeGreaterThan(0);
  expect(parsed.height).toBeGreaterThan(0);
  for (const name of names) expect(parsed.names).toContain(name);
  // Names from the manifest are drawn as text (the hubs show their own titles).
  for (const name of ['pod-demo', 'app', 'log-shipper', 'prom-agent', 'shared-data', 'prom-config'])
    expect(parsed.text).toContain(name);
  expect(parsed.edges).toBe(edgeCount);
  expect(foreign).toEqual([]);
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

test('in the dark theme the image has the dark background, edges included', async ({ page }) => {
  const app = new ExportPage(page);
  await app.open();
  await page
    .getByRole('group', { name: 'Colour theme' })
    .getByRole('button', { name: 'Dark' })
    .click();
  await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
  const { bytes } = await app.download('Graph as PNG image');
  writeFileSync('test-results/screenshots/export-graph-dark.png', bytes);
  const corner = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(2, 2, 1, 1).data];
  }, bytes.toString('base64'));
  // The margin's corner: the canvas's dark background, fully opaque.
  expect(corner[3]).toBe(255);
  expect((corner[0] + corner[1] + corner[2]) / 3).toBeLessThan(60);
  const mounts = (await edgesInPng(page, bytes)).edges.filter((e) =>
    MOUNT_STROKES.includes(e.stroke),
  );
  expect(mounts).toHaveLength(3);
  for (const e of mounts) expect(e.hits, JSON.stringify(e)).toBeGreaterThanOrEqual(e.samples / 2);
});
