import type { RuleLesson } from '../../teach/lesson';
import { cgroupLimit, usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'Requests tell the scheduler how much CPU and memory to keep free for a container, and set its CPU weight on the node. A container without requests (and without limits they would default to) is reserved nothing.',
    why: 'The node gets overcommitted; under CPU contention the container gets the smallest share, and under memory pressure the kubelet first evicts pods whose usage exceeds their requests (by priority, then by how far they exceed them).',
    analogy:
      'Not booking a share of the heating: on the coldest day you get whatever is left over.',
  },
  'zh-CN': {
    what: '请求（request）告诉调度器要为容器留出多少 CPU 和内存，也决定了它在节点上的 CPU 权重。没有请求、也没有可作为默认值的限制（limit）的容器，什么都预留不到。',
    why: '节点会被超售；CPU 紧张时这个容器分到的份额最小；内存紧张时，kubelet 先驱逐用量超过请求的 Pod（先按优先级，再按超出多少）。',
    analogy: '没有预订暖气份额：最冷的那天，只能用别人剩下的。',
  },
  commands: (s) => [usageNow(s), cgroupLimit(s, 'cpu.max')],
};
