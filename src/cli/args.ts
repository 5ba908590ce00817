// Command-line parsing as a pure function: argv in, a command or a usage error out.
import { LANGS, type Lang } from '../i18n/lang';
import type { Severity } from '../types';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'markdown', 'review'] as const;
export const GRAPH_FORMATS = ['json', 'mermaid', 'dot'] as const;
export const TIMELINE_FORMATS = ['text', 'json'] as const;
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;

export type LintFormat = (typeof LINT_FORMATS)[number];
export type GraphFormat = (typeof GRAPH_FORMATS)[number];
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];
export type FailOn = Severity | 'none';
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** `-` stands for standard input in file lists. */
export const STDIN_ARG = '-';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'lint';
      files: string[];
      format: LintFormat;
      failOn: FailOn;
      lang: Lang;
      /** `--fix` writes the fixed files; `--fix-dry-run` prints the change as a unified diff. */
      fix?: 'write' | 'dry-run';
    }
  | { command: 'graph'; file: string; format: GraphFormat; workload: number }
  | { command: 'timeline'; file: string; format: TimelineFormat; workload: number; lang: Lang }
  | {
      command: 'diff';
      /** A (before) and B (after): files, or `-` for one of them. */
      a: string;
      b: string;
      format: DiffFormat;
      failOnNew: FailOn;
      lang: Lang;
    }
  | { command: 'usage-error'; message: string };

// Options each command accepts; FLAGS take no value.
const OPTIONS = {
  lint: ['--format', '--fail-on', '--lang', '--fix', '--fix-dry-run'],
  graph: ['--format', '--workload'],
  timeline: ['--format', '--workload', '--lang'],
  diff: ['--format', '--fail-on-new', '--lang'],
} as const satisfies Record<string, readonly string[]>;
type Subcommand = keyof typeof OPTIONS;
const SUBCOMMANDS = Object.keys(OPTIONS) as Subcommand[];
const isSubcommand = (s: string): s is Subcommand => (SUBCOMMANDS as string[]).includes(s);
const accepts = (command: Subcommand, name: string): boolean =>
  (OPTIONS[command] as readonly string[]).includes(name);
const FLAGS: ReadonlySet<string> = new Set(['--fix', '--fix-dry-run']);

/** Parses `podscope` arguments (without the node and script paths). */
export function parseArgs(argv: readonly string[]): Command {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv : argv.slice(0, end);
  if (flags.some((a) => a === '--help' || a === '-h')) return { command: 'help' };
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    return rest.length === 0
      ? { command: 'version' }
      : usage(`unexpected argument "${rest[0]}" after --version`);
  }
  if (first === undefined)
    return usage(
      `missing command (${SUBCOMMANDS.slice(0, -1).join(', ')} or ${SUBCOMMANDS.at(-1)})`,
    );
  if (!isSubcommand(first)) {
    return usage(
      first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`,
    );
  }
  const split = splitOptions(first, rest);
  if ('message' in split) return usage(split.message);
  switch (first) {
    case 'lint':
      return lintCommand(split);
    case 'graph':
      return graphCommand(split);
    case 'timeline':
      return timelineCommand(split);
    case 'diff':
      return diffCommand(split);
  }
}

interface Split {
  operands: string[];
  options: Map<string, string>;
}

function splitOptions(command: Subcommand, args: readonly string[]): Split | { message: string } {
  const operands: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === STDIN_ARG || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!accepts(command, name)) {
      const other = SUBCOMMANDS.find((c) => c !== command && accepts(c, name));
      return {
        message: other
          ? `option ${name} applies to podscope ${other}, not ${command}`
          : `unknown option "${name}"`,
      };
    }
    if (FLAGS.has(name)) {
      if (eq !== -1) return { message: `option ${name} takes no value` };
      options.set(name, 'true');
      continue;
    }
    const value = eq === -1 ? args[i + 1] : arg.slice(eq + 1);
    if (eq === -1) i++;
    if (value === undefined || (eq === -1 && value.startsWith('--')))
      return { message: `option ${name} needs a value` };
    // The last occurrence wins, as with most command-line tools, so wrappers can override.
    options.set(name, value);
  }
  return { operands, options };
}

function lintCommand({ operands, options }: Split): Command {
  const format = oneOf('--format', options.get('--format') ?? 'text', LINT_FORMATS);
  if (typeof format !== 'string') return format;
  const failOn = oneOf('--fail-on', options.get('--fail-on') ?? 'error', FAIL_ON);
  if (typeof failOn !== 'string') return failOn;
  // Exact tags only: a report's language is a choice made on purpose, not guessed from a locale.
  const lang = oneOf('--lang', options.get('--lang') ?? 'en', LANGS);
  if (typeof lang !== 'string') return lang;
  if (operands.filter((o) => o === STDIN_ARG).length > 1)
    return usage('standard input (-) can be read only once');
  const files = operands.length === 0 ? [STDIN_ARG] : operands;
  const write = options.has('--fix');
  const dryRun = options.has('--fix-dry-run');
  if (write && dryRun) return usage('use --fix or --fix-dry-run, not both');
  if (write && files.includes(STDIN_ARG))
    return usage('--fix writes the files it fixes; standard input has none (use --fix-dry-run)');
  const fix = write ? 'write' : dryRun ? 'dry-run' : undefined;
  return { command: 'lint', files, format, failOn, lang, ...(fix ? { fix } : {}) };
}

function graphCommand({ operands, options }: Split): Command {
  const format = oneOf('--format', options.get('--format') ?? 'json', GRAPH_FORMATS);
  if (typeof format !== 'string') return format;
  const target = oneWorkload('graph', operands, options);
  if ('command' in target) return target;
  return { command: 'graph', ...target, format };
}

function timelineCommand({ operands, options }: Split): Command {
  const format = oneOf('--format', options.get('--format') ?? 'text', TIMELINE_FORMATS);
  if (typeof format !== 'string') return format;
  const lang = oneOf('--lang', options.get('--lang') ?? 'en', LANGS);
  if (typeof lang !== 'string') return lang;
  const target = oneWorkload('timeline', operands, options);
  if ('command' in target) return target;
  return { command: 'timeline', ...target, format, lang };
}

function diffCommand({ operands, options }: Split): Command {
  const format = oneOf('--format', options.get('--format') ?? 'text', DIFF_FORMATS);
  if (typeof format !== 'string') return format;
  const failOnNew = oneOf('--fail-on-new', options.get('--fail-on-new') ?? 'error', FAIL_ON);
  if (typeof failOnNew !== 'string') return failOnNew;
  const lang = oneOf('--lang', options.get('--lang') ?? 'en', LANGS);
  if (typeof lang !== 'string') return lang;
  if (operands.length !== 2)
    return usage('podscope diff takes two files: A (before) and B (after)');
  if (operands.every((o) => o === STDIN_ARG))
    return usage('standard input (-) can be read only once');
  const [a, b] = operands;
  return { command: 'diff', a, b, format, failOnNew, lang };
}

// One FILE (or standard input) and the --workload index in it, as graph and timeline take them.
function oneWorkload(
  command: Subcommand,
  operands: readonly string[],
  options: Map<string, string>,
): { file: string; workload: number } | Command {
  const rawWorkload = options.get('--workload') ?? '0';
  if (!/^\d+$/.test(rawWorkload))
    return usage(`--workload needs a workload index (0, 1, …), not "${rawWorkload}"`);
  if (operands.length > 1)
    return usage(`podscope ${command} takes one FILE (or - for standard input)`);
  return { file: operands[0] ?? STDIN_ARG, workload: Number(rawWorkload) };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T | Command {
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : usage(`${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function usage(message: string): Command {
  return { command: 'usage-error', message };
}
