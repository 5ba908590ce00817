import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '同时运行的容器里，有两个端口占用了同一个 hostPort（协议和 hostIP 也相同）。',
  fix: '给每个容器不同的 hostPort，或者去掉 hostPort，通过 Service（NodePort 或 LoadBalancer）暴露 Pod。',
  messages: {
    default:
      '容器 {container} 的 hostPort {hostPort}/{protocol} 已被容器 {other} 占用：节点上的一个端口只能绑定一次（报错：Duplicate value "{key}"）',
    defaulted:
      '启用 hostNetwork 时 hostPort 默认等于 containerPort，所以容器 {container} 要占用的 hostPort {hostPort}/{protocol} 已被容器 {other} 占用（报错：Duplicate value "{key}"）',
  },
};
