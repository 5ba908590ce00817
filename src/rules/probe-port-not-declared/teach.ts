import { describePod, podEvents } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'A probe may name its port (port: http). The kubelet resolves that name only among the ports of the probe’s own container, not the pod’s other containers.',
    why: 'Every probe attempt errors with “port not found”, and the kubelet throws an errored result away instead of counting it as a failure. So only one consequence is real: the container never becomes Ready. A readiness probe keeps it out of Services for good; a startup probe never succeeds, so the container never counts as started and never becomes Ready (it is not killed); a liveness probe never restarts anything, so it silently checks nothing.',
    analogy:
      'Asking the caretaker to check on you at “the desk extension” when your room has no extension by that name: every call goes nowhere, the caretaker shrugs and writes nothing down — and never marks you as in.',
  },
  'zh-CN': {
    what: '探针可以用端口名（port: http）。kubelet 只在探针所属容器自己的端口里解析这个名字，不会去找 Pod 里的其他容器。',
    why: '每次探测都报 “port not found”，kubelet 会把出错的结果丢掉，而不是算作一次失败。所以真正的后果只有一个：容器永远不会 Ready。就绪探针会让它永远进不了 Service；启动探针永远不成功，容器永远不算启动完成，也就永远不会 Ready（但不会被杀掉）；存活探针永远不会重启任何东西，等于悄悄地什么也没检查。',
    analogy:
      '让管家按“前台分机”来查看你的情况，可你房间里根本没有叫这个名字的分机：每次电话都打不通，管家耸耸肩什么也不记——也永远不会把你登记为“在家”。',
  },
  commands: (s) => [
    cmd(L('The probe failures, in the pod’s events', 'Pod 事件里的探针失败记录'), podEvents(s)),
    cmd(
      L('Readiness, restarts and probe settings', '就绪状态、重启次数和探针配置'),
      describePod(s),
    ),
  ],
};
