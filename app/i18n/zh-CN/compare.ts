// 比较模式的全部文字：比较按钮、给出版本 A 的对话框、图上方的栏（交换、退出、图例），以及发现项的变更标记与筛选。
import type { compare as en } from '../en/compare';

export const compare: typeof en = {
  button: '比较',
  buttonTitle: '将编辑器中的文本（B，变更后）与较早的版本（A，变更前）比较',
  heading: '与版本 A 比较',
  intro: 'B 是编辑器中的文本。请给出版本 A，即变更前的文本：',
  paste: '粘贴 A',
  file: '从文件读取 A',
  versions: '从版本历史选取 A',
  noVersions: '没有保存的版本。',
  use: '比较',
  cancel: '取消',
  loading: '加载中…',
  notLoaded: '页面的这一部分未能加载。',
  retry: '重试',
  bar: '正在比较',
  versionA: (source: string): string => `A（变更前）：${source}`,
  pasted: '粘贴的文本',
  swap: '交换 A 与 B',
  leave: '退出比较',
  legend: '图例',
  noChange: 'Pod 没有变化',
  filter: '显示发现项',
  all: '全部',
  empty: '这里没有发现项。',
};
