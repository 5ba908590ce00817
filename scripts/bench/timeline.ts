// Benchmark (d): the lifecycle timeline of a 60-container pod, as the page and the CLI compute it
// from the analysis' pod model, against analysing the same pod in the same run.
import { analyze } from '../../src/analysis/analyze';
import { buildGraph } from '../../src/graph/build';
import { layoutGraph } from '../../src/graph/layout';
import { buildTimeline } from '../../src/lifecycle';
import { bigPod } from './generate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A 60-container pod with what a timeline reads: sidecars, init containers, probes and hooks. */
export function lifecyclePod(): string {
  const lines = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: lifecycle-60', 'spec:'];
  lines.push('  terminationGracePeriodSeconds: 45', '  initContainers:');
  for (let i = 0; i < 6; i++)
    lines.push(
      `  - name: proxy-${i}`,
      `    image: registry.example.com/proxy:1.${i}`,
      '    restartPolicy: Always',
      `    startupProbe: {tcpSocket: {port: ${15000 + i}}, periodSeconds: 2, failureThreshold: 30}`,
      '    lifecycle: {preStop: {exec: {command: [sh, -c, "sleep 5"]}}}',
      `  - name: setup-${i}`,
      `    image: registry.example.com/setup:1.${i}`,
    );
  lines.push('  containers:');
  for (let c = 0; c < 48; c++)
    lines.push(
      `  - name: worker-${c}`,
      `    image: registry.example.com/worker:1.${c}`,
      `    ports: [{name: http, containerPort: ${8000 + c}}]`,
      '    resources: {requests: {cpu: 50m, memory: 64Mi}, limits: {cpu: 100m, memory: 128Mi}}',
      '    readinessProbe: {httpGet: {path: /ready, port: http}, periodSeconds: 5}',
      '    livenessProbe: {httpGet: {path: /live, port: http}, initialDelaySeconds: 10}',
      '    lifecycle: {preStop: {sleep: {seconds: 10}}}',
    );
  return lines.join('\n') + '\n';
}

function ratio(text: string, runs: number): Record<string, number> {
  const result = analyze(text);
  const { model } = result.workloads[0];
  // Each round times every path once, so all of them see the machine in the same state.
  const paths = {
    analyze: () => analyze(text),
    analyzeGraphLayout: () => layoutGraph(buildGraph(analyze(text), 0)),
    buildTimeline: () => buildTimeline(model),
  };
  const times = Object.fromEntries(Object.keys(paths).map((k) => [k, [] as number[]]));
  for (let r = 0; r < runs + 50; r++)
    for (const [name, fn] of Object.entries(paths)) {
      const ms = time(fn);
      if (r >= 50) times[name].push(ms);
    }
  const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
  return {
    analyzeMedianMs: +m.analyze.toFixed(3),
    analyzeGraphLayoutMedianMs: +m.analyzeGraphLayout.toFixed(3),
    buildTimelineMedianMs: +m.buildTimeline.toFixed(4),
    ratio: +(m.buildTimeline / m.analyze).toFixed(4),
    ratioToAnalyzeGraphLayout: +(m.buildTimeline / m.analyzeGraphLayout).toFixed(4),
  };
}

/** Timeline from the analysis' pod model / analyze of the same text. */
export function timelineReport(runs = 300): Record<string, unknown> {
  return {
    d_timeline60Containers: {
      method: `median of ${runs} interleaved runs each: buildTimeline(result.workloads[0].model) (what the page and the CLI run: the timeline from the pod model the analysis built) against analyze(text), and against analyze + graph + layout`,
      lifecyclePod: ratio(lifecyclePod(), runs),
      pod60x60: ratio(bigPod(60, 60), runs),
      target: '<= 0.5 (ratio)',
    },
  };
}
