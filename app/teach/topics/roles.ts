// Container roles: init containers, native sidecars, app containers and ephemeral containers.
import { describePod, logs, podField, podWide, topPod } from '../../../src/teach/kubectl';
import { openDebugShell, openShell, readCgroup } from '../../../src/teach/probes';
import { cmd, focus, L, live } from '../../../src/teach/pick';
import type { Command, Scene, Topic } from '../../../src/teach/lesson';

// The way in when the image has no shell (distroless); the review report offers it too.
function debugShell(s: Scene, c: string | undefined): Command | undefined {
  return cmd(
    L(
      `No shell in the image? A debug shell next to ${c}, sharing its processes`,
      `镜像里没有 shell？在 ${c} 旁边开一个共享其进程的调试 shell`,
    ),
    openDebugShell(s, c),
  );
}

export const initRole: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/init-containers/',
  en: {
    what: 'An init container runs to completion before the next one starts. Init containers run one at a time, in order, and the app containers start only after the last one has succeeded. Typical jobs: wait for a dependency, run a migration, render configuration into a shared emptyDir.',
    why: 'Setup cannot race the application, and the setup tools and credentials stay out of the app image. But a failing init container holds the whole pod in Init:CrashLoopBackOff, and its requests count: the pod reserves the larger of the biggest init container and the running containers together.',
    analogy:
      'The movers and cleaners who get the flat ready, one crew after another, before the tenants arrive, and leave when their job is done.',
    fix: 'Keep init steps short and idempotent (they run again when the pod restarts) and give them a timeout. A helper that must keep running next to the app is a native sidecar: an init container with restartPolicy: Always.',
  },
  'zh-CN': {
    what: 'Init 容器运行结束后，下一个才会启动。Init 容器一个接一个按顺序运行，最后一个成功后，应用容器才启动。典型用途：等待依赖就绪、执行数据库迁移、把配置渲染到共享的 emptyDir 里。',
    why: '初始化步骤不会和应用抢跑，初始化用的工具和凭据也不必打进应用镜像。但一个失败的 Init 容器会让整个 Pod 卡在 Init:CrashLoopBackOff；它的请求也要算：Pod 预留的是“最大的那个 Init 容器”和“运行期所有容器之和”中较大的一个。',
    analogy: '搬家和保洁师傅：在住户入住前一拨接一拨把屋子收拾好，干完活就离开。',
    fix: 'init 步骤要短，并且可重复执行（Pod 重启时会再跑一遍），给它设置超时。需要在应用旁边一直运行的辅助进程，应该做成原生边车容器：restartPolicy: Always 的 Init 容器。',
  },
  commands: (s) => {
    const c = focus(s);
    return [
      cmd(L(`What ${c} printed while it ran`, `${c} 运行时的输出`), logs(s, c)),
      cmd(
        L(
          'STATUS shows Init:N/M while init containers run',
          'Init 容器运行期间，STATUS 显示 Init:N/M',
        ),
        podWide(s),
      ),
      cmd(
        L('Each init container’s state and exit code', '每个 Init 容器的状态和退出码'),
        podField(s, '{range .status.initContainerStatuses[*]}{.name}{"\\t"}{.state}{"\\n"}{end}'),
      ),
    ];
  },
};

export const sidecarRole: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/',
  en: {
    what: 'A native sidecar is an init container with restartPolicy: Always. It starts in init order, before the containers declared after it, keeps running next to the app containers, is restarted when it exits, and is stopped after them when the pod shuts down.',
    why: 'A proxy, log shipper or secret agent is ready before the app’s first request and still there while the app flushes its last logs. A Job completes even though its sidecar keeps running. Its requests count in the init phase and for the running pod alike.',
    analogy:
      'The concierge who arrives before the tenants, is on duty all day, and locks up after the last one has left.',
    fix: 'Make helpers that the app needs at start-up or shut-down native sidecars. Give them a startupProbe when the app must wait until they are ready, and their own CPU and memory limits.',
    notes: [
      {
        title: 'Lighter sidecars',
        text: 'Every sidecar costs memory and start-up time in every replica. Two ways to pay less: move shared work to the node (ambient service meshes, eBPF), or extend an existing proxy with WebAssembly plugins instead of adding another container.',
      },
    ],
  },
  'zh-CN': {
    what: '原生边车容器就是 restartPolicy: Always 的 Init 容器。它按 init 顺序启动，先于声明在它后面的容器；启动后一直和应用容器并肩运行，退出了会被重启；Pod 关闭时，它在应用容器之后才停止。',
    why: '代理、日志采集、密钥 Agent 能在应用第一个请求之前就绪，应用刷最后几行日志时它也还在。Job 里即使边车容器一直在跑，Job 也能正常完成。它的请求在 init 阶段和运行阶段都要计算。',
    analogy: '物业管家：比住户先到岗，全天值班，最后一个住户离开后才锁门下班。',
    fix: '应用启动或退出时依赖的辅助容器，做成原生边车容器。应用必须等它就绪时，给它加 startupProbe；再给它自己的 CPU 和内存限制。',
    notes: [
      {
        title: '更轻量的边车容器',
        text: '每个边车容器都要在每个副本里占用内存、拖慢启动。减负的两条路：把公共的工作下沉到节点（Ambient 模式的服务网格、eBPF），或者用 WebAssembly 插件扩展已有的代理，而不是再加一个容器。',
      },
    ],
  },
  commands: (s) => {
    const c = focus(s);
    return [
      cmd(L(`Follow ${c}’s output`, `持续查看 ${c} 的输出`), logs(s, c, ['-f'])),
      debugShell(s, live(s)),
      cmd(L('CPU and memory each container uses now', '每个容器当前的 CPU 和内存用量'), topPod(s)),
      cmd(
        L(
          'Start order, restarts and states of every container',
          '每个容器的启动顺序、重启次数和状态',
        ),
        describePod(s),
      ),
    ];
  },
};

export const appRole: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/',
  en: {
    what: 'App containers start once every init container has completed and every sidecar has started. They run side by side: they share the pod’s network, IPC and UTS namespaces and the volumes they mount, but each has its own filesystem, its own processes (unless the PID namespace is shared) and its own CPU and memory limits.',
    why: 'Each container is restarted on its own by the pod’s restartPolicy, and an OOM kill takes one container, not the others. Eviction and deletion, though, take the whole pod: its containers live and die together.',
    analogy:
      'The tenants: they share the address, the letterbox and the whiteboard, but each has a room of their own and pays their own share of the bills.',
    fix: 'Put containers in one pod only when they are tightly coupled: they must run on the same node, share files or localhost, and scale together. Give every container its own requests and limits.',
  },
  'zh-CN': {
    what: '所有 Init 容器完成、所有边车容器启动之后，应用容器才启动。它们并肩运行：共享 Pod 的网络、IPC、UTS 命名空间以及各自挂载的卷，但每个容器有自己的文件系统、自己的进程（除非共享 PID 命名空间）和自己的 CPU、内存限制。',
    why: '每个容器按 Pod 的 restartPolicy 单独重启，OOM 只杀掉一个容器，不影响其他容器。但驱逐和删除是针对整个 Pod 的：容器们同生共死。',
    analogy: '住户：共用门牌、信箱和白板，但每人有自己的房间，水电费各付各的。',
    fix: '只有紧耦合的容器才放进同一个 Pod：必须在同一节点上、共享文件或 localhost、一起扩缩容。给每个容器设置自己的请求和限制。',
  },
  commands: (s) => {
    const c = live(s) ?? focus(s);
    return [
      cmd(L(`A shell in ${c}`, `进入 ${c} 的 shell`), openShell(s, c)),
      debugShell(s, c),
      cmd(
        L(
          `${c}’s memory limit, as the kernel enforces it (cgroup v2)`,
          `内核实际执行的 ${c} 内存限额（cgroup v2）`,
        ),
        readCgroup(s, c, 'memory.max'),
      ),
      cmd(
        L(`${c}’s CPU quota per period (cgroup v2)`, `${c} 每个周期的 CPU 配额（cgroup v2）`),
        readCgroup(s, c, 'cpu.max'),
      ),
      cmd(L('CPU and memory each container uses now', '每个容器当前的 CPU 和内存用量'), topPod(s)),
    ];
  },
};

export const ephemeralRole: Topic = {
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/ephemeral-containers/',
  en: {
    what: 'An ephemeral container is added to a running pod with kubectl debug. It joins the pod’s namespaces and, with --target, the process namespace of one container. It has no ports, probes or resources, is never restarted, and stays listed in the pod until the pod is deleted.',
    why: 'It is how you debug a container whose image has no shell or tools (distroless): bring your own toolbox (busybox, netshoot) and look at the live processes, files and sockets. It cannot be part of a manifest you create.',
    analogy:
      'The repair technician you let in while you live there: they bring their own toolbox, may look at the pipes in one flatmate’s room, and leave when the job is done, though their name stays in the visitors’ book.',
    fix: 'Keep ephemeralContainers out of manifests; add one when you need it with kubectl debug. Use a small pinned debug image, and limit who may debug with RBAC on the pods/ephemeralcontainers subresource.',
  },
  'zh-CN': {
    what: '临时容器（ephemeral container）是用 kubectl debug 加到正在运行的 Pod 里的。它加入 Pod 的命名空间，带上 --target 时还会加入某个容器的进程命名空间。它没有端口、探针和资源配置，不会被重启，并且会一直列在 Pod 里，直到 Pod 被删除。',
    why: '镜像里没有 shell 和工具（例如 distroless）时就靠它排查：自带工具箱（busybox、netshoot），直接查看正在运行的进程、文件和套接字。它不能写在创建用的清单里。',
    analogy:
      '住着的时候请来的维修师傅：自带工具箱，可以看某个室友房间里的水管，修完就走，但名字会留在访客登记簿上。',
    fix: '清单里不要写 ephemeralContainers，需要时用 kubectl debug 添加。调试镜像用小巧且固定版本的，并通过 RBAC 控制谁能操作 pods/ephemeralcontainers 子资源。',
  },
  commands: (s) => {
    const t = s.target ?? s.running[0];
    return [
      cmd(
        L(
          `Start a debug container that sees ${t}’s processes`,
          `启动一个能看到 ${t} 进程的调试容器`,
        ),
        openDebugShell(s, t),
      ),
      cmd(
        L('The ephemeral containers this pod has had', '这个 Pod 加过的临时容器'),
        podField(s, '{.spec.ephemeralContainers[*].name}'),
      ),
      cmd(
        L('Their states, in the pod’s description', '在 Pod 描述里查看它们的状态'),
        describePod(s),
      ),
    ];
  },
};
