import type { RuleTranslation } from '../types';
import type { meta } from './meta';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '同一个容器的两个 volumeMounts 用了相同的 mountPath。',
  fix: '每个卷挂在自己的路径上。想把多个卷的文件放进同一个目录，用 subPath 分别挂载不同的文件，或者用 projected 卷。',
  messages: {
    default:
      '容器 {container} 把 "{first}" 和 "{volume}" 都挂载到了 {mountPath}：同一个容器里 mountPath 必须唯一（否则一个挂载会把另一个遮住）',
    sameVolume:
      '容器 {container} 把卷 "{volume}" 两次挂载到 {mountPath}：同一个容器里 mountPath 必须唯一',
  },
};
