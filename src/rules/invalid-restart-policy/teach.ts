import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'The pod’s restartPolicy says what happens when a container exits: Always (Deployments, StatefulSets, DaemonSets keep pods running), OnFailure or Never (Jobs and CronJobs run to completion). On an init container, restartPolicy: Always makes a native sidecar.',
    why: 'The API server rejects a value the kind does not allow, or a misspelt one: a Job whose pod template says Always is never created.',
    analogy:
      'Signing a permanent lease for a one-night stay, or a one-night stay for a permanent home.',
  },
  'zh-CN': {
    what: 'Pod 的 restartPolicy 规定容器退出后怎么办：Always（Deployment、StatefulSet、DaemonSet 让 Pod 一直运行）、OnFailure 或 Never（Job 和 CronJob 运行到结束）。Init 容器上写 restartPolicy: Always，就成了原生边车容器。',
    why: '该类型不允许的值或拼错的值，API Server 都会拒绝：Pod 模板里写着 Always 的 Job 根本不会被创建。',
    analogy: '住一晚却签了长期租约，或者长住却只签了一晚。',
  },
  commands: rejected('restartPolicy'),
};
