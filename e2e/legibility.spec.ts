import { expect, test, type Page } from './fixtures';
import {
  EXAMPLES,
  LegibilityPage,
  SCREEN_SIZES,
  sizeLabel,
  type LegibilityFigures,
  type ScreenSize,
} from './pages/legibility';

// The graph must read where podscope is used: every gallery example, fitted, at each screen
// size. Text sizes are what reaches the screen (CSS size × zoom), in pixels.
interface Limits {
  minText: number;
  /** The pod frame's share of the canvas (its larger axis). */
  frameShare: number;
  /** The canvas's share of the window's width, where the page is narrow. */
  canvasShare?: number;
}

const LIMITS: Record<string, Limits> = {
  '1440×900': { minText: 12, frameShare: 0.6 },
  '1280×720': { minText: 11, frameShare: 0.6 },
  '1024×768': { minText: 11, frameShare: 0.6, canvasShare: 0.6 },
  '1920×1080': { minText: 11, frameShare: 0.6 },
};

// Presentation mode is read from the back of a room: 16 px, with compact cards fitted into the
// room above the walk's caption. The frame is measured against the whole canvas.
const PRESENTING: Limits = { minText: 16, frameShare: 0.6 };

const PROJECTOR: ScreenSize = { width: 1280, height: 720, name: 'projector' };

// A trace of every example's load is slow to record and large; a failing example is attached
// as a screenshot instead, and the messages name the example, the size and the smallest text.
test.use({ trace: 'off' });

/** Soft checks, so one run names every example and size that fails, and why. */
function check(f: LegibilityFigures, where: string, limits: Limits): void {
  expect(f.textRuns, `${where}: no text found on the canvas`).toBeGreaterThan(0);
  const smallest = f.smallest
    ? `smallest text "${f.smallest.text}" in ${f.smallest.owner} is ${f.smallest.px} px`
    : 'no text';
  expect
    .soft(f.minText, `${where}: ${smallest} (zoom ${f.zoom}, median text ${f.medianText} px)`)
    .toBeGreaterThanOrEqual(limits.minText);
  expect
    .soft(f.frameShare, `${where}: the pod frame fills ${f.frameShare} of the canvas`)
    .toBeGreaterThanOrEqual(limits.frameShare);
  if (limits.canvasShare !== undefined) {
    expect
      .soft(f.canvasShare, `${where}: the canvas is ${f.canvasShare} of the window's width`)
      .toBeGreaterThanOrEqual(limits.canvasShare);
  }
  expect.soft(f.truncated, `${where}: text cut off`).toEqual([]);
  expect.soft(f.overlaps, `${where}: labels drawn over each other`).toEqual([]);
  expect.soft(f.offscreen, `${where}: nodes outside the canvas after Fit`).toEqual([]);
}

/** Loads every example in turn in one page and checks each; a failing one is attached as a screenshot. */
async function checkEveryExample(page: Page, where: string, limits: Limits, presenting = false) {
  const legibility = new LegibilityPage(page);
  await legibility.open();
  for (const example of EXAMPLES) {
    await legibility.measureExample(example, presenting, async (figures) => {
      const failures = test.info().errors.length;
      check(figures, `${example.id} at ${where}`, limits);
      if (test.info().errors.length === failures) return;
      const path = test.info().outputPath(`${example.id}.png`);
      await page.screenshot({ path });
      await test.info().attach(`${example.id} at ${where}`, { path, contentType: 'image/png' });
    });
  }
}

for (const size of SCREEN_SIZES) {
  const label = sizeLabel(size);
  const limits = LIMITS[label];
  if (!limits) throw new Error(`no legibility limits for ${label}`);
  test.describe(`at ${label} (${size.name})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('every example is legible once fitted', async ({ page }) => {
      // Every example, loaded one after another in one page: generous, as the machine may be busy.
      test.setTimeout(240_000);
      await checkEveryExample(page, label, limits);
    });
  });
}

test.describe('presentation mode on a projector', () => {
  test.use({ viewport: { width: PROJECTOR.width, height: PROJECTOR.height } });

  test('every example reads from the back of the room', async ({ page }) => {
    test.setTimeout(300_000);
    await checkEveryExample(page, `${sizeLabel(PROJECTOR)} presenting`, PRESENTING, true);
  });
});
