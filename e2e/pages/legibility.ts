import type { Locator, Page } from '@playwright/test';
import { CATALOG, type ExampleMeta } from '../../app/examples/catalog';
import { TOUR_DONE, TOUR_KEY } from '../../app/present/tourGate';
import {
  measureLegibility,
  waitForSteadyViewport,
  type LegibilityFigures,
} from './legibilityProbe';

export type { LegibilityFigures } from './legibilityProbe';

/** A window size the graph must read well at, and what it stands for. */
export interface ScreenSize {
  width: number;
  height: number;
  name: string;
}

/** Where podscope is used: a laptop, a projector, an old 4:3 screen, a desktop monitor. */
export const SCREEN_SIZES: readonly ScreenSize[] = [
  { width: 1440, height: 900, name: 'laptop' },
  { width: 1280, height: 720, name: 'projector' },
  { width: 1024, height: 768, name: '4:3' },
  { width: 1920, height: 1080, name: 'desktop' },
];

/** `1280×720` */
export function sizeLabel(size: { width: number; height: number }): string {
  return `${size.width}×${size.height}`;
}

/** Every gallery example, in gallery order. */
export const EXAMPLES: readonly ExampleMeta[] = CATALOG;

/**
 * The page as someone looking at the graph uses it: examples opened from the gallery, the
 * presentation switch, and the graph measured once React Flow has fitted it. Used by the e2e
 * spec and by `npm run bench`, so it needs no test runner (it waits, it does not assert).
 */
export class LegibilityPage {
  readonly examplesButton: Locator;
  readonly gallery: Locator;
  readonly presentButton: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.examplesButton = page.getByRole('button', { name: 'Examples', exact: true });
    this.gallery = page.getByRole('dialog', { name: 'Examples' });
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.editor = page.locator('.cm-editor');
  }

  /** The pod frame of a workload. */
  podFrame(workload: string): Locator {
    return this.page.locator(
      `.react-flow [data-kind="pod"][data-name=${JSON.stringify(workload)}]`,
    );
  }

  /** Opens the page as a returning visitor (the tour already seen), on the default example. */
  async open(url = './'): Promise<void> {
    // A string, so it runs as written in the page (and needs no DOM types here).
    await this.page.addInitScript(
      `localStorage.setItem(${JSON.stringify(TOUR_KEY)}, ${JSON.stringify(TOUR_DONE)})`,
    );
    await this.page.goto(url);
    await this.podFrame(EXAMPLES[0].workload).waitFor();
    await this.settle();
  }

  /** Picks an example in the gallery and waits until its graph is fitted. */
  async loadExample(example: ExampleMeta): Promise<void> {
    await this.examplesButton.click();
    await this.gallery.waitFor();
    await this.gallery.getByRole('button', { name: example.title, exact: true }).click();
    await this.gallery.waitFor({ state: 'hidden' });
    await this.podFrame(example.workload).waitFor();
    await this.settle();
  }

  /**
   * Turns presentation mode on; it hides the editor. The page fits the graph two frames after
   * the canvas changed size and then animates, so the viewport must stay still for longer than
   * that gap.
   */
  async present(): Promise<void> {
    await this.presentButton.click();
    await this.editor.waitFor({ state: 'hidden' });
    await this.settle(12);
  }

  /** Leaves presentation mode with Escape, and waits for the graph to be fitted again. */
  async stopPresenting(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.presentButton.waitFor();
    await this.settle(12);
  }

  /**
   * Loads an example and measures its graph, in presentation mode when `presenting`;
   * `whileShown` runs before the page leaves that state (to look at what was measured).
   */
  async measureExample(
    example: ExampleMeta,
    presenting = false,
    whileShown?: (figures: LegibilityFigures) => Promise<void>,
  ): Promise<LegibilityFigures> {
    await this.loadExample(example);
    // The gallery is out of reach while presenting: each example is presented on its own.
    if (presenting) await this.present();
    const figures = await this.measure();
    await whileShown?.(figures);
    if (presenting) await this.stopPresenting();
    return figures;
  }

  /** Waits until the graph is fitted: the viewport unchanged for `frames` animation frames. */
  async settle(frames = 2): Promise<void> {
    await inPage(this.page, waitForSteadyViewport, frames);
  }

  measure(): Promise<LegibilityFigures> {
    return inPage(this.page, measureLegibility, undefined);
  }
}

/**
 * Runs one of the probe's functions in the page, sent as source text. Runners that keep function
 * names the way esbuild does (tsx) wrap inner functions in a `__name(fn, "name")` call; the page
 * has no such helper, so it gets one that changes nothing.
 */
function inPage<A, R>(page: Page, probe: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  const call = `(${probe.toString()})(${JSON.stringify(arg) ?? ''})`;
  return page.evaluate<Awaited<R>>(`(() => { const __name = (f) => f; return ${call}; })()`);
}
