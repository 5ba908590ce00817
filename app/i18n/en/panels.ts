// The side panels' strings: the findings list, the status line, the workload picker and the QoS
// reasons. Builders take values, never markup. The inspector views have their own area.
import type { Severity } from '../../../src/types';
import { plural } from './plural';

export const panels = {
  severity: {
    error: { label: 'error', group: 'Errors' },
    warning: { label: 'warning', group: 'Warnings' },
    info: { label: 'info', group: 'Info' },
  } as Record<Severity, { label: string; group: string }>,
  findings: {
    heading: 'Findings',
    listLabel: 'Findings, grouped by severity',
    empty: 'No findings — every rule passes for this input.',
    suppressed: (reason?: string): string =>
      reason ? `suppressed: ${reason}` : 'suppressed (no reason given)',
    suppressedCount: (n: number): string => `${n} suppressed`,
    location: (line: number, column: number): string => `${line}:${column}`,
    locationLabel: (line: number, column: number): string => `line ${line}, column ${column}`,
    /** A document without kind or name, by its 1-based number. */
    document: (n: number): string => `document ${n}`,
    showMore: (n: number, hidden: number): string =>
      `Show ${n.toLocaleString('en')} more (${hidden.toLocaleString('en')} not shown)`,
    /** A group's heading: the cause its findings share (src/analysis/findingGroups.ts). */
    group: {
      resourcesNone: (container: string): string =>
        `container ${container} has no resources: no CPU or memory requests or limits`,
      resourcesSome: (container: string): string =>
        `container ${container} leaves requests or limits out of its resources`,
      /** Under an open resources group: why its findings are one. */
      oneEdit: 'One edit fixes them all: set requests and limits in this container’s resources.',
      /** After the rule id of a group of one rule. */
      ruleOn: (containers: number): string => `on ${plural(containers, 'container')}`,
      ruleTimes: (n: number): string => `${n} times`,
      count: (n: number): string => plural(n, 'finding'),
      /** The heading's accessible name: its words, then how many findings it holds. */
      label: (heading: string, n: number): string => `${heading}, ${plural(n, 'finding')}`,
    },
  },
  qosReason: {
    allLimited: 'Every container limits CPU and memory, and its requests equal its limits.',
    nothingSet: 'No container requests or limits CPU or memory.',
    noLimit: (container: string, resource: string): string =>
      `${container} sets no ${resource} limit`,
    requestNotLimit: (container: string, resource: string, request: string, limit: string) =>
      `${container} requests ${request} of ${resource} but limits it to ${limit}`,
    totals: 'the pod’s total requests differ from its total limits',
    more: (n: number): string => `and ${n} more`,
  },
  status: {
    label: 'Analysis status',
    documents: (n: number): string => plural(n, 'document'),
    workloads: (n: number): string => plural(n, 'workload'),
    count: {
      error: (n: number): string => plural(n, 'error'),
      warning: (n: number): string => plural(n, 'warning'),
      info: (n: number): string => `${n} info`,
    } as Record<Severity, (n: number) => string>,
    suppressed: (n: number): string => `${n} suppressed`,
    /** What the counts after it count: every finding, suppressed ones included, and their groups. */
    findings: (n: number, groups: number): string =>
      groups < n
        ? `${plural(n, 'finding')} in ${plural(groups, 'group')}:`
        : `${plural(n, 'finding')}:`,
    qos: (qos: string): string => `QoS ${qos}`,
    podSecurity: (level: string): string => `Pod Security ${level}`,
    /** After QoS and Pod Security for a custom resource only partly read (see the frame). */
    partial: ' (partial)',
    source: (source: string): string => `Source: ${source}`,
    /** Names of the page's own sources, as the shell and the share link record them. */
    sharedLink: 'Shared link',
    pasted: 'Pasted text',
    newManifest: 'New manifest',
    stale: 'stale — this document does not parse; the graph shows its last valid version',
    progress: (done: number, total: number): string =>
      `Analysing: ${done.toLocaleString('en')} of ${plural(total, 'document')}`,
  },
  picker: {
    label: 'Workload',
    option: (kind: string, name: string, template: string | undefined, doc: number): string =>
      `${kind} ${name}${template ? ` (${template})` : ''} · doc ${doc}`,
  },
  inspector: {
    label: 'Inspector',
  },
};

export type PanelTexts = typeof panels;
