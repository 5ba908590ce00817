import type { RuleLesson } from '../../teach/lesson';
import { cgroupLimit, usageNow } from '../../teach/ruleCommands';

export const lesson: RuleLesson = {
  en: {
    what: 'Helper containers — metrics agents, log shippers, proxies — share the node with the application they serve. Without limits of their own, their CPU and memory use has no ceiling.',
    why: 'A busy agent takes CPU the app needs when the node is contended, and a leak in the sidecar pushes the pod far above its requests: under node memory pressure such pods are evicted first, and eviction takes the whole pod, the app included.',
    analogy:
      'A flatmate’s lodger plugged into your circuit without a fuse of their own: when they run the heater, your lights dim.',
    notes: [
      {
        title: 'Agent CPU quota',
        text: 'A monitoring agent beside the app should run under its own CPU limit, so a heavy scrape slows the agent, not the application it watches.',
      },
    ],
  },
  'zh-CN': {
    what: '辅助容器——监控 Agent、日志采集器、代理——和它们服务的应用共享同一个节点。没有自己的限制（limit），它们的 CPU 和内存用量就没有上限。',
    why: '节点资源紧张时，忙碌的 Agent 会抢走应用需要的 CPU；边车容器内存泄漏会让 Pod 的用量远超请求（request）：节点内存紧张时这样的 Pod 最先被驱逐，整个 Pod 连同应用一起被赶走。',
    analogy: '室友的房客接在你家的电路上，自己却没有电闸：他一开电暖器，你家的灯就暗了。',
    notes: [
      {
        title: 'Agent 的 CPU 配额',
        text: '主应用旁边的监控 Agent 应该有自己的 CPU 限制（limit），这样抓取量大时慢下来的是 Agent，而不是它监控的应用。',
      },
    ],
  },
  commands: (s) => [usageNow(s), cgroupLimit(s, 'cpu.max'), cgroupLimit(s, 'memory.max')],
};
