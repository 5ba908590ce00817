// What the page keeps in this browser, read as a test would check it: the tab's working copy in
// IndexedDB (app/storage/db.ts) and the tab's id in sessionStorage.
import type { Page } from '@playwright/test';

export interface SavedWork {
  tab: string;
  text: string;
  source: string;
  at: number;
}

/** This tab's working copy as stored, or undefined when none is. */
export async function savedWork(page: Page): Promise<SavedWork | undefined> {
  const tab = await page.evaluate(() => sessionStorage.getItem('podscope.tab'));
  return (await allSavedWork(page)).find((w) => w.tab === tab);
}

/** Every tab's working copy, newest first. */
export function allSavedWork(page: Page): Promise<SavedWork[]> {
  return page.evaluate(
    () =>
      new Promise<SavedWork[]>((resolve, reject) => {
        const open = indexedDB.open('podscope');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('work')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('work').objectStore('work').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as SavedWork[]).sort((a, b) => b.at - a.at));
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
  );
}
