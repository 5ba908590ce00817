// `podscope lint --lang`: every report format in Simplified Chinese, with the real engine.
import { describe, expect, it } from 'vitest';
import { ENGINE } from './engine';
import { runCaptured } from './test-io';
import type { JsonReport } from '../report/json';
import type { SarifLog } from '../report/sarif-types';

// Two containers of one pod both declare 8080/TCP; everything else is tidy, so port-clash
// (warning, at the second containerPort: line 16, column 29) is the only finding.
const CLASH = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports: [{containerPort: 8080}]
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 100m, memory: 64Mi}
    securityContext: {allowPrivilegeEscalation: false}
  - name: debug-tool
    image: busybox:1.36
    ports: [{containerPort: 8080}]
    resources:
      requests: {cpu: 100m, memory: 64Mi}
      limits: {cpu: 100m, memory: 64Mi}
    securityContext: {allowPrivilegeEscalation: false}
`;

const ZH_MESSAGE =
  '容器 app 和 debug-tool 都声明了端口 8080/TCP：它们共用一个网络命名空间，后绑定的那个会失败，报错 "address already in use"';
const ZH_FIX =
  '让每个监听者用各自的端口（应用的监听端口和 containerPort 一起改），或者删掉重复的声明。';

const lint = (...args: string[]) =>
  runCaptured(['lint', 'pod.yaml', ...args], ENGINE, { files: { 'pod.yaml': CLASH } });

describe('podscope lint --lang zh-CN', () => {
  it('writes text lines with Chinese messages and counts; severity and rule id stay for tools', async () => {
    const r = await lint('--lang', 'zh-CN');
    expect(r).toEqual({
      code: 0,
      stdout: `pod.yaml:16:29: warning port-clash ${ZH_MESSAGE}\npod.yaml: 1 个问题（0 个错误，1 个警告，0 条提示）\n`,
      stderr: '',
    });
  });

  it('puts the language in the JSON report and the message in Chinese', async () => {
    const report = JSON.parse(
      (await lint('--lang', 'zh-CN', '--format', 'json')).stdout,
    ) as JsonReport;
    expect(report.lang).toBe('zh-CN');
    expect(report.files[0].findings).toEqual([
      expect.objectContaining({ ruleId: 'port-clash', line: 16, column: 29, message: ZH_MESSAGE }),
    ]);
  });

  it('says English in the JSON report by default', async () => {
    const report = JSON.parse((await lint('--format', 'json')).stdout) as JsonReport;
    expect(report.lang).toBe('en');
    expect(report.files[0].findings[0].message).toBe(
      'containers app and debug-tool both declare port 8080/TCP: they share one network namespace, so whichever binds second fails with "address already in use"',
    );
  });

  it('writes SARIF with the run language, Chinese results and Chinese rule help', async () => {
    const log = JSON.parse((await lint('--lang', 'zh-CN', '--format', 'sarif')).stdout) as SarifLog;
    const runLog = log.runs[0];
    expect(runLog.language).toBe('zh-CN');
    expect(runLog.results[0].message.text).toBe(ZH_MESSAGE);
    const rule = runLog.tool.driver.rules.find((r) => r.id === 'port-clash');
    expect(rule?.shortDescription.text).toBe(
      '两个同时运行的容器声明了相同的 containerPort 和协议，或者一个容器把它声明了两次。',
    );
    expect(rule?.help.text).toBe(
      `${ZH_FIX}参见 https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking`,
    );
    expect(rule?.help.markdown).toBe(
      `${ZH_FIX}\n\n[Kubernetes 文档](https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking)`,
    );
    expect(rule?.fullDescription.text).toMatch(/严重级别“警告”：Pod 能运行，但会出真正的问题。$/);
  });

  it('writes the Markdown review with Chinese headings, severities and fixes', async () => {
    const md = (await lint('--lang', 'zh-CN', '--format', 'markdown')).stdout;
    expect(md.split('\n')).toEqual([
      '# podscope 评审报告',
      '',
      '## pod.yaml',
      '',
      '| 工作负载 | 文档 | Pod spec | QoS |',
      '| --- | ---: | --- | --- |',
      '| Pod/web | 0 | `spec` | Guaranteed |',
      '',
      '| 级别 | 规则 | 行 | 路径 | 说明 | 修复 |',
      '| --- | --- | ---: | --- | --- | --- |',
      `| 警告 | \`port-clash\` | 16 | \`spec.containers[1].ports[0].containerPort\` | ${ZH_MESSAGE} | ${ZH_FIX} |`,
      '',
      '**0 个错误，1 个警告，0 条提示**',
      '',
    ]);
  });

  it('rejects an unknown language with exit 2', async () => {
    const r = await lint('--lang', 'de');
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'podscope: --lang must be one of en, zh-CN, not "de" (see podscope --help)\n',
    });
  });
});

describe('podscope lint --format review', () => {
  it('writes one review report per workload, in the chosen language', async () => {
    const r = await lint('--format', 'review', '--lang', 'zh-CN');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# podscope 评审报告：Pod\/web\n/);
    expect(r.stdout).toContain('- **文件：** pod.yaml');
    expect(r.stdout).toContain('| `8080/TCP` | app | — | — | **冲突** |');
    expect(r.stdout.split('\n')).toContain(
      'kubectl debug -it web --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
    );
  });

  it('falls back to the findings tables for a file without workloads', async () => {
    const { code, stdout } = await runCaptured(
      ['lint', 'broken.yaml', '--format', 'review'],
      ENGINE,
      {
        files: { 'broken.yaml': 'a: [1\n' },
      },
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^# podscope review\n\n## broken\.yaml\n/);
    expect(stdout).toContain('`yaml-syntax`');
  });
});
