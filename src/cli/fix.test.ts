// `podscope lint --fix` and `--fix-dry-run` on the real engine, files held in memory.
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { ENGINE } from './engine';
import { runCaptured } from './test-io';
import type { JsonReport } from '../report/json';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
    - name: app
      image: nginx:1.27   # pinned
      resources:
        requests: {cpu: 100m, memory: 64Mi}
        limits: {memory: 128Mi}
      volumeMounts: [{name: scratch, mountPath: /tmp}]
  volumes:
    - name: scratch
      emptyDir: {}
`;

const FIXED = POD.replace(
  '      volumeMounts: [{name: scratch, mountPath: /tmp}]\n',
  '      volumeMounts: [{name: scratch, mountPath: /tmp}]\n      securityContext:\n        allowPrivilegeEscalation: false\n',
).replace('emptyDir: {}', 'emptyDir: {sizeLimit: 1Gi}');

describe('lint --fix', () => {
  it('writes the fixed file, says what it fixed, and reports what is left', async () => {
    const run = await runCaptured(['lint', '--fix', 'pod.yaml'], ENGINE, {
      files: { 'pod.yaml': POD },
    });
    expect(run.written?.['pod.yaml']).toBe(FIXED);
    expect(run.stdout).toContain('pod.yaml:15:7: fixed emptydir-no-size-limit: Set sizeLimit: 1Gi');
    expect(run.stdout).toContain('fixed privilege-escalation: Set allowPrivilegeEscalation: false');
    expect(run.stdout).not.toMatch(/^\S+ +emptydir-no-size-limit/m);
    expect(run.code).toBe(0);
  });

  it('keeps a byte order mark and writes nothing when there is nothing to fix', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(POD)]);
    const withBom = await runCaptured(['lint', '--fix', 'pod.yaml'], ENGINE, {
      files: { 'pod.yaml': bom },
    });
    expect(withBom.written?.['pod.yaml']).toBe(`\ufeff${FIXED}`);
    const clean = await runCaptured(['lint', '--fix', 'pod.yaml'], ENGINE, {
      files: { 'pod.yaml': FIXED },
    });
    expect(clean.written).toBeUndefined();
  });

  it('keeps stdout a JSON report, the fix list going to stderr', async () => {
    const run = await runCaptured(['lint', '--fix', '--format', 'json', 'pod.yaml'], ENGINE, {
      files: { 'pod.yaml': POD },
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0].findings.map((f) => f.ruleId)).not.toContain('emptydir-no-size-limit');
    expect(run.stderr).toContain('fixed emptydir-no-size-limit');
  });
});

describe('lint --fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const run = await runCaptured(['lint', '--fix-dry-run', 'pod.yaml'], ENGINE, {
      files: { 'pod.yaml': POD },
    });
    expect(run.written).toBeUndefined();
    expect(run.stdout).toContain('--- a/pod.yaml\n+++ b/pod.yaml\n');
    expect(run.stdout).toContain(
      '+      securityContext:\n+        allowPrivilegeEscalation: false\n',
    );
    expect(run.stdout).toContain('-      emptyDir: {}\n+      emptyDir: {sizeLimit: 1Gi}\n');
    expect(run.stderr).toContain('would fix emptydir-no-size-limit');
  });

  it('reads standard input', async () => {
    const run = await runCaptured(['lint', '--fix-dry-run', '-'], ENGINE, { stdin: POD });
    expect(run.stdout).toContain('--- a/<stdin>');
  });
});

describe('parseArgs: --fix', () => {
  it('takes no value, not with --fix-dry-run, not on standard input', () => {
    expect(parseArgs(['lint', '--fix', 'a.yaml'])).toMatchObject({
      fix: 'write',
      files: ['a.yaml'],
    });
    expect(parseArgs(['lint', 'a.yaml', '--fix-dry-run'])).toMatchObject({ fix: 'dry-run' });
    expect(parseArgs(['lint', 'a.yaml'])).not.toHaveProperty('fix');
    for (const argv of [
      ['lint', '--fix=yes', 'a.yaml'],
      ['lint', '--fix', '--fix-dry-run', 'a.yaml'],
      ['lint', '--fix'],
      ['lint', '--fix', '-'],
      ['graph', '--fix', 'a.yaml'],
    ])
      expect(parseArgs(argv).command).toBe('usage-error');
  });
});
