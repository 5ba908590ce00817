// The typing benchmark: a 6,000-document manifest in the editor, then keystrokes in the middle of
// it. Read from the page's own Performance marks (`podscope:text-changed` on every edit,
// `podscope:analysis-shown` once the findings of the newest text are on screen), Long Tasks
// entries and a heartbeat that measures how long the main thread was busy between its turns.
import type { Browser, Page } from '@playwright/test';
import { countMarks, markGap } from './page';

export interface TypingReport {
  firstAnalysisMs: number;
  keystrokes: number;
  keystrokeToFindingsMs: { median: number; p95: number; max: number };
  longestMainThreadTaskMs: number;
  longTasksOver50ms: number;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
}

// The time from the newest edit (the one after the first `after` edits) to its findings shown.
function untilShown(page: Page, after = 0): Promise<number> {
  return markGap(page, 'podscope:text-changed', 'podscope:analysis-shown', after);
}

/** Pastes `text` into the editor the way a clipboard paste arrives (typing it would take minutes). */
export function paste(page: Page, text: string): Promise<void> {
  return page.evaluate(`((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('.cm-content').dispatchEvent(event);
  })(${JSON.stringify(text)})`);
}

/** Loads `text`, puts the cursor after `anchor`, types `keys` one by one as a person would. */
export async function typeInBigManifest(
  browser: Browser,
  url: string,
  text: string,
  anchor: string,
  keys: string,
): Promise<TypingReport> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.locator('.cm-content').waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate('performance.clearMarks()');
  await paste(page, text);
  const firstAnalysisMs = await untilShown(page);
  // Typed, not inserted: the search panel takes its query on key up, and Enter finds it.
  await page.keyboard.press('ControlOrMeta+F');
  await page.keyboard.type(anchor);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await untilShown(page);
  // A message-channel heartbeat runs between tasks: its longest gap bounds the longest task.
  // (A string, so the browser runs exactly this code.)
  await page.evaluate(`(() => {
    window.benchTasks = [];
    window.benchGap = 0;
    window.benchStop = false;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.benchTasks.push(e.duration);
    }).observe({ type: 'longtask' });
    const channel = new MessageChannel();
    let last = performance.now();
    channel.port1.onmessage = () => {
      const now = performance.now();
      window.benchGap = Math.max(window.benchGap, now - last);
      last = now;
      if (!window.benchStop) setTimeout(() => channel.port2.postMessage(0), 4);
    };
    channel.port2.postMessage(0);
  })()`);
  const latencies: number[] = [];
  for (const key of keys) {
    const edits = await countMarks(page, 'podscope:text-changed');
    await page.keyboard.type(key);
    latencies.push(await untilShown(page, edits));
    await page.waitForTimeout(80);
  }
  const { tasks, gap, line } = await page.evaluate<{ tasks: number[]; gap: number; line: string }>(
    `(() => {
      window.benchStop = true;
      const line = document.querySelector('.cm-activeLine')?.textContent ?? '';
      return { tasks: window.benchTasks, gap: window.benchGap, line };
    })()`,
  );
  // The figures are about typing on the anchor's line: anywhere else they measure something else.
  if (!line.includes(anchor) || !line.endsWith(keys)) {
    throw new Error(`the keys did not land after "${anchor}": the cursor's line is "${line}"`);
  }
  await page.close();
  const round = (x: number) => +x.toFixed(1);
  return {
    firstAnalysisMs: round(firstAnalysisMs),
    keystrokes: latencies.length,
    keystrokeToFindingsMs: {
      median: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      max: round(Math.max(...latencies)),
    },
    // The heartbeat sleeps 4 ms between beats; what is left is time the thread was busy.
    longestMainThreadTaskMs: round(Math.max(gap - 4, ...tasks)),
    longTasksOver50ms: tasks.length,
  };
}
