// Hand-built findings, rules and results for the report formatter and CLI tests.
import type { RuleMeta } from '../rules/types';
import type { Finding } from '../types';
import type { ReportResult, ReportWorkload } from '../report/input';

/** A finding with neutral defaults; tests override what they assert on. */
export function finding(
  over: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'line' | 'column'>,
): Finding {
  return {
    message: `${over.ruleId} message`,
    messageId: 'default',
    params: {},
    document: 0,
    path: '',
    endLine: over.line,
    endColumn: over.column + 1,
    offset: 0,
    endOffset: 1,
    suppressed: false,
    ...over,
  };
}

/** Rule metadata as the catalog would declare it. */
export function rule(
  id: string,
  severity: RuleMeta['severity'],
  docs = 'https://kubernetes.io/docs/concepts/workloads/pods/',
): RuleMeta {
  return {
    id,
    severity,
    docs,
    summary: `Summary of ${id}.`,
    messages: { default: `${id} message` },
    fix: `Fix ${id}.`,
  };
}

export function podWorkload(
  name: string,
  qosClass: ReportWorkload['qosClass'],
  document = 0,
  podSecurity: ReportWorkload['podSecurity']['level'] = 'baseline',
): ReportWorkload {
  return {
    ref: { document, kind: 'Pod', name },
    qosClass,
    podSpecPath: 'spec',
    podSecurity: { level: podSecurity },
  };
}

export function result(findings: Finding[], workloads: ReportWorkload[] = []): ReportResult {
  const docs = new Set([
    0,
    ...workloads.map((w) => w.ref.document),
    ...findings.map((f) => f.document),
  ]);
  return {
    documents: [...docs]
      .sort((a, b) => a - b)
      .map((index) => ({
        index,
        line: 1,
        workload: workloads.some((w) => w.ref.document === index),
        empty: false,
        invalid: false,
      })),
    workloads,
    findings,
  };
}
