import type { TeachTexts } from '../en/teach';

export const teach: TeachTexts = {
  what: '是什么，共享了什么',
  whatRule: '规则背后的原理',
  why: '为什么重要',
  analogy: '打个比方',
  notes: '陷阱与技巧',
  commands: '在集群上亲眼看看',
  unobservable: '集群上看不到',
  fix: '正确用法',
  docs: '延伸阅读',
  newTab: '（在新标签页打开）',
  copy: '复制',
  copyLabel: (what: string): string => `复制命令：${what}`,
  copied: '已复制',
  copyAll: '复制全部命令',
  copiedAll: (n: number): string => `已复制 ${n} 条命令`,
  copyFailed: '复制失败：请选中命令手动复制。',
  commandsLabel: 'kubectl 命令',
  needs: (tool: string, images: readonly string[]): string =>
    `镜像里需要有 ${tool}（${images.join('、')} 里有）`,
  needsDebug: (tool: string, image: string): string =>
    `在 ${image} 调试容器里运行 ${tool}：任何镜像旁边都能用`,
  loading: '正在加载讲解…',
  notLoaded: '讲解未能加载。',
  retry: '重试',
};
