import { describe, expect, it } from 'vitest';
import { toJson, toJsonReport } from './json';
import { finding, podWorkload, result } from '../testing/report';
import { VERSION } from '../version';
import type { ReportResult } from './input';

const CONTRACT_FINDING_KEYS = [
  'ruleId',
  'severity',
  'message',
  'document',
  'path',
  'line',
  'column',
  'endLine',
  'endColumn',
  'suppressed',
];

// Two documents: a Service (document 0) and a Deployment "api" (document 1) whose template
// sets requests below limits for both containers: Burstable.
const deploymentResult: ReportResult = {
  documents: [
    {
      index: 0,
      kind: 'Service',
      name: 'api',
      line: 1,
      workload: false,
      empty: false,
      invalid: false,
    },
    {
      index: 1,
      kind: 'Deployment',
      name: 'api',
      line: 10,
      workload: true,
      empty: false,
      invalid: false,
    },
    { index: 2, line: 40, workload: false, empty: true, invalid: false },
  ],
  workloads: [
    {
      ref: { document: 1, kind: 'Deployment', name: 'api', namespace: 'prod' },
      qosClass: 'Burstable',
      podSpecPath: 'spec.template.spec',
    },
  ],
  findings: [
    finding({
      ruleId: 'missing-memory-limit',
      severity: 'warning',
      document: 1,
      line: 27,
      column: 9,
      endLine: 27,
      endColumn: 19,
      path: 'spec.template.spec.containers[1].resources',
      message: 'Container proxy has no memory limit.',
    }),
    finding({
      ruleId: 'port-clash',
      severity: 'warning',
      document: 1,
      line: 22,
      column: 24,
      endLine: 22,
      endColumn: 28,
      path: 'spec.template.spec.containers[1].ports[0].containerPort',
      message: 'Port 8080/TCP is also declared by container app.',
      suppressed: true,
      suppressReason: 'proxy binds 127.0.0.1, app binds the pod IP',
    }),
  ],
};

describe('toJsonReport', () => {
  it('produces the CONTRACT shape with findings sorted by line', () => {
    const report = toJsonReport([{ file: 'deploy.yaml', result: deploymentResult }]);
    expect(report.tool).toBe('podscope');
    expect(report.version).toBe(VERSION);
    expect(report.files).toHaveLength(1);
    const file = report.files[0];
    expect(file.file).toBe('deploy.yaml');
    expect(file.workloads).toEqual([
      {
        document: 1,
        kind: 'Deployment',
        name: 'api',
        podSpecPath: 'spec.template.spec',
        qosClass: 'Burstable',
        namespace: 'prod',
      },
    ]);
    expect(file.findings).toEqual([
      {
        ruleId: 'port-clash',
        severity: 'warning',
        message: 'Port 8080/TCP is also declared by container app.',
        document: 1,
        path: 'spec.template.spec.containers[1].ports[0].containerPort',
        line: 22,
        column: 24,
        endLine: 22,
        endColumn: 28,
        suppressed: true,
        suppressReason: 'proxy binds 127.0.0.1, app binds the pod IP',
      },
      {
        ruleId: 'missing-memory-limit',
        severity: 'warning',
        message: 'Container proxy has no memory limit.',
        document: 1,
        path: 'spec.template.spec.containers[1].resources',
        line: 27,
        column: 9,
        endLine: 27,
        endColumn: 19,
        suppressed: false,
      },
    ]);
  });

  it('keeps the contract keys first and in order, and leaves out engine-only fields', () => {
    const [f] = toJsonReport([
      {
        file: 'p.yaml',
        result: result([finding({ ruleId: 'host-pid', severity: 'warning', line: 6, column: 11 })]),
      },
    ]).files[0].findings;
    expect(Object.keys(f)).toEqual(CONTRACT_FINDING_KEYS);
    expect(f).not.toHaveProperty('offset');
    expect(f).not.toHaveProperty('messageId');
  });

  it('summarises documents (without empty ones) and counts', () => {
    const file = toJsonReport([{ file: 'deploy.yaml', result: deploymentResult }]).files[0];
    expect(file.documents).toEqual([
      { index: 0, kind: 'Service', name: 'api', line: 1, workload: false, invalid: false },
      { index: 1, kind: 'Deployment', name: 'api', line: 10, workload: true, invalid: false },
    ]);
    expect(file.summary).toEqual({ errors: 0, warnings: 1, info: 0, suppressed: 1 });
  });

  it('keeps files in the order given, each with its own findings', () => {
    const report = toJsonReport([
      { file: 'b.yaml', result: result([], [podWorkload('b', 'BestEffort')]) },
      {
        file: 'a.yaml',
        result: result([finding({ ruleId: 'yaml-syntax', severity: 'error', line: 4, column: 7 })]),
      },
    ]);
    expect(report.files.map((f) => f.file)).toEqual(['b.yaml', 'a.yaml']);
    expect(report.files[0].findings).toEqual([]);
    expect(report.files[0].workloads[0]).toEqual({
      document: 0,
      kind: 'Pod',
      name: 'b',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
    });
    expect(report.files[1].workloads).toEqual([]);
    expect(report.files[1].findings.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
  });
});

describe('toJson', () => {
  it('is parseable JSON ending in a newline', () => {
    const text = toJson([{ file: 'deploy.yaml', result: deploymentResult }]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(
      toJsonReport([{ file: 'deploy.yaml', result: deploymentResult }]),
    );
  });
});
