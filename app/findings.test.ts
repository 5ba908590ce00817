import { describe, expect, it } from 'vitest';
import type { WorkloadAnalysis } from '../src/analysis';
import type { Finding, Severity } from '../src/types';
import { countFindings, countLabel, locationLabel, workloadLabel } from './findings';

function finding(severity: Severity, suppressed = false): Finding {
  return {
    ruleId: 'port-clash',
    severity,
    message: 'containerPort 8080/TCP is also declared by container app',
    messageId: 'clash',
    params: {},
    document: 0,
    path: 'spec.containers[1].ports[0].containerPort',
    line: 14,
    column: 24,
    endLine: 14,
    endColumn: 28,
    offset: 300,
    endOffset: 304,
    suppressed,
  };
}

function workload(kind: string, name: string, templateLabel?: string): WorkloadAnalysis {
  return { ref: { kind, name, templateLabel } } as unknown as WorkloadAnalysis;
}

describe('countFindings', () => {
  it('counts each severity and sets suppressed findings apart', () => {
    const counts = countFindings([
      finding('error'),
      finding('warning'),
      finding('warning'),
      finding('warning', true),
      finding('info'),
    ]);
    expect(counts).toEqual({ error: 1, warning: 2, info: 1, suppressed: 1 });
  });

  it('is all zeros for no findings', () => {
    expect(countFindings([])).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0 });
  });
});

describe('labels', () => {
  it('prints positions as line:column', () => {
    expect(locationLabel({ line: 14, column: 24 })).toBe('14:24');
  });

  it('pluralises counts', () => {
    expect(countLabel(0, 'error')).toBe('0 errors');
    expect(countLabel(1, 'error')).toBe('1 error');
    expect(countLabel(2, 'warning')).toBe('2 warnings');
  });

  it('names a workload by kind and name, and a template inside a custom resource by its label', () => {
    expect(workloadLabel(workload('Deployment', 'web'))).toBe('Deployment web');
    expect(workloadLabel(workload('RayCluster', 'demo', 'headGroupSpec'))).toBe(
      'RayCluster demo (headGroupSpec)',
    );
  });
});
