import { expect, test, type Page } from './fixtures';
import { PresentPage } from './pages/present';

/** Lightness 0…1 of a computed colour (Tailwind 4 computes oklch; rgb for anything else). */
function lightness(color: string): number {
  const oklch = /^oklch\(([\d.]+)(%?)/.exec(color);
  if (oklch) return Number(oklch[1]) / (oklch[2] ? 100 : 1);
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (!rgb) throw new Error(`unexpected colour ${color}`);
  return (Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3])) / (3 * 255);
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

test.describe('presentation mode', () => {
  test('shows the graph alone and enlarges the type; the graph cards keep their size; Escape leaves', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    const card = await p.fontSize('.react-flow [data-kind="container"] button');
    const graphWidth = (await p.graphPane.boundingBox())?.width ?? 0;

    await p.presentButton.click();
    await expect(p.editor).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.locator('.presenting')).toHaveCount(1);
    const root = page.locator('.presenting');
    expect(await root.evaluate((el) => getComputedStyle(el).fontSize)).toBe('18px');
    expect(
      await root.evaluate((el) => getComputedStyle(el).getPropertyValue('--editor-font-size')),
    ).toBe('18px');
    // text-xs grows from 0.75rem to 0.875rem.
    expect(
      await root.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--text-xs'))),
    ).toBe(0.875);
    // Cards have sizes fixed by the layout: their text stays as it was.
    expect(await p.fontSize('.react-flow [data-kind="container"] button')).toBe(card);
    // The graph takes the editor's room.
    expect((await p.graphPane.boundingBox())?.width ?? 0).toBeGreaterThan(graphWidth + 200);
    await p.screenshot('on');

    await page.keyboard.press('Escape');
    await expect(p.editor).toBeVisible();
    await expect(p.presentButton).toHaveAttribute('aria-pressed', 'false');
  });

  test('draws compact cards in large type, with its controls in the caption; Exit leaves', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    const app = page.locator('.react-flow [data-kind="container"][data-name="app"]');
    const image = app.getByText('eclipse-temurin:21-jre');
    const requests = page.locator('.react-flow [data-kind="pod"]').getByText('requests');
    await expect(image).toBeVisible();
    await expect(requests).toBeVisible();
    // The card's own height in graph units (offsetHeight ignores the canvas's zoom).
    const height = () => app.evaluate((el) => (el as HTMLElement).offsetHeight);
    const normalHeight = await height();

    await p.presentButton.click();
    await expect(p.walk).toBeVisible();
    // The name and key badges only: the caption says the rest at each step.
    await expect(image).toBeHidden();
    await expect(requests).toBeHidden();
    await expect(app.getByText('app', { exact: true })).toBeVisible();
    await expect.poll(height).toBeLessThan(normalHeight * 0.75);
    // The canvas's own controls give way to the caption's.
    await expect(page.getByRole('button', { name: 'Fit', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
    const exit = p.walk.getByRole('button', { name: 'Exit presentation (Esc)' });
    await expect(exit).toBeVisible();
    // The first step's next button is how the walk begins.
    const next = p.walk.getByRole('button', { name: 'Next step' });
    const primary = await next.evaluate((el) => getComputedStyle(el).backgroundColor);
    await next.click();
    await expect(p.walk).toHaveAttribute('data-walk-step', 'namespace:network');
    expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(primary);
    await p.screenshot('compact');

    await exit.click();
    await expect(p.editor).toBeVisible();
    await expect(image).toBeVisible();
    await expect(requests).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fit', exact: true })).toBeVisible();
    await expect.poll(height).toBe(normalHeight);
  });

  test('fits the graph to the larger canvas on the way in and back on the way out', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    const frame = '.react-flow [data-kind="pod"]';
    // How far the pod frame's centre is from the canvas's centre, across.
    const offCentre = async () => {
      const pane = await p.graphPane.boundingBox();
      const pod = await box(page, frame);
      if (!pane) throw new Error('the graph pane is not on screen');
      return Math.abs(pod.x + pod.width / 2 - (pane.x + pane.width / 2));
    };
    await expect.poll(offCentre).toBeLessThan(30);
    const normalWidth = (await box(page, frame)).width;

    await p.presentButton.click();
    await expect(p.editor).toBeHidden();
    // The canvas grew by the editor's width; the graph is centred in it again, and not smaller.
    await expect.poll(offCentre).toBeLessThan(30);
    expect((await box(page, frame)).width).toBeGreaterThanOrEqual(normalWidth - 1);

    await page.keyboard.press('Escape');
    await expect(p.editor).toBeVisible();
    await expect.poll(offCentre).toBeLessThan(30);
  });

  test('P toggles it, but not while typing in the editor', async ({ page }) => {
    const p = new PresentPage(page);
    await p.open();
    await page.locator('.cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' p');
    await expect(p.editor).toBeVisible();
    await expect(page.locator('.presenting')).toHaveCount(0);

    // Focus leaves the editor for the page itself.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('p');
    await expect(p.editor).toBeHidden();
    await page.keyboard.press('p');
    await expect(p.editor).toBeVisible();
  });
});

test.describe('themes', () => {
  test('the switch sets the dark class and the background, follows the system on System, and is kept', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const p = new PresentPage(page);
    await p.open();
    await expect(p.themeButton('System')).toHaveAttribute('aria-pressed', 'true');
    expect(await p.htmlHasDark()).toBe(false);
    expect(lightness(await p.background())).toBeGreaterThan(0.9);

    await p.themeButton('Dark').click();
    await expect(p.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
    expect(await p.htmlHasDark()).toBe(true);
    expect(lightness(await p.background())).toBeLessThan(0.3);
    // The canvas draws in the same theme.
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
    await p.screenshot('dark');

    await p.themeButton('Light').click();
    expect(await p.htmlHasDark()).toBe(false);
    expect(lightness(await p.background())).toBeGreaterThan(0.9);
    await expect(page.locator('.react-flow')).not.toHaveClass(/\bdark\b/);
    await p.screenshot('light');

    // On System the page follows the system's changes as they happen.
    await p.themeButton('System').click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => p.htmlHasDark()).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => p.htmlHasDark()).toBe(false);

    // An explicit choice wins over the system, and survives a reload.
    await p.themeButton('Dark').click();
    await page.reload();
    await expect(p.podNode).toBeVisible();
    await expect(p.themeButton('Dark')).toHaveAttribute('aria-pressed', 'true');
    expect(await p.htmlHasDark()).toBe(true);
  });

  test('presentation mode in the dark theme', async ({ page }) => {
    const p = new PresentPage(page);
    await p.open();
    await p.themeButton('Dark').click();
    await p.presentButton.click();
    await expect(p.editor).toBeHidden();
    await expect(p.walk).toHaveAttribute('data-walk-step', 'overview');
    await p.settledTransform();
    await p.screenshot('dark-on');
  });
});

test.describe('guided tour', () => {
  test('does not open by itself in an automated browser, so other suites are not blocked', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    await expect(page.locator('[data-rule-id]').first()).toBeVisible();
    await page.waitForTimeout(300);
    await expect(page.locator('dialog[data-tour-step]')).toHaveCount(0);
  });

  test('walks through the hubs, a volume, a finding, the inspector and the ways in, then never comes back', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.forceTourOnFirstLoad();
    await p.open();
    await expect(p.tour).toBeVisible();
    expect(await p.tourStep()).toBe('network');
    await expect(p.tour.getByRole('heading')).toHaveText('One network for the whole pod');
    await expect(p.tourButton('Next')).toBeFocused();

    // The frame surrounds the network hub.
    const hub = await box(page, '[data-kind="namespace"][data-name="network"]');
    await expect
      .poll(async () => {
        const spot = await box(page, '[data-tour-spot]');
        return (
          spot.x <= hub.x &&
          spot.y <= hub.y &&
          spot.x + spot.width >= hub.x + hub.width &&
          spot.y + spot.height >= hub.y + hub.height
        );
      })
      .toBe(true);
    await p.screenshot('tour-network');

    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('ipcUts');
    await p.tourButton('Back').click();
    expect(await p.tourStep()).toBe('network');
    await expect(p.tourButton('Back')).toHaveCount(0);

    // Keyboard: Enter on the focused Next button.
    await page.keyboard.press('Enter');
    expect(await p.tourStep()).toBe('ipcUts');
    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('volume');
    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('finding');
    // The frame and the card glide to the finding.
    await page.waitForTimeout(400);
    await p.screenshot('tour-finding');
    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('inspector');
    // Then the editor, Examples and Present (first-minute.spec.ts checks what each frames).
    for (const step of ['editor', 'examples', 'present']) {
      await p.tourButton('Next').click();
      expect(await p.tourStep()).toBe(step);
    }
    await expect(p.tourButton('Next')).toHaveCount(0);
    await p.tourButton('Done').click();
    await expect(p.tour).toBeHidden();
    // The choice is stored once the tour has closed.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('podscope.tour')))
      .toBe('done');

    await page.reload();
    await expect(p.podNode).toBeVisible();
    await page.waitForTimeout(300);
    await expect(p.tour).toHaveCount(0);
  });

  test('Skip closes it for good', async ({ page }) => {
    const p = new PresentPage(page);
    await p.forceTourOnFirstLoad();
    await p.open();
    await expect(p.tour).toBeVisible();
    await p.tourButton('Skip the tour').click();
    await expect(p.tour).toBeHidden();
    // The page works again: the editor takes focus and typing.
    await page.locator('.cm-content').click();

    await page.reload();
    await expect(p.podNode).toBeVisible();
    await page.waitForTimeout(300);
    await expect(p.tour).toHaveCount(0);
  });

  test('Escape skips it too', async ({ page }) => {
    const p = new PresentPage(page);
    await p.forceTourOnFirstLoad();
    await p.open();
    await expect(p.tour).toBeVisible();
    await p.tourButton('Next').click();
    await page.keyboard.press('Escape');
    await expect(p.tour).toBeHidden();
    // The choice is stored once the tour has closed.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('podscope.tour')))
      .toBe('done');
    // Escape went to the tour, not to presentation mode or anything else.
    await expect(p.editor).toBeVisible();
  });
});

test.describe('guided tour in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('speaks the page’s language', async ({ page }) => {
    const p = new PresentPage(page);
    await p.forceTourOnFirstLoad();
    await p.open();
    await expect(p.tour).toBeVisible();
    await expect(p.tour.getByRole('heading')).toHaveText('整个 Pod 共用一个网络');
    await expect(p.tourButton('下一步')).toBeFocused();
    await page.waitForTimeout(400);
    await expect(p.tourButton('跳过导览')).toBeVisible();
    await p.screenshot('tour-zh');
  });
});

test.describe('the guided walk while presenting', () => {
  // Long walks, each step animated: room for a busy machine.
  test.slow();

  test('steps through the hub and the containers, zooming to each; speaks Chinese; Escape gives the view back', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    // A view of the user's own, not the fit: the walk must give exactly this one back.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const before = await p.settledTransform();

    await p.presentButton.click();
    await expect(p.walk).toBeVisible();
    await expect(p.walk).toHaveAttribute('data-walk-step', 'overview');
    await expect(p.walkTitle()).toHaveText('Pod pod-demo');
    await expect(p.walk).toContainText('3 containers, 1 shared volume');
    const counter = p.walk.locator('[data-walk-counter]');
    await expect(counter).toContainText(/^1 \/ \d+/);
    const overview = await p.settledTransform(before);
    const appAtOverview = await p.nodeBox('container', 'app');
    await p.screenshot('walk-overview');

    await page.keyboard.press('ArrowRight');
    await expect(p.walkTitle()).toHaveText('network');
    await expect(p.walk).toHaveAttribute('data-walk-step', 'namespace:network');
    await expect(p.walk).toContainText('Network namespace, shared by the whole pod');
    await expect(p.walkLesson()).toContainText('one network namespace');
    await expect(counter).toContainText(/^2 \/ \d+/);
    const atHub = await p.settledTransform(overview);
    await p.screenshot('walk-hub');

    await page.keyboard.press('ArrowRight');
    await expect(p.walkTitle()).toHaveText('app');
    await expect(p.walk).toContainText('App container');
    await expect(p.walkLesson()).toContainText('App containers start once every init container');
    await p.settledTransform(atHub);
    // Zoomed in on the container, and clear of the caption.
    const appZoomed = await p.nodeBox('container', 'app');
    expect(appZoomed.width).toBeGreaterThan(appAtOverview.width * 1.2);
    const caption = await p.walk.boundingBox();
    expect(appZoomed.y + appZoomed.height).toBeLessThanOrEqual((caption?.y ?? 0) + 1);
    // The caption's text is projector-sized.
    expect(await p.fontSize(p.walkLesson())).toBeGreaterThanOrEqual(20);
    await p.screenshot('walk-container');

    await page.keyboard.press('ArrowRight');
    await expect(p.walkTitle()).toHaveText('log-shipper');
    await page.keyboard.press('ArrowLeft');
    await expect(p.walkTitle()).toHaveText('app');
    // The caption's buttons step too.
    await p.walk.getByRole('button', { name: 'Next step' }).click();
    await expect(p.walkTitle()).toHaveText('log-shipper');
    await p.walk.getByRole('button', { name: 'Previous step' }).click();
    await expect(p.walkTitle()).toHaveText('app');

    await p.walk.getByRole('button', { name: '简体中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(p.walkTitle()).toHaveText('app');
    await expect(p.walk).toContainText('应用容器');
    await expect(p.walk).toContainText('Esc 退出');
    await expect(p.walkLesson()).toContainText('应用容器');
    await expect(p.walk.getByRole('button', { name: '下一步' })).toBeVisible();
    await p.screenshot('walk-zh');

    await page.keyboard.press('Escape');
    await expect(p.walk).toHaveCount(0);
    await expect(p.editor).toBeVisible();
    // The same pan and zoom as before, also once the canvas has fitted itself to the page.
    await expect.poll(() => p.transform()).toBe(before);
    await page.waitForTimeout(500);
    expect(await p.transform()).toBe(before);
  });

  test('ends with the findings: the rule, its message and why it matters; Home goes back', async ({
    page,
  }) => {
    const p = new PresentPage(page);
    await p.open();
    const rules = await page
      .locator('[data-rule-id]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-rule-id')));
    await p.presentButton.click();
    await expect(p.walk).toBeVisible();
    const overview = await p.settledTransform();

    await page.keyboard.press('End');
    await expect(p.walk).toHaveAttribute('data-walk-step', /^finding:/);
    const rule = (await p.walkTitle().textContent()) ?? '';
    expect(rules).toContain(rule);
    await expect(p.walk).toContainText(/Finding (\d+) of \1 ·/);
    await expect(p.walk).toContainText('Why it matters:');
    await expect(p.walk).toContainText('End of the walk');
    await expect(p.walk.getByRole('button', { name: 'Next step' })).toBeDisabled();
    await p.settledTransform(overview);
    await p.screenshot('walk-finding');

    await page.keyboard.press('Home');
    await expect(p.walk).toHaveAttribute('data-walk-step', 'overview');
    await expect(p.walk.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  });
});
