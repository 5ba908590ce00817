import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'A hostPort opens the container’s port on the node’s own IP address. Each hostPort, protocol and hostIP combination can be bound once per node.',
    why: 'Two containers of one pod claiming the same host port are rejected outright. Across pods the scheduler places at most one of them per node, so replicas stay Pending once every node has one.',
    analogy:
      'Two flatmates both claiming the building’s front-door buzzer number: the panel has one button for it.',
  },
  'zh-CN': {
    what: 'hostPort 会在节点自己的 IP 上打开容器的端口。同一个节点上，每个 hostPort、协议和 hostIP 的组合只能被绑定一次。',
    why: '同一个 Pod 里两个容器争同一个 hostPort，会被直接拒绝。跨 Pod 时，调度器每个节点最多只放一个，所以每个节点都有一个之后，后续副本会一直 Pending。',
    analogy: '两个室友都想占用大楼门口的同一个门铃号：面板上这个号只有一个按钮。',
  },
  commands: rejected('containers.ports'),
};
