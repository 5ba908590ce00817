// Lean: the JavaScript the page needs before first paint stays within 350 KiB gzip; teaching,
// Chinese texts, gallery manifests, image export and the share codec come when first used.
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { BundlePage } from './pages/bundle';

/** The build the suite runs against (playwright.config.ts builds it before the tests). */
const BUILD = process.env.PODSCOPE_E2E_OUTDIR ?? 'dist';
const BUDGET = 350 * 1024;

interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}
interface Part {
  total: { bytes: number; gzip: number };
  chunks: ChunkSize[];
}
interface BundleReport {
  initial: Part;
  lazy: Part;
}

function measure(): BundleReport {
  const json = execFileSync(process.execPath, ['scripts/bundle-size.mjs', BUILD], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as BundleReport;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const listing = (chunks: readonly ChunkSize[]): string =>
  chunks.map((c) => `  ${c.file}: ${kib(c.gzip)} gzip, ${kib(c.bytes)} minified`).join('\n');

/** Modules each feature fetches on first use: none of them is part of first paint. */
const ON_DEMAND = ['zh-CN', 'manifests', 'graphImage', 'links'];

test('the initial JavaScript is at most 350 KiB gzip', () => {
  const { initial, lazy } = measure();
  expect(initial.chunks.length, 'index.html loads at least its entry chunk').toBeGreaterThan(0);
  expect(
    initial.total.gzip,
    `initial JavaScript of ${BUILD}/: ${kib(initial.total.gzip)} gzip, budget ${kib(BUDGET)}\n` +
      `${listing(initial.chunks)}\nloaded when needed (${kib(lazy.total.gzip)} gzip):\n` +
      listing(lazy.chunks),
  ).toBeLessThanOrEqual(BUDGET);
});

test('first paint fetches the measured chunks; each feature fetches its own code when used', async ({
  page,
}) => {
  const { initial } = measure();
  const app = new BundlePage(page);
  await app.open();
  await expect(app.inspector).toBeVisible();
  // The measurement follows what the browser does: everything counted as initial was fetched.
  expect(app.fetched()).toEqual(expect.arrayContaining(initial.chunks.map((c) => c.file)));
  for (const name of ON_DEMAND)
    expect(app.fetchedChunk(name), `${name} is not needed to draw the page`).toEqual([]);

  await app.button('Examples').click();
  await app.waitForChunk('manifests');
  await page.keyboard.press('Escape');

  await app.button('简体中文').click();
  await app.waitForChunk('zh-CN');
  await expect(app.button('简体中文')).toHaveAttribute('aria-pressed', 'true');
  await app.button('English').click();

  await app.button('Export').click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Graph as PNG image' }).click();
  await download;
  await app.waitForChunk('graphImage');

  await app.button('Share').click();
  await app.waitForChunk('links');
});
