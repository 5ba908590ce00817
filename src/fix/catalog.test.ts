import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { applyEdit } from '../analysis/textEdit';
import { applyFixesToText, fixEdits, fixesOf, fixFor, fixTitle, type Fix } from './catalog';

const pod = (body: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
${body}`;

const fixOf = (text: string, ruleId: string): Fix | undefined => {
  const result = analyze(text);
  const i = result.findings.findIndex((f) => f.ruleId === ruleId);
  expect(i).toBeGreaterThanOrEqual(0);
  return fixFor(result, i);
};

// The fixed text: the finding is gone, nothing else is new, and the text differs from the old one
// only inside one stretch.
function fixed(text: string, fix: Fix): string {
  const before = analyze(text);
  const after = applyFixesToText(before, [fix]);
  const again = analyze(after);
  const key = (f: { ruleId: string; path: string }) => `${f.ruleId} ${f.path}`;
  if (fix.finding === undefined) throw new Error('a fix of a finding');
  const was = before.findings[fix.finding];
  expect(again.findings.map(key)).not.toContain(key(was));
  const old = new Set(before.findings.map(key));
  expect(again.findings.map(key).filter((k) => !old.has(k))).toEqual([]);
  let start = 0;
  while (start < text.length && text[start] === after[start]) start++;
  let end = 0;
  while (end < text.length - start && text.at(-1 - end) === after.at(-1 - end)) end++;
  expect(after.slice(0, start) + after.slice(after.length - end)).toBe(
    text.slice(0, start) + text.slice(text.length - end),
  );
  return after;
}

describe('fixFor', () => {
  it('gives a disk emptyDir 1Gi, and a tmpfs the smallest memory limit of its writers', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      resources: {limits: {memory: 128Mi}}
      volumeMounts: [{name: shm, mountPath: /dev/shm}, {name: scratch, mountPath: /tmp}]
  volumes:
    - name: scratch
      emptyDir: {}
    - name: shm
      emptyDir:
        medium: Memory
`);
    const disk = fixOf(text, 'emptydir-no-size-limit');
    expect(disk).toMatchObject({ kind: 'size-limit', value: '1Gi', safe: true });
    expect(fixed(text, disk!)).toContain('      emptyDir: {sizeLimit: 1Gi}\n');
    const memory = fixOf(text, 'memory-volume-unbounded');
    expect(memory).toMatchObject({ kind: 'size-limit', value: '128Mi' });
    expect(fixed(text, memory!)).toContain('        medium: Memory\n        sizeLimit: 128Mi\n');
    expect(fixTitle(memory!, 'en')).toBe('Set sizeLimit: 128Mi');
    expect(fixTitle(memory!, 'zh-CN')).toBe('设置 sizeLimit: 128Mi');
  });

  it('sets allowPrivilegeEscalation: false, except where the API server would refuse it', () => {
    const plain = pod(`  containers:
    - name: app
      image: nginx:1.27
`);
    const fix = fixOf(plain, 'privilege-escalation');
    expect(fix).toMatchObject({ kind: 'no-privilege-escalation', value: 'false' });
    expect(fixed(plain, fix!)).toContain(
      '      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n',
    );
    // privileged-container speaks for these (and the rule no longer reports them at all).
    for (const sc of ['{privileged: true}', '{capabilities: {add: [SYS_ADMIN]}}']) {
      const text = pod(
        `  containers:\n    - name: app\n      image: x:1\n      securityContext: ${sc}\n`,
      );
      expect(fixesOf(analyze(text)).filter((f) => f.kind === 'no-privilege-escalation')).toEqual(
        [],
      );
    }
  });

  it('renames a misspelt field to its suggestion, unless the right one is there too', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      imagePullPolicyy: Always
`);
    const fix = fixOf(text, 'unknown-field');
    expect(fix).toMatchObject({ kind: 'rename-field', value: 'imagePullPolicy' });
    expect(fixed(text, fix!)).toContain('      imagePullPolicy: Always\n');
    const both = text.replace('Always\n', 'Always\n      imagePullPolicy: Never\n');
    expect(fixOf(both, 'unknown-field')).toBeUndefined();
  });

  it('offers nothing for a finding whose fix is not mechanical', () => {
    const text = pod(`  containers:
    - {name: a, image: x:1, ports: [{containerPort: 80}]}
    - {name: b, image: y:1, ports: [{containerPort: 80}]}
`);
    expect(fixOf(text, 'port-clash')).toBeUndefined();
  });
});

describe('safe fixes on the public corpus', NEEDS_CORPUS, () => {
  it.each(corpusFilesIfPresent())('%s: every safe fix applied at once', (_, text) => {
    const before = analyze(text);
    const fixes = fixesOf(before).filter((f) => f.safe);
    const after = applyFixesToText(before, fixes);
    // The page applies the same fixes as separate edits in one transaction: the same text.
    let spliced = before.text;
    for (const e of fixEdits(before, fixes).reverse()) spliced = applyEdit(spliced, e);
    expect(spliced).toBe(after);
    const again = analyze(after);
    const key = (f: { ruleId: string; path: string; document: number }) =>
      `${f.document} ${f.ruleId} ${f.path}`;
    const left = new Set(again.findings.map(key));
    for (const f of fixes)
      if (f.finding !== undefined) expect(left).not.toContain(key(before.findings[f.finding]));
    // A container that drops ALL no longer fails the restricted capabilities check for `drop`.
    for (const f of fixes) {
      const w = f.check && again.workloads[f.check.workload];
      const c = w?.model.containers.find((x) => x.name === f.container);
      if (!w || !c) continue;
      const drop = [
        ...c.path.slice(w.ref.podSpecPath.length),
        'securityContext',
        'capabilities',
        'drop',
      ];
      const failure = w.podSecurity.failures.find((x) => x.check === 'capabilities_restricted');
      expect(failure?.paths ?? []).not.toContainEqual(drop);
    }
    const old = new Set(before.findings.map(key));
    expect(again.findings.map(key).filter((k) => !old.has(k))).toEqual([]);
    expect(again.documents.filter((d) => d.invalid)).toEqual([]);
  });
});
