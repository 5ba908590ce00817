import { podField } from '../../teach/kubectl';
import type { RuleLesson } from '../../teach/lesson';
import { cmd, L, live } from '../../teach/pick';
import { listListeningPorts, showAddresses } from '../../teach/probes';

// The graph's element for the host network namespace is what this rule is about: the
// inspector teaches this lesson for both (app/teach/topics/).
export const lesson: RuleLesson = {
  en: {
    what: 'hostNetwork: true — the pod gets no network namespace of its own. Its containers use the node’s: the node’s IP address, every interface of the node, and the node’s ports. Whatever a container listens on is open on the node’s addresses; declaring a containerPort opens nothing by itself: the API copies it into hostPort, which the scheduler reads to keep two pods that need the same node port off one node.',
    why: 'Two replicas of the pod cannot run on one node, and the pod clashes with node daemons that use the same port. The containers can reach services that listen only on the node’s localhost, and NetworkPolicies do not isolate them. DNS needs dnsPolicy: ClusterFirstWithHostNet, or Service names stop resolving.',
    analogy:
      'The flatmates stop using their own front door and answer the building’s main switchboard: the same number as the caretaker and every other tenant who does this, and they can hear the building’s internal lines.',
  },
  'zh-CN': {
    what: 'hostNetwork: true —— Pod 不再有自己的网络命名空间，容器直接使用节点的：节点的 IP、节点的所有网卡、节点的端口。容器监听的端口就开在节点的地址上；声明 containerPort 本身不会打开任何端口：API 会把它复制到 hostPort，调度器据此避免把需要同一个节点端口的两个 Pod 放到同一个节点上。',
    why: '同一个节点上跑不了这个 Pod 的两个副本，也会和使用同一端口的节点守护进程冲突。容器能访问只监听在节点 localhost 上的服务，NetworkPolicy 也隔离不了它。DNS 需要 dnsPolicy: ClusterFirstWithHostNet，否则解析不了 Service 名称。',
    analogy:
      '室友们不再用自家的门，而是直接接整栋楼的总机：和物业、以及其他这么做的住户共用一个号码，还能听到楼里的内部线路。',
  },
  commands: (s) => {
    const a = live(s);
    return [
      cmd(
        L(
          `The addresses ${a} sees: the node’s, from a debug container in the same network`,
          `${a} 看到的地址：就是节点的（用同一网络里的调试容器查看）`,
        ),
        showAddresses(s, a),
      ),
      cmd(
        L(
          'Pod IP and node IP, from the API: the same address',
          '从 API 对比 Pod IP 和节点 IP：是同一个地址',
        ),
        podField(s, '{.status.podIP} {.status.hostIP}'),
      ),
      cmd(
        L(
          'Every port listening on the node, as the pod sees it',
          '从 Pod 里看到的节点上所有监听端口',
        ),
        listListeningPorts(s, a),
      ),
    ];
  },
};
