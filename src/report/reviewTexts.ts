// The review report's words in every language (headings, labels, explanations).
import type { Lang } from '../i18n/lang';
import type { CommandTopic } from '../teach/commands';
import type { ProbeNeeds } from '../teach/probes';
import type { PodSecurityLevel } from '../k8s/podSecurity';
import type { ContainerRole, NamespaceName } from '../model/types';

export interface ReviewTexts {
  /** `Key:` / `键：` */
  label(key: string): string;
  /** An aside after a word: ` (x)` / `（x）`. */
  aside(text: string): string;
  /** Two sentences in a row: English puts a space between them, Chinese does not. */
  then(a: string, b: string): string;
  title(workload: string): string;
  summary: {
    workload: string;
    namespace: string;
    noNamespace: string;
    file: string;
    documentLabel: string;
    document(index: number, line: number): string;
    podSpec: string;
    generatedBy: string;
  };
  containers: {
    heading: string;
    header: string[];
    role: Record<ContainerRole, string>;
    /** Labels of well-known helpers (ContainerModel.wellKnown). */
    wellKnown: Record<string, string>;
  };
  qos: {
    heading: string;
    classIs(qos: string): string;
    meaning: Record<string, string>;
    header: string[];
    noLimit: string;
    aggregation: string;
  };
  podSecurity: {
    heading: string;
    levelIs(level: string): string;
    meaning: Record<PodSecurityLevel, string>;
    header: string[];
    /** The pod's own field when a check fails outside any container. */
    podLevel: string;
  };
  namespaces: {
    heading: string;
    header: string[];
    name: Record<NamespaceName, string>;
    pod: string;
    host: string;
    shares(name: NamespaceName, hostname?: string): string;
    onHost(name: NamespaceName): string;
    pidPrivate: string;
    portsHeading: string;
    portsHeader: string[];
    noPorts: string;
    clash: string;
  };
  volumes: {
    heading: string;
    header: string[];
    none: string;
    shared: string;
    unmounted: string;
    readOnly: string;
    readWrite: string;
  };
  findings: {
    heading: string;
    other: string;
    none: string;
    header: string[];
    otherHeader: string[];
  };
  commands: {
    heading: string;
    intro: string;
    placeholder: string;
    /** The tool a command runs and the images that ship it, as a comment line. */
    needs(needs: ProbeNeeds): string;
    topic: Record<CommandTopic, string>;
  };
}

const EN: ReviewTexts = {
  label: (k) => `${k}:`,
  aside: (x) => ` (${x})`,
  then: (a, b) => (a && b ? `${a} ${b}` : a || b),
  title: (w) => `podscope review: ${w}`,
  summary: {
    workload: 'Workload',
    namespace: 'Namespace',
    noNamespace: 'not set (the namespace kubectl applies it to)',
    file: 'File',
    documentLabel: 'Document',
    document: (i, line) => `${i} (starts at line ${line})`,
    podSpec: 'Pod spec',
    generatedBy: 'Checked with',
  },
  containers: {
    heading: 'Containers',
    header: ['Container', 'Role', 'Image', 'Requests', 'Limits'],
    role: {
      init: 'init container',
      sidecar: 'native sidecar',
      app: 'app container',
      ephemeral: 'ephemeral container',
    },
    wellKnown: {
      'service-mesh': 'service-mesh proxy',
      'log-shipper': 'log shipper',
      'metrics-agent': 'metrics agent',
      'secret-agent': 'secret agent',
      'sql-proxy': 'SQL proxy',
    },
  },
  qos: {
    heading: 'QoS and effective resources',
    classIs: (q) => `QoS class: **${q}**.`,
    meaning: {
      Guaranteed:
        'Every container’s requests equal its limits, so its usage never exceeds its requests: under node pressure it is in the group the kubelet evicts last, by priority.',
      Burstable:
        'Some requests or limits are set, not all equal. Under node pressure the kubelet evicts pods using more than they request first (by priority, then by how far usage exceeds requests), and pods within their requests last.',
      BestEffort:
        'Nothing is requested, so any usage exceeds its requests: under node pressure it is in the group the kubelet evicts first, by priority and then by usage.',
    },
    header: ['Resource', 'Pod request', 'Pod limit'],
    noLimit: 'none (a container has no limit)',
    aggregation:
      'Kubernetes adds up the app containers and native sidecars, takes the larger of that and each init container (plus the sidecars started before it), and adds the pod overhead when one is set.',
  },
  podSecurity: {
    heading: 'Pod Security',
    levelIs: (level) => `Pod Security Standards level: **${level}** (policy version 1.35).`,
    meaning: {
      restricted:
        'The pod passes every check of the restricted level: a namespace that enforces restricted, baseline or privileged admits it.',
      baseline:
        'The pod passes every baseline check but fails the restricted checks below: a namespace that enforces restricted rejects it.',
      privileged:
        'The pod fails baseline checks: only a namespace that enforces privileged (or nothing) admits it.',
    },
    header: ['Check', 'Level', 'Containers', 'What fails and how to fix it'],
    podLevel: 'the pod',
  },
  namespaces: {
    heading: 'Shared namespaces',
    header: ['Namespace', 'Scope', 'What the containers share'],
    name: { network: 'Network', ipc: 'IPC', uts: 'UTS', pid: 'PID' },
    pod: 'pod',
    host: 'node (host)',
    shares: (n, hostname) =>
      ({
        network: 'one IP address: they reach each other on localhost, and no two may bind one port',
        ipc: 'System V shared memory and semaphores, POSIX message queues',
        uts: `one hostname${hostname ? `: ${hostname}` : ''}`,
        pid: 'one process tree: processes and signals are visible across containers; pause is PID 1',
      })[n],
    onHost: (n) =>
      ({
        network: 'the node’s network: its interfaces, its localhost, its ports',
        ipc: 'the node’s shared memory and semaphores',
        uts: 'the node’s hostname',
        pid: 'every process on the node',
      })[n],
    pidPrivate: 'not shared: each container sees only its own processes',
    portsHeading: 'Ports',
    portsHeader: ['Port', 'Container', 'Name', 'Host port', 'Clash'],
    noPorts: 'No container declares a port.',
    clash: 'clash',
  },
  volumes: {
    heading: 'Volumes and mounts',
    header: ['Volume', 'Type', 'Source', 'Mounted by', 'Shared'],
    none: 'The pod has no volumes.',
    shared: 'shared',
    unmounted: 'not mounted',
    readOnly: 'read-only',
    readWrite: 'read-write',
  },
  findings: {
    heading: 'Findings',
    other: 'Other findings in this input',
    none: 'No findings.',
    header: ['Severity', 'Rule', 'Line', 'Message', 'Fix'],
    otherHeader: ['Severity', 'Rule', 'Document', 'Line', 'Message', 'Fix'],
  },
  commands: {
    heading: 'Verify on a live cluster',
    intro: 'Run these against the running pod; the names come from the manifest.',
    placeholder: '`<pod>` stands for the name of one of the workload’s pods (`kubectl get pods`).',
    needs: (n) =>
      n.image
        ? `runs ${n.tool} in a ${n.image} debug container: works next to any image`
        : `needs ${n.tool} in the image (${n.worksIn.join(', ')} have it)`,
    topic: {
      uts: 'UTS: one hostname',
      ipc: 'IPC: shared memory and semaphores',
      network: 'Network: localhost between containers',
      volume: 'Volumes: what each container sees',
      pid: 'PID: shared processes',
      debug: 'Debug containers',
    },
  },
};

const ZH_CN: ReviewTexts = {
  label: (k) => `${k}：`,
  aside: (x) => `（${x}）`,
  then: (a, b) => a + b,
  title: (w) => `podscope 评审报告：${w}`,
  summary: {
    workload: '工作负载',
    namespace: '命名空间',
    noNamespace: '未设置（以 kubectl 应用时的命名空间为准）',
    file: '文件',
    documentLabel: '文档',
    document: (i, line) => `${i}（从第 ${line} 行开始）`,
    podSpec: 'Pod spec',
    generatedBy: '检查工具',
  },
  containers: {
    heading: '容器',
    header: ['容器', '角色', '镜像', '请求（request）', '限制（limit）'],
    role: { init: 'Init 容器', sidecar: '原生边车容器', app: '应用容器', ephemeral: '临时容器' },
    wellKnown: {
      'service-mesh': '服务网格代理',
      'log-shipper': '日志采集',
      'metrics-agent': '监控 Agent',
      'secret-agent': '密钥 Agent',
      'sql-proxy': 'SQL 代理',
    },
  },
  qos: {
    heading: 'QoS 与实际生效的资源',
    classIs: (q) => `QoS 类：**${q}**。`,
    meaning: {
      Guaranteed:
        '每个容器的请求（request）都等于限制（limit），用量永远不会超过请求：节点资源紧张时，它属于 kubelet 最后驱逐的那一组，组内按优先级排序。',
      Burstable:
        '设置了部分请求或限制，但并不都相等。节点资源紧张时，kubelet 先驱逐用量超过请求的 Pod（先按优先级，再按超出请求的多少），用量在请求之内的 Pod 最后驱逐。',
      BestEffort:
        '没有设置任何请求，用量总会超过请求：节点资源紧张时，它属于 kubelet 最先驱逐的那一组，组内先按优先级、再按用量排序。',
    },
    header: ['资源', 'Pod 请求', 'Pod 限制'],
    noLimit: '无（有容器没有设置限制）',
    aggregation:
      'Kubernetes 把应用容器和原生边车容器的请求和限制分别相加，再与每个 Init 容器（加上在它之前启动的边车容器）比较取较大者；设置了 Pod overhead 时再加上它。',
  },
  podSecurity: {
    heading: 'Pod 安全',
    levelIs: (level) => `Pod 安全标准级别：**${level}**（策略版本 1.35）。`,
    meaning: {
      restricted: 'Pod 通过了受限级别的全部检查：执行受限、基线或特权级别的命名空间都会接纳它。',
      baseline: 'Pod 通过了全部基线检查，但未通过下列受限检查：执行受限级别的命名空间会拒绝它。',
      privileged: 'Pod 未通过基线检查：只有执行特权级别（或不执行任何级别）的命名空间才会接纳它。',
    },
    header: ['检查', '级别', '容器', '哪里不满足、如何修正'],
    podLevel: 'Pod 本身',
  },
  namespaces: {
    heading: '共享的命名空间',
    header: ['命名空间', '范围', '容器之间共享什么'],
    name: { network: '网络（Network）', ipc: 'IPC', uts: 'UTS', pid: 'PID' },
    pod: 'Pod',
    host: '节点（主机）',
    shares: (n, hostname) =>
      ({
        network: '同一个 IP 地址：容器之间通过 localhost 互访，两个容器不能绑定同一个端口',
        ipc: 'System V 共享内存和信号量、POSIX 消息队列',
        uts: `同一个主机名${hostname ? `：${hostname}` : ''}`,
        pid: '同一棵进程树：进程和信号在容器之间可见；pause 是 PID 1',
      })[n],
    onHost: (n) =>
      ({
        network: '节点的网络：它的网卡、它的 localhost、它的端口',
        ipc: '节点的共享内存和信号量',
        uts: '节点的主机名',
        pid: '节点上的所有进程',
      })[n],
    pidPrivate: '不共享：每个容器只能看到自己的进程',
    portsHeading: '端口',
    portsHeader: ['端口', '容器', '名称', '主机端口', '冲突'],
    noPorts: '没有容器声明端口。',
    clash: '冲突',
  },
  volumes: {
    heading: '卷与挂载',
    header: ['卷', '类型', '来源', '挂载者', '共享'],
    none: 'Pod 没有卷。',
    shared: '共享',
    unmounted: '未挂载',
    readOnly: '只读',
    readWrite: '读写',
  },
  findings: {
    heading: '发现的问题',
    other: '这份输入里的其他问题',
    none: '没有发现问题。',
    header: ['级别', '规则', '行', '说明', '修复'],
    otherHeader: ['级别', '规则', '文档', '行', '说明', '修复'],
  },
  commands: {
    heading: '在集群上验证',
    intro: '在运行中的 Pod 上执行这些命令；其中的名字都取自清单。',
    placeholder: '`<pod>` 代表该工作负载的某个 Pod 的名字（用 `kubectl get pods` 查看）。',
    needs: (n) =>
      n.image
        ? `在 ${n.image} 调试容器里运行 ${n.tool}：任何镜像旁边都能用`
        : `镜像里需要有 ${n.tool}（${n.worksIn.join('、')} 里有）`,
    topic: {
      uts: 'UTS：同一个主机名',
      ipc: 'IPC：共享内存和信号量',
      network: '网络：容器之间走 localhost',
      volume: '卷：每个容器看到的内容',
      pid: 'PID：共享的进程',
      debug: '调试容器',
    },
  },
};

/** The review report's words in `lang`. */
export function reviewTexts(lang: Lang): ReviewTexts {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
