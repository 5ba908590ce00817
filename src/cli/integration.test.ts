// The whole command with the real engine, on the public corpus and on small files in a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE } from './engine';
import { runCaptured } from './test-io';
import type { JsonReport } from '../report/json';
import type { SarifLog } from '../report/sarif-types';
import { CORPUS_DIR, corpusFiles, NEEDS_CORPUS } from '../testing/corpus';

let dir = '';
const corpus = (name: string) => join(CORPUS_DIR, name);
const temp = (name: string) => join(dir, name);

const cli = (argv: string[], stdin?: string | Uint8Array) =>
  runCaptured(argv, ENGINE, { disk: true, stdin });

async function lintJson(argv: string[]) {
  const r = await cli(['lint', ...argv, '--format', 'json']);
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
}

// A Guaranteed pod (requests equal limits), a pinned tag and no privilege escalation: no rule
// in the catalog has anything to say about it.
const TIDY = `apiVersion: v1
kind: Pod
metadata:
  name: tidy
spec:
  containers:
  - name: app
    image: nginx:1.27
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 100m, memory: 64Mi}
    securityContext:
      allowPrivilegeEscalation: false
`;

// The same pod without securityContext: only privilege-escalation (info) applies.
const ESCALATES = TIDY.replace(/ {4}securityContext:\n {6}allowPrivilegeEscalation: false\n/, '');

const SUPPRESSED = ESCALATES.replace(
  '  name: tidy\n',
  '  name: tidy\n  annotations:\n    podscope.io/ignore: "privilege-escalation # runs as a fixed non-root user"\n',
);

// The API server rejects a second container named app (Duplicate value).
const DUPLICATE = `apiVersion: v1
kind: Pod
metadata:
  name: twins
spec:
  containers:
  - name: app
    image: nginx:1.27
  - name: app
    image: busybox:1.36
`;

const UNTERMINATED = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "web\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podscope-cli-'));
  writeFileSync(temp('tidy.yaml'), TIDY);
  writeFileSync(temp('escalates.yaml'), ESCALATES);
  writeFileSync(temp('suppressed.yaml'), SUPPRESSED);
  writeFileSync(temp('duplicate.yaml'), DUPLICATE);
  writeFileSync(temp('unterminated.yaml'), UNTERMINATED);
  writeFileSync(
    temp('service.yaml'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n',
  );
  writeFileSync(
    temp('image.png'),
    new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('podscope lint on the public corpus', NEEDS_CORPUS, () => {
  it('reports a Guaranteed pod whose image has no tag: a warning, so exit 0 unless --fail-on warning', async () => {
    const file = corpus('k8s-qos-pod.yaml');
    const { code, report } = await lintJson([file]);
    expect(code).toBe(0);
    expect(report.files[0].workloads).toEqual([
      {
        document: 0,
        kind: 'Pod',
        name: 'qos-demo',
        podSpecPath: 'spec',
        qosClass: 'Guaranteed',
        podSecurity: 'baseline',
        namespace: 'qos-example',
      },
    ]);
    // `      image: "nginx",` — the quoted value starts at column 14 of line 12.
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'latest-tag',
        severity: 'warning',
        path: 'spec.containers[0].image',
        line: 12,
        column: 14,
        suppressed: false,
      }),
    );
    expect((await cli(['lint', file, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('finds the StatefulSet in the second document and accepts the claim-template mount', async () => {
    const { code, report } = await lintJson([corpus('k8s-web-statefulset.yaml')]);
    expect(report.files[0].workloads).toEqual([
      {
        document: 1,
        kind: 'StatefulSet',
        name: 'web',
        podSpecPath: 'spec.template.spec',
        qosClass: 'BestEffort',
        podSecurity: 'baseline',
      },
    ]);
    expect(report.files[0].findings.map((f) => f.ruleId)).not.toContain('volume-not-found');
    expect(report.files[0].findings.map((f) => f.ruleId)).toContain('best-effort-pod');
    expect(code).toBe(0);
  });

  it('writes one report covering several files, in the order given', async () => {
    const files = [
      corpus('k8s-web-statefulset.yaml'),
      corpus('k8s-qos-pod.yaml'),
      corpus('k8s-share-process-namespace.yaml'),
    ];
    const { report } = await lintJson(files);
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.map((f) => f.workloads.map((w) => w.qosClass))).toEqual([
      ['BestEffort'],
      ['Guaranteed'],
      ['BestEffort'],
    ]);
    const text = (await cli(['lint', ...files])).stdout.trimEnd().split('\n');
    expect(text.at(-1)).toMatch(
      /^3 files: \d+ findings in \d+ groups \(\d+ errors?, \d+ warnings?, \d+ info\)$/,
    );
  });

  it('points SARIF regions at the exact values in the file', async () => {
    const file = corpus('k8s-share-process-namespace.yaml');
    const r = await cli(['lint', file, '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as SarifLog;
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = (ruleId: string) => {
      const result = log.runs[0].results.find((x) => x.ruleId === ruleId);
      const region = result?.locations[0].physicalLocation.region;
      if (!region) throw new Error(`no ${ruleId} result with a region`);
      const { startLine, startColumn, endLine, endColumn } = region;
      expect(endLine).toBe(startLine);
      return lines[startLine - 1].slice(startColumn - 1, endColumn - 1);
    };
    // Line 6 `  shareProcessNamespace: true`, line 9 `    image: nginx`.
    expect(at('shared-process-namespace')).toBe('true');
    expect(at('latest-tag')).toBe('nginx');
  });

  it('lints the whole corpus in one run with regions inside every file, and never exit 2', async () => {
    const files = corpusFiles().map(([name]) => corpus(name));
    const r = await cli(['lint', ...files, '--format', 'sarif', '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    const ids = new Set(log.runs[0].tool.driver.rules.map((x) => x.id));
    for (const result of log.runs[0].results) {
      expect(ids.has(result.ruleId)).toBe(true);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      if (!region) throw new Error(`${result.ruleId} has no region`);
      const source = readFileSync(new URL(artifactLocation.uri), 'utf8').split('\n');
      const { startLine, startColumn, endLine, endColumn } = region;
      expect(startLine).toBeGreaterThanOrEqual(1);
      expect(endLine).toBeLessThanOrEqual(source.length);
      expect(startColumn).toBeLessThanOrEqual(source[startLine - 1].length + 1);
      expect(endColumn).toBeLessThanOrEqual(source[endLine - 1].length + 1);
    }
  });
});

describe('podscope lint on small files', () => {
  it('exits 0 with an empty report for a pod no rule objects to, even at --fail-on info', async () => {
    const r = await cli(['lint', temp('tidy.yaml'), '--fail-on', 'info']);
    expect(r).toEqual({
      code: 0,
      stdout: `${temp('tidy.yaml')}: no findings\n`,
      stderr: '',
    });
  });

  it('follows --fail-on for an info finding: 1 at info, 0 at warning and by default', async () => {
    const file = temp('escalates.yaml');
    const { report } = await lintJson([file]);
    expect(report.files[0].findings.map((f) => [f.ruleId, f.severity, f.path])).toEqual([
      ['privilege-escalation', 'info', expect.stringMatching(/^spec\.containers\[0\]/)],
    ]);
    expect((await cli(['lint', file, '--fail-on', 'info'])).code).toBe(1);
    expect((await cli(['lint', file, '--fail-on', 'warning'])).code).toBe(0);
    expect((await cli(['lint', file])).code).toBe(0);
  });

  it('keeps a suppressed finding in the report but never counts it', async () => {
    const file = temp('suppressed.yaml');
    const { code, report } = await lintJson([file, '--fail-on', 'info']);
    expect(code).toBe(0);
    expect(report.files[0].findings).toEqual([
      expect.objectContaining({
        ruleId: 'privilege-escalation',
        suppressed: true,
        suppressReason: 'runs as a fixed non-root user',
      }),
    ]);
  });

  it('exits 1 on an error the API server would reject', async () => {
    const { code, report } = await lintJson([temp('duplicate.yaml')]);
    expect(code).toBe(1);
    expect(report.files[0].findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'duplicate-container-name',
        severity: 'error',
        path: 'spec.containers[1].name',
        line: 9,
      }),
    );
  });

  it('reports a YAML syntax error as a finding: exit 1 with a JSON report, nothing on stderr', async () => {
    const r = await lintJson([temp('unterminated.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.report.files[0].findings[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      severity: 'error',
      suppressed: false,
    });
  });

  it('reads standard input with no FILE and with -', async () => {
    const implicit = await cli(['lint', '--format', 'json'], DUPLICATE);
    expect(implicit.code).toBe(1);
    expect((JSON.parse(implicit.stdout) as JsonReport).files[0].file).toBe('<stdin>');
    const explicit = await cli(['lint', temp('tidy.yaml'), '-'], TIDY);
    expect(explicit.stdout.split('\n').slice(0, 2)).toEqual([
      `${temp('tidy.yaml')}: no findings`,
      '<stdin>: no findings',
    ]);
    expect(explicit.code).toBe(0);
  });

  it('exits 2 on a missing file or a directory, one line each', async () => {
    const r = await cli(['lint', temp('tidy.yaml'), temp('absent.yaml'), dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `podscope: cannot read ${temp('absent.yaml')}: no such file or directory\npodscope: cannot read ${dir}: it is a directory\n`,
    );
  });

  it('exits 2 on binary input', async () => {
    const r = await cli(['lint', temp('image.png')]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `podscope: ${temp('image.png')} is binary (it contains NUL bytes), not a YAML or JSON manifest\n`,
    });
  });

  it(
    'writes a Markdown review with the workload QoS and the findings table',
    NEEDS_CORPUS,
    async () => {
      const r = await cli(['lint', corpus('k8s-qos-pod.yaml'), '--format', 'markdown']);
      expect(r.stdout).toContain('| Pod/qos-demo | 0 | `spec` | Guaranteed |');
      expect(r.stdout).toMatch(
        /\| warning \| `latest-tag` \| 12 \| `spec\.containers\[0\]\.image` \| .+ \| .+ \|/,
      );
    },
  );
});

describe('podscope graph', () => {
  it('prints the CONTRACT graph JSON of a pod with a native sidecar', NEEDS_CORPUS, async () => {
    const r = await cli(['graph', corpus('k8s-multi-container-localhost.yaml')]);
    expect(r.code).toBe(0);
    const graph = JSON.parse(r.stdout) as {
      workload: unknown;
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    expect(graph.workload).toMatchObject({ document: 0, kind: 'Pod', name: 'localhost-example' });
    expect(graph.nodes).toContainEqual(
      expect.objectContaining({ id: 'pod', kind: 'pod', name: 'localhost-example' }),
    );
    // initContainers[0] has restartPolicy: Always, so it is a native sidecar.
    expect(graph.nodes).toContainEqual(
      expect.objectContaining({ id: 'container:client', kind: 'container', role: 'sidecar' }),
    );
    expect(graph.nodes).toContainEqual(
      expect.objectContaining({ id: 'container:web', kind: 'container', role: 'app' }),
    );
    expect(graph.nodes).toContainEqual(
      expect.objectContaining({ id: 'namespace:network', kind: 'namespace', scope: 'pod' }),
    );
    // No shareProcessNamespace: no shared pid namespace node.
    expect(graph.nodes.map((n) => n.id)).not.toContain('namespace:pid');
    expect(graph.edges).toContainEqual(
      expect.objectContaining({
        kind: 'member',
        source: 'container:web',
        target: 'namespace:network',
      }),
    );
  });

  it('prints Mermaid and DOT', NEEDS_CORPUS, async () => {
    const file = corpus('k8s-multi-container-shared-volume.yaml');
    const mermaid = await cli(['graph', file, '--format', 'mermaid']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^(flowchart|graph)\b/);
    const dot = await cli(['graph', file, '--format', 'dot']);
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^(strict\s+)?digraph\b/);
    expect(dot.stdout.trimEnd().endsWith('}')).toBe(true);
  });

  it('reads standard input', async () => {
    const r = await cli(['graph', '-'], TIDY);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { workload: unknown }).workload).toMatchObject({
      kind: 'Pod',
      name: 'tidy',
    });
  });

  it('exits 2 when there is no workload or the index is out of range', NEEDS_CORPUS, async () => {
    expect(await cli(['graph', temp('service.yaml')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `podscope: ${temp('service.yaml')} holds no workload to draw (Pod, Deployment, Job, …)\n`,
    });
    const r = await cli(['graph', corpus('k8s-web-statefulset.yaml'), '--workload', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `podscope: --workload 1 is out of range: ${corpus('k8s-web-statefulset.yaml')} holds 1 workload (--workload 0)\n`,
    );
  });
});

describe('the podscope process', () => {
  // One real process per case checks main.ts: stdin piping, exit codes and stream routing.
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  const spawn = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { input, encoding: 'utf8' });

  it('lints piped standard input and exits 1 on an error finding', () => {
    const p = spawn(['lint', '--format', 'json'], DUPLICATE);
    expect(p.stderr).toBe('');
    expect(p.status).toBe(1);
    expect((JSON.parse(p.stdout) as JsonReport).files[0].file).toBe('<stdin>');
  });

  it('exits 2 on bad usage with one line on stderr', () => {
    const p = spawn(['lint', '--format', 'xml']);
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
