import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { DocumentSummary } from '../../src/analysis/result';
import { finding } from '../../src/testing/report';
import {
  countFindings,
  displayOrder,
  documentLabel,
  documentLabels,
  groupOfFinding,
  opensByDefault,
  groupingOf,
  limitSections,
  sectionFindings,
  type FindingSection,
} from './findingGroups';

const list = [
  finding({ ruleId: 'latest-tag', severity: 'warning', line: 3, column: 5 }),
  finding({ ruleId: 'yaml-syntax', severity: 'error', line: 4, column: 1 }),
  finding({ ruleId: 'host-pid', severity: 'warning', line: 5, column: 3, suppressed: true }),
  finding({ ruleId: 'emptydir-no-size-limit', severity: 'warning', line: 9, column: 7 }),
  finding({ ruleId: 'unused-volume', severity: 'info', line: 12, column: 7 }),
];

/** What a section lists, as `rule@index` for lone rows and `[group id: indexes]` for groups. */
const shape = (sections: readonly Pick<FindingSection, 'items'>[]) =>
  sections.map((s) =>
    s.items.map((item) =>
      item.kind === 'finding'
        ? item.entry.index
        : `${item.group.id}: ${item.group.entries.map((e) => e.index).join(',')}`,
    ),
  );

describe('sectionFindings', () => {
  it('puts errors first, then warnings, then info, keeping each finding’s list index', () => {
    const sections = sectionFindings(list);
    expect(sections.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(shape(sections)).toEqual([[1], [0, 3, 2], [4]]);
  });

  it('lists suppressed findings after the active ones of their severity and counts them apart', () => {
    const warnings = sectionFindings(list)[1];
    expect(warnings.active).toBe(2);
    expect(warnings.suppressed).toBe(1);
  });

  it('leaves out empty severities and returns nothing for no findings', () => {
    expect(sectionFindings([list[4]]).map((g) => g.severity)).toEqual(['info']);
    expect(sectionFindings([])).toEqual([]);
  });

  it('gives the keyboard order of the rows as displayed', () => {
    expect(displayOrder(sectionFindings(list))).toEqual([1, 0, 3, 2, 4]);
  });
});

// A pod whose two containers set no resources: each container's findings are one group (the
// pod's best-effort finding joins the first one's), and privilege-escalation on both is another.
const bare = analyze(
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: { name: bare }',
    'spec:',
    '  containers:',
    '    - { name: app, image: nginx:1.27 }',
    '    - { name: side, image: busybox:1.36 }',
  ].join('\n'),
).findings;

describe('groups in the list', () => {
  it('places each group once, under its most severe finding, with its findings inside', () => {
    const sections = sectionFindings(bare);
    expect(sections.map((s) => s.severity)).toEqual(['warning', 'info']);
    const [warnings, info] = sections;
    expect(warnings.items.map((i) => i.kind)).toEqual(['group', 'group']);
    const [app, side] = warnings.items.map((i) => (i.kind === 'group' ? i.group : null));
    expect(app?.cause).toEqual({ kind: 'resources', container: 'app', none: true });
    expect(app?.entries.map((e) => e.finding.ruleId).sort()).toEqual([
      'best-effort-pod',
      'missing-memory-limit',
      'missing-requests',
    ]);
    expect(side?.cause).toMatchObject({ kind: 'resources', container: 'side' });
    // The best-effort finding is counted where it is listed.
    expect(warnings.active).toBe(app!.entries.length + side!.entries.length);
    expect(info.items).toHaveLength(1);
    expect(info.items[0].kind === 'group' && info.items[0].group.cause).toEqual({
      kind: 'rule',
      ruleId: 'privilege-escalation',
      containers: 2,
    });
  });

  it('walks the headings, and the rows of the open groups only', () => {
    const sections = sectionFindings(bare);
    const heads = sections.flatMap((s) =>
      s.items.flatMap((i) => (i.kind === 'group' ? [i.group] : [])),
    );
    expect(heads.every((g) => g.key < 0)).toBe(true);
    expect(displayOrder(sections, () => false)).toEqual(heads.map((g) => g.key));
    const open = displayOrder(sections, (g) => g.id === heads[1].id);
    expect(open).toEqual([
      heads[0].key,
      heads[1].key,
      ...heads[1].entries.map((e) => e.index),
      heads[2].key,
    ]);
  });

  it('names the group of a selected finding, so the list can open it', () => {
    const grouping = groupingOf(bare);
    expect(groupingOf(bare)).toBe(grouping);
    const i = bare.findIndex((f) => f.ruleId === 'privilege-escalation');
    expect(groupOfFinding(grouping, i)?.id).toBe('rule:privilege-escalation:info');
    expect(groupOfFinding(grouping, null)).toBeUndefined();
  });

  it('opens a container’s resources group at first and keeps a repeated rule closed', () => {
    const [app, rule] = groupingOf(bare).groups;
    expect(opensByDefault(app)).toBe(true);
    expect(opensByDefault(rule)).toBe(false);
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

describe('limitSections', () => {
  const many = Array.from({ length: 7 }, (_, i) =>
    finding({ ruleId: 'latest-tag', severity: 'warning', line: i + 1, column: 1 }),
  );
  const alone = Array.from({ length: 3 }, (_, i) =>
    finding({ ruleId: `rule-${i}`, severity: 'info', line: 20 + i, column: 1 }),
  );
  const sections = sectionFindings([...many, list[1], ...alone]);

  it('cuts every severity to the limit, counting a group’s rows, and says what is left out', () => {
    const cut = limitSections(sections, 3, null);
    expect(shape(cut)).toEqual([[7], ['rule:latest-tag:warning: 0,1,2'], [8, 9, 10]]);
    expect(cut.map((s) => s.hidden)).toEqual([0, 4, 0]);
    const group = cut[1].items[0];
    expect(group.kind === 'group' && group.group.hidden).toBe(4);
    // The heading still counts every finding of the group.
    expect(group.kind === 'group' && group.group.active).toBe(7);
    expect(shape(limitSections(sections, 2, null))[2]).toEqual([8, 9]);
  });

  it('keeps the selected finding in the list even beyond the limit', () => {
    const cut = limitSections(sections, 3, 5);
    expect(shape(cut)[1]).toEqual(['rule:latest-tag:warning: 0,1,2,3,4,5']);
    expect(cut[1].hidden).toBe(1);
  });
});
