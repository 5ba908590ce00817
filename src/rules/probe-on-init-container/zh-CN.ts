import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '不是原生边车容器的 Init 容器上配置了探针或生命周期回调。',
  fix: '从 Init 容器上去掉探针或回调；如果它应该和应用一直并行运行，就加上 `restartPolicy: Always`，把它变成原生边车容器。',
  messages: {
    default:
      '没有 restartPolicy=Always 的 Init 容器不能设置 {field}（Init 容器 {container} 运行结束就退出；只有原生边车容器才会被探测）',
  },
};
