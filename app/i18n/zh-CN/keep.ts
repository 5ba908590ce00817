import type { KeepTexts } from '../en/keep';

export const keep: KeepTexts = {
  notSaved: {
    quota:
      '未保存：此浏览器留给 podscope 的存储空间已满。文本仍在编辑器中；请在关闭此标签页前复制或下载它，或腾出一些空间（在“版本”中清除旧版本）。',
    unavailable:
      '未保存：此浏览器不允许 podscope 在这里存储任何内容（隐私窗口，或此网站的存储被禁用）。文本只在此标签页打开期间保留在编辑器中。',
    failed: '未保存：浏览器无法存储文本。文本仍在编辑器中；请在关闭此标签页前复制或下载它。',
  },
  versionNotKept: {
    quota: '版本历史未能保存此版本：此浏览器留给 podscope 的存储空间已满。请在“版本”中清除旧版本。',
    unavailable: '此浏览器中无法使用版本历史（隐私窗口，或此网站的存储被禁用）。',
    failed: '版本历史未能保存此版本。',
  },
  other: (source: string, time: string): string =>
    `另一个标签页在 ${time} 保存了更新的内容${source ? `（${source}）` : ''}。`,
  openOther: '在此打开',
  openOtherTitle: '用另一个标签页的内容替换此标签页的文本（在编辑器中按 Ctrl+Z 可恢复当前文本）',
  dismiss: '关闭',
};
