// The graph fits its pane: it refits when the window changes size unless the user has moved the
// view since the last fit, and cards show their details once zoomed in, keeping every hook.
import { expect, test, type Page } from './fixtures';
import { CanvasPage } from './pages/canvas';
import { EditorPage } from './pages/editor';

// Each test resizes the window and waits for the graph to settle several times: room for a slow machine.
test.describe.configure({ timeout: 120_000 });

async function open(page: Page, width: number, height: number): Promise<CanvasPage> {
  await page.setViewportSize({ width, height });
  const editor = new EditorPage(page);
  const canvas = new CanvasPage(page);
  await editor.open();
  await canvas.waitForGraph('pod-demo');
  return canvas;
}

/**
 * The viewport transform once it has stopped changing (fits and zooms animate). Each read waits
 * for two animation frames, which move a running animation on; a busy machine can hold frames
 * back for longer than a zoom lasts, so two reads in a row that agree across such frames are not
 * enough: three are asked for.
 */
async function settledTransform(page: Page): Promise<string> {
  const read = () =>
    page.locator('.react-flow__viewport').evaluate(async (el) => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return (el as HTMLElement).style.transform;
    });
  let last = await read();
  let agreeing = 0;
  await expect(async () => {
    const now = await read();
    agreeing = now === last ? agreeing + 1 : 0;
    last = now;
    expect(agreeing).toBeGreaterThanOrEqual(2);
  }).toPass({ intervals: [150, 150, 300, 500], timeout: 30_000 });
  return last;
}

async function everyContainerInView(canvas: CanvasPage): Promise<void> {
  for (const name of ['app', 'log-shipper', 'prom-agent'])
    await expect.poll(() => canvas.inView('container', name), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => canvas.inView('pod', 'pod-demo'), { timeout: 15_000 }).toBe(true);
}

test('a smaller window refits the graph, so nothing ends up off screen', async ({ page }) => {
  const canvas = await open(page, 1440, 900);
  const wide = await settledTransform(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => settledTransform(page), { timeout: 20_000 }).not.toBe(wide);
  await everyContainerInView(canvas);
  await page.setViewportSize({ width: 1280, height: 720 });
  await everyContainerInView(canvas);
});

test('after the user zooms, a resize keeps their view until they press Fit', async ({ page }) => {
  const canvas = await open(page, 1440, 900);
  await settledTransform(page);
  await canvas.button('Zoom in').click();
  const zoomed = await settledTransform(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Give a refit every chance to happen, then check it did not.
  await page.waitForTimeout(500);
  expect(await settledTransform(page)).toBe(zoomed);
  await canvas.button('Fit').click();
  await expect.poll(() => settledTransform(page), { timeout: 20_000 }).not.toBe(zoomed);
  await everyContainerInView(canvas);
  // Fitted again, the next resize refits.
  const fitted = await settledTransform(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => settledTransform(page), { timeout: 20_000 }).not.toBe(fitted);
  await everyContainerInView(canvas);
});

test('panning by dragging the empty canvas also keeps the view on resize', async ({ page }) => {
  const canvas = await open(page, 1440, 900);
  await settledTransform(page);
  const box = await canvas.root.boundingBox();
  if (!box) throw new Error('no canvas');
  // An empty spot: the top-left corner under the controls' row.
  await page.mouse.move(box.x + 8, box.y + box.height - 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height - 40, { steps: 5 });
  await page.mouse.up();
  const panned = await settledTransform(page);
  await page.setViewportSize({ width: 1300, height: 850 });
  await page.waitForTimeout(500);
  expect(await settledTransform(page)).toBe(panned);
});

test('zoomed in, cards show their details; every hook stays at every zoom', async ({ page }) => {
  const canvas = await open(page, 1440, 900);
  const app = canvas.node('container', 'app');
  // At Fit the card gives the overview: no mount line yet.
  await expect(app).not.toContainText('/data');
  for (let i = 0; i < 8 && (await canvas.zoom()) < 1.5; i++) {
    await canvas.button('Zoom in').click();
    await settledTransform(page);
  }
  expect(await canvas.zoom()).toBeGreaterThanOrEqual(1.5);
  await expect(app).toContainText('/data');
  await expect(app).toContainText('readiness');
  await expect(canvas.nodes('container')).toHaveCount(3);
  await expect(canvas.root.locator('[data-port="8080/TCP"]')).toHaveCount(1);
  for (let i = 0; i < 12 && (await canvas.zoom()) > 0.2; i++) {
    await canvas.button('Zoom out').click();
    await settledTransform(page);
  }
  await expect(app).not.toContainText('/data');
  await expect(canvas.nodes('container')).toHaveCount(3);
  await expect(canvas.nodes('pod')).toHaveAttribute('data-name', 'pod-demo');
  await expect(canvas.root.locator('[data-port="8080/TCP"]')).toHaveCount(1);
  await expect(canvas.node('container', 'prom-agent')).toHaveAttribute('data-severity', /.+/);
});
