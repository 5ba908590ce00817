import type { RuleLesson } from '../../teach/lesson';
import { cgroupLimit, usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'Requests tell the scheduler how much CPU and memory to keep free for a container, and set its CPU weight on the node. A container without requests (and without limits they would default to) is reserved nothing.',
    why: 'The node gets overcommitted; under CPU contention the container gets the smallest share, and under memory pressure pods using more than they requested are evicted first.',
    analogy:
      'Not booking a share of the heating: on the coldest day you get whatever is left over.',
  },
  'zh-CN': {
    what: 'requests 告诉调度器要为容器留出多少 CPU 和内存，也决定了它在节点上的 CPU 权重。没有 requests（也没有可作为默认值的 limits）的容器，什么都预留不到。',
    why: '节点会被超卖；CPU 紧张时这个容器分到的份额最小；内存紧张时，用量超过 requests 的 Pod 最先被驱逐。',
    analogy: '没有预订暖气份额：最冷的那天，只能用别人剩下的。',
  },
  commands: (s) => [usageNow(s), cgroupLimit(s, 'cpu.max')],
};
