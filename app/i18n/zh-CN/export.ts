import type { ExportTexts } from '../en/export';

export const exportMenu: ExportTexts = {
  button: '导出',
  title: '把 Pod 图下载为图片，或下载评审报告',
  menu: '导出',
  png: 'Pod 图（PNG 图片）',
  svg: 'Pod 图（SVG 矢量图）',
  report: '评审报告（Markdown）',
  changeReview: '变更评审（Markdown）',
  legendTitle: (a: string): string => `从 A（${a}）到 B 的变更：`,
  noGraph: '还没有可以导出的图。',
  working: '正在准备下载…',
  saved: (file: string): string => `已下载 ${file}`,
  failed: '导出失败：浏览器无法绘制这张图。',
};
