import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { groupFindings, groupIds } from './findingGroups';
import { finding } from '../testing/report';

const pod = (containers: string, extra = '') =>
  ['apiVersion: v1', 'kind: Pod', 'metadata: { name: demo }', 'spec:', containers, extra].join(
    '\n',
  );

const rulesOf = (findings: readonly { ruleId: string }[], members: readonly number[]) =>
  members.map((i) => findings[i].ruleId).sort();

describe('groupFindings on real manifests', () => {
  it('gathers a container without resources, and the pod’s best-effort finding, into one group', () => {
    const { findings } = analyze(
      pod(
        [
          '  containers:',
          '    - name: app',
          '      image: nginx:1.27',
          '      securityContext: { allowPrivilegeEscalation: false }',
        ].join('\n'),
      ),
    );
    const { groups, groupOf, entries } = groupFindings(findings);
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g.cause).toEqual({ kind: 'resources', container: 'app', none: true });
    expect(g.id).toBe('resources:0:spec.containers[0]');
    expect(g.severity).toBe('warning');
    expect(rulesOf(findings, g.members)).toEqual([
      'best-effort-pod',
      'missing-memory-limit',
      'missing-requests',
    ]);
    // Nothing is left out of the group: one entry for the reader.
    expect(entries).toBe(1);
    expect([...groupOf]).toEqual(findings.map(() => 0));
  });

  it('groups a helper’s incomplete resources, without calling them absent', () => {
    const { findings } = analyze(
      pod(
        [
          '  containers:',
          '    - name: app',
          '      image: nginx:1.27',
          '      resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { cpu: 100m, memory: 64Mi } }',
          '      securityContext: { allowPrivilegeEscalation: false }',
          '    - name: side',
          '      image: busybox:1.36',
          '      resources: { requests: { cpu: 10m } }',
          '      securityContext: { allowPrivilegeEscalation: false }',
        ].join('\n'),
      ),
    );
    const side = groupFindings(findings).groups.find((g) => g.cause.kind === 'resources');
    expect(side?.cause).toEqual({ kind: 'resources', container: 'side', none: false });
    expect(rulesOf(findings, side?.members ?? [])).toContain('sidecar-without-limits');
    expect(rulesOf(findings, side?.members ?? [])).not.toContain('best-effort-pod');
  });

  it('makes one group of a rule repeated on many containers, counting the containers', () => {
    const containers = Array.from(
      { length: 60 },
      (_, i) =>
        `    - { name: c${i}, image: nginx:1.27, resources: { limits: { cpu: 10m, memory: 16Mi } } }`,
    );
    const { findings } = analyze(pod(['  containers:', ...containers].join('\n')));
    const { groups, entries } = groupFindings(findings);
    const escalation = groups.find((g) => g.id === 'rule:privilege-escalation:info');
    expect(escalation?.cause).toEqual({
      kind: 'rule',
      ruleId: 'privilege-escalation',
      containers: 60,
    });
    expect(escalation?.members).toHaveLength(60);
    expect(entries).toBeLessThan(findings.length);
  });
});

describe('groupFindings: what stays alone', () => {
  it('leaves a single finding of a rule, and one resources finding of a container, alone', () => {
    const list = [
      finding({ ruleId: 'latest-tag', severity: 'warning', line: 3, column: 5 }),
      finding({
        ruleId: 'missing-memory-limit',
        severity: 'warning',
        line: 6,
        column: 7,
        path: 'spec.containers[0].resources.limits[memory]',
        containers: ['app'],
      }),
      finding({
        ruleId: 'missing-requests',
        severity: 'warning',
        line: 9,
        column: 7,
        path: 'spec.containers[1].resources.requests[cpu]',
        containers: ['side'],
      }),
    ];
    const { groups, groupOf, entries } = groupFindings(list);
    expect(groups).toEqual([]);
    expect([...groupOf]).toEqual([-1, -1, -1]);
    expect(entries).toBe(3);
  });

  it('keeps one rule at two severities apart, and counts findings not about one container', () => {
    const list = [
      finding({ ruleId: 'port-clash', severity: 'warning', line: 3, column: 5 }),
      finding({ ruleId: 'port-clash', severity: 'info', line: 4, column: 5 }),
      finding({ ruleId: 'unknown-field', severity: 'error', line: 5, column: 5 }),
      finding({ ruleId: 'unknown-field', severity: 'error', line: 6, column: 5 }),
    ];
    const { groups } = groupFindings(list);
    expect(groups.map((g) => [g.id, g.members])).toEqual([['rule:unknown-field:error', [2, 3]]]);
    expect(groups[0].cause).toEqual({ kind: 'rule', ruleId: 'unknown-field', containers: 0 });
  });

  it('takes the severity of the findings that need attention', () => {
    const list = [
      finding({ ruleId: 'x', severity: 'error', line: 1, column: 1, suppressed: true }),
      finding({ ruleId: 'x', severity: 'error', line: 2, column: 1 }),
    ];
    expect(groupFindings(list).groups[0].severity).toBe('error');
    const quiet = list.map((f) => ({ ...f, suppressed: true }));
    expect(groupFindings(quiet).groups[0].severity).toBe('error');
  });

  it('names the group of each grouped finding for reports', () => {
    const list = [
      finding({ ruleId: 'x', severity: 'info', line: 1, column: 1 }),
      finding({ ruleId: 'x', severity: 'info', line: 2, column: 1 }),
      finding({ ruleId: 'y', severity: 'info', line: 3, column: 1 }),
    ];
    const ids = groupIds(list);
    expect(ids.get(list[0])).toBe('rule:x:info');
    expect(ids.get(list[2])).toBeUndefined();
  });

  it('groups tens of thousands of findings in linear time', () => {
    const many = Array.from({ length: 60_000 }, (_, i) =>
      finding({
        ruleId: i % 3 === 0 ? 'missing-requests' : 'missing-memory-limit',
        severity: 'warning',
        line: i + 1,
        column: 1,
        document: Math.floor(i / 3),
        path: `spec.containers[0].resources.${i % 3 === 0 ? 'requests' : 'limits[memory]'}`,
        containers: ['app'],
      }),
    );
    const { groups, entries } = groupFindings(many);
    expect(groups).toHaveLength(20_000);
    expect(entries).toBe(20_000);
  });
});
