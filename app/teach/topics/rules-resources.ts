// Rules about requests, limits, QoS and what happens when a container runs out of memory.
import { shellQuote } from '../../../src/teach/shell';
import { describePod, exec, logs, podField, topPod } from '../kubectl';
import { cmd, focus, L, live } from '../pick';
import type { Scene } from '../types';
import { rejected, verdict, type RuleTopic } from './verdict';

function cgroup(s: Scene, file: 'memory.max' | 'cpu.max') {
  const c = live(s);
  return cmd(
    file === 'memory.max'
      ? L(
          `${c}’s memory limit as the kernel sees it (“max” = none)`,
          `内核看到的 ${c} 内存限额（“max” 表示没有限制）`,
        )
      : L(
          `${c}’s CPU quota per 100 ms period (“max” = none)`,
          `${c} 每 100 毫秒周期的 CPU 配额（“max” 表示没有限制）`,
        ),
    exec(s, c, ['cat', `/sys/fs/cgroup/${file}`]),
  );
}

const usage = (s: Scene) =>
  cmd(
    L(
      'CPU and memory each container uses now (needs metrics-server)',
      '每个容器当前的 CPU 和内存用量（需要 metrics-server）',
    ),
    topPod(s),
  );

export const resourceRules: Readonly<Record<string, RuleTopic>> = {
  'invalid-quantity': {
    en: {
      what: 'Resource amounts are Kubernetes quantities: a number with an optional suffix — k, M, G (powers of 1000), Ki, Mi, Gi (powers of 1024) or m (thousandths, for CPU) — with no space and the exact case.',
      why: 'The API server cannot decode anything else (1KB, 1 Gi, 500mi) and rejects the object.',
      analogy: 'Writing “about a bucketful” on the meter reading card.',
      fix: 'Write 500m or 0.5 for half a CPU, 256Mi or 1Gi for memory.',
    },
    'zh-CN': {
      what: '资源数量是 Kubernetes 的 quantity：一个数字加可选后缀——k、M、G（1000 的幂）、Ki、Mi、Gi（1024 的幂）或 m（千分之一，用于 CPU）——中间不能有空格，大小写必须准确。',
      why: 'API Server 解析不了其他写法（1KB、1 Gi、500mi），会拒绝整个对象。',
      analogy: '在抄表卡上写“大概一桶”。',
      fix: '半个 CPU 写 500m 或 0.5，内存写 256Mi 或 1Gi。',
    },
    commands: rejected('containers.resources'),
  },
  'request-exceeds-limit': {
    en: {
      what: 'The request is what the scheduler reserves for a container; the limit is the most it may use. A request can never exceed its limit, and GPUs and hugepages need the request equal to the limit.',
      why: 'A request above the limit is a contradiction, so the API server rejects the object.',
      analogy: 'Asking the landlord to reserve more power for you than your own fuse lets through.',
      fix: 'Lower the request or raise the limit; for extended resources and hugepages set both to the same value.',
    },
    'zh-CN': {
      what: 'request 是调度器为容器预留的量，limit 是它最多能用的量。request 永远不能超过 limit；GPU 和大页内存还要求 request 等于 limit。',
      why: 'request 大于 limit 自相矛盾，所以 API Server 会拒绝这个对象。',
      analogy: '让房东给你预留的电量，比你自家电闸允许通过的还多。',
      fix: '调低 request 或调高 limit；扩展资源和大页内存把两者设成同一个值。',
    },
    commands: rejected('containers.resources'),
  },
  'missing-requests': {
    en: {
      what: 'Requests tell the scheduler how much CPU and memory to keep free for a container, and set its CPU weight on the node. A container without requests (and without limits they would default to) is reserved nothing.',
      why: 'The node gets overcommitted; under CPU contention the container gets the smallest share, and under memory pressure pods using more than they requested are evicted first.',
      analogy:
        'Not booking a share of the heating: on the coldest day you get whatever is left over.',
      fix: 'Set requests.cpu and requests.memory to what the container uses at steady state (kubectl top shows it); a LimitRange can give defaults to a namespace.',
    },
    'zh-CN': {
      what: 'requests 告诉调度器要为容器留出多少 CPU 和内存，也决定了它在节点上的 CPU 权重。没有 requests（也没有可作为默认值的 limits）的容器，什么都预留不到。',
      why: '节点会被超卖；CPU 紧张时这个容器分到的份额最小；内存紧张时，用量超过 requests 的 Pod 最先被驱逐。',
      analogy: '没有预订暖气份额：最冷的那天，只能用别人剩下的。',
      fix: '按容器稳定运行时的用量设置 requests.cpu 和 requests.memory（kubectl top 能看到）；LimitRange 可以给命名空间提供默认值。',
    },
    commands: (s) => [usage(s), cgroup(s, 'cpu.max')],
  },
  'missing-memory-limit': {
    en: {
      what: 'Without a memory limit a container may use all the free memory of its node.',
      why: 'A leak pushes the node into memory pressure: the kubelet starts evicting pods, and the kernel’s OOM killer may pick a process of any pod on the node.',
      analogy:
        'A flat with no fuse on its circuit: one faulty heater blacks out the whole building.',
      fix: 'Set limits.memory, at least the request and ideally equal to it, so the container is killed alone when it leaks.',
    },
    'zh-CN': {
      what: '没有内存 limit 的容器，可以用光所在节点的全部空闲内存。',
      why: '一次内存泄漏就能把节点推入内存压力：kubelet 开始驱逐 Pod，内核的 OOM killer 可能挑中节点上任何一个 Pod 的进程。',
      analogy: '一户没装电闸的公寓：一台坏掉的电暖器就能让整栋楼停电。',
      fix: '设置 limits.memory，至少等于 request，最好相等，这样泄漏时只有它自己被杀掉。',
    },
    commands: (s) => [cgroup(s, 'memory.max'), usage(s)],
  },
  'sidecar-without-limits': {
    en: {
      what: 'Helper containers — metrics agents, log shippers, proxies — share the node with the application they serve. Without limits of their own, their CPU and memory use has no ceiling.',
      why: 'A busy agent takes CPU the app needs when the node is contended, and a leak in the sidecar drives the node into memory pressure, where eviction takes the whole pod, the app included.',
      analogy:
        'A flatmate’s lodger plugged into your circuit without a fuse of their own: when they run the heater, your lights dim.',
      fix: 'Give the sidecar its own CPU and memory requests and limits sized for its job; a helper should never need more than the application it serves.',
      notes: [
        {
          title: 'Agent CPU quota',
          text: 'A monitoring agent beside the app should run under its own CPU limit, so a heavy scrape slows the agent, not the application it watches.',
        },
      ],
    },
    'zh-CN': {
      what: '辅助容器——监控 Agent、日志采集器、代理——和它们服务的应用共享同一个节点。没有自己的 limits，它们的 CPU 和内存用量就没有上限。',
      why: '节点资源紧张时，忙碌的 Agent 会抢走应用需要的 CPU；sidecar 内存泄漏会把节点推入内存压力，驱逐时整个 Pod 连同应用一起被赶走。',
      analogy: '室友的房客接在你家的电路上，自己却没有电闸：他一开电暖器，你家的灯就暗了。',
      fix: '按 sidecar 的工作量给它单独设置 CPU 和内存的 requests 与 limits；辅助容器永远不该比它服务的应用用得更多。',
      notes: [
        {
          title: 'Agent 的 CPU 配额',
          text: '主应用旁边的监控 Agent 应该有自己的 CPU limit，这样抓取量大时慢下来的是 Agent，而不是它监控的应用。',
        },
      ],
    },
    commands: (s) => [usage(s), cgroup(s, 'cpu.max'), cgroup(s, 'memory.max')],
  },
  'best-effort-pod': {
    en: {
      what: 'When no container requests or limits CPU or memory, the pod’s QoS class is BestEffort.',
      why: 'The scheduler reserves nothing for it, and when the node runs short of memory it is evicted before any Burstable or Guaranteed pod.',
      analogy:
        'Sleeping on the sofa with no lease: the first guest asked to leave when the flat gets crowded.',
      fix: 'Set CPU and memory requests (and ideally limits) on every container; requests equal to limits make the pod Guaranteed.',
    },
    'zh-CN': {
      what: '没有任何容器设置 CPU 或内存的 requests 和 limits 时，Pod 的 QoS 类别就是 BestEffort。',
      why: '调度器不会为它预留任何资源；节点内存不足时，它比任何 Burstable 和 Guaranteed 的 Pod 都先被驱逐。',
      analogy: '没签租约、睡在沙发上：屋里一挤，第一个被请走的就是你。',
      fix: '给每个容器设置 CPU 和内存的 requests（最好也设置 limits）；requests 等于 limits 时，Pod 就是 Guaranteed。',
    },
    commands: (s) => [
      cmd(
        L('The QoS class the cluster assigned', '集群分配的 QoS 类别'),
        podField(s, '{.status.qosClass}'),
      ),
      usage(s),
    ],
  },
  'fractional-memory': {
    en: {
      what: 'In a quantity, m means thousandths. Memory measured in m is a fraction of a byte: 512m is half a byte, not 512 mebibytes.',
      why: 'Kubernetes rounds the value up to whole bytes, so the container gets a limit or request of a few bytes: it cannot start, or the reservation is meaningless. The API server only warns.',
      analogy:
        'Asking for 512 thousandths of a cupboard when you meant 512 cupboards’ worth of space.',
      fix: 'Write memory with a byte suffix: Mi or Gi (powers of two) or M or G (powers of ten), never m.',
    },
    'zh-CN': {
      what: '在 quantity 里，m 表示千分之一。用 m 表示的内存是零点几个字节：512m 是半个字节，而不是 512 MiB。',
      why: 'Kubernetes 会向上取整到整字节，容器拿到的 limit 或 request 只有几个字节：要么根本起不来，要么预留毫无意义。API Server 只给出警告。',
      analogy: '本想要 512 个柜子的空间，却写成了千分之五百一十二个柜子。',
      fix: '内存用字节单位：Mi 或 Gi（2 的幂）、M 或 G（10 的幂），绝不用 m。',
    },
    commands: (s) => [verdict(s), cgroup(s, 'memory.max')],
  },
  'oom-killed': {
    en: {
      what: 'The status shows a container whose last run ended with OOMKilled (exit code 137): it used more memory than its limit and the kernel killed it — or, without a limit, the node ran out and the OOM killer chose it.',
      why: 'In-flight work is lost at every kill, repeated kills end in CrashLoopBackOff, and a sidecar that is OOM-killed takes its service (logs, proxy) away from the app.',
      analogy: 'The fuse tripped: the flatmate drew more power than their circuit allows.',
      fix: 'Compare the container’s real peak usage with its limit; raise limit and request, or find what grows. For a sidecar, decide whether to raise its quota or move it into a pod of its own.',
    },
    'zh-CN': {
      what: '状态显示某个容器上一次运行以 OOMKilled 结束（退出码 137）：它用的内存超过了 limit，被内核杀掉——或者它没有 limit，节点内存耗尽时 OOM killer 选中了它。',
      why: '每次被杀，正在处理的工作都会丢失；反复被杀会进入 CrashLoopBackOff；sidecar 被 OOM 时，它提供的服务（日志、代理）也就从应用身边消失了。',
      analogy: '电闸跳了：这个室友用的电超过了他那条线路的额度。',
      fix: '对比容器的实际峰值用量和 limit；调高 limit 和 request，或者找出在增长的东西。如果是 sidecar，要决定是调高它的配额，还是把它拆到独立的 Pod 里。',
    },
    commands: (s) => {
      const c = focus(s);
      return [
        cmd(
          L(
            'Last State: Terminated, Reason: OOMKilled',
            'Last State 显示 Terminated，Reason 为 OOMKilled',
          ),
          describePod(s),
        ),
        cmd(
          L(`What ${c} printed before it was killed`, `${c} 被杀前的输出`),
          logs(s, c, ['--previous']),
        ),
        usage(s),
      ];
    },
  },
  'extended-resource-per-container': {
    en: {
      what: 'GPUs and other extended resources are advertised by a device plugin and handed as whole units to one container; the request must equal the limit and nothing is overcommitted.',
      why: 'The other containers of the pod cannot use the device, even though they share the pod’s network and volumes: two containers cannot split one GPU by their requests.',
      analogy:
        'A parking space assigned to one flatmate’s car: the others may not park there, even when it is empty.',
      fix: 'Request the device in the container that uses it. To share a GPU, use the device plugin’s sharing (time-slicing, MIG, MPS) or dynamic resource allocation, or run both processes in one container.',
    },
    'zh-CN': {
      what: 'GPU 等扩展资源由设备插件上报，以整数单位分配给某一个容器；request 必须等于 limit，不允许超卖。',
      why: 'Pod 里的其他容器用不了这个设备，尽管它们共享 Pod 的网络和卷：两个容器无法通过 requests 分用一块 GPU。',
      analogy: '分配给某个室友的车位：即使空着，其他人也不能停。',
      fix: '在真正使用设备的容器里申请它。要共享 GPU，用设备插件的共享方式（时间片、MIG、MPS）或动态资源分配（DRA），或者把两个进程放进同一个容器。',
    },
    commands: (s) => {
      const r = s.extended[0] ?? 'nvidia.com/gpu';
      const column = `custom-columns=NODE:.metadata.name,ALLOCATABLE:.status.allocatable.${r.replaceAll('.', '\\.')}`;
      return [
        cmd(
          L(`How many ${r} each node offers`, `每个节点能提供多少 ${r}`),
          `kubectl get nodes -o ${shellQuote(column)}`,
        ),
        cmd(
          L(`The GPU as ${live(s)} sees it`, `${live(s)} 看到的 GPU`),
          exec(s, live(s), ['nvidia-smi']),
        ),
      ];
    },
  },
};
