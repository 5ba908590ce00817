import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '状态显示某个容器上一次运行以 OOMKilled 结束。',
  fix: '对比容器的实际峰值用量和 limit；调高 limit 和 request，或者找出在增长的东西。如果是 sidecar，要决定是调高它的配额，还是把它拆到独立的 Pod 里。',
  messages: {
    default:
      '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它的 memory limit 是 {limit}：它用的内存超过了 limit，于是被内核杀掉；请调高 limit，或者找出是什么在增长',
    noLimit:
      '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它自己没有 memory limit：节点内存不够用了，内核的 OOM killer 选中了它',
  },
};
