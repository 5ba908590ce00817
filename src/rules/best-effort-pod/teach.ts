import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';
import { usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'When no container requests or limits CPU or memory, the pod’s QoS class is BestEffort.',
    why: 'The scheduler reserves nothing for it, and when the node runs short of memory it is evicted before any Burstable or Guaranteed pod.',
    analogy:
      'Sleeping on the sofa with no lease: the first guest asked to leave when the flat gets crowded.',
  },
  'zh-CN': {
    what: '没有任何容器设置 CPU 或内存的 requests 和 limits 时，Pod 的 QoS 类别就是 BestEffort。',
    why: '调度器不会为它预留任何资源；节点内存不足时，它比任何 Burstable 和 Guaranteed 的 Pod 都先被驱逐。',
    analogy: '没签租约、睡在沙发上：屋里一挤，第一个被请走的就是你。',
  },
  commands: (s) => [
    cmd(
      L('The QoS class the cluster assigned', '集群分配的 QoS 类别'),
      podField(s, '{.status.qosClass}'),
    ),
    usageNow(s),
  ],
};
