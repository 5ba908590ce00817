// Every visible string of the Export menu, in both languages.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  button: 'Export',
  title: 'Download the graph as an image, or a review report',
  menu: 'Export',
  png: 'Graph as PNG image',
  svg: 'Graph as SVG image',
  report: 'Review report (Markdown)',
  noGraph: 'There is no graph to export yet.',
  working: 'Preparing the download…',
  saved: (file: string): string => `Downloaded ${file}`,
  failed: 'The export failed: the browser could not draw the graph.',
};

export type ExportTexts = typeof en;

const zh: ExportTexts = {
  button: '导出',
  title: '把 Pod 图下载为图片，或下载评审报告',
  menu: '导出',
  png: 'Pod 图（PNG 图片）',
  svg: 'Pod 图（SVG 矢量图）',
  report: '评审报告（Markdown）',
  noGraph: '还没有可以导出的图。',
  working: '正在准备下载…',
  saved: (file: string): string => `已下载 ${file}`,
  failed: '导出失败：浏览器无法绘制这张图。',
};

export const EXPORT_TEXTS: Bilingual<ExportTexts> = { en, 'zh-CN': zh };
