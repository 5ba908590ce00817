import { describe, expect, it } from 'vitest';
import { parseArgs, type Command } from './args';

function usageMessage(argv: string[]): string {
  const cmd = parseArgs(argv);
  if (cmd.command !== 'usage-error')
    throw new Error(`expected a usage error, got ${JSON.stringify(cmd)}`);
  return cmd.message;
}

describe('parseArgs: lint', () => {
  it('defaults to text, fail-on error, English and standard input', () => {
    expect(parseArgs(['lint'])).toEqual<Command>({
      command: 'lint',
      files: ['-'],
      format: 'text',
      failOn: 'error',
      lang: 'en',
    });
  });

  it('takes several files in order, with options before, between or after them', () => {
    expect(
      parseArgs(['lint', 'a.yaml', '--format', 'json', 'b.yaml', '--fail-on=warning', '-']),
    ).toEqual<Command>({
      command: 'lint',
      files: ['a.yaml', 'b.yaml', '-'],
      format: 'json',
      failOn: 'warning',
      lang: 'en',
    });
  });

  it('takes --lang en or zh-CN, in either spelling of the option', () => {
    expect(parseArgs(['lint', '--lang', 'zh-CN'])).toMatchObject({ lang: 'zh-CN' });
    expect(parseArgs(['lint', 'a.yaml', '--lang=en'])).toMatchObject({ lang: 'en' });
    expect(usageMessage(['lint', '--lang', 'zh'])).toBe(
      '--lang must be one of en, zh-CN, not "zh"',
    );
    expect(usageMessage(['lint', '--lang', 'fr'])).toBe(
      '--lang must be one of en, zh-CN, not "fr"',
    );
    expect(usageMessage(['lint', '--lang'])).toBe('option --lang needs a value');
    expect(usageMessage(['graph', '--lang', 'zh-CN'])).toBe(
      'option --lang applies to podscope lint, not graph',
    );
  });

  it('accepts every format and threshold', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown', 'review']) {
      expect(parseArgs(['lint', 'p.yaml', '--format', format])).toMatchObject({ format });
    }
    for (const failOn of ['error', 'warning', 'info', 'none']) {
      expect(parseArgs(['lint', '--fail-on', failOn])).toMatchObject({ failOn });
    }
  });

  it('lets the last occurrence of an option win', () => {
    expect(parseArgs(['lint', '--format', 'json', '--format', 'sarif'])).toMatchObject({
      format: 'sarif',
    });
  });

  it('reads everything after -- as a file, even names that start with a dash', () => {
    expect(parseArgs(['lint', '--', '--format', '-x.yaml'])).toMatchObject({
      files: ['--format', '-x.yaml'],
      format: 'text',
    });
  });

  it('rejects bad values, unknown options and missing values', () => {
    expect(usageMessage(['lint', '--format', 'yaml'])).toBe(
      '--format must be one of text, json, sarif, markdown, review, not "yaml"',
    );
    expect(usageMessage(['lint', '--fail-on', 'warn'])).toBe(
      '--fail-on must be one of error, warning, info, none, not "warn"',
    );
    expect(usageMessage(['lint', '--fail-on'])).toBe('option --fail-on needs a value');
    expect(usageMessage(['lint', '--format', '--fail-on', 'info'])).toBe(
      'option --format needs a value',
    );
    expect(usageMessage(['lint', '--quiet'])).toBe('unknown option "--quiet"');
    expect(usageMessage(['lint', '-q'])).toBe('unknown option "-q"');
    expect(usageMessage(['lint', '--workload', '1'])).toBe(
      'option --workload applies to podscope graph, not lint',
    );
  });

  it('reads standard input once at most', () => {
    expect(usageMessage(['lint', '-', 'a.yaml', '-'])).toBe(
      'standard input (-) can be read only once',
    );
  });
});

describe('parseArgs: graph', () => {
  it('defaults to JSON, workload 0 and standard input', () => {
    expect(parseArgs(['graph'])).toEqual<Command>({
      command: 'graph',
      file: '-',
      format: 'json',
      workload: 0,
    });
  });

  it('takes one file, a format and a workload index', () => {
    expect(
      parseArgs(['graph', 'ray.yaml', '--format=mermaid', '--workload', '2']),
    ).toEqual<Command>({
      command: 'graph',
      file: 'ray.yaml',
      format: 'mermaid',
      workload: 2,
    });
    expect(parseArgs(['graph', '-', '--format', 'dot'])).toMatchObject({
      file: '-',
      format: 'dot',
    });
  });

  it('rejects a second file, a bad workload index, lint-only options and lint formats', () => {
    expect(usageMessage(['graph', 'a.yaml', 'b.yaml'])).toBe(
      'podscope graph takes one FILE (or - for standard input)',
    );
    expect(usageMessage(['graph', 'a.yaml', '--workload', '-1'])).toBe(
      '--workload needs a workload index (0, 1, …), not "-1"',
    );
    expect(usageMessage(['graph', 'a.yaml', '--workload', '1.5'])).toBe(
      '--workload needs a workload index (0, 1, …), not "1.5"',
    );
    expect(usageMessage(['graph', 'a.yaml', '--workload='])).toBe(
      '--workload needs a workload index (0, 1, …), not ""',
    );
    expect(usageMessage(['graph', '--fail-on', 'error'])).toBe(
      'option --fail-on applies to podscope lint, not graph',
    );
    expect(usageMessage(['graph', '--format', 'sarif'])).toBe(
      '--format must be one of json, mermaid, dot, not "sarif"',
    );
  });
});

describe('parseArgs: top level', () => {
  it('recognises --help and -h anywhere before --, and --version alone', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['lint', 'a.yaml', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['graph', '--format', 'nope', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['lint', '--', '-h'])).toMatchObject({ command: 'lint', files: ['-h'] });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseArgs(['-v'])).toEqual({ command: 'version' });
  });

  it('rejects a missing or unknown command and stray arguments', () => {
    expect(usageMessage([])).toBe('missing command (lint, graph, timeline or diff)');
    expect(usageMessage(['check', 'a.yaml'])).toBe('unknown command "check"');
    expect(usageMessage(['--format', 'json'])).toBe('unknown option "--format"');
    expect(usageMessage(['--version', 'lint'])).toBe('unexpected argument "lint" after --version');
  });
});
