import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary:
    'mountPropagation 不是 None、HostToContainer 或 Bidirectional，或者在非特权容器里用了 Bidirectional。',
  fix: '用 None（默认值）或 HostToContainer；Bidirectional 需要 `securityContext.privileged: true`，而且只适合存储驱动。',
  messages: {
    unsupported:
      '容器 {container} 挂载卷 "{volume}" 时的 mountPropagation "{value}" 不受支持：可选值为 "Bidirectional"、"HostToContainer"、"None"',
    notPrivileged:
      '容器 {container} 以 Bidirectional 传播方式挂载 "{volume}"，但只有特权容器才能使用 Bidirectional 挂载传播',
  },
};
