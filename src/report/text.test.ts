import { describe, expect, it } from 'vitest';
import { finding, podWorkload, result } from '../testing/report';
import { summary, toText } from './text';

// Positions below are those of this manifest (1-based line:column of each value):
//  6: `  hostNetwork: true`            value at column 16
//  8: `  - name: app`                   item at column 5
//  9: `    image: nginx`                value at column 12
// 15: `    - containerPort: 8080`       value at column 22
const webFindings = [
  finding({
    ruleId: 'port-clash',
    severity: 'warning',
    line: 15,
    column: 22,
    endColumn: 26,
    path: 'spec.containers[1].ports[0].containerPort',
    message: 'Port 8080/TCP is also declared by container app.',
  }),
  finding({
    ruleId: 'latest-tag',
    severity: 'warning',
    line: 9,
    column: 12,
    endColumn: 17,
    path: 'spec.containers[0].image',
    message: 'Image nginx has no tag, so it means :latest.',
  }),
  finding({
    ruleId: 'privilege-escalation',
    severity: 'info',
    line: 8,
    column: 5,
    path: 'spec.containers[0]',
    message: 'allowPrivilegeEscalation is not false.',
    suppressed: true,
    suppressReason: 'read-only image',
  }),
  finding({
    ruleId: 'host-network-dns',
    severity: 'warning',
    line: 6,
    column: 16,
    endColumn: 20,
    path: 'spec.hostNetwork',
    message: 'hostNetwork with dnsPolicy ClusterFirst uses the node resolver.',
  }),
  finding({
    ruleId: 'host-network',
    severity: 'warning',
    line: 6,
    column: 16,
    endColumn: 20,
    path: 'spec.hostNetwork',
    message: 'The pod uses the node network namespace.',
  }),
];

describe('toText', () => {
  it('prints one compiler-style line per finding in document, line, column, rule order', () => {
    const out = toText([
      { file: 'pod.yaml', result: result(webFindings, [podWorkload('web', 'BestEffort')]) },
    ]);
    expect(out).toBe(
      [
        'pod.yaml:6:16: warning host-network The pod uses the node network namespace.',
        'pod.yaml:6:16: warning host-network-dns hostNetwork with dnsPolicy ClusterFirst uses the node resolver.',
        'pod.yaml:8:5: info privilege-escalation allowPrivilegeEscalation is not false. (suppressed: read-only image)',
        'pod.yaml:9:12: warning latest-tag Image nginx has no tag, so it means :latest.',
        'pod.yaml:15:22: warning port-clash Port 8080/TCP is also declared by container app.',
        'pod.yaml: 5 findings (0 errors, 4 warnings, 0 info, 1 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('orders by document before line, so a later document with an earlier line comes after', () => {
    const out = toText([
      {
        file: 'all.yaml',
        result: result([
          finding({ ruleId: 'latest-tag', severity: 'warning', document: 1, line: 20, column: 14 }),
          finding({ ruleId: 'yaml-syntax', severity: 'error', document: 2, line: 3, column: 1 }),
          finding({ ruleId: 'host-pid', severity: 'warning', document: 0, line: 30, column: 12 }),
        ]),
      },
    ]);
    expect(out.split('\n').slice(0, 3)).toEqual([
      'all.yaml:30:12: warning host-pid host-pid message',
      'all.yaml:20:14: warning latest-tag latest-tag message',
      'all.yaml:3:1: error yaml-syntax yaml-syntax message',
    ]);
  });

  it('marks a suppressed finding without a reason', () => {
    const out = toText([
      {
        file: 'p.yaml',
        result: result([
          finding({
            ruleId: 'host-ipc',
            severity: 'warning',
            line: 7,
            column: 12,
            suppressed: true,
          }),
        ]),
      },
    ]);
    expect(out).toBe(
      'p.yaml:7:12: warning host-ipc host-ipc message (suppressed)\np.yaml: 1 finding (0 errors, 0 warnings, 0 info, 1 suppressed)\n',
    );
  });

  it('keeps each finding on one line when a message holds newlines', () => {
    const f = finding({
      ruleId: 'yaml-syntax',
      severity: 'error',
      line: 2,
      column: 3,
      message: 'Nested mappings are not allowed\n  in compact mappings',
    });
    expect(toText([{ file: 'x.yaml', result: result([f]) }]).split('\n')[0]).toBe(
      'x.yaml:2:3: error yaml-syntax Nested mappings are not allowed in compact mappings',
    );
  });

  it('summarises a clean file and adds a total line for several files', () => {
    const out = toText([
      { file: 'a.yaml', result: result([]) },
      {
        file: 'b.yaml',
        result: result([
          finding({ ruleId: 'duplicate-container-name', severity: 'error', line: 12, column: 11 }),
        ]),
      },
    ]);
    expect(out).toBe(
      [
        'a.yaml: no findings',
        'b.yaml:12:11: error duplicate-container-name duplicate-container-name message',
        'b.yaml: 1 finding (1 error, 0 warnings, 0 info)',
        '2 files: 1 finding (1 error, 0 warnings, 0 info)',
        '',
      ].join('\n'),
    );
  });
});

it('says how many groups the findings form when grouping joins some', () => {
  const repeated = [3, 9, 15].map((line) =>
    finding({
      ruleId: 'privilege-escalation',
      severity: 'info',
      line,
      column: 5,
      containers: [`c${line}`],
    }),
  );
  const out = toText([
    {
      file: 'pod.yaml',
      result: result([
        ...repeated,
        finding({ ruleId: 'latest-tag', severity: 'warning', line: 4, column: 12 }),
      ]),
    },
    { file: 'other.yaml', result: result(repeated.slice(0, 1)) },
  ]);
  expect(out.split('\n').filter((l) => !/:\d+:\d+: /.test(l))).toEqual([
    'pod.yaml: 4 findings in 2 groups (0 errors, 1 warning, 3 info)',
    'other.yaml: 1 finding (0 errors, 0 warnings, 1 info)',
    '2 files: 5 findings in 3 groups (0 errors, 1 warning, 4 info)',
    '',
  ]);
  expect(toText([{ file: 'pod.yaml', result: result(repeated) }], 'zh-CN')).toContain(
    'pod.yaml: 3 个问题，分为 1 组（0 个错误，0 个警告，3 条提示）',
  );
});

describe('summary', () => {
  it('says what it counts: findings, their groups, and the findings by severity', () => {
    expect(summary({ error: 1, warning: 1, info: 1, suppressed: 0 }, 3)).toBe(
      '3 findings (1 error, 1 warning, 1 info)',
    );
    expect(summary({ error: 2, warning: 0, info: 5, suppressed: 3 }, 4)).toBe(
      '10 findings in 4 groups (2 errors, 0 warnings, 5 info, 3 suppressed)',
    );
    expect(summary({ error: 0, warning: 0, info: 0, suppressed: 0 }, 0)).toBe('no findings');
    expect(summary({ error: 0, warning: 0, info: 0, suppressed: 0 }, 0, 'zh-CN')).toBe(
      '没有发现问题',
    );
  });
});
