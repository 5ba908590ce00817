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
export function savedWork(page: Page): Promise<SavedWork | undefined> {
  return page.evaluate(
    () =>
      new Promise<SavedWork | undefined>((resolve, reject) => {
        const tab = sessionStorage.getItem('podscope.tab');
        if (tab === null) {
          resolve(undefined);
          return;
        }
        const open = indexedDB.open('podscope');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('work')) {
            db.close();
            resolve(undefined);
            return;
          }
          const get = db.transaction('work').objectStore('work').get(tab);
          get.onsuccess = () => {
            db.close();
            resolve(get.result as SavedWork | undefined);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
  );
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
