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
      {
        title: 'Which container is the main one',
        text: 'The one the kubectl.kubernetes.io/default-container annotation names (kubectl logs and exec pick it too). Without it, the first app container that is not an injected helper — a mesh proxy such as linkerd-proxy, istio-proxy or envoy, a Cloud SQL proxy, a Vault Agent — since injectors often put theirs first; failing that, the first app container. Setting the annotation makes the choice explicit.',
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
      {
        title: '哪个是主容器',
        text: '是 kubectl.kubernetes.io/default-container 注解指定的那个（kubectl logs 和 kubectl exec 默认也选它）。没有这个注解时，是第一个不属于注入辅助容器的应用容器——注入辅助容器指 linkerd-proxy、istio-proxy 这类服务网格代理，以及 cloud-sql-proxy、vault-agent——因为注入器常把自己的容器放在最前面；都不满足时，就是第一个应用容器。设置这个注解可以把选择写明。',
      },
    ],
  },
  commands: (s) => [usageNow(s), cgroupLimit(s, 'cpu.max'), cgroupLimit(s, 'memory.max')],
};
