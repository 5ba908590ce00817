import type { RuleLesson } from '../../teach/lesson';
import { cgroupLimit, usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'Without a memory limit a container may use all the free memory of its node.',
    why: 'A leak pushes the node into memory pressure: the kubelet starts evicting pods, and the kernel’s OOM killer may pick a process of any pod on the node.',
    analogy: 'A flat with no fuse on its circuit: one faulty heater blacks out the whole building.',
  },
  'zh-CN': {
    what: '没有内存限制（limit）的容器，可以用光所在节点的全部空闲内存。',
    why: '一次内存泄漏就能把节点推入内存压力：kubelet 开始驱逐 Pod，内核的 OOM killer 可能挑中节点上任何一个 Pod 的进程。',
    analogy: '一户没装电闸的公寓：一台坏掉的电暖器就能让整栋楼停电。',
  },
  commands: (s) => [cgroupLimit(s, 'memory.max'), usageNow(s)],
};
