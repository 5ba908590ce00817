// Chinese counts need no plural forms: a measure word does the work.
import type { PanelTexts } from '../en/panels';
import { POD_SECURITY_LEVEL } from './canvas';

export const panels: PanelTexts = {
  severity: {
    error: { label: '错误', group: '错误' },
    warning: { label: '警告', group: '警告' },
    info: { label: '提示', group: '提示' },
  },
  findings: {
    heading: '发现的问题',
    listLabel: '发现的问题，按严重程度分组',
    empty: '没有发现问题 — 这份输入通过了所有规则。',
    suppressed: (reason) => (reason ? `已抑制：${reason}` : '已抑制（未说明原因）'),
    suppressedCount: (n) => `${n} 个已抑制`,
    location: (line, column) => `${line}:${column}`,
    locationLabel: (line, column) => `第 ${line} 行，第 ${column} 列`,
    document: (n) => `第 ${n} 个文档`,
    showMore: (n, hidden) => `再显示 ${n} 条（还有 ${hidden} 条未显示）`,
    group: {
      resourcesNone: (container) =>
        `容器 ${container} 没有设置资源：CPU 和内存都没有请求（request）或限制（limit）`,
      resourcesSome: (container) =>
        `容器 ${container} 的资源设置缺少请求（request）或限制（limit）`,
      oneEdit: '一次修改即可全部解决：在这个容器的资源设置中写明请求（request）和限制（limit）。',
      ruleOn: (containers) => `涉及 ${containers} 个容器`,
      ruleTimes: (n) => `共 ${n} 处`,
      count: (n) => `${n} 个问题`,
      label: (heading, n) => `${heading}，${n} 个问题`,
    },
  },
  qosReason: {
    allLimited: '每个容器都限制了 CPU 和内存，并且请求等于限制。',
    nothingSet: '没有任何容器为 CPU 或内存设置请求或限制。',
    noLimit: (container, resource) => `${container} 没有设置 ${resource} 限制`,
    requestNotLimit: (container, resource, request, limit) =>
      `${container} 的 ${resource} 请求为 ${request}，限制却是 ${limit}`,
    totals: 'Pod 的请求总量与限制总量不相等',
    more: (n) => `另有 ${n} 项`,
  },
  status: {
    label: '分析状态',
    documents: (n) => `${n} 个文档`,
    workloads: (n) => `${n} 个工作负载`,
    count: {
      error: (n) => `${n} 个错误`,
      warning: (n) => `${n} 个警告`,
      info: (n) => `${n} 条提示`,
    },
    suppressed: (n) => `${n} 个已抑制`,
    findings: (n, groups) => (groups < n ? `${n} 个问题，分为 ${groups} 组：` : `${n} 个问题：`),
    qos: (qos) => `QoS ${qos}`,
    podSecurity: (level) => `Pod 安全 ${POD_SECURITY_LEVEL[level] ?? level}`,
    partial: '（部分）',
    source: (source) => `来源：${source}`,
    sharedLink: '分享链接',
    pasted: '粘贴的文本',
    newManifest: '新清单',
    stale: '已过期 — 此文档无法解析，图中显示的是它最后一个有效版本',
    progress: (done, total) => `正在分析：第 ${done} 个文档，共 ${total} 个`,
  },
  picker: {
    label: '工作负载',
    option: (kind, name, template, doc) =>
      `${kind} ${name}${template ? `（${template}）` : ''} · 第 ${doc} 个文档`,
  },
  inspector: {
    label: '元素详情',
  },
};
