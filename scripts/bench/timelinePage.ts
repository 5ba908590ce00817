// The timeline's page benchmark: from pressing Timeline to the first paint of its lanes, read from
// the page's own Performance marks (`podscope:timeline-chosen` when the button opens it,
// `podscope:timeline-painted` after the frame that shows the lanes). The first opening fetches the
// timeline's code; the later ones measure drawing it alone.
import type { Browser } from '@playwright/test';
import { markGap } from './page';

export interface TimelineTimes {
  /** The first opening, fetching the timeline's code (from the page's own server). */
  firstMs: number;
  /** Every later opening, in order. */
  againMs: number[];
}

/** Opens and closes the timeline of the default example `runs` times in a fresh page. */
export async function timelineToPaint(
  browser: Browser,
  url: string,
  runs: number,
): Promise<TimelineTimes> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.locator('.react-flow [data-kind="pod"]').waitFor();
  const button = page.getByRole('button', { name: 'Timeline', exact: true });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => performance.clearMarks());
    await button.click();
    times.push(await markGap(page, 'podscope:timeline-chosen', 'podscope:timeline-painted'));
    await button.click();
    await page.locator('section[data-timeline]').waitFor({ state: 'detached' });
  }
  await page.close();
  return { firstMs: times[0], againMs: times.slice(1) };
}
