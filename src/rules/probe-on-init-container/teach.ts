import type { RuleLesson } from '../../teach/lesson';
import { rejected } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'A regular init container runs once to completion; the kubelet does not probe it and runs no lifecycle hooks for it. Only native sidecars (restartPolicy: Always) take probes and hooks.',
    why: 'The API server rejects probes and hooks on a regular init container: there is nothing running to probe afterwards.',
    analogy:
      'Asking the movers to report for duty every ten seconds after they have finished and gone home.',
  },
  'zh-CN': {
    what: '普通 Init 容器只运行一次直到结束；kubelet 不会探测它，也不会执行它的生命周期回调。只有原生边车容器（restartPolicy: Always）才能带探针和回调。',
    why: 'API Server 会拒绝普通 Init 容器上的探针和回调：它运行结束后就没有可探测的东西了。',
    analogy: '要求搬家师傅干完活回家之后，每隔十秒还来报一次到。',
  },
  commands: rejected('initContainers'),
};
