import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '同一个容器名在 initContainers、containers 和 ephemeralContainers 之间用了两次。',
  fix: '给其中一个容器改名；`kubectl logs -c`、`kubectl exec -c` 和容器状态都是按名字区分容器的。',
  messages: {
    default:
      '容器名 "{name}" 已经被 {first} 用过了：在 initContainers、containers 和 ephemeralContainers 之间，名字必须唯一（报错：Duplicate value）',
  },
};
