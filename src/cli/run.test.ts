import { describe, expect, it } from 'vitest';
import { HELP } from './help';
import type { Engine } from './run';
import { runCaptured, type CaptureOptions } from './test-io';
import type { ReportResult } from '../report/input';
import type { JsonReport } from '../report/json';
import type { SarifLog } from '../report/sarif-types';
import { finding, podWorkload, result, rule } from '../testing/report';
import { VERSION } from '../version';

// A stand-in engine: each known text maps to a hand-built result, so exit codes and output
// are checked against findings whose severities are known exactly.
const TEXTS: Record<string, ReportResult> = {
  'clean: pod\n': result([], [podWorkload('clean', 'Guaranteed')]),
  'warn: pod\n': result(
    [
      finding({
        ruleId: 'latest-tag',
        severity: 'warning',
        line: 8,
        column: 12,
        path: 'spec.containers[0].image',
        message: 'Image nginx has no tag.',
      }),
    ],
    [podWorkload('warn', 'BestEffort')],
  ),
  'info: pod\n': result(
    [
      finding({
        ruleId: 'unused-volume',
        severity: 'info',
        line: 20,
        column: 5,
        message: 'Volume cache is not mounted.',
      }),
      finding({
        ruleId: 'volume-not-found',
        severity: 'error',
        line: 14,
        column: 13,
        suppressed: true,
        suppressReason: 'added by a webhook',
      }),
    ],
    [podWorkload('info', 'Burstable')],
  ),
  'error: pod\n': result(
    [
      finding({
        ruleId: 'duplicate-container-name',
        severity: 'error',
        line: 11,
        column: 11,
        message: 'Container name app is used twice.',
      }),
    ],
    [podWorkload('error', 'BestEffort')],
  ),
  'broken: [\n': result([
    finding({
      ruleId: 'yaml-syntax',
      severity: 'error',
      line: 2,
      column: 1,
      message: 'Missing closing ]',
    }),
  ]),
  'service\n': result([]),
  'two: pods\n': result(
    [],
    [podWorkload('first', 'BestEffort', 0), podWorkload('second', 'BestEffort', 1)],
  ),
};

const graphCalls: string[] = [];

const engine: Engine = {
  analyze(text) {
    if (text === 'crash\n') throw new Error('unexpected node type');
    const r = TEXTS[text];
    if (!r) throw new Error(`test engine has no result for ${JSON.stringify(text)}`);
    return r;
  },
  rules: [
    rule('latest-tag', 'warning'),
    rule('unused-volume', 'info'),
    rule('yaml-syntax', 'error'),
  ],
  renderGraph(r, workload, format) {
    graphCalls.push(`${r.workloads[workload].ref.name} ${format}`);
    return `graph of ${r.workloads[workload].ref.name} as ${format}`;
  },
};

const FILES = Object.fromEntries(
  Object.keys(TEXTS).map((t) => [`${t.split(/[:\n ]/)[0]}.yaml`, t]),
);
FILES['crash.yaml'] = 'crash\n';

const cli = (argv: string[], options: CaptureOptions = {}) =>
  runCaptured(argv, engine, { files: FILES, ...options });

describe('run: help, version and usage errors', () => {
  it('prints help listing commands, options and exit codes, exit 0', async () => {
    const r = await cli(['--help']);
    expect(r).toEqual({ code: 0, stdout: HELP, stderr: '' });
    for (const word of [
      'lint',
      'graph',
      '--format',
      '--fail-on',
      '--workload',
      '--version',
      'Exit codes',
      '0 ',
      '1 ',
      '2 ',
    ]) {
      expect(HELP).toContain(word);
    }
  });

  it('prints the version, exit 0', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('reports bad usage in one line pointing at --help, exit 2, nothing on stdout', async () => {
    for (const argv of [
      ['lint', '--format', 'xml'],
      ['frobnicate'],
      [],
      ['lint', '--bogus'],
      ['graph', '--workload', 'x'],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^podscope: .+ \(see podscope --help\)\n$/);
    }
    expect((await cli(['lint', '--format', 'xml'])).stderr).toBe(
      'podscope: --format must be one of text, json, sarif, markdown, review, not "xml" (see podscope --help)\n',
    );
  });
});

describe('run: lint exit codes', () => {
  it('exits 0 below the default threshold and 1 at it', async () => {
    expect((await cli(['lint', 'warn.yaml'])).code).toBe(0);
    expect((await cli(['lint', 'error.yaml'])).code).toBe(1);
    expect((await cli(['lint', 'clean.yaml'])).code).toBe(0);
  });

  it('follows --fail-on warning, info and none', async () => {
    expect((await cli(['lint', 'warn.yaml', '--fail-on', 'warning'])).code).toBe(1);
    expect((await cli(['lint', 'info.yaml', '--fail-on', 'warning'])).code).toBe(0);
    expect((await cli(['lint', 'info.yaml', '--fail-on', 'info'])).code).toBe(1);
    expect((await cli(['lint', 'error.yaml', '--fail-on', 'none'])).code).toBe(0);
  });

  it('never counts a suppressed finding, even an error', async () => {
    // info.yaml holds a suppressed error and an unsuppressed info finding.
    expect((await cli(['lint', 'info.yaml'])).code).toBe(0);
  });

  it('treats a YAML syntax error as an error finding (exit 1 with a report), not as bad input', async () => {
    const r = await cli(['lint', 'broken.yaml', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as JsonReport).files[0].findings[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      severity: 'error',
      line: 2,
      column: 1,
    });
  });

  it('exits 1 when any of several files trips the threshold', async () => {
    expect((await cli(['lint', 'clean.yaml', 'error.yaml', 'warn.yaml'])).code).toBe(1);
    expect((await cli(['lint', 'clean.yaml', 'warn.yaml'])).code).toBe(0);
  });
});

describe('run: lint output', () => {
  it('writes one text report covering several files', async () => {
    const r = await cli(['lint', 'warn.yaml', 'clean.yaml']);
    expect(r.stdout).toBe(
      [
        'warn.yaml:8:12: warning latest-tag Image nginx has no tag.',
        'warn.yaml: 1 finding (0 errors, 1 warning, 0 info)',
        'clean.yaml: no findings',
        '2 files: 1 finding (0 errors, 1 warning, 0 info)',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON, SARIF and Markdown on request', async () => {
    const json = JSON.parse(
      (await cli(['lint', 'warn.yaml', 'clean.yaml', '--format', 'json'])).stdout,
    ) as JsonReport;
    expect(json.files.map((f) => f.file)).toEqual(['warn.yaml', 'clean.yaml']);
    const sarif = JSON.parse(
      (await cli(['lint', 'warn.yaml', '--format', 'sarif'])).stdout,
    ) as SarifLog;
    expect(sarif.runs[0].tool.driver.rules.map((r) => r.id)).toEqual([
      'latest-tag',
      'unused-volume',
      'yaml-syntax',
    ]);
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'latest-tag', ruleIndex: 0 });
    const md = (await cli(['lint', 'warn.yaml', '--format', 'markdown'])).stdout;
    expect(md).toContain(
      '| warning | `latest-tag` | 8 | `spec.containers[0].image` | Image nginx has no tag. | Fix latest-tag. |',
    );
  });

  it('reads standard input when no file or - is given, named <stdin>', async () => {
    const implicit = await cli(['lint'], { stdin: 'warn: pod\n' });
    expect(implicit.stdout.split('\n')[0]).toBe(
      '<stdin>:8:12: warning latest-tag Image nginx has no tag.',
    );
    const explicit = await cli(['lint', 'clean.yaml', '-', '--format', 'json'], {
      stdin: 'error: pod\n',
    });
    expect((JSON.parse(explicit.stdout) as JsonReport).files.map((f) => f.file)).toEqual([
      'clean.yaml',
      '<stdin>',
    ]);
    expect(explicit.code).toBe(1);
  });

  it('tells a terminal user that it waits for standard input', async () => {
    const r = await cli(['lint'], { stdin: 'clean: pod\n', stdinIsTTY: true });
    expect(r.stderr).toBe(
      'podscope: reading the manifest from standard input (end it with Ctrl-D)\n',
    );
    expect(r.code).toBe(0);
  });

  it('drops a UTF-8 byte order mark before analysis', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('clean: pod\n')]);
    expect((await cli(['lint', '-'], { stdin: bom })).code).toBe(0);
  });
});

describe('run: unreadable and binary input', () => {
  it('exits 2 with one line per unreadable file and writes no report', async () => {
    const r = await cli(['lint', 'clean.yaml', 'missing.yaml', 'gone.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'podscope: cannot read missing.yaml: no such file or directory\npodscope: cannot read gone.yaml: no such file or directory\n',
    );
  });

  it('exits 2 on NUL bytes, naming the file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
    ]);
    const r = await cli(['lint', 'logo.png'], { files: { ...FILES, 'logo.png': png } });
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podscope: logo.png is binary (it contains NUL bytes), not a YAML or JSON manifest\n',
    });
    const stdin = await cli(['graph'], { stdin: new Uint8Array([0x6b, 0x00, 0x69]) });
    expect(stdin.stderr).toBe(
      'podscope: <stdin> is binary (it contains NUL bytes), not a YAML or JSON manifest\n',
    );
    expect(stdin.code).toBe(2);
  });

  it('exits 2 with a clear line when the engine fails, rather than crashing with 1', async () => {
    const r = await cli(['lint', 'crash.yaml']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podscope: internal error while analysing crash.yaml: unexpected node type\n',
    });
  });
});

describe('run: graph', () => {
  it('renders workload 0 by default as JSON, ending with a newline', async () => {
    graphCalls.length = 0;
    const r = await cli(['graph', 'two.yaml']);
    expect(r).toEqual({ code: 0, stdout: 'graph of first as json\n', stderr: '' });
    expect(graphCalls).toEqual(['first json']);
  });

  it('renders the chosen workload and format, from a file or standard input', async () => {
    expect((await cli(['graph', 'two.yaml', '--workload', '1', '--format', 'dot'])).stdout).toBe(
      'graph of second as dot\n',
    );
    expect(
      (await cli(['graph', '-', '--format', 'mermaid'], { stdin: 'clean: pod\n' })).stdout,
    ).toBe('graph of clean as mermaid\n');
  });

  it('exits 0 whatever the findings: graph draws, lint judges', async () => {
    expect((await cli(['graph', 'error.yaml'])).code).toBe(0);
  });

  it('exits 2 when the workload index is out of range', async () => {
    expect(await cli(['graph', 'two.yaml', '--workload', '2'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'podscope: --workload 2 is out of range: two.yaml holds 2 workloads (--workload 0 to 1)\n',
    });
    expect((await cli(['graph', 'clean.yaml', '--workload', '1'])).stderr).toBe(
      'podscope: --workload 1 is out of range: clean.yaml holds 1 workload (--workload 0)\n',
    );
  });

  it('exits 2 when the input holds no workload, and points at lint for syntax errors', async () => {
    expect(await cli(['graph', 'service.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podscope: service.yaml holds no workload to draw (Pod, Deployment, Job, …)\n',
    });
    expect((await cli(['graph', 'broken.yaml'])).stderr).toBe(
      'podscope: broken.yaml holds no workload to draw (Pod, Deployment, Job, …); it has YAML syntax errors (see podscope lint broken.yaml)\n',
    );
  });

  it('exits 2 on an unreadable file', async () => {
    expect(await cli(['graph', 'nope.yaml'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podscope: cannot read nope.yaml: no such file or directory\n',
    });
  });
});
