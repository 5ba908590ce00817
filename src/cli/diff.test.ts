// `podscope diff` with the real engine, files held in memory.
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { ENGINE } from './engine';
import { runCaptured } from './test-io';
import type { JsonDiff } from '../diff/json';
import { SHOP_A, SHOP_B } from '../diff/testing';
import { yaml } from '../testing/manifest';

// A pod with an emptyDir without sizeLimit (a warning) and no allowPrivilegeEscalation (info).
const LOOSE = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: web}',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    resources:',
  '      requests: {cpu: 100m, memory: 64Mi}',
  '      limits: {cpu: 100m, memory: 64Mi}',
  '    volumeMounts: [{name: scratch, mountPath: /scratch}]',
  '  volumes:',
  '  - {name: scratch, emptyDir: {}}',
);
// The same pod with the size limit set: it only fixes a finding.
const TIGHT = LOOSE.replace('emptyDir: {}', 'emptyDir: {sizeLimit: 1Gi}');

const HELM = yaml(
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: {{ .Release.Name }}-web',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: "{{ .Values.image }}"',
  '    {{- with .Values.resources }}',
  '    resources: {{ toYaml . | nindent 6 }}',
  '    {{- end }}',
);

const FILES = {
  'a.yaml': SHOP_A,
  'b.yaml': SHOP_B,
  'loose.yaml': LOOSE,
  'tight.yaml': TIGHT,
  'helm.yaml': HELM,
  'empty.yaml': '',
  'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
};

const diff = (argv: string[], stdin?: string) =>
  runCaptured(['diff', ...argv], ENGINE, { files: FILES, stdin });

describe('podscope diff', () => {
  it('prints what the change does to the pod', async () => {
    const r = await diff(['a.yaml', 'b.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Deployment/shop: changed');
    expect(r.stdout).toContain(
      '+ container istio-proxy (app container, docker.io/istio/proxyv2:1.22.1)',
    );
    expect(r.stdout).toContain('resources.limits[memory]: 512Mi → 256Mi');
    expect(r.stdout).toMatch(/^new: b\.yaml:\d+:\d+: warning port-clash /m);
    // A new warning does not reach the default threshold (error).
    expect(r.code).toBe(0);
  });

  it('exits 1 with --fail-on-new warning when a warning is new', async () => {
    expect((await diff(['a.yaml', 'b.yaml', '--fail-on-new', 'warning'])).code).toBe(1);
    expect((await diff(['a.yaml', 'b.yaml', '--fail-on-new=info'])).code).toBe(1);
    expect((await diff(['a.yaml', 'b.yaml', '--fail-on-new', 'none'])).code).toBe(0);
  });

  it('exits 0 with --fail-on-new warning when the change only fixes findings', async () => {
    const r = await diff(['loose.yaml', 'tight.yaml', '--fail-on-new', 'warning']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^fixed: loose\.yaml:\d+:\d+: warning emptydir-no-size-limit /m);
    expect(r.stdout).not.toMatch(/^new:/m);
    // Backwards, the same change brings the warning back.
    expect((await diff(['tight.yaml', 'loose.yaml', '--fail-on-new', 'warning'])).code).toBe(1);
  });

  it('never fails on findings A already has', async () => {
    const r = await diff(['loose.yaml', 'loose.yaml', '--fail-on-new', 'info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No change in the pod.');
  });

  it('prints the CONTRACT JSON', async () => {
    const r = await diff(['a.yaml', 'b.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonDiff;
    expect(report).toMatchObject({ tool: 'podscope', a: 'a.yaml', b: 'b.yaml', changed: true });
    const [w] = report.workloads;
    expect(w).toMatchObject({ kind: 'Deployment', name: 'shop', change: 'changed' });
    expect(w.elements).toContainEqual(
      expect.objectContaining({ id: 'container:istio-proxy', change: 'added' }),
    );
    expect(w.elements).toContainEqual(
      expect.objectContaining({
        id: 'container:app',
        change: 'changed',
        fields: [{ path: 'resources.limits[memory]', from: '512Mi', to: '256Mi' }],
      }),
    );
    expect(report.findings.new.map((f) => f.ruleId)).toEqual(['port-clash']);
    expect(report.findings.new[0]).toMatchObject({
      file: 'b.yaml',
      severity: 'warning',
      suppressed: false,
      namedPath: 'spec.template.spec.containers[istio-proxy].ports[15090/TCP].containerPort',
      workload: { kind: 'Deployment', name: 'shop' },
    });
    expect(report.findings.fixed).toEqual([]);
    expect(report.summary.findings.new).toEqual({ errors: 0, warnings: 1, info: 0, suppressed: 0 });
    expect(report.summary.workloads).toEqual({ added: 0, removed: 0, changed: 1, unchanged: 0 });
  });

  it('prints a Markdown change review with a Mermaid graph of B', async () => {
    const r = await diff(['a.yaml', 'b.yaml', '--format', 'markdown']);
    const md = r.stdout;
    expect(md).toMatch(/^# podscope change review: a\.yaml → b\.yaml$/m);
    expect(md).toContain('## Deployment/shop: changed');
    expect(md).toContain(
      '| container `app` | ~ changed | `resources.limits[memory]` | 512Mi | 256Mi |',
    );
    expect(md).toContain('| QoS class | Burstable | Burstable |');
    expect(md).toContain('| pod limit memory | 512Mi | 1280Mi |');
    expect(md).toContain('```mermaid');
    expect(md).toMatch(/n\d+\["\+ added<br\/>istio-proxy \(app\)/);
    expect(md).toMatch(/classDef added /);
    expect(md).toContain('## New findings');
    expect(md).toMatch(
      /\| warning \| `port-clash` \| `b\.yaml:\d+` Deployment\/shop `spec\.template\.spec\.containers\[istio-proxy\]\.ports\[15090\/TCP\]\.containerPort` \|/,
    );
    expect(md).toContain('## Fixed findings');
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const r = await diff(['a.yaml', 'b.yaml', '--lang', 'zh-CN']);
    expect(r.stdout).toContain('podscope 变更评审：a.yaml → b.yaml');
    expect(r.stdout).toContain('+ 容器 istio-proxy（应用容器，docker.io/istio/proxyv2:1.22.1）');
    expect(r.stdout).toContain('Deployment/shop： 变更');
  });

  it('reads an empty file as a version without workloads', async () => {
    const r = await diff(['empty.yaml', 'loose.yaml', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonDiff;
    expect(report.workloads.map((w) => w.change)).toEqual(['added']);
    const text = await diff(['empty.yaml', 'a.yaml']);
    expect(text.stdout).toContain('Deployment/shop: added\n  container: app\n');
    expect(report.findings.new.map((f) => f.ruleId).sort()).toEqual([
      'emptydir-no-size-limit',
      'privilege-escalation',
    ]);
    expect(r.code).toBe(0);
  });

  it('gives a Helm template its yaml-syntax finding, not a crash', async () => {
    const r = await diff(['empty.yaml', 'helm.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^new: helm\.yaml:\d+:\d+: error yaml-syntax /m);
    expect(r.code).toBe(1);
    // A template in both versions has the same finding: nothing new.
    expect((await diff(['helm.yaml', 'helm.yaml'])).code).toBe(0);
  });

  it('exits 2 on bad input', async () => {
    const missing = await diff(['a.yaml', 'nope.yaml']);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('cannot read nope.yaml');
    expect((await diff(['a.yaml', 'image.png'])).code).toBe(2);
    expect((await diff(['a.yaml'])).code).toBe(2);
    expect((await diff(['a.yaml', 'b.yaml', 'c.yaml'])).code).toBe(2);
    expect((await diff(['a.yaml', 'b.yaml', '--fail-on-new', 'sometimes'])).code).toBe(2);
    expect((await diff(['a.yaml', 'b.yaml', '--workload', '1'])).stderr).toContain(
      'option --workload applies to podscope graph, not diff',
    );
  });

  it('reads one version from standard input', async () => {
    const r = await diff(['a.yaml', '-'], SHOP_B);
    expect(r.stdout).toContain('Deployment/shop: changed');
    expect(parseArgs(['diff', '-', '-'])).toEqual({
      command: 'usage-error',
      message: 'standard input (-) can be read only once',
    });
  });
});
