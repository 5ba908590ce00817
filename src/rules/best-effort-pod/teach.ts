import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';
import { usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'When no container requests or limits CPU or memory, the pod’s QoS class is BestEffort.',
    why: 'The scheduler reserves nothing for it. Under memory pressure the kubelet first evicts pods that use more than they requested, ordered by priority and then by how far over they are; a pod that requested nothing is always in that group. The QoS class only estimates the order: a high-priority BestEffort pod can outlast a low-priority Burstable pod that exceeds its requests.',
    analogy:
      'Sleeping on the sofa with no lease: when the flat gets crowded, you are among the first guests asked to leave.',
  },
  'zh-CN': {
    what: '没有任何容器为 CPU 或内存设置请求（request）或限制（limit）时，Pod 的 QoS 类就是 BestEffort。',
    why: '调度器不会为它预留任何资源。节点内存紧张时，kubelet 先驱逐用量超过请求的 Pod，先按优先级、再按超出多少排序；什么都没请求的 Pod 总在这一批里。QoS 类只是对这个顺序的估计：优先级高的 BestEffort Pod 可能比超出请求、优先级低的 Burstable Pod 留得更久。',
    analogy: '没签租约、睡在沙发上：屋里一挤，你就是最先被请走的那批客人之一。',
  },
  commands: (s) => [
    cmd(
      L('The QoS class the cluster assigned', '集群分配的 QoS 类'),
      podField(s, '{.status.qosClass}'),
    ),
    usageNow(s),
  ],
};
