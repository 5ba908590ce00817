// The page benchmark: paste → painted graph in headless Chromium, read from the page's own
// Performance marks (`podscope:text-changed` when the editor's text changes, `podscope:graph-painted`
// after the graph of that text has been painted).
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** Serves a built app folder on 127.0.0.1 (an ephemeral port). */
export function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file)
      .then((body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(404);
        res.end();
      });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/**
 * Waits until mark `end` follows the latest mark `start` in the page, and returns the time
 * between them. With `after`, the `start` mark waited for is a new one: there must be more than
 * `after` of them (an edit's mark is set a frame after its key press, so right after the press
 * the latest one is still the previous edit's). (A string, so the browser runs exactly this code.)
 */
export function markGap(page: Page, start: string, end: string, after = 0): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const check = () => {
      const starts = performance.getEntriesByName(${JSON.stringify(start)});
      const a = starts.length > ${after} ? starts.at(-1) : undefined;
      const b = performance.getEntriesByName(${JSON.stringify(end)}).at(-1);
      if (a && b && b.startTime >= a.startTime) resolve(b.startTime - a.startTime);
      else setTimeout(check, 2);
    };
    check();
  })`);
}

/** How many marks named `name` the page has set. */
export function countMarks(page: Page, name: string): Promise<number> {
  return page.evaluate<number>(`performance.getEntriesByName(${JSON.stringify(name)}).length`);
}

/** Median milliseconds from pasting `text` into the editor to the graph painted, over `runs`. */
export async function pasteToPaint(
  browser: Browser,
  url: string,
  text: string,
  runs: number,
): Promise<number[]> {
  const times: number[] = [];
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.locator('.cm-content').waitFor();
  for (let i = 0; i < runs; i++) {
    // A different comment each run, so every run really changes the text and the analysis.
    const input = `${text}# run ${i}\n`;
    await page.evaluate(() => performance.clearMarks());
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(input);
    const ms = await markGap(page, 'podscope:text-changed', 'podscope:graph-painted');
    times.push(ms);
  }
  await page.close();
  return times;
}
