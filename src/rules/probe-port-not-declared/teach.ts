import { describePod, podEvents } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A probe may name its port (port: http). The kubelet resolves that name only among the ports of the probe’s own container, not the pod’s other containers.',
    why: 'Every probe attempt errors with “port not found”: a failing liveness probe restarts the container over and over, a readiness probe keeps it out of Services, a startup probe kills it.',
    analogy:
      'Asking the caretaker to check on you at “the desk extension” when your room has no extension by that name: every check fails, and they assume the worst.',
  },
  'zh-CN': {
    what: '探针可以用端口名（port: http）。kubelet 只在探针所属容器自己的端口里解析这个名字，不会去找 Pod 里的其他容器。',
    why: '每次探测都报 “port not found”：存活探针失败会让容器反复重启，就绪探针失败会让它一直不进 Service，启动探针失败则会杀掉它。',
    analogy:
      '让管家按“前台分机”来查看你的情况，可你房间里根本没有叫这个名字的分机：每次查看都失败，管家只能往最坏处想。',
  },
  commands: (s) => [
    cmd(L('The probe failures, in the pod’s events', 'Pod 事件里的探针失败记录'), podEvents(s)),
    cmd(
      L('Readiness, restarts and probe settings', '就绪状态、重启次数和探针配置'),
      describePod(s),
    ),
  ],
};
