import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '边车容器或辅助容器没有 CPU 或内存限制（limit），可能把主应用的资源抢光。',
  fix: '按边车容器的工作量给它单独设置 CPU 和内存的请求（request）与限制（limit）；辅助容器永远不该比它服务的应用用得更多。',
  messages: {
    cpu: '辅助容器 {container} 没有 CPU 限制（limit）：忙起来时它能用掉节点上所有空闲的 CPU 核，超出自己的请求（request）去和主容器 {main} 争抢',
    memory:
      '辅助容器 {container} 没有内存限制（limit）：它一旦内存泄漏，Pod 的用量就会远超请求（request），节点内存紧张时 kubelet 最先考虑驱逐的就是这样的 Pod，主容器 {main} 也会一起被赶走',
    both: '辅助容器 {container} 既没有 CPU 限制（limit）也没有内存限制：它会和主容器 {main} 争抢每一个空闲的 CPU 核；一旦内存泄漏，Pod 的用量远超请求（request），节点内存紧张时很可能最先被驱逐，{main} 也会一起被赶走',
  },
};
