// `podscope diff A B`: what a change does to the pod, and whether it brings a finding at or above
// --fail-on-new. Findings A already has never fail it; an empty file (or /dev/null) stands for a
// version that does not exist, so an added file's workloads read as added.
import type { Command, DiffFormat, FailOn } from './args';
import { readInputs, type CliIo } from './input';
import { compareTexts } from '../diff/compare';
import { toDiffJson } from '../diff/json';
import { toDiffMarkdown } from '../diff/markdown';
import { toDiffText } from '../diff/text';
import type { Lang } from '../i18n/lang';
import { exceedsThreshold } from '../report/input';

/** How the command compares and prints; engine.ts wires the real one, tests may use another. */
export interface DiffEngine {
  /** The report of the change from `a` to `b`, and whether a new finding reaches `failOnNew`. */
  compare(
    a: { name: string; text: string },
    b: { name: string; text: string },
    options: { format: DiffFormat; failOnNew: FailOn; lang: Lang },
  ): { output: string; tripped: boolean };
}

/** What the command did: printed a report (tripped: exit 1), or could not (exit 2). */
export type DiffOutcome = { tripped: boolean } | { errors: string[] };

/** Reads A and B, compares them and prints the report. */
export async function runDiff(
  cmd: Extract<Command, { command: 'diff' }>,
  io: CliIo,
  engine: DiffEngine,
): Promise<DiffOutcome> {
  const inputs = await readInputs([cmd.a, cmd.b], io);
  if ('errors' in inputs) return inputs;
  const [a, b] = inputs;
  let report: { output: string; tripped: boolean };
  try {
    report = engine.compare(a, b, cmd);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      errors: [`podscope: internal error while comparing ${a.name} and ${b.name}: ${message}`],
    };
  }
  io.stdout(report.output);
  return { tripped: report.tripped };
}

/** The engine's comparison and its three reports. */
export const DIFF_ENGINE: DiffEngine = {
  compare(a, b, { format, failOnNew, lang }) {
    const comparison = compareTexts(a.text, b.text);
    const files = { a: a.name, b: b.name };
    const output =
      format === 'json'
        ? toDiffJson(comparison, files, lang)
        : format === 'markdown'
          ? toDiffMarkdown(comparison, files, lang)
          : toDiffText(comparison, files, lang);
    const fresh = comparison.diff.findings.new.map((j) => comparison.b.findings[j]);
    return { output, tripped: exceedsThreshold(fresh, failOnNew) };
  },
};
