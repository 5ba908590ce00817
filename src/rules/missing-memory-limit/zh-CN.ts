import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器没有内存限制（limit），一次内存泄漏就可能吃光节点的内存。',
  fix: '设置 `limits.memory`，至少等于请求（request），最好两者相等，这样泄漏时只有它自己被杀掉。',
  messages: {
    default:
      '容器 {container} 没有内存限制（limit）：它可以用掉节点上所有空闲内存，一次泄漏就会让节点陷入内存压力，kubelet 开始驱逐 Pod，内核的 OOM killer 可能挑中任何进程',
  },
};
