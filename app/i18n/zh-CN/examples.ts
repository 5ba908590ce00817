import type { ExamplesTexts } from '../en/examples';

// Keyed by example id, so an example without a translation fails the type check.
const words: ExamplesTexts['words'] = {
  default: {
    title: '同一个 Pod 里的容器',
    summary:
      '一个应用、一个读取其日志文件的日志采集容器，以及一个通过 localhost 抓取指标的 Prometheus 监控 Agent。',
    idea: '四种共享：同一个 IP、共享卷、IPC 和主机名',
  },
  localhost: {
    title: '同一个 IP，同一个主机名',
    summary: '检查容器通过 localhost:8080 访问 Web 服务器；两者打印出相同的主机名。',
    idea: '共享网络与 UTS 命名空间：通过 localhost 通信，主机名相同',
  },
  'shared-volume': {
    title: '同一个卷，两个路径',
    summary: '应用写入 /data/app.log，边车容器以 /logs/app.log 读到的是同一个文件。',
    idea: '同一个 emptyDir 挂载在不同路径（/data 与 /logs）',
  },
  'ipc-shared-memory': {
    title: '容器之间的共享内存',
    summary:
      '生产者创建一个 System V 共享内存段和一个位于 /dev/shm 的 POSIX 共享内存；消费者读取它。',
    idea: 'IPC：System V 共享内存和信号量（ipcs -m、ipcs -s），POSIX 共享内存（ls /dev/shm）',
  },
  'metrics-agent': {
    title: '带监控 Agent 的应用',
    summary:
      '一个 Java 应用，加上由 ConfigMap 提供配置的 prom/prometheus；这个 Agent 没有设置资源限制。',
    idea: '应用旁边的监控 Agent 需要自己独立的 CPU 配额',
  },
  'log-sidecar': {
    title: '用 tail -f 收集日志的边车容器',
    summary: '应用不断向日志文件追加内容；边车容器用 tail -f 跟踪并转发出去。',
    idea: '边车容器收集日志：日志轮转、tail -f 与 tail -F、每个文件只有一个写入者',
  },
  'port-clash': {
    title: '陷阱：两个容器占用同一个端口',
    summary: 'web 和 debug-tool 都监听 8080；后绑定的那个会失败。',
    idea: '陷阱一：共享网络命名空间中的端口冲突',
  },
  'volume-full': {
    title: '陷阱：卷被写满',
    summary: '一个没有 sizeLimit 的 emptyDir，旁边是一个限制为 500Mi 的 emptyDir。',
    idea: '陷阱二：一个容器写满了卷，整个 Pod 被驱逐',
  },
  'shared-pid': {
    title: '陷阱：僵尸进程与共享 PID 命名空间',
    summary:
      'shareProcessNamespace 让 pause 成为 PID 1，回收成为孤儿的僵尸进程；每个容器都能看到所有进程。',
    idea: '陷阱三：僵尸进程；pause 只回收孤儿进程；shareProcessNamespace 要慎用',
  },
  'memory-cache': {
    title: '基于内存的缓存',
    summary: '一个 tmpfs 类型的 emptyDir（medium: Memory），上限 1Gi，低于 2Gi 的内存限制。',
    idea: '内存盘：medium 为 Memory 且设置了 sizeLimit 的 emptyDir',
  },
  'unix-socket': {
    title: '通过共享卷使用 Unix 套接字',
    summary: '服务端监听 /var/run/app/app.sock；客户端通过同一个卷连接它。',
    idea: '容器之间用 Unix 域套接字代替 TCP',
  },
  'resources-qos': {
    title: '请求、限制与 QoS',
    summary:
      '请求（request）cpu 1 / memory 1Gi，限制（limit）cpu 2 / memory 2Gi：一个 Burstable 的 Pod。',
    idea: 'cgroups 隔离：请求、限制和 QoS 类',
  },
  'native-sidecar': {
    title: 'Job 中的原生边车容器',
    summary:
      '先运行一个 Init 容器，再启动 fluent-bit 边车容器（restartPolicy: Always），最后运行任务本身。',
    idea: '边车容器最先启动，并且不会阻止 Job 结束',
  },
  'hostnetwork-daemonset': {
    title: '使用主机网络的节点 Agent',
    summary:
      '一个 node-exporter DaemonSet，使用 hostNetwork、hostPID，并挂载节点的 /proc 和 /sys。',
    idea: 'Pod 隔离的边界：主机命名空间和 hostPath',
  },
  'istio-mesh': {
    title: '服务网格边车容器（Istio）',
    summary: '一个被注入的 Pod：istio-init 改写 iptables 规则，istio-proxy 能看到所有流量。',
    idea: '流量审计：网格边车容器拦截每一个连接',
  },
  cronjob: {
    title: '每晚备份的 CronJob',
    summary: '一个 Init 容器先导出数据库，然后 upload 容器把文件传走。',
    idea: 'Init 容器在应用之前逐个运行，直到完成',
  },
  'debug-ephemeral': {
    title: '临时容器与被 OOM 杀掉的边车容器',
    summary:
      'kubectl debug 之后用 kubectl get -o yaml 导出的 Pod：一个临时容器，一个 OOMKilled 的边车容器。',
    idea: '调试工具箱（kubectl debug），以及内存耗尽的日志边车容器',
  },
  gpu: {
    title: '设备插件分配的 GPU 按容器独占',
    summary: '两个容器各申请一个 nvidia.com/gpu；设备不会在它们之间共享。',
    idea: '跨容器共享 GPU：设备插件的请求做不到；一个 DRA ResourceClaim 可以',
  },
};

export const examples: ExamplesTexts = {
  notLoaded: '无法加载这个示例。请检查网络连接后再选一次。',
  words,
};
