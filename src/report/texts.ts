// The reports' own words (headings, counts, labels) in every language. Finding messages and rule
// texts come from the rules and src/i18n; this holds only what the formatters add around them.
import type { Lang } from '../i18n/lang';
import type { Severity } from '../types';
import type { Counts } from './input';

export interface ReportTexts {
  /** Sentences one after another: English puts a space between them, Chinese does not. */
  sentences(...parts: string[]): string;
  counts(c: Counts): string;
  /**
   * A file's (or all files') summary line: how many findings, in how many groups when grouping
   * joined some (src/analysis/findingGroups.ts), then the findings by severity.
   */
  findings(c: Counts, groups: number): string;
  files(n: number): string;
  /** ` (suppressed)` / ` (suppressed: reason)` after a text-report line. */
  suppressedMark(reason?: string): string;
  severity: Record<Severity, string>;
  severityMeaning: Record<Severity, string>;
  see(url: string): string;
  docsLink: string;
  standardInput: string;
  markdown: {
    title: string;
    noWorkloads: string;
    noFindings: string;
    workloadHeader: [string, string, string, string];
    findingHeader: [string, string, string, string, string, string];
    /** Follows the severity in the findings table. */
    suppressed(reason?: string): string;
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const EN: ReportTexts = {
  sentences: (...parts) => parts.join(' '),
  counts: (c) =>
    [plural(c.error, 'error'), plural(c.warning, 'warning'), `${c.info} info`]
      .concat(c.suppressed > 0 ? [`${c.suppressed} suppressed`] : [])
      .join(', '),
  findings: (c, groups) => {
    const total = c.error + c.warning + c.info + c.suppressed;
    if (total === 0) return 'no findings';
    const grouped = groups < total ? ` in ${plural(groups, 'group')}` : '';
    return `${plural(total, 'finding')}${grouped} (${EN.counts(c)})`;
  },
  files: (n) => `${n} files`,
  suppressedMark: (reason) => (reason ? ` (suppressed: ${reason})` : ' (suppressed)'),
  severity: { error: 'error', warning: 'warning', info: 'info' },
  severityMeaning: {
    error:
      'Severity error: the API server rejects the object, or the kubelet cannot start the pod.',
    warning: 'Severity warning: the pod runs, but something real goes wrong.',
    info: 'Severity info: worth knowing in a review; no action required.',
  },
  see: (url) => `See ${url}`,
  docsLink: 'Kubernetes documentation',
  standardInput: 'standard input',
  markdown: {
    title: 'podscope review',
    noWorkloads: 'No workloads (no pod template found).',
    noFindings: 'No findings.',
    workloadHeader: ['Workload', 'Document', 'Pod spec', 'QoS'],
    findingHeader: ['Severity', 'Rule', 'Line', 'Path', 'Message', 'Fix'],
    suppressed: (reason) => (reason ? ` (suppressed: ${reason})` : ' (suppressed)'),
  },
};

const ZH_CN: ReportTexts = {
  sentences: (...parts) => parts.join(''),
  counts: (c) =>
    [`${c.error} 个错误`, `${c.warning} 个警告`, `${c.info} 条提示`]
      .concat(c.suppressed > 0 ? [`${c.suppressed} 条已抑制`] : [])
      .join('，'),
  findings: (c, groups) => {
    const total = c.error + c.warning + c.info + c.suppressed;
    if (total === 0) return '没有发现问题';
    const grouped = groups < total ? `，分为 ${groups} 组` : '';
    return `${total} 个问题${grouped}（${ZH_CN.counts(c)}）`;
  },
  files: (n) => `共 ${n} 个文件`,
  suppressedMark: (reason) => (reason ? `（已抑制：${reason}）` : '（已抑制）'),
  severity: { error: '错误', warning: '警告', info: '提示' },
  severityMeaning: {
    error: '严重级别“错误”：API server 会拒绝这个对象，或者 kubelet 无法启动 Pod。',
    warning: '严重级别“警告”：Pod 能运行，但会出真正的问题。',
    info: '严重级别“提示”：评审时值得了解，无需处理。',
  },
  see: (url) => `参见 ${url}`,
  docsLink: 'Kubernetes 文档',
  standardInput: '标准输入',
  markdown: {
    title: 'podscope 评审报告',
    noWorkloads: '没有工作负载（没有找到 Pod 模板）。',
    noFindings: '没有发现问题。',
    workloadHeader: ['工作负载', '文档', 'Pod spec', 'QoS'],
    findingHeader: ['级别', '规则', '行', '路径', '说明', '修复'],
    suppressed: (reason) => (reason ? `（已抑制：${reason}）` : '（已抑制）'),
  },
};

/** The formatters' words in `lang`. */
export function reportTexts(lang: Lang): ReportTexts {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
