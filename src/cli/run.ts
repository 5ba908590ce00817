// The podscope command: parse arguments, read input, analyse, print, return the exit code.
// All side effects go through CliIo, so the whole command runs in tests without a process.
import { parseArgs, type Command, type GraphFormat, type TimelineFormat } from './args';
import { runDiff, type DiffEngine } from './diff';
import { HELP } from './help';
import { readInputs, type CliIo, type Input } from './input';
import { exceedsThreshold, type ReportResult } from '../report/input';
import { toJson } from '../report/json';
import { toMarkdown } from '../report/markdown';
import { toSarif } from '../report/sarif';
import { toText } from '../report/text';
import { unifiedDiff } from '../report/unifiedDiff';
import type { Lang } from '../i18n/lang';
import type { RuleMeta } from '../rules/types';
import { VERSION } from '../version';

/** What the command needs from the engine; engine.ts wires the real one. */
export interface Engine<R extends ReportResult = ReportResult> {
  analyze(text: string): R;
  rules: readonly RuleMeta[];
  renderGraph(result: R, workload: number, format: GraphFormat): string;
  /** The Markdown review report of one workload (`lint --format review`). */
  renderReview?: (result: R, workload: number, lang: Lang, file: string) => string;
  /** The text with every safe fix applied, and what each fix did (`lint --fix`). */
  fix?: (result: R, lang: Lang) => { text: string; fixed: FixedFinding[] };
  /** The lifecycle timeline of one workload (`podscope timeline`). */
  renderTimeline?: (result: R, workload: number, format: TimelineFormat, lang: Lang) => string;
  /** Compares two versions (`podscope diff`). */
  diff?: DiffEngine;
}

/** A finding a fix removed, as `lint --fix` reports it. */
export interface FixedFinding {
  ruleId: string;
  line: number;
  column: number;
  /** What the fix did, e.g. "Set sizeLimit: 1Gi". */
  title: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Runs `podscope` with the given arguments and returns its exit code. */
export async function run<R extends ReportResult>(
  argv: readonly string[],
  io: CliIo,
  engine: Engine<R>,
): Promise<number> {
  const cmd = parseArgs(argv);
  switch (cmd.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_OK;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr(`podscope: ${cmd.message} (see podscope --help)\n`);
      return EXIT_USAGE;
    case 'lint':
      return lint(cmd, io, engine);
    case 'graph':
      return graph(cmd, io, engine);
    case 'timeline':
      return timeline(cmd, io, engine);
    case 'diff': {
      if (!engine.diff) return fail(io, ['podscope: this build cannot compare files']);
      const outcome = await runDiff(cmd, io, engine.diff);
      if ('errors' in outcome) return fail(io, outcome.errors);
      return outcome.tripped ? EXIT_FINDINGS : EXIT_OK;
    }
  }
}

async function lint<R extends ReportResult>(
  cmd: Extract<Command, { command: 'lint' }>,
  io: CliIo,
  engine: Engine<R>,
): Promise<number> {
  const inputs = await readInputs(cmd.files, io);
  if ('errors' in inputs) return fail(io, inputs.errors);
  const files: { file: string; result: R }[] = [];
  for (const input of inputs) {
    let result = analyze(input, engine);
    if (typeof result === 'string') return fail(io, [result]);
    if (cmd.fix) {
      const fixed = await fix(cmd, input, result, io, engine);
      if (typeof fixed === 'string') return fail(io, [fixed]);
      result = fixed;
    }
    files.push({ file: input.name, result });
  }
  // A dry run prints the diff instead of the report; its exit code is what --fix would leave.
  if (cmd.fix !== 'dry-run') io.stdout(render(cmd, files, engine));
  const tripped = files.some((f) => exceedsThreshold(f.result.findings, cmd.failOn));
  return tripped ? EXIT_FINDINGS : EXIT_OK;
}

// Applies the safe fixes to one input: writes the file (--fix) or prints the change as a unified
// diff (--fix-dry-run), says what was fixed, and returns the analysis of the fixed text, which
// the report and the exit code are about.
async function fix<R extends ReportResult>(
  cmd: Extract<Command, { command: 'lint' }>,
  input: Input,
  result: R,
  io: CliIo,
  engine: Engine<R>,
): Promise<R | string> {
  if (!engine.fix) return 'podscope: this build cannot fix files';
  const { text, fixed } = engine.fix(result, cmd.lang);
  if (fixed.length === 0) return result;
  // The list goes to stderr when stdout carries a machine-read report or the diff.
  const toStdout = cmd.fix === 'write' && cmd.format === 'text';
  const say = (line: string) => (toStdout ? io.stdout(line) : io.stderr(line));
  const verb = cmd.fix === 'write' ? 'fixed' : 'would fix';
  for (const f of fixed)
    say(`${input.name}:${f.line}:${f.column}: ${verb} ${f.ruleId}: ${f.title}\n`);
  if (cmd.fix === 'dry-run') io.stdout(unifiedDiff(input.text, text, input.name));
  else {
    try {
      const bytes = new TextEncoder().encode(text);
      await io.writeFile(input.name, input.bom ? concat(BOM, bytes) : bytes);
    } catch (err) {
      return `podscope: cannot write ${input.name}: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  return analyze({ ...input, text }, engine);
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

async function graph<R extends ReportResult>(
  cmd: Extract<Command, { command: 'graph' }>,
  io: CliIo,
  engine: Engine<R>,
): Promise<number> {
  return printWorkload(cmd, io, engine, (result) =>
    engine.renderGraph(result, cmd.workload, cmd.format),
  );
}

async function timeline<R extends ReportResult>(
  cmd: Extract<Command, { command: 'timeline' }>,
  io: CliIo,
  engine: Engine<R>,
): Promise<number> {
  const { renderTimeline } = engine;
  if (!renderTimeline) return fail(io, ['podscope: this build cannot draw timelines']);
  return printWorkload(cmd, io, engine, (result) =>
    renderTimeline(result, cmd.workload, cmd.format, cmd.lang),
  );
}

// Reads one input, checks that --workload names one of its workloads, and prints what `render`
// makes of it: the road graph and timeline share, with their exit codes.
async function printWorkload<R extends ReportResult>(
  cmd: { file: string; workload: number },
  io: CliIo,
  engine: Engine<R>,
  render: (result: R) => string,
): Promise<number> {
  const inputs = await readInputs([cmd.file], io);
  if ('errors' in inputs) return fail(io, inputs.errors);
  const input = inputs[0];
  const result = analyze(input, engine);
  if (typeof result === 'string') return fail(io, [result]);
  const count = result.workloads.length;
  if (count === 0) {
    const broken = result.findings.some((f) => f.ruleId === 'yaml-syntax');
    const hint = broken ? `; it has YAML syntax errors (see podscope lint ${input.name})` : '';
    return fail(io, [
      `podscope: ${input.name} holds no workload to draw (Pod, Deployment, Job, …)${hint}`,
    ]);
  }
  if (cmd.workload >= count) {
    const plural =
      count === 1 ? 'workload (--workload 0)' : `workloads (--workload 0 to ${count - 1})`;
    return fail(io, [
      `podscope: --workload ${cmd.workload} is out of range: ${input.name} holds ${count} ${plural}`,
    ]);
  }
  let out: string;
  try {
    out = render(result);
  } catch (err) {
    return fail(io, [internalError(input.name, err)]);
  }
  io.stdout(out.endsWith('\n') ? out : out + '\n');
  return EXIT_OK;
}

function render<R extends ReportResult>(
  { format, lang }: Extract<Command, { command: 'lint' }>,
  files: { file: string; result: R }[],
  engine: Engine<R>,
): string {
  switch (format) {
    case 'text':
      return toText(files, lang);
    case 'json':
      return toJson(files, lang);
    case 'sarif':
      return toSarif(files, engine.rules, lang);
    case 'markdown':
      return toMarkdown(files, engine.rules, lang);
    case 'review':
      return review(files, engine, lang);
  }
}

// One review report per workload; a file without workloads gets the plain Markdown report, so
// its findings (a syntax error, say) are never left out.
function review<R extends ReportResult>(
  files: { file: string; result: R }[],
  engine: Engine<R>,
  lang: Lang,
): string {
  const { renderReview } = engine;
  const parts = files.flatMap(({ file, result }) =>
    result.workloads.length === 0 || !renderReview
      ? [toMarkdown([{ file, result }], engine.rules, lang)]
      : result.workloads.map((_, i) => renderReview(result, i, lang, file)),
  );
  return parts.join('\n---\n\n');
}

// A crash would exit 1 and read as "findings found"; an engine fault is reported as exit 2.
function analyze<R extends ReportResult>(input: Input, engine: Engine<R>): R | string {
  try {
    return engine.analyze(input.text);
  } catch (err) {
    return internalError(input.name, err);
  }
}

function internalError(name: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `podscope: internal error while analysing ${name}: ${message}`;
}

function fail(io: CliIo, lines: readonly string[]): number {
  for (const line of lines) io.stderr(line + '\n');
  return EXIT_USAGE;
}
