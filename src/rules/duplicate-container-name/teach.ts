import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Containers are told apart by name across initContainers, containers and ephemeralContainers: kubectl logs -c, kubectl exec -c, container statuses and restart counts all use it.',
    why: 'Two containers with one name would make all of these ambiguous, so the API server rejects the pod (Duplicate value).',
    analogy:
      'Two flatmates with the same name on the doorbell: post and visitors would go to whoever answers first.',
  },
  'zh-CN': {
    what: '容器靠名字区分，范围覆盖 initContainers、containers 和 ephemeralContainers：kubectl logs -c、kubectl exec -c、容器状态和重启次数都靠它。',
    why: '两个容器同名会让这些操作都无法确定指向谁，所以 API Server 会拒绝这个 Pod（Duplicate value）。',
    analogy: '门铃上两个室友写着同一个名字：信件和访客只能交给先应门的那个人。',
  },
  commands: rejected(),
};
