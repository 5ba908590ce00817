import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'emptyDir 的 medium 不是 ""、Memory、HugePages 或 HugePages-<size>（kubelet 无法挂载）。',
  fix: '要内存盘（tmpfs）就写 medium: Memory，要用节点磁盘就不写 medium，或者用 HugePages 并配上对应的 hugepages-<size> 请求（request）和限制（limit）。',
  messages: {
    default:
      '卷 "{volume}" 的 emptyDir medium "{medium}" 无法识别：API server 会接受，但 kubelet 挂载时会失败（"unknown storage medium"），Pod 一直停在 ContainerCreating；请用 ""、Memory 或 HugePages',
    caseOnly:
      '卷 "{volume}" 的 emptyDir medium "{medium}" 无法识别（取值区分大小写，应为 "{suggestion}"）：kubelet 挂载失败，Pod 一直停在 ContainerCreating',
    badSize:
      '卷 "{volume}" 的 emptyDir medium "{medium}" 在 "HugePages-" 后面没有合法的页大小：kubelet 挂载失败',
    noHugePages:
      '卷 "{volume}" 的 emptyDir medium "{medium}" 要求某个容器申请 hugepages-{size}：否则 kubelet 挂载这个卷会失败（报错以 “hugePages storage requested” 开头）',
  },
};
