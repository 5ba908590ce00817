import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { ENGINE } from './engine';
import { runCaptured } from './test-io';
import type { PodTimeline } from '../lifecycle';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: istio-proxy
    image: istio/proxyv2:1.24
    restartPolicy: Always
  containers:
  - name: app
    image: app:2
    lifecycle:
      preStop:
        sleep: {seconds: 25}
    readinessProbe:
      httpGet: {path: /ready, port: 8080}
`;

const FILES = { 'pod.yaml': POD, 'config.yaml': 'kind: ConfigMap\nmetadata: {name: c}\n' };
const cli = (argv: string[]) => runCaptured(argv, ENGINE, { files: FILES });

describe('podscope timeline', () => {
  it('parses its options and rejects the ones of other commands', () => {
    expect(parseArgs(['timeline', 'pod.yaml'])).toEqual({
      command: 'timeline',
      file: 'pod.yaml',
      format: 'text',
      workload: 0,
      lang: 'en',
    });
    expect(
      parseArgs(['timeline', '-', '--format=json', '--workload', '2', '--lang', 'zh-CN']),
    ).toEqual({
      command: 'timeline',
      file: '-',
      format: 'json',
      workload: 2,
      lang: 'zh-CN',
    });
    expect(parseArgs(['timeline', 'a.yaml', '--fail-on', 'error'])).toEqual({
      command: 'usage-error',
      message: 'option --fail-on applies to podscope lint, not timeline',
    });
    expect(parseArgs(['timeline', 'a.yaml', 'b.yaml'])).toEqual({
      command: 'usage-error',
      message: 'podscope timeline takes one FILE (or - for standard input)',
    });
    expect(parseArgs(['timeline', '--format', 'dot'])).toMatchObject({ command: 'usage-error' });
  });

  it('prints the CONTRACT JSON', async () => {
    const r = await cli(['timeline', 'pod.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const t = JSON.parse(r.stdout) as PodTimeline;
    expect(t.workload).toEqual({ document: 0, kind: 'Pod', name: 'web' });
    expect(t.containers.map((c) => [c.name, c.role, c.startsAfter])).toEqual([
      ['istio-proxy', 'sidecar', []],
      ['app', 'app', ['istio-proxy']],
    ]);
    expect(t.containers[0]).toMatchObject({
      running: { earliestSeconds: 0, latestSeconds: 0 },
      ready: { earliestSeconds: 0, latestSeconds: 0 },
    });
    expect(t.podReady).toEqual({ earliestSeconds: 0, latestSeconds: null });
    expect(t.termination).toMatchObject({
      graceSeconds: 30,
      stopOrder: [['app'], ['istio-proxy']],
    });
  });

  it('prints a table per container and the termination sequence, in English and Chinese', async () => {
    const en = await cli(['timeline', 'pod.yaml']);
    expect(en.code).toBe(0);
    const lines = en.stdout.split('\n');
    expect(lines[0]).toBe('Pod over time: Pod web (document 0)');
    expect(lines).toContain(
      '1  istio-proxy  sidecar  —                      0        0        0      Always',
    );
    expect(lines).toContain(
      '2  app          app      istio-proxy (started)  0        0        0–∞    Always',
    );
    expect(lines).toContain(
      '  1. app: preStop sleep 25 s, SIGTERM at 25 s, SIGKILL at 30 s, 5 s after SIGTERM',
    );
    expect(lines).toContain('  2. istio-proxy: SIGTERM at 25–30 s, SIGKILL at 32 s');
    expect(en.stdout).toContain(
      'preStop takes 25 s: SIGTERM at 25 s leaves the process 5 s before SIGKILL at 30 s',
    );
    const zh = await cli(['timeline', 'pod.yaml', '--lang', 'zh-CN']);
    expect(zh.stdout.split('\n')[0]).toBe('Pod 的时间线：Pod web（第 0 个文档）');
    expect(zh.stdout).toContain('终止（宽限期 30 秒）');
    expect(zh.stdout).toContain('边车容器');
  });

  it('exits 2 like graph: no workload, or --workload out of range', async () => {
    const none = await cli(['timeline', 'config.yaml']);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('holds no workload');
    const far = await cli(['timeline', 'pod.yaml', '--workload', '1']);
    expect(far).toMatchObject({ code: 2, stdout: '' });
    expect(far.stderr).toContain('--workload 1 is out of range');
  });
});
