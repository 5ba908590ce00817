import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器没有 CPU 或内存请求（request），调度器不会为它预留任何资源。',
  fix: '把 resources.requests.cpu 和 resources.requests.memory 设成容器平稳运行时需要的量（命名空间的 LimitRange 也能给出默认值）。',
  messages: {
    cpu: '容器 {container} 没有设置 CPU 请求（request），也没有可充当默认值的 CPU 限制（limit）：调度器不为它预留 CPU，资源紧张时它在节点上分到的 CPU 份额最少',
    memory:
      '容器 {container} 没有设置内存请求（request），也没有可充当默认值的内存限制（limit）：调度器不为它预留内存，节点可能被超售；内存紧张时，kubelet 会先驱逐用量超过请求的 Pod',
    both: '容器 {container} 既没有设置 CPU 请求（request）也没有设置内存请求，也没有可充当默认值的限制（limit）：调度器不为它预留任何资源，资源紧张时它分到的 CPU 份额最少；它用的内存全都算作 Pod 超出请求的用量，内存紧张时 Pod 会因此成为最先被考虑驱逐的那一批',
    initCpu:
      'Init 容器 {container} 自己没有设置 CPU 请求（request），但它运行在 Pod 预留的资源之内：Init 容器运行期间，节点为 Pod 保留其有效 CPU 请求（{cpu}，取应用容器之和与最大的 Init 容器两者中较大的一个，已计入边车容器和开销）。只有这一步需要超过 {cpu} 时才需要设置请求',
    initMemory:
      'Init 容器 {container} 自己没有设置内存请求（request），但它运行在 Pod 预留的资源之内：Init 容器运行期间，节点为 Pod 保留其有效内存请求（{memory}，取应用容器之和与最大的 Init 容器两者中较大的一个，已计入边车容器和开销）。只有这一步需要超过 {memory} 时才需要设置请求',
    initBoth:
      'Init 容器 {container} 自己既没有设置 CPU 请求（request）也没有设置内存请求，但它运行在 Pod 预留的资源之内：Init 容器运行期间，节点为 Pod 保留其有效请求（CPU {cpu}，内存 {memory}：取应用容器之和与最大的 Init 容器两者中较大的一个，已计入边车容器和开销）。只有这一步需要更多资源时才需要设置请求',
  },
};
