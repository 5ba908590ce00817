// The teaching block's own words (headings, buttons), in every language of the page.
import type { Bilingual } from '../i18n/bilingual';

const en = {
  what: 'What it is, what is shared',
  whatRule: 'Behind the rule',
  why: 'Why it matters',
  analogy: 'In everyday terms',
  notes: 'Traps and tips',
  commands: 'See it on a live cluster',
  unobservable: 'Nothing to see on a cluster',
  fix: 'Using it well',
  fixRule: 'How to fix it',
  docs: 'Read more',
  newTab: '(opens in a new tab)',
  copy: 'Copy',
  copyLabel: (what: string): string => `Copy the command: ${what}`,
  copied: 'Copied',
  copyAll: 'Copy all commands',
  copiedAll: (n: number): string => `Copied ${n} ${n === 1 ? 'command' : 'commands'}`,
  copyFailed: 'Could not copy: select the command and copy it by hand.',
  commandsLabel: 'kubectl commands',
  loading: 'Loading the explanation…',
  notLoaded: 'The explanation could not be loaded.',
  retry: 'Try again',
};

const zh: typeof en = {
  what: '是什么，共享了什么',
  whatRule: '规则背后的原理',
  why: '为什么重要',
  analogy: '打个比方',
  notes: '陷阱与技巧',
  commands: '在集群上亲眼看看',
  unobservable: '集群上看不到',
  fix: '正确用法',
  fixRule: '如何修复',
  docs: '延伸阅读',
  newTab: '（在新标签页打开）',
  copy: '复制',
  copyLabel: (what: string): string => `复制命令：${what}`,
  copied: '已复制',
  copyAll: '复制全部命令',
  copiedAll: (n: number): string => `已复制 ${n} 条命令`,
  copyFailed: '复制失败：请选中命令手动复制。',
  commandsLabel: 'kubectl 命令',
  loading: '正在加载讲解…',
  notLoaded: '讲解未能加载。',
  retry: '重试',
};

export const teachTexts: Bilingual<typeof en> = { en, 'zh-CN': zh };
