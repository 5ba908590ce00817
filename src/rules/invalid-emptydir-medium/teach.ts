import { describePod, podEvents } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'An emptyDir’s medium is empty (the node’s disk), Memory (a tmpfs) or HugePages / HugePages-<size> (with a matching hugepages request). The value is case-sensitive.',
    why: 'The API server accepts any string, but the kubelet cannot mount an unknown medium: the pod stays in ContainerCreating, and the reason shows only in its events.',
    analogy:
      'Ordering a cupboard “made of Memroy”: the builder does not know the material and never builds it, and nobody tells you until you ask.',
  },
  'zh-CN': {
    what: 'emptyDir 的 medium 可以是空（节点磁盘）、Memory（tmpfs），或者 HugePages / HugePages-<大小>（需要相应的 hugepages 资源请求）。取值区分大小写。',
    why: 'API Server 接受任意字符串，但 kubelet 挂载不了未知的 medium：Pod 会卡在 ContainerCreating，原因只出现在事件里。',
    analogy:
      '订一个“用 Memroy 材料做的”柜子：木匠不认识这种材料，也就一直不做，你不去问就没人告诉你。',
  },
  commands: (s) => [
    cmd(
      L('“unknown storage medium”, in the pod’s events', 'Pod 事件里的 “unknown storage medium”'),
      podEvents(s),
    ),
    cmd(L('The pod waiting in ContainerCreating', 'Pod 卡在 ContainerCreating'), describePod(s)),
  ],
};
