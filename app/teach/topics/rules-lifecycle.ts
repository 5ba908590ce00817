// Rules about how containers start, run and are debugged: restart policies, probes, ephemeral
// containers, image tags and the shared PID namespace.
import { debug, podField } from '../kubectl';
import { cmd, L, live } from '../pick';
import { pidPod } from './process';
import { rejected, verdict, type RuleTopic } from './verdict';

export const lifecycleRules: Readonly<Record<string, RuleTopic>> = {
  'invalid-restart-policy': {
    en: {
      what: 'The pod’s restartPolicy says what happens when a container exits: Always (Deployments, StatefulSets, DaemonSets keep pods running), OnFailure or Never (Jobs and CronJobs run to completion). On an init container, restartPolicy: Always makes a native sidecar.',
      why: 'A value the kind does not allow, or a misspelt one, is rejected; a Job with Always would never finish.',
      analogy:
        'Signing a permanent lease for a one-night stay, or a one-night stay for a permanent home.',
      fix: 'Use Always for long-running workloads and OnFailure or Never for Jobs and CronJobs; write the values with the exact case.',
    },
    'zh-CN': {
      what: 'Pod 的 restartPolicy 规定容器退出后怎么办：Always（Deployment、StatefulSet、DaemonSet 让 Pod 一直运行）、OnFailure 或 Never（Job 和 CronJob 运行到结束）。init 容器上写 restartPolicy: Always，就成了原生 sidecar。',
      why: '该类型不允许的值或拼错的值会被拒绝；Always 的 Job 永远不会结束。',
      analogy: '住一晚却签了长期租约，或者长住却只签了一晚。',
      fix: '长期运行的工作负载用 Always，Job 和 CronJob 用 OnFailure 或 Never；注意大小写。',
    },
    commands: rejected('restartPolicy'),
  },
  'probe-on-init-container': {
    en: {
      what: 'A regular init container runs once to completion; the kubelet does not probe it and runs no lifecycle hooks for it. Only native sidecars (restartPolicy: Always) take probes and hooks.',
      why: 'The API server rejects probes and hooks on a regular init container: there is nothing running to probe afterwards.',
      analogy:
        'Asking the movers to report for duty every ten seconds after they have finished and gone home.',
      fix: 'Remove the probe or hook, or make the container a native sidecar if it should keep running next to the app.',
    },
    'zh-CN': {
      what: '普通 init 容器只运行一次直到结束；kubelet 不会探测它，也不会执行它的生命周期钩子。只有原生 sidecar（restartPolicy: Always）才能带探针和钩子。',
      why: 'API Server 会拒绝普通 init 容器上的探针和钩子：它运行结束后就没有可探测的东西了。',
      analogy: '要求搬家师傅干完活回家之后，每隔十秒还来报一次到。',
      fix: '删掉探针或钩子；如果它应该一直在应用旁边运行，就把它改成原生 sidecar。',
    },
    commands: rejected('initContainers'),
  },
  'invalid-probe': {
    en: {
      what: 'Each probe has exactly one handler: exec, httpGet, tcpSocket or grpc (lifecycle hooks: exec, httpGet or sleep).',
      why: 'A probe with no handler or with two cannot be run, so the API server rejects it.',
      analogy:
        'A check-in rule that says “call, knock or text”: the caretaker needs to know which one to do.',
      fix: 'Give the probe one handler; for two checks, use two probes (for example liveness and readiness).',
    },
    'zh-CN': {
      what: '每个探针只能有一种处理方式：exec、httpGet、tcpSocket 或 grpc（生命周期钩子：exec、httpGet 或 sleep）。',
      why: '没有处理方式或者有两种的探针没法执行，所以 API Server 会拒绝它。',
      analogy: '一条查房规定写着“打电话、敲门或发短信”：管家得知道到底做哪一种。',
      fix: '每个探针只写一种处理方式；要做两种检查，就用两个探针（比如存活和就绪）。',
    },
    commands: rejected('containers.livenessProbe'),
  },
  'ephemeral-container-on-create': {
    en: {
      what: 'Ephemeral containers are added to a running pod through its ephemeralcontainers subresource, which is what kubectl debug does. They cannot be part of a pod or template you create.',
      why: 'The API server rejects them on create; re-applying the output of kubectl get pod -o yaml from a pod that was debugged fails for the same reason.',
      analogy: 'Booking the repair technician in the lease before you have even moved in.',
      fix: 'Remove ephemeralContainers from the manifest and attach a debug container when you need one.',
    },
    'zh-CN': {
      what: '临时容器是通过 Pod 的 ephemeralcontainers 子资源加到正在运行的 Pod 里的，kubectl debug 做的就是这件事。它们不能出现在你创建的 Pod 或模板里。',
      why: 'API Server 在创建时会拒绝它们；把调试过的 Pod 用 kubectl get pod -o yaml 导出再重新 apply，也会因为同样的原因失败。',
      analogy: '还没入住，就在租约里预约了维修师傅。',
      fix: '从清单里删掉 ephemeralContainers，需要时再挂一个调试容器上去。',
    },
    commands: (s) => [
      cmd(
        L('Attach a debug container the supported way', '用正确的方式挂一个调试容器'),
        debug(s, live(s)),
      ),
      verdict(s),
    ],
  },
  'latest-tag': {
    en: {
      what: 'An image without a tag means :latest, and latest is a moving label: it points at whatever was pushed last. For such images imagePullPolicy defaults to Always.',
      why: 'Replicas started at different times or on different nodes can run different builds; a rollback redeploys the same tag and changes nothing; every start depends on the registry being reachable.',
      analogy:
        'Ordering “whatever sofa the shop has this week”: each flat in the building ends up with a different one.',
      fix: 'Pin a version tag (nginx:1.27.3), or better a digest (nginx@sha256:…).',
    },
    'zh-CN': {
      what: '不带标签的镜像就是 :latest，而 latest 是一个会移动的标签：它指向最后一次推送的内容。这类镜像的 imagePullPolicy 默认为 Always。',
      why: '不同时间、不同节点上启动的副本可能跑着不同的构建；回滚时重新部署的还是同一个标签，什么也没变；每次启动都依赖镜像仓库可访问。',
      analogy: '家具订单上写着“店里这周有什么沙发就送什么”：楼里每户收到的都不一样。',
      fix: '固定版本标签（nginx:1.27.3），更好的做法是固定 digest（nginx@sha256:…）。',
    },
    commands: (s) => [
      cmd(
        L('The exact image digest each container is running', '每个容器实际运行的镜像 digest'),
        podField(s, '{range .status.containerStatuses[*]}{.name}{"\\t"}{.imageID}{"\\n"}{end}'),
      ),
    ],
  },
  'shared-pid-with-host-pid': {
    en: {
      what: 'shareProcessNamespace gives the pod one PID namespace of its own; hostPID puts the containers into the node’s. The two exclude each other.',
      why: 'With hostPID there is no pod PID namespace left to share, so the API server rejects the pair.',
      analogy:
        'Asking for an open-plan flat and for a window into every flat of the building at once: the second makes the first meaningless.',
      fix: 'Keep one: shareProcessNamespace to see the other containers’ processes, or hostPID (rarely needed) to see the node’s.',
    },
    'zh-CN': {
      what: 'shareProcessNamespace 让 Pod 拥有一个自己的 PID 命名空间；hostPID 把容器放进节点的 PID 命名空间。两者互斥。',
      why: '用了 hostPID，就不存在可共享的 Pod PID 命名空间了，所以 API Server 会拒绝这种组合。',
      analogy:
        '同时要求打通自家的大开间，又要一扇能看进整栋楼每一户的窗户：有了后者，前者就没有意义了。',
      fix: '二选一：想看到其他容器的进程用 shareProcessNamespace；想看到节点的进程（很少需要）用 hostPID。',
    },
    commands: rejected('shareProcessNamespace'),
  },
  'shared-process-namespace': {
    en: pidPod.en,
    'zh-CN': pidPod['zh-CN'],
    commands: pidPod.commands,
  },
};
