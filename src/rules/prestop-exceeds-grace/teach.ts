import { podEvents, podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'When a pod is deleted, the kubelet first runs each container’s preStop hook, then sends SIGTERM, and sends SIGKILL once terminationGracePeriodSeconds (30 s unless set) have passed since the deletion. The hook’s time comes out of that same budget: a 25 s sleep in a 30 s grace period leaves the process 5 s after SIGTERM.',
    why: 'A preStop sleep is there so that load balancers and kube-proxy notice the pod is leaving before it stops taking connections. If it eats most of the grace period, the app gets SIGKILL in the middle of finishing its requests, closing connections or flushing data. A sleep action longer than the grace period is refused by the API server outright.',
    analogy:
      'Being told the shop closes in 30 minutes, then spending 25 of them waiting at the door for the last customers to notice: five minutes remain to close the till.',
    notes: [
      {
        title: 'The kubelet’s 2 s',
        text: 'When a preStop hook runs into the end of the grace period, the kubelet still gives the process 2 s between SIGTERM and SIGKILL, once. The pod can therefore take up to 2 s longer than its grace period, and that is all the process gets.',
      },
    ],
  },
  'zh-CN': {
    what: 'Pod 被删除时，kubelet 先执行每个容器的 preStop 回调，然后发送 SIGTERM；从删除开始过了 terminationGracePeriodSeconds（不设置时为 30 秒）后发送 SIGKILL。回调用掉的时间出自同一份预算：30 秒宽限期里 sleep 25 秒，SIGTERM 之后进程只剩 5 秒。',
    why: 'preStop 里的 sleep 是为了让负载均衡和 kube-proxy 在 Pod 停止接收连接之前察觉它要离开。如果 sleep 吃掉了大部分宽限期，应用在处理剩余请求、关闭连接或写出数据的途中就会收到 SIGKILL。比宽限期还长的 sleep 动作会被 API 服务器直接拒绝。',
    analogy:
      '店里通知 30 分钟后打烊，你却花了 25 分钟站在门口等最后的顾客注意到：只剩 5 分钟来结账关门。',
    notes: [
      {
        title: 'kubelet 的 2 秒',
        text: 'preStop 回调一直执行到宽限期结束时，kubelet 仍会在 SIGTERM 和 SIGKILL 之间给进程 2 秒，只给一次。所以 Pod 最多会比宽限期多用 2 秒，而进程也就只有这 2 秒。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'The grace period and each container’s preStop hook as the API server stored them',
        'API 服务器保存的宽限期和每个容器的 preStop 回调',
      ),
      podField(
        s,
        '{.spec.terminationGracePeriodSeconds}{"\\n"}{range .spec.containers[*]}{.name}: {.lifecycle.preStop}{"\\n"}{end}',
      ),
    ),
    cmd(
      L(
        'Events of a deletion: Killing, and FailedPreStopHook when a hook failed',
        '删除时的事件：Killing，以及回调失败时的 FailedPreStopHook',
      ),
      podEvents(s),
    ),
  ],
};
