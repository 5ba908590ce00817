import type { RuleTranslation } from '../types';
import type { meta } from './meta';

const EVICTED = '直到节点报告 DiskPressure，kubelet 开始驱逐 Pod，这个 Pod 也在其中';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '基于磁盘的 emptyDir 没有设置 sizeLimit，一个写入者就能把节点磁盘写满。',
  fix: '把 emptyDir.sizeLimit 设成卷真正需要的大小（例如 500Mi），给写入容器设置 ephemeral-storage 的请求（request）和限制（limit）；做好日志轮转。',
  messages: {
    default: `emptyDir {volume} 没有 sizeLimit：它放在节点磁盘上，一个写入者就能把磁盘写满，${EVICTED}`,
    defaulted: `卷 {volume} 没有指定来源，API server 会把它设成 emptyDir: {}——放在节点磁盘上，也没有 sizeLimit：一个写入者就能把磁盘写满，${EVICTED}`,
    podLimit:
      'emptyDir {volume} 没有 sizeLimit：写进去的数据计入 Pod 的 ephemeral-storage 限制（limit），一个写入者把它写满，整个 Pod 就会被驱逐',
  },
};
