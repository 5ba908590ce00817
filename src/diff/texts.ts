// The change review's words in every language: the CLI's text and Markdown output and, later,
// the page's compare mode read them from here.
import type { GraphNode } from '../graph/types';
import type { Lang } from '../i18n/lang';
import type { Counts } from '../report/input';
import type { Change, FindingChange } from './types';

export interface DiffTexts {
  /** `Key:` / `键：` */
  label(key: string): string;
  /** An aside after a word: ` (x)` / `（x）`. */
  aside(text: string): string;
  /** Between the items of a list in running text. */
  comma: string;
  title(a: string, b: string): string;
  change: Record<Change, string>;
  findingChange: Record<FindingChange, string>;
  /** Marks that say a change without colour, on the graph and in lists. */
  symbol: Record<Exclude<Change, 'unchanged'>, string>;
  element: Record<GraphNode['kind'], string>;
  /** What a value reads when a version does not set it. */
  notSet: string;
  /** A removed element's former mount. */
  formerMount(container: string, mountPath: string, readOnly: boolean): string;
  /** Nothing differs in any pod. */
  noChange(workloads: number): string;
  noWorkloads: string;
  /** `1 changed, 1 added, 3 unchanged` (only the non-zero counts). */
  workloadCounts(c: Record<Change, number>): string;
  /** `1 new (1 warning), 2 fixed, 3 unchanged`. */
  findingCounts(fresh: Counts, fixed: Counts, unchanged: number): string;
  headings: {
    workloads: string;
    unchangedWorkloads: string;
    findings: string;
    objects: string;
    whatChanged: string;
    qos: string;
    graph: string;
    newFindings: string;
    fixedFindings: string;
  };
  header: {
    changes: [string, string, string, string, string];
    qos: [string, string, string];
    findings: [string, string, string, string, string];
    fixed: [string, string, string, string];
  };
  qosClass: string;
  request(resource: string): string;
  limit(resource: string): string;
  legend: string;
  /** Words before the count of findings both versions have. */
  unchangedFindings(n: number): string;
  noFindings: string;
}

const CHANGES = ['changed', 'added', 'removed', 'unchanged'] as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function severities(c: Counts, words: { error: string; warning: string; info: string }): string {
  return [
    c.error > 0 ? `${c.error} ${words.error}` : '',
    c.warning > 0 ? `${c.warning} ${words.warning}` : '',
    c.info > 0 ? `${c.info} ${words.info}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const total = (c: Counts): number => c.error + c.warning + c.info + c.suppressed;

const EN: DiffTexts = {
  label: (k) => `${k}:`,
  aside: (x) => ` (${x})`,
  comma: ', ',
  title: (a, b) => `podscope change review: ${a} → ${b}`,
  change: { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' },
  findingChange: { new: 'new', fixed: 'fixed', unchanged: 'unchanged' },
  symbol: { added: '+', removed: '−', changed: '~' },
  element: {
    pod: 'pod',
    container: 'container',
    volume: 'volume',
    namespace: 'namespace',
    host: 'node',
    object: 'object',
    service: 'Service',
  },
  notSet: 'not set',
  formerMount: (c, path, ro) => `was mounted by ${c} at ${path}${ro ? ' (read-only)' : ''}`,
  noChange: (n) => (n <= 1 ? 'No change in the pod.' : `No change in any of the ${n} pods.`),
  noWorkloads: 'Neither version holds a workload.',
  workloadCounts: (c) =>
    CHANGES.filter((k) => c[k] > 0)
      .map((k) => `${c[k]} ${EN.change[k]}`)
      .join(', ') || 'none',
  findingCounts: (fresh, fixed, unchanged) => {
    const detail = (c: Counts) => {
      const s = severities(c, {
        error: c.error === 1 ? 'error' : 'errors',
        warning: c.warning === 1 ? 'warning' : 'warnings',
        info: 'info',
      });
      return s ? ` (${s})` : '';
    };
    return [
      `${plural(total(fresh), 'new finding')}${detail(fresh)}`,
      `${total(fixed)} fixed${detail(fixed)}`,
      `${unchanged} unchanged`,
    ].join(', ');
  },
  headings: {
    workloads: 'Workloads',
    unchangedWorkloads: 'Unchanged workloads',
    findings: 'Findings',
    objects: 'Other objects',
    whatChanged: 'What changed in the pod',
    qos: 'QoS and effective resources',
    graph: 'The pod after the change, changes marked',
    newFindings: 'New findings',
    fixedFindings: 'Fixed findings',
  },
  header: {
    changes: ['Element', 'Change', 'Field', 'Before', 'After'],
    qos: ['', 'Before', 'After'],
    findings: ['Severity', 'Rule', 'Where', 'Message', 'Fix'],
    fixed: ['Severity', 'Rule', 'Where', 'Message'],
  },
  qosClass: 'QoS class',
  request: (r) => `pod request ${r}`,
  limit: (r) => `pod limit ${r}`,
  legend:
    'On the graph: “+ added” (green), “− removed” (grey, dashed: as it was before), “~ changed” (purple).',
  unchangedFindings: (n) => `${plural(n, 'finding')} ${n === 1 ? 'is' : 'are'} in both versions.`,
  noFindings: 'None.',
};

const ZH_CN: DiffTexts = {
  label: (k) => `${k}：`,
  aside: (x) => `（${x}）`,
  comma: '，',
  title: (a, b) => `podscope 变更评审：${a} → ${b}`,
  change: { added: '新增', removed: '删除', changed: '变更', unchanged: '未变' },
  findingChange: { new: '新出现', fixed: '已修复', unchanged: '未变' },
  symbol: { added: '+', removed: '−', changed: '~' },
  element: {
    pod: 'Pod',
    container: '容器',
    volume: '卷',
    namespace: '命名空间',
    host: '节点',
    object: '对象',
    service: 'Service',
  },
  notSet: '未设置',
  formerMount: (c, path, ro) => `原先由 ${c} 挂载在 ${path}${ro ? '（只读）' : ''}`,
  noChange: (n) => (n <= 1 ? 'Pod 没有变化。' : `${n} 个 Pod 都没有变化。`),
  noWorkloads: '两个版本里都没有工作负载。',
  workloadCounts: (c) =>
    CHANGES.filter((k) => c[k] > 0)
      .map((k) => `${ZH_CN.change[k]} ${c[k]} 个`)
      .join('，') || '无',
  findingCounts: (fresh, fixed, unchanged) => {
    const words = { error: '个错误', warning: '个警告', info: '条提示' };
    const detail = (c: Counts) => {
      const s = severities(c, words);
      return s ? `（${s.replace(/, /g, '，')}）` : '';
    };
    return `新出现 ${total(fresh)} 个问题${detail(fresh)}，已修复 ${total(fixed)} 个${detail(fixed)}，未变 ${unchanged} 个`;
  },
  headings: {
    workloads: '工作负载',
    unchangedWorkloads: '未变的工作负载',
    findings: '问题',
    objects: '其他对象',
    whatChanged: 'Pod 里变了什么',
    qos: 'QoS 与实际生效的资源',
    graph: '变更后的 Pod（标出了变更）',
    newFindings: '新出现的问题',
    fixedFindings: '已修复的问题',
  },
  header: {
    changes: ['元素', '变化', '字段', '之前', '之后'],
    qos: ['', '之前', '之后'],
    findings: ['级别', '规则', '位置', '说明', '修复'],
    fixed: ['级别', '规则', '位置', '说明'],
  },
  qosClass: 'QoS 类',
  request: (r) => `Pod 请求（request）${r}`,
  limit: (r) => `Pod 限制（limit）${r}`,
  legend: '图中：“+ 新增”（绿色），“− 删除”（灰色虚线：变更前的样子），“~ 变更”（紫色）。',
  unchangedFindings: (n) => `两个版本里都有的问题：${n} 个。`,
  noFindings: '无。',
};

/** The change review's words in `lang`. */
export function diffTexts(lang: Lang): DiffTexts {
  return lang === 'zh-CN' ? ZH_CN : EN;
}
