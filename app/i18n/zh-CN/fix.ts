import type { FixTexts } from '../en/fix';

export const fix: FixTexts = {
  heading: '修复',
  preview: '预览修复',
  dropAll: (container) => `预览：在 ${container} 中丢弃所有权能（capability）`,
  dropAsRoot:
    '这个容器可能以 root 运行：启动时切换用户或修改文件属主的进程（nginx、许多数据库镜像）需要 CHOWN、SETUID 和 SETGID，没有它们会启动失败。请先确认镜像，或先设置 runAsNonRoot 和 runAsUser。',
  dialog: '修复预览',
  writes: '写入的值',
  change: '改动',
  more: (n) => `以及另外 ${n} 处改动`,
  lineNumber: (n) => `第 ${n} 行`,
  removed: '删除',
  added: '新增',
  apply: '应用',
  applyAll: (n) => `修复此规则的全部 ${n} 项`,
  cancel: '取消',
  undo: '在编辑器中按 Ctrl+Z（Cmd+Z）可一步撤销。',
  applied: '已修复。在编辑器中按 Ctrl+Z（Cmd+Z）可撤销。',
  outdated: '计算此修复之后，文本在它要写入的位置发生了变化。请等检查结果更新后重试。',
  loading: '正在计算修复…',
  notLoaded: '无法加载修复。',
  retry: '重试',
  notForCli: '仅在此页面提供：命令行的自动修复不会应用它。',
  resources: {
    legend: '要写入的值（留空则不写该项）',
    requestsCpu: 'CPU 请求（request）',
    requestsMemory: '内存请求（request）',
    limitsCpu: 'CPU 限制（limit）',
    limitsMemory: '内存限制（limit）',
    invalid: '不是 Kubernetes 接受的数量，或限制（limit）小于请求（request）。',
    note: '这些值取自 Pod 中的其他容器：请按此容器的实际需要核对。',
  },
  defaultContainer:
    '仅当这是 Pod 的主要容器时才应用：kubectl 查看日志和进入容器时会默认选择它，podscope 也会以它为准衡量其他容器。',
  noFix: {
    'port-clash':
      '没有自动修复：containerPort 只是声明端口，修改它不会改变任何监听。Pod 中的容器共享同一个网络命名空间：必须让其中一个应用监听另一个端口（通过其配置或参数），然后再相应修改它的 containerPort 以及指向它的探针和 Service。',
  },
};
