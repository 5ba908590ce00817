import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '容器同时生效了 runAsNonRoot: true 和 runAsUser: 0：kubelet 拒绝启动它。',
  fix: '给容器设置一个非零的 runAsUser（镜像预期使用的用户，例如 1000 或 65532）；如果它确实必须以 root 运行，就去掉这个容器的 runAsNonRoot: true。容器自己的 securityContext 按字段覆盖 Pod 的设置。',
  messages: {
    default:
      '容器 {container} 生效的 runAsNonRoot 为 true（来自 {nonRootAt}），runAsUser 为 0（来自 {userAt}）：kubelet 拒绝创建它（报错："container’s runAsUser breaks non-root policy"），Pod 一直处于 CreateContainerConfigError',
  },
};
