import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: 'sidecar 或辅助容器没有 CPU 或内存 limit，可能把主应用的资源抢光。',
  fix: '按 sidecar 的工作量给它单独设置 CPU 和内存的 requests 与 limits；辅助容器永远不该比它服务的应用用得更多。',
  messages: {
    cpu: '辅助容器 {container} 没有 cpu limit：忙起来时它能用掉节点上所有空闲的 CPU 核，超出自己的 request 去和主容器 {main} 争抢',
    memory:
      '辅助容器 {container} 没有 memory limit：它一旦内存泄漏，节点就会陷入内存压力，驱逐会带走整个 Pod，主容器 {main} 也不例外',
    both: '辅助容器 {container} 既没有 cpu limit 也没有 memory limit：它会和主容器 {main} 争抢每一个空闲的 CPU 核，一旦内存泄漏，整个 Pod 都会被驱逐，{main} 也不例外',
  },
};
