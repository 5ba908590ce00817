import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '没有任何容器设置 CPU 或内存的请求（request）或限制（limit），所以 Pod 的 QoS 类是 BestEffort：不为它预留任何资源，节点内存紧张时它属于最先被考虑驱逐的那一批。',
  fix: '给每个容器设置 CPU 和内存的请求（request），最好也设置限制（limit）；请求等于限制时，Pod 就是 Guaranteed。',
  messages: {
    default:
      '这个 Pod 没有任何容器设置 CPU 或内存的请求（request）或限制（limit），所以它的 QoS 类是 BestEffort：调度器不为它预留任何资源；节点内存紧张时，kubelet 先驱逐用量超过请求的 Pod（先按优先级，再按超出多少排序），它没有请求，用多少内存都算超出，所以总在这一批里；如果节点在 kubelet 动手之前就耗尽了内存，内核的 OOM killer 会最先挑 BestEffort 的进程',
  },
};
