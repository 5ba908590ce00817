import type { RuleLesson } from '../../teach/lesson';
import { podField } from '../../teach/kubectl';
import { cmd, L } from '../../teach/pick';

export const lesson: RuleLesson = {
  en: {
    what: 'hostPort opens the container’s port on the node’s own address: traffic to nodeIP:hostPort is forwarded into the pod. The scheduler treats each hostPort/protocol/hostIP as a node resource, so two pods that need the same one never share a node.',
    why: 'Pod Security’s baseline level forbids hostPort, so a namespace that enforces baseline or restricted rejects the pod. A Deployment with more replicas than nodes that have the port free leaves the rest Pending, and the port is open on the node outside anything a NetworkPolicy or a Service decides.',
    analogy:
      'Having your flat’s doorbell wired to the building’s street door: visitors reach you directly, but only one flat per building can have that bell.',
    notes: [
      {
        title: 'hostNetwork copies count too',
        text: 'With hostNetwork: true the API server copies every containerPort into hostPort, and the Pod Security check counts those copies as well. podscope reports that case once, as host-network, since removing hostNetwork removes the copies; host-port is for a hostPort someone wrote.',
      },
    ],
  },
  'zh-CN': {
    what: 'hostPort 会在节点自己的地址上打开容器的端口：发往 节点IP:hostPort 的流量会被转发进 Pod。调度器把每个 hostPort/协议/hostIP 组合当作节点资源，需要同一个组合的两个 Pod 绝不会被放到同一个节点上。',
    why: 'Pod 安全标准的 baseline 级别禁止 hostPort，执行 baseline 或 restricted 级别的命名空间会拒绝这个 Pod。副本数多于端口空闲的节点数时，多出来的副本一直 Pending；而且这个端口直接开在节点上，不受 NetworkPolicy 和 Service 的管控。',
    analogy:
      '把自家门铃直接接到大楼临街的大门上：访客能直接找到你，但整栋楼只能有一户装这样的门铃。',
    notes: [
      {
        title: 'hostNetwork 复制出的端口也算',
        text: '设置 hostNetwork: true 时，API 服务器会把每个 containerPort 复制到 hostPort，Pod 安全检查同样会把这些复制出的端口算进去。podscope 只把这种情况报告一次，归在 host-network 下，因为去掉 hostNetwork 这些复制就没了；host-port 针对的是明确写出的 hostPort。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L(
        'The node the pod runs on, and its address: the hostPort is open there',
        'Pod 所在的节点和它的地址：hostPort 就开在这里',
      ),
      podField(s, '{.spec.nodeName} {.status.hostIP}'),
    ),
  ],
};
