import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { ExportPage } from './pages/export';
import { I18nPage } from './pages/i18n';
import { PodscopePage } from './pages/PodscopePage';

/** The build the tests run against (playwright.config.ts builds it). */
const OUT = process.env.PODSCOPE_E2E_OUTDIR ?? 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => relative(dir, join(dir, name)).split(sep).join('/'));
}

/** Waits until the service worker has taken over the page (it claims it on activation). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Every URL the service worker keeps, relative to the page. */
function cachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const base = new URL('./', location.href).href;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url.slice(base.length));
    }
    return urls.sort();
  });
}

test('once loaded, the page works with the network gone', async ({ page, context }) => {
  const app = new PodscopePage(page);
  await app.open();
  await controlled(page);

  // Every file of the build is kept, the lazily loaded chunks and the workers too.
  const built = filesUnder(OUT).filter((file) => file !== 'sw.js' && !file.startsWith('cli/'));
  expect(built).toContain('index.html');
  expect(built).toContain('manifest.webmanifest');
  expect(built.filter((file) => /^assets\/.+\.js$/.test(file)).length).toBeGreaterThan(1);
  expect(await cachedFiles(page)).toEqual(built.sort());

  await context.setOffline(true);
  const answers: { url: string; fromWorker: boolean }[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith('http'))
      answers.push({ url: response.url(), fromWorker: response.fromServiceWorker() });
  });
  await page.reload();
  await expect(app.node('pod', 'pod-demo')).toBeVisible();
  await expect(app.findings.first()).toBeVisible();

  // Typing still analyses.
  const text = await new I18nPage(page).editorText();
  await expect(app.findingsFor('port-clash')).toHaveCount(0);
  await app.replaceText(text, 'containerPort: 9090', 'containerPort: 8080');
  await expect(app.findingsFor('port-clash').first()).toBeVisible();

  // Parts fetched only when wanted come from the cache as well.
  const beforeLazy = answers.length;
  const image = await new ExportPage(page).download('Graph as PNG image');
  expect(image.fileName).toMatch(/\.png$/);
  expect([...image.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  const i18n = new I18nPage(page);
  await i18n.switchTo('简体中文');
  expect(await i18n.htmlLang()).toBe('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: 'podscope' })).toBeVisible();

  expect(answers.slice(beforeLazy).filter((a) => a.url.endsWith('.js')).length).toBeGreaterThan(0);
  expect(answers.filter((a) => !a.fromWorker)).toEqual([]);
});

test('the manifest is served with what installing needs', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');

  const response = await page.request.get('manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = JSON.parse(await response.text()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'podscope',
    short_name: 'podscope',
    start_url: './',
    scope: './',
    display: 'standalone',
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
    'content',
    /^#[0-9a-f]{6}$/,
  );

  // Each icon is there, of the type and (for PNGs) the size it claims.
  expect(manifest.icons.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512', 'any']);
  for (const icon of manifest.icons) {
    const file = await page.request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    const bytes = await file.body();
    if (icon.type === 'image/png') {
      // PNG header: signature, then the IHDR chunk with width and height as big-endian words.
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      const size = `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
      expect(size).toBe(icon.sizes);
    } else {
      expect(icon.type).toBe('image/svg+xml');
      expect(bytes.toString('utf8')).toContain('<svg');
    }
  }
});

test('Chromium offers to install the page', async ({ playwright, launchOptions, baseURL }) => {
  // Test contexts are incognito, where Chromium never installs anything: use a profile on disk.
  const profile = await mkdtemp(join(tmpdir(), 'podscope-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    ...launchOptions,
    baseURL,
  });
  try {
    const offOrigin: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(new URL(baseURL ?? '').origin)) offOrigin.push(request.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(new URL('manifest.webmanifest', baseURL).href);
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
