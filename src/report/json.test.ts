import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
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
      podSecurity: { level: 'restricted' },
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
        podSecurity: 'restricted',
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
      podSecurity: 'baseline',
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

describe('group ids', () => {
  it('names the group of findings that share a rule, after the contract keys, and no other', () => {
    const repeated = [5, 9].map((line) =>
      finding({ ruleId: 'privilege-escalation', severity: 'info', line, column: 7 }),
    );
    const alone = finding({ ruleId: 'host-pid', severity: 'warning', line: 3, column: 11 });
    const [first, second, third] = toJsonReport([
      { file: 'p.yaml', result: result([...repeated, alone]) },
    ]).files[0].findings;
    expect(first).not.toHaveProperty('group');
    expect(second.group).toBe('rule:privilege-escalation:info');
    expect(third.group).toBe(second.group);
    expect(Object.keys(second)).toEqual([...CONTRACT_FINDING_KEYS, 'group']);
  });
});

describe('podSecurity', () => {
  const workloadsOf = (text: string) =>
    toJsonReport([{ file: 'w.yaml', result: analyze(text) }]).files[0].workloads;

  it('gives each workload its Pod Security level next to qosClass', () => {
    const workloads = workloadsOf(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: plain}',
        'spec:',
        '  containers: [{name: app, image: nginx}]',
        '---',
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata: {name: agent}',
        'spec:',
        '  template:',
        '    spec:',
        '      hostNetwork: true',
        '      containers: [{name: agent, image: agent:1}]',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: locked}',
        'spec:',
        '  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}',
        '  containers:',
        '  - name: app',
        '    image: app:1',
        '    securityContext:',
        '      allowPrivilegeEscalation: false',
        '      capabilities: {drop: [ALL]}',
      ].join('\n'),
    );
    expect(workloads.map((w) => [w.name, w.podSecurity])).toEqual([
      ['plain', 'baseline'],
      ['agent', 'privileged'],
      ['locked', 'restricted'],
    ]);
    expect(Object.keys(workloads[0]).slice(0, 6)).toEqual([
      'document',
      'kind',
      'name',
      'podSpecPath',
      'qosClass',
      'podSecurity',
    ]);
  });

  it('reads AppArmor annotations from the pod template, not the workload', () => {
    const deployment = (where: 'workload' | 'template') =>
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        ...(where === 'workload'
          ? ['  annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}']
          : []),
        'spec:',
        '  template:',
        '    metadata:',
        ...(where === 'template'
          ? ['      annotations: {container.apparmor.security.beta.kubernetes.io/app: unconfined}']
          : ['      labels: {app: web}']),
        '    spec:',
        '      containers: [{name: app, image: nginx}]',
      ].join('\n');
    expect(workloadsOf(deployment('template'))[0].podSecurity).toBe('privileged');
    expect(workloadsOf(deployment('workload'))[0].podSecurity).toBe('baseline');
  });
});
