import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from './fixtures';
import { CATALOG } from '../app/examples/catalog';
import { CanvasPage } from './pages/canvas';
import { EditorPage } from './pages/editor';
import { example as exampleText } from './manifests';

const SHOTS = 'test-results/screenshots';
const require = createRequire(import.meta.url);
const DEFAULT = exampleText('default');

// Two containers in one network namespace, both on 8080: the second bind fails.
const CLASH = `apiVersion: v1
kind: Pod
metadata:
  name: clash
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - containerPort: 8080
    - name: debug-tool
      image: busybox:1.36
      ports:
        - containerPort: 8080
`;

const TWO_WORKLOADS = `apiVersion: apps/v1
kind: Deployment
metadata: { name: first }
spec:
  selector: { matchLabels: { app: first } }
  template:
    metadata: { labels: { app: first } }
    spec:
      containers:
        - name: app
          image: nginx:1.27
          volumeMounts: [{ name: cache, mountPath: /cache }]
      volumes:
        - { name: cache, emptyDir: {} }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: second }
spec:
  selector: { matchLabels: { app: second } }
  template:
    metadata: { labels: { app: second } }
    spec:
      containers:
        - { name: worker, image: busybox:1.36 }
`;

/** A pod at the size the layout promises to handle: 60 containers in all four roles. */
function bigPod(): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata: { name: big }', 'spec:'];
  const container = (name: string, i: number, extra = '') =>
    `    - { name: ${name}, image: "busybox:1.36", ports: [{ containerPort: ${9000 + i} }], ` +
    `volumeMounts: [{ name: v${i % 12}, mountPath: /v${i} }]${extra} }`;
  lines.push('  initContainers:');
  for (let i = 0; i < 6; i++) lines.push(container(`init-${i}`, i));
  for (let i = 6; i < 12; i++) lines.push(container(`side-${i}`, i, ', restartPolicy: Always'));
  lines.push('  containers:');
  for (let i = 12; i < 56; i++) lines.push(container(`app-${i}`, i));
  lines.push('  ephemeralContainers:');
  for (let i = 56; i < 60; i++) lines.push(`    - { name: debug-${i}, image: "busybox:1.36" }`);
  lines.push('  volumes:');
  for (let v = 0; v < 12; v++) lines.push(`    - { name: v${v}, emptyDir: { sizeLimit: 1Gi } }`);
  return lines.join('\n') + '\n';
}

/** 1-based line and column of the first occurrence of `text` in `source`. */
function where(source: string, text: string): { line: number; column: number } {
  const at = source.indexOf(text);
  expect(at, `the example contains ${text}`).toBeGreaterThanOrEqual(0);
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

async function open(page: Page, text?: string, podName?: string) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const editor = new EditorPage(page);
  const canvas = new CanvasPage(page);
  await editor.open();
  if (text !== undefined) await editor.setText(text);
  await canvas.waitForGraph(podName ?? (text === undefined ? 'pod-demo' : undefined));
  return { editor, canvas };
}

/** Serious and critical axe-core violations inside the canvas, as `rule: targets`. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: [['.react-flow']] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('the default example draws the pod, its containers, hubs, volumes and the ConfigMap', async ({
  page,
}) => {
  const { canvas } = await open(page);
  await expect(canvas.node('pod', 'pod-demo')).toBeVisible();
  for (const name of ['app', 'log-shipper', 'prom-agent'])
    await expect(canvas.node('container', name)).toBeVisible();
  for (const name of ['network', 'ipc', 'uts'])
    await expect(canvas.node('namespace', name)).toBeVisible();
  // No shareProcessNamespace: no shared PID hub.
  await expect(canvas.node('namespace', 'pid')).toHaveCount(0);
  await expect(canvas.node('volume', 'shared-data')).toContainText('shared by 2 containers');
  await expect(canvas.node('volume', 'config')).toContainText('prom-config');
  await expect(canvas.node('object', 'prom-config')).toBeVisible();

  await expect(canvas.portChip('8080/TCP', 'app')).toBeVisible();
  await expect(canvas.portChip('9090/TCP', 'prom-agent')).toBeVisible();
  await expect(canvas.root.locator('[data-clash]')).toHaveCount(0);

  // The agent sets no resources: it is badged; the app is clean.
  await expect(canvas.node('container', 'prom-agent')).toHaveAttribute('data-severity', 'warning');
  await expect(canvas.node('container', 'app')).not.toHaveAttribute('data-severity', /.*/);

  // One edge per mount, labelled with the path and the access mode; memberships hidden.
  await expect(canvas.edges('mount')).toHaveCount(3);
  await expect(canvas.mountLabel('mount:app:shared-data:0')).toHaveText(/^\/data rw,/);
  await expect(canvas.mountLabel('mount:log-shipper:shared-data:0')).toHaveText(/^\/logs ro,/);
  await expect(canvas.edges('member')).toHaveCount(0);
  for (const kind of ['pod', 'container', 'volume', 'namespace', 'object'] as const)
    for (const n of await canvas.nodes(kind).all())
      expect(await canvas.inView(kind, (await n.getAttribute('data-name')) ?? '')).toBe(true);
  await page.screenshot({ path: `${SHOTS}/canvas-default.png` });
});

test('a port clash shows red chips and badges both containers', async ({ page }) => {
  const { canvas } = await open(page, CLASH, 'clash');
  const chips = canvas.portChip('8080/TCP');
  await expect(chips).toHaveCount(2);
  for (const chip of await chips.all()) {
    await expect(chip).toHaveAttribute('data-clash', 'true');
    await expect(chip).toContainText('⚠');
  }
  await expect(canvas.portChip('8080/TCP', 'web')).toBeVisible();
  await expect(canvas.portChip('8080/TCP', 'debug-tool')).toBeVisible();
  for (const name of ['web', 'debug-tool']) {
    const card = canvas.node('container', name);
    await expect(card).toHaveAttribute('data-severity', /^(error|warning)$/);
    await expect(card.locator('[data-badge]')).toHaveText(/^[1-9]\d*$/);
  }
  await page.screenshot({ path: `${SHOTS}/canvas-port-clash.png` });
});

test('clicking a node, a chip or a mount selects it; the empty pane clears', async ({ page }) => {
  const { canvas } = await open(page);
  const app = canvas.node('container', 'app');
  const shipper = canvas.node('container', 'log-shipper');

  await canvas.clickNode('container', 'app');
  await expect(app).toHaveAttribute('data-selected', 'true');
  await expect(app.getByRole('button', { name: /^app, app container/ })).toHaveAttribute(
    'aria-current',
    'true',
  );

  await canvas.clickNode('container', 'log-shipper');
  await expect(shipper).toHaveAttribute('data-selected', 'true');
  await expect(app).not.toHaveAttribute('data-selected', /.*/);
  // A selected container shows which namespaces it is in.
  await expect(canvas.edges('member')).toHaveCount(3);

  const chip = canvas.portChip('9090/TCP', 'prom-agent');
  await chip.click();
  await expect(chip).toHaveAttribute('aria-current', 'true');
  await expect(shipper).not.toHaveAttribute('data-selected', /.*/);
  await expect(canvas.node('namespace', 'network')).not.toHaveAttribute('data-selected', /.*/);

  const mount = canvas.mountLabel('mount:log-shipper:shared-data:0');
  await mount.click();
  await expect(mount).toHaveAttribute('aria-current', 'true');
  await expect(chip).not.toHaveAttribute('aria-current', /.*/);

  // The pane's top-left corner is empty: the fitted graph keeps a margin, the view buttons sit
  // top-right and the legend bottom-left.
  const box = await canvas.root.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + 12, box.y + 12);
  await expect(canvas.root.locator('[aria-current="true"], [data-selected]')).toHaveCount(0);

  // From the keyboard: focus a card's title and press Enter, then Space on another.
  await canvas.focusNode('volume', 'config');
  await page.keyboard.press('Enter');
  await expect(canvas.node('volume', 'config')).toHaveAttribute('data-selected', 'true');
  await canvas.focusNode('namespace', 'ipc');
  await page.keyboard.press('Space');
  await expect(canvas.node('namespace', 'ipc')).toHaveAttribute('data-selected', 'true');
  await expect(canvas.edges('member')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/canvas-selected.png` });
});

test('selecting a finding emphasises the nodes it is about', async ({ page }) => {
  const { canvas } = await open(page);
  await expect(canvas.root.locator('[data-touched]')).toHaveCount(0);
  await page.locator('[data-rule-id="sidecar-without-limits"]').first().click();
  await expect(canvas.node('container', 'prom-agent')).toHaveAttribute('data-touched', 'true');
  await expect(canvas.node('container', 'app')).not.toHaveAttribute('data-touched', /.*/);
  await page.screenshot({ path: `${SHOTS}/canvas-finding.png` });
});

test('a selection made in the editor or the list brings its node into view', async ({ page }) => {
  const { canvas } = await open(page);
  // Each step animates; a click during the animation zooms from wherever it is. Step until the
  // zoom limit (2) is reached, letting each step settle: the zoom reads the same twice in a row
  // (on a busy machine an animation can take far longer than it is meant to).
  for (let i = 0; i < 20 && (await canvas.zoom()) < 2; i++) {
    const before = await canvas.zoom();
    await canvas.button('Zoom in').click();
    await expect.poll(() => canvas.zoom()).toBeGreaterThan(before);
    let last = 0;
    await expect
      .poll(async () => {
        const [previous, now] = [last, await canvas.zoom()];
        last = now;
        return now === previous;
      })
      .toBe(true);
  }
  await expect.poll(() => canvas.zoom()).toBe(2);
  await expect.poll(() => canvas.inView('container', 'prom-agent')).toBe(false);
  await page.locator('[data-rule-id="sidecar-without-limits"]').first().click();
  // The pan animates (and zooms out a little on the way); where it lands, the zoom is kept.
  await expect.poll(() => canvas.inView('container', 'prom-agent')).toBe(true);
  await expect.poll(() => canvas.zoom()).toBe(2);
});

test('a dragged node stays where it was put while the text is edited', async ({ page }) => {
  const { editor, canvas } = await open(page);
  const before = await canvas.position('volume', 'shared-data');
  const zoom = await canvas.zoom();
  await canvas.dragNode('volume', 'shared-data', 160, 60);
  const moved = await canvas.position('volume', 'shared-data');
  // Screen pixels over the zoom, less the couple of pixels it takes for a drag to start.
  expect(Math.abs(moved.x - before.x - 160 / zoom)).toBeLessThan(4);
  expect(Math.abs(moved.y - before.y - 60 / zoom)).toBeLessThan(4);

  const { line, column } = where(DEFAULT, 'busybox:1.36');
  await editor.selectAt(line, column + 'busybox:'.length, 4);
  await page.keyboard.type('1.37');
  await expect(canvas.node('container', 'log-shipper')).toContainText('busybox:1.37');

  expect(await canvas.position('volume', 'shared-data')).toEqual(moved);
  expect(await canvas.zoom()).toBe(zoom);
});

test('Re-layout puts dragged nodes back; Fit brings the whole graph into view', async ({
  page,
}) => {
  const { canvas } = await open(page);
  const home = await canvas.position('volume', 'config');
  await canvas.dragNode('volume', 'config', -200, 40);
  expect(await canvas.position('volume', 'config')).not.toEqual(home);
  await canvas.button('Re-layout').click();
  await expect.poll(() => canvas.position('volume', 'config')).toEqual(home);

  for (let i = 0; i < 4; i++) await canvas.button('Zoom in').click();
  await expect.poll(() => canvas.inView('object', 'prom-config')).toBe(false);
  // Part of the graph is out of view: the minimap offers the way back.
  await expect(canvas.root.locator('.react-flow__minimap')).toBeVisible();

  await canvas.button('Fit').click();
  for (const [kind, name] of [
    ['pod', 'pod-demo'],
    ['object', 'prom-config'],
    ['volume', 'config'],
    ['namespace', 'network'],
  ] as const)
    await expect.poll(() => canvas.inView(kind, name)).toBe(true);
  await expect(canvas.root.locator('.react-flow__minimap')).toHaveCount(0);
});

test('hovering a container dims everything it does not share', async ({ page }) => {
  const { canvas } = await open(page);
  await canvas.hoverNode('container', 'app');
  await expect.poll(() => canvas.dimmed('container', 'prom-agent')).toBe(true);
  await expect.poll(() => canvas.dimmed('volume', 'config')).toBe(true);
  await expect.poll(() => canvas.dimmed('object', 'prom-config')).toBe(true);
  // Its volume, the container sharing it, and the namespaces stay bright.
  for (const [kind, name] of [
    ['container', 'app'],
    ['container', 'log-shipper'],
    ['volume', 'shared-data'],
    ['namespace', 'network'],
    ['namespace', 'ipc'],
    ['namespace', 'uts'],
  ] as const)
    expect(await canvas.dimmed(kind, name)).toBe(false);
  await expect(canvas.edges('member')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/canvas-hover.png` });

  const box = await canvas.root.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await expect.poll(() => canvas.dimmed('container', 'prom-agent')).toBe(false);
  await expect(canvas.edges('member')).toHaveCount(0);
});

test('invalid YAML keeps the last graph, dimmed under a stale banner', async ({ page }) => {
  const { editor, canvas } = await open(page);
  const banner = page.getByRole('status').filter({ hasText: 'shown as it last parsed' });
  await expect(banner).toHaveCount(0);
  const { line } = where(DEFAULT, 'kind: Pod');
  // In one go: typed key by key, `xkind: Pod` would be a valid (different) manifest on the way.
  await editor.cursorTo(line, 1);
  await page.keyboard.insertText('x: [\n');
  await expect(banner).toBeVisible();
  await expect(canvas.node('container', 'app')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/canvas-stale.png` });
  await editor.setText(DEFAULT);
  await expect(banner).toHaveCount(0);
});

test('switching workloads drops dragged positions and fits the new one', async ({ page }) => {
  const { canvas } = await open(page, TWO_WORKLOADS, 'first');
  const home = await canvas.position('volume', 'cache');
  await canvas.dragNode('volume', 'cache', 120, 0);
  expect(await canvas.position('volume', 'cache')).not.toEqual(home);

  const picker = page.getByRole('combobox', { name: 'Workload' });
  await picker.selectOption({ index: 1 });
  await expect(canvas.node('container', 'worker')).toBeVisible();
  await expect.poll(() => canvas.inView('container', 'worker')).toBe(true);
  await picker.selectOption({ index: 0 });
  await expect(canvas.node('volume', 'cache')).toBeVisible();
  await expect.poll(() => canvas.position('volume', 'cache')).toEqual(home);
});

test('the legend opens and closes from the keyboard', async ({ page }) => {
  const { canvas } = await open(page);
  const toggle = canvas.root.getByRole('button', { name: 'Legend' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const legend = canvas.root.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Sidecars');
  await expect(legend).toContainText('shared volume mount');
  await page.screenshot({ path: `${SHOTS}/canvas-legend.png` });
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('a 60-container pod is drawn in full, fitted, and still dims on hover', async ({ page }) => {
  const { canvas } = await open(page, bigPod(), 'big');
  await expect(canvas.nodes('container')).toHaveCount(60);
  await expect(canvas.nodes('volume')).toHaveCount(12);
  for (const [kind, name] of [
    ['container', 'init-0'],
    ['container', 'app-55'],
    ['container', 'debug-59'],
    ['volume', 'v11'],
  ] as const)
    await expect.poll(() => canvas.inView(kind, name)).toBe(true);
  await canvas.hoverNode('container', 'app-12');
  // app-12 mounts v0, as do init-0 (0 % 12) and app-24, app-36, app-48.
  await expect.poll(() => canvas.dimmed('container', 'app-13')).toBe(true);
  expect(await canvas.dimmed('container', 'init-0')).toBe(false);
  expect(await canvas.dimmed('container', 'app-48')).toBe(false);
  await page.screenshot({ path: `${SHOTS}/canvas-big.png` });
});

// Every gallery example, drawn: all its containers appear and every card's content fits the
// box the engine's layout gave it (the layout sizes cards from their lines; so does the page).
for (const example of CATALOG) {
  test(`the ${example.id} example draws every container, each card within its box`, async ({
    page,
  }) => {
    const { canvas } = await open(page, exampleText(example.id), example.workload);
    await expect(canvas.node('pod', example.workload)).toBeVisible();
    for (const name of example.containers)
      await expect(canvas.node('container', name)).toBeVisible();
    const overflowing = await canvas.root
      .locator('[data-kind]:not([data-kind="pod"])')
      .evaluateAll((els) =>
        els
          .filter(
            (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
          )
          .map((el) => `${el.getAttribute('data-kind')} ${el.getAttribute('data-name')}`),
      );
    expect(overflowing).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/canvas-example-${example.id}.png` });
  });
}

test('the canvas has no serious accessibility violations', async ({ page }) => {
  const { canvas } = await open(page);
  await canvas.clickNode('container', 'app');
  // Off the cards: hover dimming is meant to push the rest into the background.
  const box = await canvas.root.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  expect(await seriousViolations(page)).toEqual([]);
});
