// Benchmark (d): comparing two versions (`podscope diff`, the page's compare mode) against
// analysing one of them in the same run.
import type { AnalysisResult } from '../../src/analysis/result';
import { analyze } from '../../src/analysis/analyze';
import { diffResults } from '../../src/diff';
import { compareTexts } from '../../src/diff/compare';
import { generateManifest, typicalPod } from './generate';

interface Measure {
  median(xs: number[]): number;
  time(fn: () => void): number;
  /** The engine benchmark's "analysing": analysis, then every workload's graph and layout. */
  endToEnd(text: string): AnalysisResult;
}

/**
 * Version B of a generated input: `changed` Deployments spread through it get another image
 * tag and half the memory limit; every other document is byte for byte the same.
 */
export function changedVersion(text: string, changed: number): string {
  const docs = text.split('---\n');
  const deployments = docs.flatMap((d, i) => (d.includes('kind: Deployment') ? [i] : []));
  const step = Math.max(1, Math.floor(deployments.length / changed));
  for (let k = 0; k < changed && k * step < deployments.length; k++) {
    const i = deployments[k * step];
    docs[i] = docs[i]
      .replace(/:1\.(\d)\.0\n/, ':2.$1.0\n')
      .replace('memory: 512Mi}', 'memory: 256Mi}');
  }
  return docs.join('---\n');
}

interface Figures {
  analyzeMs: number;
  endToEndMs: number;
  compareMs: number;
  /** compare / analyze within each round: the machine's swings cancel out. */
  roundRatios: number[];
}

function ratios(m: Measure, a: string, b: string, rounds: number): Figures {
  const analyzed: number[] = [];
  const ended: number[] = [];
  const compared: number[] = [];
  // Rounds alternate the three, so each sees the machine in the same state.
  for (let r = 0; r < rounds; r++) {
    analyzed.push(m.time(() => analyze(a)));
    ended.push(m.time(() => m.endToEnd(a)));
    compared.push(m.time(() => compareTexts(a, b)));
  }
  return {
    analyzeMs: m.median(analyzed),
    endToEndMs: m.median(ended),
    compareMs: m.median(compared),
    roundRatios: compared.map((c, i) => c / analyzed[i]),
  };
}

/** Compare of the 6,000-document input against a version differing in 10 documents, and of a typical pod. */
export function compareReport(m: Measure): Record<string, unknown> {
  const big = generateManifest(6000);
  const bigB = changedVersion(big, 10);
  compareTexts(big, bigB); // warm up
  const large = ratios(m, big, bigB, 7);
  const pod = typicalPod();
  const podB = changedVersion(pod, 1);
  for (let r = 0; r < 200; r++) compareTexts(pod, podB);
  const typical = ratios(m, pod, podB, 1000);
  // What compare mode adds to the page, which holds B's analysis already: A's analysis and the
  // diff when it opens, the diff alone after each keystroke in B.
  const resultA = analyze(pod);
  const resultB = analyze(podB);
  const opened: number[] = [];
  const keystroke: number[] = [];
  const alone: number[] = [];
  for (let r = 0; r < 1000; r++) {
    alone.push(m.time(() => analyze(pod)));
    opened.push(m.time(() => diffResults(analyze(pod), resultB)));
    keystroke.push(m.time(() => diffResults(resultA, resultB)));
  }
  const round = (x: number, digits = 3) => +x.toFixed(digits);
  return {
    method:
      'compareTexts(A, B): both analysed (a document the same in both, once) and diffed; against analyze(A) alone, and against the end-to-end figure above (analysis, graph and layout of every workload)',
    bigInput: {
      documents: 6000,
      changedDocuments: 10,
      analyzeOneVersionMs: round(large.analyzeMs, 1),
      endToEndOneVersionMs: round(large.endToEndMs, 1),
      compareMs: round(large.compareMs, 1),
      ratioToAnalyze: round(large.compareMs / large.analyzeMs),
      medianRoundRatioToAnalyze: round(m.median(large.roundRatios)),
      roundRatios: {
        min: round(Math.min(...large.roundRatios), 2),
        max: round(Math.max(...large.roundRatios), 2),
      },
      ratioToEndToEnd: round(large.compareMs / large.endToEndMs),
      target: '<= 1.2',
    },
    typicalPod: {
      analyzeMs: round(typical.analyzeMs),
      endToEndMs: round(typical.endToEndMs),
      compareMs: round(typical.compareMs),
      ratioToAnalyze: round(typical.compareMs / typical.analyzeMs, 2),
      medianRoundRatioToAnalyze: round(m.median(typical.roundRatios), 2),
      ratioToEndToEnd: round(typical.compareMs / typical.endToEndMs, 2),
      target: '<= 2',
      compareModeOnThePage: {
        method:
          "what compare mode adds to the page's own analysis of B: analyze(A) + diff when it opens, the diff alone per keystroke; against analyze(A)",
        openRatioToAnalyze: round(m.median(opened) / m.median(alone), 2),
        keystrokeRatioToAnalyze: round(m.median(keystroke) / m.median(alone), 2),
      },
    },
  };
}
