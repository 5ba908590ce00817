import type { RuleTranslation } from '../types';
import type { meta } from './meta';

const NO_ROLLBACK =
  'imagePullPolicy 默认为 Always，不同时间（或不同节点上）启动的副本可能跑着不同的构建；回滚到之前的 ReplicaSet 时拿回的还是同一个镜像引用，拉到的可能已经是另一个构建';

export const zhCN: RuleTranslation<typeof meta> = {
  summary: '镜像没有 tag 或者用的是 latest，又没有 digest，所以到底跑的是哪个构建并不确定。',
  fix: '固定一个版本 tag（nginx:1.27.3），更好的做法是固定 digest（nginx@sha256:…）。',
  messages: {
    noTag: `容器 {container} 的镜像 {image} 没有 tag，等同于 :latest：${NO_ROLLBACK}`,
    latest: `容器 {container} 的镜像 {image} 用的是 latest tag：${NO_ROLLBACK}`,
  },
};
