import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    '没有任何容器设置 CPU 或内存的 request 或 limit，所以 Pod 的 QoS 是 BestEffort，会最先被驱逐。',
  fix: '给每个容器设置 CPU 和内存的 requests（最好也设置 limits）；requests 等于 limits 时，Pod 就是 Guaranteed。',
  messages: {
    default:
      '这个 Pod 没有任何容器设置 cpu 或 memory 的 request 或 limit，所以它的 QoS 类别是 BestEffort：调度器不为它预留任何资源，节点内存紧张时，kubelet 会在所有 Burstable 和 Guaranteed Pod 之前驱逐它',
  },
};
