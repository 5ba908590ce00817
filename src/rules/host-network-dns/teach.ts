import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { resolveName, showResolver } from '../../teach/probes';

export const lesson: RuleLesson = {
  en: {
    what: 'A hostNetwork pod with dnsPolicy ClusterFirst (the default) does not get the cluster’s DNS: the kubelet falls back to the node’s own resolv.conf.',
    why: 'Service names such as my-db.default.svc do not resolve from the pod, while external names still do — a confusing half-working state.',
    analogy:
      'Using the building’s switchboard, you lose the flat’s own address book: calls to the outside work, calls to the neighbours do not.',
  },
  'zh-CN': {
    what: 'dnsPolicy 为 ClusterFirst（默认值）的 hostNetwork Pod 用不上集群 DNS：kubelet 会退回使用节点自己的 resolv.conf。',
    why: 'Pod 里解析不了 my-db.default.svc 这样的 Service 名称，外部域名却还能解析——一种让人困惑的“半好半坏”状态。',
    analogy: '改用大楼总机后，自家的通讯录没了：打外线没问题，找邻居却打不通。',
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
