// The words of the pod over time, in every language: the notes of a timeline, the steps of the
// "what if" scenarios and the status explainer's advice. One table per language, keyed by event
// id; the CLI and the page both read them through `lifecycleText`. Chinese follows
// kubernetes.io/zh-cn (边车容器, Init 容器, 探针, 就绪, 存活, 启动探针, 宽限期, 限制（limit）).
import type { Lang } from '../i18n/lang';
import { formatMessage } from '../messages';
import type { LifecycleEvent } from './types';

const EN = {
  // Start order
  'start.after.exited': 'starts after init container {after} has exited with code 0',
  'start.after.started':
    'starts once sidecar {after} has started (its startup probe passed, or at once without one)',
  'start.after.postStart': 'held back until the postStart hook of {after} has finished',
  'init.runsToCompletion':
    'runs to completion before the next container starts; how long is its own business (instant at the earliest, unbounded at the latest)',
  'postStart.holds':
    'its postStart hook ({handler}) runs before the kubelet starts the next container: the containers after it wait for it',
  'postStart.holdsFor':
    'its postStart hook takes {seconds} s, and the containers after it start only then',
  // Probes
  'probe.startup.window':
    'startup probe: up to {seconds} s before liveness takes over ({failureThreshold} × {periodSeconds} s after an initial delay of {initialDelaySeconds} s); if it has not passed by then, the kubelet kills the container and restarts it',
  'probe.startup.windowNoLiveness':
    'startup probe: up to {seconds} s to start ({failureThreshold} × {periodSeconds} s after an initial delay of {initialDelaySeconds} s); if it has not passed by then, the kubelet kills the container and restarts it',
  'probe.liveness.kill':
    'liveness probe: from {firstSeconds} s after the container starts; a container that hangs is killed after {failureThreshold} failures {periodSeconds} s apart (about {seconds} s) and restarted',
  'probe.readiness.window':
    'readiness probe: Ready {seconds} s after the container starts at the earliest; after {failureThreshold} failures {periodSeconds} s apart it is not Ready and leaves the Service endpoints, without a restart',
  'probe.readiness.none':
    'no readiness probe: Ready as soon as it has started, whether or not it can serve yet',
  // Restarts
  'restart.Always': 'restarted whenever it exits (restartPolicy Always)',
  'restart.OnFailure': 'restarted when it exits with a non-zero code (restartPolicy OnFailure)',
  'restart.Never': 'never restarted (restartPolicy Never)',
  'restart.other': 'restartPolicy {policy} is not a value Kubernetes accepts',
  'restart.rules': 'its restart rules ({rules}) decide first, then restartPolicy {policy}',
  'restart.backoff':
    'a container that keeps exiting is restarted at once the first time, then after {delays} s (CrashLoopBackOff; the 300 s cap is a node setting); 10 minutes of running starts it over',
  // The pod
  'timeline.imagesPresent':
    'Times count from the moment the pod is bound to a node and assume its images are already there (a pull adds its own time). What the manifest cannot know counts as instant at the earliest and unbounded at the latest.',
  'pod.readinessGates':
    'The pod is Ready once every app container and sidecar is Ready ({seconds} s at the earliest) and its readiness gates {gates} are True: another controller sets those, so there is no latest time.',
  'pod.readyFrom':
    'The pod can be Ready {seconds} s after it is bound at the earliest; a readiness probe that keeps failing keeps it out of the Service endpoints for as long as it fails.',
  'pod.readyBetween': 'The pod is Ready between {seconds} s and {latest} s after it is bound.',
  // Jobs
  'job.backoffLimit':
    'Job: it fails once its pods have failed more than {backoffLimit} times (backoffLimit; under restartPolicy {restartPolicy}); the Job controller replaces a failed pod after 10 s, 20 s, 40 s … at most 10 minutes.',
  'job.activeDeadline':
    'Job: after {seconds} s (activeDeadlineSeconds) it fails and its running pods are stopped, however many retries are left.',
  'job.sidecarsStop':
    'Job: once every main container has completed, the kubelet stops the sidecars ({sidecars}, in this order), so they do not keep the pod, and the Job, running.',
  // Termination
  'termination.grace':
    'On deletion the pod leaves the Service endpoints at once, and its containers get {grace} s (terminationGracePeriodSeconds) in all: preStop hooks, then SIGTERM, then SIGKILL.',
  'termination.preStopKnown':
    'preStop takes {seconds} s: SIGTERM at {sigterm} s leaves the process {left} s before SIGKILL at {sigkill} s',
  'termination.preStopUnknown':
    'preStop ({handler}) may take the whole {grace} s; then SIGTERM, and the process still gets at least 2 s before SIGKILL',
  'termination.sidecarPreStopAtOnce':
    'its preStop hook ({handler}) starts at the deletion, while the app containers are still running',
  'termination.sidecarWaits':
    'gets SIGTERM only once the app containers and the sidecars declared after it have exited; if they use the whole {grace} s, SIGTERM comes at {grace} s and SIGKILL at {sigkill} s',
  'termination.extra':
    'its preStop runs into the end of the grace period: the kubelet still gives the process 2 s after SIGTERM, so SIGKILL comes at {sigkill} s, {extra} s past the {grace} s',
  // Scenarios
  'scenario.bound':
    'The pod is bound to a node: the kubelet creates its sandbox (its network, IPC and UTS namespaces).',
  'scenario.starting':
    '{container} starts: its process runs; its postStart hook or startup probe has not finished yet.',
  'scenario.running': '{container} is running.',
  'scenario.started': '{container} has started: its startup probe passed.',
  'scenario.ready': '{container} is Ready.',
  'scenario.initDone': 'Init container {container} exited with code 0.',
  'scenario.podReady':
    'Every app container and sidecar is Ready: the pod is Ready and its IP joins the Service endpoints.',
  'scenario.podReadyGates':
    'Every container is Ready; the pod waits for its readiness gates ({gates}) before it is Ready.',
  'scenario.steady': 'The pod is running: every container is up.',
  'scenario.oomKilled':
    '{container} uses more memory than its limit of {limit}: the kernel kills it (OOMKilled, exit code 137).',
  'scenario.oomKilledNoLimit':
    '{container} has no memory limit of its own: when the node runs short of memory, the kernel’s OOM killer kills it (OOMKilled, exit code 137).',
  'scenario.podNotReady':
    '{container} is not Ready, so neither is the pod: it leaves the Service endpoints.',
  'scenario.restartNow': 'The kubelet restarts {container} at once (restart {restarts}).',
  'scenario.backoff':
    '{container} is killed again: CrashLoopBackOff, the kubelet waits {delay} s before restart {restarts}.',
  'scenario.oomStatus':
    'kubectl get pod now shows READY {ready}/{total}, STATUS CrashLoopBackOff, RESTARTS {restarts}; kubectl describe pod shows {container} with Last State: Terminated, Reason: OOMKilled, Exit Code: 137, and its limit of {limit}. Each new crash doubles the wait, up to 300 s.',
  'scenario.notRestarted': 'restartPolicy {policy}: {container} stays exited.',
  'scenario.jobRetry':
    'The pod has failed: the Job controller creates a new pod, until backoffLimit ({backoffLimit}) is used up.',
  'scenario.hangs': '{container} hangs: its process still runs but stops answering.',
  'scenario.readinessFails':
    'After {failureThreshold} failed readiness probes ({seconds} s) {container} is not Ready; nothing restarts it.',
  'scenario.livenessKill':
    'After {failureThreshold} failed liveness probes ({seconds} s) the kubelet kills {container}: preStop, SIGTERM, and SIGKILL after {grace} s.',
  'scenario.noLiveness':
    '{container} has no liveness probe: nothing restarts it, and it stays Running while it hangs.',
  'scenario.deleted':
    'The pod is deleted: it leaves the Service endpoints at once, and the {grace} s grace period starts.',
  'scenario.preStop': '{container}: its preStop hook runs ({seconds} s).',
  'scenario.preStopUnknown': '{container}: its preStop hook ({handler}) runs.',
  'scenario.sigterm': 'SIGTERM to {container}; SIGKILL at {sigkill} s if it is still running.',
  'scenario.exited': '{container} has exited.',
  'scenario.gone': 'Every container has exited: the pod is gone.',
  'scenario.mainDone': '{container} completes with exit code 0.',
  'scenario.sidecarsStop':
    'Every main container has completed: the kubelet stops the sidecars, last declared first.',
  'scenario.succeeded': 'The pod has succeeded (phase Succeeded): the Job counts a completion.',
  // Status
  'status.readyCount': 'READY {ready}/{total}: the app containers and sidecars that are Ready.',
  'status.podReady': 'The pod is Ready.',
  'status.crashLoop':
    '{container} is in CrashLoopBackOff: it keeps exiting, and the kubelet waits {delay} before the next restart ({restarts} restarts so far). Its previous logs say why it exited.',
  'status.oomKilled':
    '{container} last ended OOMKilled (exit code 137): it used more memory than its limit of {limit}. Raise the limit, or find what grows.',
  'status.oomKilledNoLimit':
    '{container} last ended OOMKilled (exit code 137) without a memory limit of its own: the node ran short of memory and the kernel chose it.',
  'status.lastExit':
    '{container} last ended with reason {reason} and exit code {exitCode}: its previous logs say why.',
  'status.imagePull':
    '{container} cannot pull its image {image} ({reason}): check the name and tag, that the node can reach the registry, and imagePullSecrets for a private one.',
  'status.configKeyMissing':
    '{container} cannot be created (CreateContainerConfigError): {kind} {name} has no key {key}.',
  'status.configObjectMissing':
    '{container} cannot be created (CreateContainerConfigError): {kind} {name} does not exist in the namespace.',
  'status.configError': '{container} cannot be created (CreateContainerConfigError): {message}',
  'status.waiting': '{container} is waiting: {reason}. {message}',
  'status.notReady': '{container} is running but not Ready: its readiness probe is failing.',
  'status.notStarted':
    '{container} is running but has not started: its startup probe has not passed yet.',
  'status.terminated': '{container} has terminated: {reason}, exit code {exitCode}.',
  'status.readinessGate':
    'Readiness gate {gate} is {status}: the pod is not Ready until the controller that owns it sets it True.',
  'status.readinessGateMissing':
    'Readiness gate {gate} has no condition yet: the pod is not Ready until the controller that owns it sets it True.',
  'status.unschedulable': 'The pod is not scheduled on a node: {message}',
  'status.notInitialized': 'Not every init container has completed: {message}',
  'status.condition': 'Condition {type} is {status}: {reason} {message}',
  'status.podReason': 'The pod says {reason}: {message}',
} as const;

export type LifecycleTextId = keyof typeof EN;

const ZH: Record<LifecycleTextId, string> = {
  'start.after.exited': '等 Init 容器 {after} 以退出码 0 结束后才启动',
  'start.after.started':
    '等边车容器 {after} 启动完成（启动探针通过；没有启动探针时立即完成）后才启动',
  'start.after.postStart': '要等 {after} 的 postStart 回调执行完才启动',
  'init.runsToCompletion':
    '运行到结束后下一个容器才启动；运行多久由它自己决定（最早按瞬间计，最晚没有上限）',
  'postStart.holds':
    '它的 postStart 回调（{handler}）执行完，kubelet 才启动下一个容器：后面的容器都要等它',
  'postStart.holdsFor': '它的 postStart 回调要执行 {seconds} 秒，后面的容器到那时才启动',
  'probe.startup.window':
    '启动探针：存活探针接手之前最多有 {seconds} 秒（初始延迟 {initialDelaySeconds} 秒之后 {failureThreshold} × {periodSeconds} 秒）；到那时还没通过，kubelet 会杀掉容器并重启它',
  'probe.startup.windowNoLiveness':
    '启动探针：最多有 {seconds} 秒用来启动（初始延迟 {initialDelaySeconds} 秒之后 {failureThreshold} × {periodSeconds} 秒）；到那时还没通过，kubelet 会杀掉容器并重启它',
  'probe.liveness.kill':
    '存活探针：容器启动 {firstSeconds} 秒后开始探测；容器卡死时，连续失败 {failureThreshold} 次、每次间隔 {periodSeconds} 秒（约 {seconds} 秒）后被杀掉并重启',
  'probe.readiness.window':
    '就绪探针：最早在容器启动 {seconds} 秒后就绪；连续失败 {failureThreshold} 次、每次间隔 {periodSeconds} 秒后变为未就绪并离开 Service 的端点，但不会重启',
  'probe.readiness.none': '没有就绪探针：一启动完成就算就绪，不管它能不能提供服务',
  'restart.Always': '只要退出就会被重启（restartPolicy Always）',
  'restart.OnFailure': '以非零退出码退出时才会被重启（restartPolicy OnFailure）',
  'restart.Never': '从不重启（restartPolicy Never）',
  'restart.other': 'restartPolicy {policy} 不是 Kubernetes 接受的取值',
  'restart.rules': '先按它的重启规则（{rules}）决定，再按 restartPolicy {policy}',
  'restart.backoff':
    '反复退出的容器第一次会立即重启，之后依次等待 {delays} 秒（CrashLoopBackOff；300 秒的上限是节点设置）；连续运行 10 分钟后重新计算',
  'timeline.imagesPresent':
    '时间从 Pod 绑定到节点时算起，并假定镜像已经在节点上（拉取镜像另需时间）。清单无法得知的时长，最早按瞬间计，最晚没有上限。',
  'pod.readinessGates':
    '每个应用容器和边车容器都就绪（最早 {seconds} 秒）、并且就绪门控 {gates} 都为 True 时，Pod 才就绪：这些门控由别的控制器设置，所以没有最晚时间。',
  'pod.readyFrom':
    'Pod 最早在绑定后 {seconds} 秒就绪；就绪探针一直失败，Pod 就一直不在 Service 的端点里。',
  'pod.readyBetween': 'Pod 在绑定后 {seconds} 秒到 {latest} 秒之间就绪。',
  'job.backoffLimit':
    'Job：它的 Pod 失败超过 {backoffLimit} 次（backoffLimit；restartPolicy 为 {restartPolicy}）后 Job 失败；Job 控制器替换失败的 Pod 前依次等待 10 秒、20 秒、40 秒……最多 10 分钟。',
  'job.activeDeadline':
    'Job：运行 {seconds} 秒（activeDeadlineSeconds）后 Job 失败，正在运行的 Pod 被停止，不管还剩多少次重试。',
  'job.sidecarsStop':
    'Job：所有主容器都完成后，kubelet 停止边车容器（{sidecars}，按这个顺序），它们不会让 Pod 和 Job 一直运行下去。',
  'termination.grace':
    '删除时 Pod 立即离开 Service 的端点，它的容器一共有 {grace} 秒（terminationGracePeriodSeconds）：先执行 preStop 回调，再发 SIGTERM，最后 SIGKILL。',
  'termination.preStopKnown':
    'preStop 要 {seconds} 秒：第 {sigterm} 秒发出 SIGTERM，进程在第 {sigkill} 秒的 SIGKILL 之前只剩 {left} 秒',
  'termination.preStopUnknown':
    'preStop（{handler}）可能用掉全部 {grace} 秒；之后发出 SIGTERM，进程在 SIGKILL 之前至少还有 2 秒',
  'termination.sidecarPreStopAtOnce':
    '它的 preStop 回调（{handler}）在删除时就开始执行，这时应用容器还在运行',
  'termination.sidecarWaits':
    '等应用容器和在它之后声明的边车容器都退出后才收到 SIGTERM；如果它们用完全部 {grace} 秒，它在第 {grace} 秒收到 SIGTERM，第 {sigkill} 秒收到 SIGKILL',
  'termination.extra':
    '它的 preStop 一直执行到宽限期结束：kubelet 仍在 SIGTERM 之后给进程 2 秒，所以 SIGKILL 在第 {sigkill} 秒到来，比 {grace} 秒多出 {extra} 秒',
  'scenario.bound': 'Pod 绑定到节点：kubelet 创建它的沙箱（网络、IPC 和 UTS 命名空间）。',
  'scenario.starting': '{container} 启动：进程已经运行，postStart 回调或启动探针还没完成。',
  'scenario.running': '{container} 正在运行。',
  'scenario.started': '{container} 启动完成：启动探针已通过。',
  'scenario.ready': '{container} 已就绪。',
  'scenario.initDone': 'Init 容器 {container} 以退出码 0 结束。',
  'scenario.podReady': '每个应用容器和边车容器都已就绪：Pod 就绪，它的 IP 加入 Service 的端点。',
  'scenario.podReadyGates': '每个容器都已就绪；Pod 还要等就绪门控（{gates}）才就绪。',
  'scenario.steady': 'Pod 正在运行：每个容器都在工作。',
  'scenario.oomKilled':
    '{container} 用的内存超过了它的限制（limit）{limit}：内核杀掉它（OOMKilled，退出码 137）。',
  'scenario.oomKilledNoLimit':
    '{container} 自己没有内存限制（limit）：节点内存不够时，内核的 OOM killer 杀掉它（OOMKilled，退出码 137）。',
  'scenario.podNotReady': '{container} 未就绪，Pod 也就未就绪：它离开 Service 的端点。',
  'scenario.restartNow': 'kubelet 立即重启 {container}（第 {restarts} 次重启）。',
  'scenario.backoff':
    '{container} 再次被杀：进入 CrashLoopBackOff，kubelet 等待 {delay} 秒后进行第 {restarts} 次重启。',
  'scenario.oomStatus':
    'kubectl get pod 现在显示 READY {ready}/{total}、STATUS CrashLoopBackOff、RESTARTS {restarts}；kubectl describe pod 显示 {container} 的 Last State: Terminated、Reason: OOMKilled、Exit Code: 137，以及它的限制（limit）{limit}。每崩溃一次，等待时间翻一倍，最多 300 秒。',
  'scenario.notRestarted': 'restartPolicy {policy}：{container} 保持退出状态。',
  'scenario.jobRetry':
    'Pod 失败了：Job 控制器创建一个新 Pod，直到用完 backoffLimit（{backoffLimit}）。',
  'scenario.hangs': '{container} 卡死了：进程还在，但不再响应。',
  'scenario.readinessFails':
    '就绪探针连续失败 {failureThreshold} 次（{seconds} 秒）后 {container} 未就绪；没有东西会重启它。',
  'scenario.livenessKill':
    '存活探针连续失败 {failureThreshold} 次（{seconds} 秒）后 kubelet 杀掉 {container}：先 preStop，再 SIGTERM，{grace} 秒后 SIGKILL。',
  'scenario.noLiveness': '{container} 没有存活探针：没有东西会重启它，卡死时它仍显示 Running。',
  'scenario.deleted': 'Pod 被删除：它立即离开 Service 的端点，{grace} 秒的宽限期开始计时。',
  'scenario.preStop': '{container}：执行 preStop 回调（{seconds} 秒）。',
  'scenario.preStopUnknown': '{container}：执行 preStop 回调（{handler}）。',
  'scenario.sigterm':
    '向 {container} 发送 SIGTERM；如果到第 {sigkill} 秒还在运行，就发送 SIGKILL。',
  'scenario.exited': '{container} 已退出。',
  'scenario.gone': '所有容器都已退出：Pod 不复存在。',
  'scenario.mainDone': '{container} 以退出码 0 完成。',
  'scenario.sidecarsStop': '所有主容器都已完成：kubelet 停止边车容器，最后声明的最先停止。',
  'scenario.succeeded': 'Pod 已成功（阶段为 Succeeded）：Job 记一次完成。',
  'status.readyCount': 'READY {ready}/{total}：已就绪的应用容器和边车容器。',
  'status.podReady': 'Pod 已就绪。',
  'status.crashLoop':
    '{container} 处于 CrashLoopBackOff：它反复退出，kubelet 要等 {delay} 才再次重启它（已重启 {restarts} 次）。它上一次运行的日志会说明退出原因。',
  'status.oomKilled':
    '{container} 上一次以 OOMKilled 结束（退出码 137）：它用的内存超过了限制（limit）{limit}。请调高限制，或者找出是什么在增长。',
  'status.oomKilledNoLimit':
    '{container} 上一次以 OOMKilled 结束（退出码 137），它自己没有内存限制（limit）：节点内存不够用，内核选中了它。',
  'status.lastExit':
    '{container} 上一次结束的原因是 {reason}，退出码 {exitCode}：它上一次运行的日志会说明原因。',
  'status.imagePull':
    '{container} 拉取不到镜像 {image}（{reason}）：检查镜像名和标签、节点能否访问镜像仓库，私有仓库还要检查 imagePullSecrets。',
  'status.configKeyMissing':
    '{container} 无法创建（CreateContainerConfigError）：{kind} {name} 里没有键 {key}。',
  'status.configObjectMissing':
    '{container} 无法创建（CreateContainerConfigError）：命名空间里没有 {kind} {name}。',
  'status.configError': '{container} 无法创建（CreateContainerConfigError）：{message}',
  'status.waiting': '{container} 正在等待：{reason}。{message}',
  'status.notReady': '{container} 正在运行但未就绪：它的就绪探针失败了。',
  'status.notStarted': '{container} 正在运行但还没启动完成：它的启动探针还没通过。',
  'status.terminated': '{container} 已终止：{reason}，退出码 {exitCode}。',
  'status.readinessGate':
    '就绪门控 {gate} 为 {status}：负责它的控制器把它设为 True 之前，Pod 不会就绪。',
  'status.readinessGateMissing':
    '就绪门控 {gate} 还没有对应的状况：负责它的控制器把它设为 True 之前，Pod 不会就绪。',
  'status.unschedulable': 'Pod 还没有被调度到节点上：{message}',
  'status.notInitialized': '还有 Init 容器没有完成：{message}',
  'status.condition': '状况 {type} 为 {status}：{reason} {message}',
  'status.podReason': 'Pod 的原因是 {reason}：{message}',
};

const TABLES: Record<Lang, Record<string, string>> = { en: EN, 'zh-CN': ZH };

/** The event in words, in `lang`; an id without a text reads as the id with its values. */
export function lifecycleText(event: LifecycleEvent, lang: Lang): string {
  const template = TABLES[lang][event.id] ?? TABLES.en[event.id];
  const values: Record<string, string | number> = { ...event.values };
  if (event.container !== undefined && !('container' in values)) values.container = event.container;
  if (template === undefined) return [event.id, ...Object.values(values)].join(' ');
  return formatMessage(template, values).trim();
}

/** Every event id that has a text (for the tests that check both languages). */
export const LIFECYCLE_TEXT_IDS = Object.keys(EN) as LifecycleTextId[];

/** The template of one id in one language. */
export function lifecycleTemplate(id: LifecycleTextId, lang: Lang): string {
  return TABLES[lang][id];
}
