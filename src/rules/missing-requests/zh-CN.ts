import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器没有 CPU 或内存的 request，调度器不会为它预留任何资源。',
  fix: '把 resources.requests.cpu 和 resources.requests.memory 设成容器平稳运行时需要的量（命名空间的 LimitRange 也能给出默认值）。',
  messages: {
    cpu: '容器 {container} 没有 cpu request（也没有能充当默认值的 cpu limit）：调度器不为它预留 CPU，资源紧张时它在节点上分到的 CPU 份额最少',
    memory:
      '容器 {container} 没有 memory request（也没有能充当默认值的 memory limit）：调度器不为它预留内存，节点可能被超售；内存紧张时，kubelet 会先驱逐用量超出 request 的 Pod',
    both: '容器 {container} 既没有 cpu request 也没有 memory request（也没有能充当默认值的 limit）：调度器不为它预留任何资源，资源紧张时它分到的 CPU 份额最少，内存紧张时它最先被驱逐',
  },
};
