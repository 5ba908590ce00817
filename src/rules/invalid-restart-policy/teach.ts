import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'The pod’s restartPolicy says what happens when a container exits: Always (Deployments, StatefulSets, DaemonSets keep pods running), OnFailure or Never (Jobs and CronJobs run to completion). On an init container, restartPolicy: Always makes a native sidecar.',
    why: 'A value the kind does not allow, or a misspelt one, is rejected; a Job with Always would never finish.',
    analogy:
      'Signing a permanent lease for a one-night stay, or a one-night stay for a permanent home.',
  },
  'zh-CN': {
    what: 'Pod 的 restartPolicy 规定容器退出后怎么办：Always（Deployment、StatefulSet、DaemonSet 让 Pod 一直运行）、OnFailure 或 Never（Job 和 CronJob 运行到结束）。init 容器上写 restartPolicy: Always，就成了原生 sidecar。',
    why: '该类型不允许的值或拼错的值会被拒绝；Always 的 Job 永远不会结束。',
    analogy: '住一晚却签了长期租约，或者长住却只签了一晚。',
  },
  commands: rejected('restartPolicy'),
};
