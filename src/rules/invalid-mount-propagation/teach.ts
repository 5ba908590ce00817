import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'mountPropagation decides whether mounts made later cross the boundary: None (the default) sees nothing new, HostToContainer sees new mounts of the node, Bidirectional also pushes the container’s mounts out to the node.',
    why: 'Bidirectional changes the node’s mount table, so it is allowed in privileged containers only; any other value is rejected.',
    analogy:
      'A door through which new pipes laid in the boiler room appear in your flat (HostToContainer) — or through which your own plumbing appears in the boiler room (Bidirectional).',
  },
  'zh-CN': {
    what: 'mountPropagation 决定之后新产生的挂载是否跨越边界：None（默认）看不到任何新挂载；HostToContainer 能看到节点上的新挂载；Bidirectional 还会把容器里的挂载反向传播到节点。',
    why: 'Bidirectional 会改动节点的挂载表，所以只允许特权容器使用；其他非法值会被拒绝。',
    analogy:
      '一扇门：锅炉房新铺的管道会出现在你家（HostToContainer）——或者你家新装的管道会出现在锅炉房（Bidirectional）。',
  },
  commands: rejected('containers.volumeMounts'),
};
