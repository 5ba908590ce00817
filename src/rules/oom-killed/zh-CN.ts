import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '状态显示某个容器上一次运行以 OOMKilled 结束。',
  fix: '对比容器的实际峰值用量和它的限制（limit）；调高限制和请求（request），或者找出在增长的东西。如果是边车容器，要决定是调高它的配额，还是把它拆到独立的 Pod 里。',
  messages: {
    default:
      '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它的内存限制（limit）是 {limitValue}：它用的内存超过了限制，于是被内核杀掉；请调高限制，或者找出是什么在增长',
    noLimit:
      '容器 {container} 上一次因内存不足被杀（OOMKilled，已重启 {restarts} 次），它自己没有内存限制（limit）：节点内存不够用了，内核的 OOM killer 选中了它',
  },
};
