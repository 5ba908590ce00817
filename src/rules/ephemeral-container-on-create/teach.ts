import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { openDebugShell } from '../../teach/probes';
import { verdict } from '../../teach/verdict';

export const lesson: RuleLesson = {
  en: {
    what: 'Ephemeral containers are added to a running pod through its ephemeralcontainers subresource, which is what kubectl debug does. They cannot be part of a pod or template you create.',
    why: 'The API server rejects them on create; re-applying the output of kubectl get pod -o yaml from a pod that was debugged fails for the same reason.',
    analogy: 'Booking the repair technician in the lease before you have even moved in.',
  },
  'zh-CN': {
    what: '临时容器是通过 Pod 的 ephemeralcontainers 子资源加到正在运行的 Pod 里的，kubectl debug 做的就是这件事。它们不能出现在你创建的 Pod 或模板里。',
    why: 'API Server 在创建时会拒绝它们；把调试过的 Pod 用 kubectl get pod -o yaml 导出再重新 apply，也会因为同样的原因失败。',
    analogy: '还没入住，就在租约里预约了维修师傅。',
  },
  commands: (s) => [
    cmd(
      L('Attach a debug container the supported way', '用正确的方式挂一个调试容器'),
      openDebugShell(s, live(s)),
    ),
    verdict(s),
  ],
};
