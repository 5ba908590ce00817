// What the page's frame says: pane headers, rails and the side panel's tabs, in both languages
// of the page.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  editor: {
    title: 'Manifest',
    hide: 'Hide the editor',
    /** The rail's button, whose visible text is `title`. */
    show: 'Show the manifest editor',
  },
  side: {
    title: 'Details',
    hide: 'Hide the side panel',
    tabs: 'Side panel',
    inspector: 'Inspector',
    findings: (n: number): string => `Findings (${n})`,
    showInspector: 'Show the inspector',
    showFindings: (n: number): string => `Show the findings (${n})`,
  },
  /** A button's title with its keyboard shortcut. */
  withKeys: (title: string, keys: string): string => `${title} (${keys})`,
};

export type LayoutTexts = typeof en;

const zh: LayoutTexts = {
  editor: {
    title: '清单',
    hide: '隐藏编辑器',
    show: '显示清单编辑器',
  },
  side: {
    title: '详情',
    hide: '隐藏侧栏',
    tabs: '侧栏',
    inspector: '元素详情',
    findings: (n) => `发现的问题（${n}）`,
    showInspector: '显示元素详情',
    showFindings: (n) => `显示发现的问题（${n}）`,
  },
  withKeys: (title, keys) => `${title}（${keys}）`,
};

export const layoutTexts: Bilingual<LayoutTexts> = { en, 'zh-CN': zh };
