import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { DocumentSummary } from '../../src/analysis/result';
import { finding } from '../../src/testing/report';
import {
  countFindings,
  displayOrder,
  documentLabel,
  documentLabels,
  groupFindings,
  limitGroups,
} from './findingGroups';

const list = [
  finding({ ruleId: 'latest-tag', severity: 'warning', line: 3, column: 5 }),
  finding({ ruleId: 'yaml-syntax', severity: 'error', line: 4, column: 1 }),
  finding({ ruleId: 'host-pid', severity: 'warning', line: 5, column: 3, suppressed: true }),
  finding({ ruleId: 'emptydir-no-size-limit', severity: 'warning', line: 9, column: 7 }),
  finding({ ruleId: 'unused-volume', severity: 'info', line: 12, column: 7 }),
];

describe('groupFindings', () => {
  it('puts errors first, then warnings, then info, keeping each finding’s list index', () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups[0].entries.map((e) => e.index)).toEqual([1]);
    expect(groups[2].entries.map((e) => e.finding.ruleId)).toEqual(['unused-volume']);
  });

  it('lists suppressed findings after the active ones of their severity and counts them apart', () => {
    const warnings = groupFindings(list)[1];
    expect(warnings.entries.map((e) => e.index)).toEqual([0, 3, 2]);
    expect(warnings.active).toBe(2);
    expect(warnings.suppressed).toBe(1);
  });

  it('leaves out empty groups and returns nothing for no findings', () => {
    expect(groupFindings([list[4]]).map((g) => g.severity)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });

  it('gives the keyboard order of the rows as displayed', () => {
    expect(displayOrder(groupFindings(list))).toEqual([1, 0, 3, 2, 4]);
  });
});

describe('countFindings', () => {
  it('counts active findings by severity and suppressed ones apart', () => {
    expect(countFindings(list)).toEqual({ error: 1, warning: 2, info: 1, suppressed: 1 });
  });

  it('counts a real port clash as one warning', () => {
    // Two app containers share the pod's network namespace and both declare 8080/TCP.
    const result = analyze(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: { name: clash }',
        'spec:',
        '  containers:',
        '    - { name: a, image: nginx:1.27, ports: [{ containerPort: 8080 }] }',
        '    - { name: b, image: nginx:1.27, ports: [{ containerPort: 8080 }] }',
      ].join('\n'),
    );
    const clashes = result.findings.filter((f) => f.ruleId === 'port-clash');
    expect(clashes).toHaveLength(1);
    expect(clashes[0].severity).toBe('warning');
    expect(countFindings(clashes)).toEqual({ error: 0, warning: 1, info: 0, suppressed: 0 });
  });
});

const doc = (over: Partial<DocumentSummary> & Pick<DocumentSummary, 'index'>): DocumentSummary => ({
  line: 1,
  offset: 0,
  endOffset: 0,
  workload: false,
  empty: false,
  invalid: false,
  ...over,
});

describe('document labels', () => {
  it('names a document by kind and name, else kind, else its 1-based number', () => {
    expect(documentLabel(doc({ index: 0, kind: 'Deployment', name: 'web' }))).toBe(
      'Deployment web',
    );
    expect(documentLabel(doc({ index: 1, kind: 'ConfigMap' }))).toBe('ConfigMap');
    expect(documentLabel(doc({ index: 2 }))).toBe('document 3');
  });

  it('labels findings only when two or more documents hold workloads', () => {
    const one = [
      doc({ index: 0, kind: 'Pod', name: 'a', workload: true }),
      doc({ index: 1, kind: 'ConfigMap', name: 'c' }),
    ];
    expect(documentLabels(one)).toBeNull();
    const two = [...one, doc({ index: 2, kind: 'Job', name: 'j', workload: true })];
    expect(documentLabels(two)?.(1)).toBe('ConfigMap c');
    expect(documentLabels(two)?.(2)).toBe('Job j');
  });
});

describe('limitGroups', () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    finding({ ruleId: 'latest-tag', severity: 'warning', line: i + 1, column: 1 }),
  );
  const groups = groupFindings([...many, list[1]]);

  it('cuts every group to the limit and says how many rows are left out', () => {
    const cut = limitGroups(groups, 3, null);
    expect(cut.map((g) => [g.severity, g.entries.length, g.hidden])).toEqual([
      ['error', 1, 0],
      ['warning', 3, 4],
    ]);
    expect(displayOrder(cut)).toEqual([7, 0, 1, 2]);
  });

  it('keeps the selected finding in the list even beyond the limit', () => {
    const cut = limitGroups(groups, 3, 5);
    expect(cut[1].entries.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(cut[1].hidden).toBe(1);
  });
});
