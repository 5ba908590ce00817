// The pod frame (QoS, effective resources, what a pod is for) and the node (host) element.
import {
  describePod,
  podField,
  podSecurityDryRun,
  podWide,
  topPod,
} from '../../../src/teach/kubectl';
import { cmd, L } from '../../../src/teach/pick';
import type { Topic } from '../../../src/teach/lesson';

export const podFrame: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/',
  en: {
    what: 'A pod is what Kubernetes schedules: its containers land on one node together, share the network, IPC and UTS namespaces and the volumes they mount, and start and stop as one. The frame shows its QoS class and effective resources: the running containers’ requests added up (or the largest init container’s, if larger), which is what the scheduler reserves.',
    why: 'Requests decide where the pod fits and its share of CPU under contention; limits become cgroup caps: above its CPU limit a container is throttled, above its memory limit it is OOM-killed. When the node runs short of memory, the kubelet evicts first the pods that use more than they request, by priority and then by how far their use exceeds their requests; the QoS class (Guaranteed, Burstable, BestEffort) only estimates that order.',
    analogy:
      'The flat and its lease. Requests are the share of heating and power the landlord promises to keep for you; limits are the fuse that trips when a flatmate draws too much. The QoS class is the kind of lease: a fixed contract (Guaranteed), a flexible one (Burstable), or a sofa for the night (BestEffort). When the building runs short, whoever uses more than the share they were promised leaves first, and the sofa guest was promised nothing.',
    fix: 'Give every container CPU and memory requests at its steady usage and a memory limit; requests equal to limits on every container make the pod Guaranteed. Keep only tightly coupled containers in one pod.',
    notes: [
      {
        title: 'Same pod, or a Service?',
        text: 'Tightly coupled parts live in one pod: they must share files or localhost, run on the same node, and scale and fail together. Loosely coupled parts belong in separate pods that talk through a Service, so each can scale, roll out and crash on its own.',
      },
      {
        title: 'A sidecar is OOM-killed: split or tune?',
        text: 'If the sidecar’s job needs the memory, raise its own limit (and the pod’s request grows with it). If it grows with something other than the app — traffic of the whole node, say — it belongs in its own pod or DaemonSet.',
      },
      {
        title: 'Sharing a GPU between containers',
        text: 'A GPU requested as an extended resource (nvidia.com/gpu, through a device plugin) goes to one container as a whole unit; two containers of a pod cannot split one by their requests. With dynamic resource allocation (GA since Kubernetes 1.34) the containers of one pod can share a device: both name the same ResourceClaim in resources.claims. The device plugin’s time-slicing or MIG also share a GPU.',
      },
      {
        title: 'Rehearse the move',
        text: 'Pods are not pets: in a test cluster, cordon and drain a node (kubectl cordon NODE, kubectl drain NODE) and check that the workload survives its pods moving. A PodDisruptionBudget keeps enough replicas up while you do it.',
      },
    ],
  },
  'zh-CN': {
    what: 'Pod 是 Kubernetes 调度的单位：它的容器一起落到同一个节点上，共享网络、IPC、UTS 命名空间和各自挂载的卷，一起启动、一起停止。外框上显示的是它的 QoS 类和有效资源：运行中容器的请求（request）之和（如果最大的 Init 容器的请求更大，则取它），也就是调度器为它预留的量。',
    why: '请求（request）决定 Pod 能放到哪个节点、资源紧张时分到多少 CPU；限制（limit）会变成 cgroup 上限：超过 CPU 限制会被限流，超过内存限制会被 OOM 杀掉。节点内存不足时，kubelet 先驱逐用量超过请求的 Pod，按优先级排序，再看用量超出请求多少；QoS 类（Guaranteed、Burstable、BestEffort）只是对这个顺序的估计。',
    analogy:
      '公寓和租约。请求是房东承诺给你预留的暖气和电量；限制是电闸，哪个室友用电太多就跳闸。QoS 类就是租约类型：固定合同（Guaranteed）、弹性合同（Burstable），或者借住一晚的沙发（BestEffort）。楼里资源紧张时，用得比承诺份额多的人先被请走，而借住沙发的人根本没有份额。',
    fix: '给每个容器按稳定用量设置 CPU 和内存请求，并设置内存限制；每个容器的请求都等于限制时，Pod 就是 Guaranteed。只把紧耦合的容器放在同一个 Pod 里。',
    notes: [
      {
        title: '放同一个 Pod，还是走 Service？',
        text: '紧耦合的部分放在同一个 Pod：它们必须共享文件或 localhost、运行在同一节点、一起扩缩容、同生共死。松耦合的部分放在不同的 Pod 里，通过 Service 通信，各自独立扩缩容、发布和故障。',
      },
      {
        title: '边车容器被 OOM：拆分还是调配额？',
        text: '如果边车容器的工作确实需要这么多内存，就调高它自己的限制（Pod 的请求也随之增加）。如果它的用量随应用以外的东西增长（比如整个节点的流量），它就该拆成独立的 Pod 或 DaemonSet。',
      },
      {
        title: '容器之间共享 GPU',
        text: '作为扩展资源（nvidia.com/gpu，经由设备插件）申请的 GPU 以整块为单位分配给某一个容器；同一个 Pod 的两个容器无法通过请求分用一块 GPU。使用动态资源分配（DRA，自 Kubernetes 1.34 起 GA）时，同一个 Pod 的容器可以共享一个设备：两者在 resources.claims 中引用同一个 ResourceClaim。设备插件的时间片或 MIG 也能共享 GPU。',
      },
      {
        title: '演练“分家”',
        text: 'Pod 不是宠物：在测试集群里对节点执行 cordon 和 drain（kubectl cordon 节点名、kubectl drain 节点名），检查 Pod 迁移后工作负载是否依然正常。配合 PodDisruptionBudget，保证演练期间有足够的副本在线。',
      },
    ],
  },
  commands: (s) => [
    cmd(
      L('The QoS class the cluster assigned', '集群分配的 QoS 类'),
      podField(s, '{.status.qosClass}'),
    ),
    cmd(
      L(
        'CPU and memory each container uses now (needs metrics-server)',
        '每个容器当前的 CPU 和内存用量（需要 metrics-server）',
      ),
      topPod(s),
    ),
    cmd(
      L(
        'Requests, limits, restarts and events of every container',
        '每个容器的请求、限制、重启次数和事件',
      ),
      describePod(s),
    ),
  ],
};

export const hostNode: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  en: {
    what: 'The node is the machine the pod runs on. hostNetwork, hostPID, hostIPC and hostPath volumes connect the pod to the node’s own namespaces and files instead of the pod’s.',
    why: 'Each of them opens the wall between container and node: whoever compromises the container reaches the node and every pod on it. The baseline Pod Security Standard forbids them; only node agents (networking, monitoring, storage drivers) should need them.',
    analogy:
      'The building itself. These settings let the flatmates leave their flat: answer the building’s switchboard, write on the lobby whiteboard, look into every flat, or walk into the boiler room.',
    fix: 'Remove every host setting the pod does not need. Run genuine node agents as a DaemonSet in their own namespace, the only place where the Pod Security label allows them.',
  },
  'zh-CN': {
    what: '节点就是 Pod 运行的那台机器。hostNetwork、hostPID、hostIPC 和 hostPath 卷让 Pod 直接使用节点自己的命名空间和文件，而不是 Pod 自己的。',
    why: '每一项都在容器和节点之间的墙上开了个洞：谁攻破了容器，谁就能碰到节点以及上面的每一个 Pod。Pod 安全标准的 baseline 级别禁止这些设置；只有节点 Agent（网络、监控、存储驱动）才应该需要它们。',
    analogy:
      '整栋楼本身。这些设置让室友们走出自家公寓：接听大楼总机、在大堂白板上写字、看进每一户、或者走进锅炉房。',
    fix: '去掉 Pod 不需要的每一项 host 设置。真正的节点 Agent 用 DaemonSet 运行在专用命名空间里，只在那里通过 Pod Security 标签放行。',
  },
  commands: (s) => {
    return [
      cmd(
        L('The node the pod runs on, and the pod’s IP', 'Pod 所在的节点和 Pod 的 IP'),
        podWide(s),
      ),
      cmd(L('The node’s name alone', '只看节点名'), podField(s, '{.spec.nodeName}')),
      cmd(
        L(
          'Which pods of the namespace the baseline standard would reject (changes nothing)',
          '命名空间里哪些 Pod 不符合 baseline 标准（只检查，不修改）',
        ),
        podSecurityDryRun(s.ref.namespace, 'baseline'),
      ),
    ];
  },
};
