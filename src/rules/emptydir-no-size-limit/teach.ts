import { podEvents } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { fill } from '../../teach/mounts';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A disk-backed emptyDir without sizeLimit lives on the node’s filesystem and can grow until that filesystem is full.',
    why: 'One container that writes without bound — a debug log, a runaway cache — fills the node’s disk. The node reports DiskPressure and the kubelet evicts pods, possibly others first; with a pod ephemeral-storage limit, this whole pod is evicted.',
    analogy: 'A cupboard with no back wall that slowly swallows the building’s basement.',
  },
  'zh-CN': {
    what: '基于磁盘且没有 sizeLimit 的 emptyDir 放在节点的文件系统上，可以一直涨到把文件系统写满。',
    why: '一个无节制写入的容器——调试日志、失控的缓存——就能写满节点磁盘。节点报 DiskPressure，kubelet 开始驱逐 Pod，可能先驱逐的是别人；如果设置了 Pod 的 ephemeral-storage 限制（limit），则整个 Pod 被驱逐。',
    analogy: '一个没有后板的柜子，慢慢把整栋楼的地下室都吞了进去。',
  },
  commands: (s) => [
    ...fill(s, true),
    cmd(
      L('Evictions for disk pressure, in the pod’s events', 'Pod 事件里因磁盘压力导致的驱逐'),
      podEvents(s),
    ),
  ],
};
