// `npm run bench`: engine speed and memory, reported as ratios against a baseline measured in the
// same run (a bare `yaml` parse of the same text), printed as JSON.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { analyze } from '../src/analyze';
import { buildGraph } from '../src/graph/build';
import { layoutGraph } from '../src/graph/layout';
import { generateManifest, typicalPod } from './bench/generate';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** parse → model → rules → graph (and layout) for every workload of the input. */
export function endToEnd(text: string): number {
  const result = analyze(text);
  let nodes = 0;
  for (let i = 0; i < result.workloads.length; i++) {
    const graph = buildGraph(result, i);
    nodes += Object.keys(layoutGraph(graph).nodes).length;
  }
  return nodes;
}

function bigInput(): { text: string; bytes: number } {
  const text = generateManifest(6000);
  return { text, bytes: Buffer.byteLength(text) };
}

// Peak memory is measured in a fresh process per pipeline: the growth of the peak resident set
// while the pipeline runs over text already in memory.
function runMemoryChild(pipeline: string): void {
  const { text, bytes } = bigInput();
  endToEnd(typicalPod());
  parseAllDocuments(typicalPod());
  const before = process.resourceUsage().maxRSS * 1024;
  const kept: unknown = pipeline === 'baseline' ? parseAllDocuments(text) : endToEnd(text);
  const after = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({ bytes, peakExtraBytes: after - before, kept: kept !== null }),
  );
}

function measureMemory(pipeline: 'baseline' | 'podscope'): {
  bytes: number;
  peakExtraBytes: number;
} {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--memory-child', pipeline],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as { bytes: number; peakExtraBytes: number };
}

function main(): void {
  const child = process.argv.indexOf('--memory-child');
  if (child !== -1) return runMemoryChild(process.argv[child + 1]);
  const { text, bytes } = bigInput();
  const rounds = 5;
  const base: number[] = [];
  const full: number[] = [];
  endToEnd(text); // warm up both paths once
  parseAllDocuments(text);
  for (let r = 0; r < rounds; r++) {
    base.push(time(() => parseAllDocuments(text)));
    full.push(time(() => endToEnd(text)));
  }
  const pod = typicalPod();
  const podRuns: number[] = [];
  for (let r = 0; r < 200; r++) endToEnd(pod);
  for (let r = 0; r < 1000; r++) podRuns.push(time(() => endToEnd(pod)));
  const memory = measureMemory('podscope');
  const baseMemory = measureMemory('baseline');
  const podBase: number[] = [];
  for (let r = 0; r < 1000; r++) podBase.push(time(() => parseAllDocuments(pod)));
  const report = {
    engine: {
      input: { documents: 6000, bytes },
      a_bigInput: {
        baselineYamlParseMs: +median(base).toFixed(1),
        endToEndMs: +median(full).toFixed(1),
        ratio: +(median(full) / median(base)).toFixed(3),
        target: '<= 1.3',
      },
      b_typicalPod: {
        medianMs: +median(podRuns).toFixed(3),
        baselineYamlParseMs: +median(podBase).toFixed(3),
        ratio: +(median(podRuns) / median(podBase)).toFixed(2),
        runs: podRuns.length,
        target: '< 2 ms',
      },
      c_peakMemory: {
        peakExtraBytes: memory.peakExtraBytes,
        ratioToInput: +(memory.peakExtraBytes / memory.bytes).toFixed(2),
        baselineYamlParsePeakExtraBytes: baseMemory.peakExtraBytes,
        ratioToBaseline: +(memory.peakExtraBytes / baseMemory.peakExtraBytes).toFixed(2),
        target: '< 10 (ratioToInput)',
      },
    },
  };
  console.log(JSON.stringify(report, null, 2));
}

main();
