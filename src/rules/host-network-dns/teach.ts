import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { resolveName, showResolver } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'A hostNetwork pod with dnsPolicy ClusterFirst (the default) does not get the cluster’s DNS: the kubelet falls back to the node’s own resolv.conf.',
    why: 'Service names such as my-db.default.svc do not resolve from the pod, while external names still do — a confusing half-working state.',
    analogy:
      'Using the building’s switchboard, you lose the flat’s own address book: calls to the outside work, calls to the neighbours do not.',
    notes: [
      {
        title: 'Node agents are the exception',
        text: 'CNI plugins (flannel, calico-node, cilium, kube-router), kube-proxy and node exporters run on the host network on every node and often must not depend on cluster DNS: cluster DNS runs in pods that need the network these agents set up. For them the node’s resolver is right; dnsPolicy: Default says so explicitly. podscope notes such pods (a DaemonSet, or a well-known agent) as info, not as a warning.',
      },
    ],
  },
  'zh-CN': {
    what: 'dnsPolicy 为 ClusterFirst（默认值）的 hostNetwork Pod 用不上集群 DNS：kubelet 会退回使用节点自己的 resolv.conf。',
    why: 'Pod 里解析不了 my-db.default.svc 这样的 Service 名称，外部域名却还能解析——一种让人困惑的“半好半坏”状态。',
    analogy: '改用大楼总机后，自家的通讯录没了：打外线没问题，找邻居却打不通。',
    notes: [
      {
        title: '节点 Agent 是例外',
        text: 'CNI 插件（kube-flannel、calico-node、cilium-agent、kube-router）、kube-proxy 和节点导出器在每个节点上以主机网络运行，往往不能依赖集群 DNS：集群 DNS 本身就跑在需要这些 Agent 所建网络的 Pod 里。对它们来说节点的解析器才是对的，dnsPolicy: Default 会把这一点写明。podscope 对这类 Pod（DaemonSet 或知名 Agent）只给出提示级别的说明，而不是警告。',
      },
    ],
  },
  commands: (s) => {
    const c = live(s);
    return [
      cmd(
        L(`The resolver ${c} uses: the node’s`, `${c} 使用的 DNS 配置：是节点的`),
        showResolver(s, c),
      ),
      cmd(
        L(
          'A Service name that should resolve, and does not (from a debug container, which uses the pod’s resolver)',
          '本应能解析、却解析不了的 Service 名称（在调试容器里查，它用的是 Pod 的 DNS 配置）',
        ),
        resolveName(s, c, 'kubernetes.default.svc'),
      ),
    ];
  },
};
