import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { localizeFindings } from '../i18n/localize';
import { yaml } from '../testing/manifest';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { escapeText } from './markdown';
import { reviewReport } from './review';

// A Deployment with a migration init container, a native sidecar, two app containers that both
// declare 8080 and share a volume, and a memory volume nobody mounts.
const WEB = yaml(
  'apiVersion: apps/v1', //                                   1
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  namespace: shop', //                                     5
  'spec:',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:', //                                             10
  '      initContainers:',
  '      - name: migrate',
  '        image: flyway:10',
  '        resources:',
  '          requests: {cpu: "2", memory: 256Mi}', //         15
  '          limits: {cpu: "2", memory: 256Mi}',
  '      - name: proxy',
  '        image: envoyproxy/envoy:v1.31.0',
  '        restartPolicy: Always',
  '        ports: [{containerPort: 15001}]', //              20
  '        resources:',
  '          requests: {cpu: 100m, memory: 128Mi}',
  '          limits: {cpu: 200m, memory: 128Mi}',
  '      containers:',
  '      - name: app', //                                     25
  '        image: shop:1.2.3',
  '        ports: [{containerPort: 8080, name: http}]',
  '        resources:',
  '          requests: {cpu: 500m, memory: 512Mi}',
  '          limits: {cpu: "1", memory: 1Gi}', //              30
  '        volumeMounts:',
  '        - {name: shared-data, mountPath: /data}',
  '      - name: shipper',
  '        image: busybox:1.36',
  '        ports: [{containerPort: 8080}]', //                35
  '        resources:',
  '          requests: {cpu: 50m, memory: 32Mi}',
  '          limits: {cpu: 100m, memory: 64Mi}',
  '        volumeMounts:',
  '        - {name: shared-data, mountPath: /logs, readOnly: true}', // 40
  '      volumes:',
  '      - name: shared-data',
  '        emptyDir: {sizeLimit: 500Mi}',
  '      - name: cache',
  '        emptyDir: {medium: Memory}', //                    45
);

const report = (text: string, lang: 'en' | 'zh-CN' = 'en', workload = 0) =>
  reviewReport(analyze(text), workload, lang, { fileName: 'web.yaml' });

describe('reviewReport', () => {
  const md = report(WEB);

  it('opens with the workload summary', () => {
    expect(md).toContain(
      [
        '# podscope review: Deployment/web',
        '',
        '- **Workload:** Deployment/web',
        '- **Namespace:** shop',
        '- **File:** web.yaml',
        '- **Pod spec:** `spec.template.spec`',
        '- **Document:** 0 (starts at line 1)',
      ].join('\n'),
    );
  });

  it('lists the containers in start order with their roles', () => {
    expect(md).toContain(
      [
        '| migrate | init container #1 | `flyway:10` | cpu 2, memory 256Mi | cpu 2, memory 256Mi |',
        '| proxy | native sidecar #2 (service-mesh proxy) | `envoyproxy/envoy:v1.31.0` | cpu 100m, memory 128Mi | cpu 200m, memory 128Mi |',
        '| app | app container | `shop:1.2.3` | cpu 500m, memory 512Mi | cpu 1, memory 1Gi |',
        '| shipper | app container | `busybox:1.36` | cpu 50m, memory 32Mi | cpu 100m, memory 64Mi |',
      ].join('\n'),
    );
  });

  it('gives the QoS class and the pod’s effective requests and limits', () => {
    // Requests: running = app 500m + shipper 50m + proxy 100m = 650m, but migrate alone asks
    // for 2 CPUs before anything else runs, so the pod needs 2; memory 512+32+128 = 672Mi
    // beats migrate's 256Mi. Limits: 1 + 100m + 200m = 1.3 CPU < 2; 1Gi + 64Mi + 128Mi = 1216Mi.
    expect(md).toContain('QoS class: **Burstable**.');
    expect(md).toContain(['| `cpu` | 2 | 2 |', '| `memory` | 672Mi | 1216Mi |'].join('\n'));
  });

  it('gives the Pod Security level and a row for each failed check', () => {
    expect(md).toContain(
      [
        '## Pod Security',
        '',
        'Pod Security Standards level: **baseline** (policy version 1.35). The pod passes every baseline check',
      ].join('\n'),
    );
    expect(md).toMatch(
      /\| Privilege escalation \| restricted \| migrate, proxy, app, shipper \| A container does not set/,
    );
    expect(report(WEB, 'zh-CN')).toContain('Pod 安全标准级别：**baseline**（策略版本 1.35）。');
  });

  it('names no failed check for a restricted pod and the pod itself for a pod-level field', () => {
    const pod = (spec: string[]) =>
      report(
        yaml(
          'apiVersion: v1',
          'kind: Pod',
          'metadata: {name: p}',
          'spec:',
          ...spec,
          '  containers:',
          '  - name: app',
          '    image: app:1',
          '    securityContext:',
          '      allowPrivilegeEscalation: false',
          '      capabilities: {drop: [ALL]}',
        ),
      );
    const restricted = pod([
      '  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}',
    ]);
    expect(restricted).toContain('Pod Security Standards level: **restricted**');
    expect(restricted).not.toContain('| Check | Level |');
    const host = pod([
      '  hostNetwork: true',
      '  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}',
    ]);
    expect(host).toContain('Pod Security Standards level: **privileged**');
    expect(host).toMatch(/\| Host namespaces \| baseline \| the pod \|/);
  });

  it('shows the shared namespaces and the ports with their clash', () => {
    expect(md).toContain(
      [
        '| Network | pod | one IP address: they reach each other on localhost, and no two may bind one port |',
        '| IPC | pod | System V shared memory and semaphores, POSIX message queues |',
        '| UTS | pod | one hostname: web-&lt;random&gt; |',
        '| PID | — | not shared: each container sees only its own processes |',
      ].join('\n'),
    );
    expect(md).toContain(
      [
        '| `15001/TCP` | proxy | — | — | — |',
        '| `8080/TCP` | app | http | — | **clash** |',
        '| `8080/TCP` | shipper | — | — | **clash** |',
      ].join('\n'),
    );
  });

  it('shows who mounts each volume where, and marks the shared one', () => {
    expect(md).toContain(
      '| shared-data | `emptyDir` (sizeLimit 500Mi) | — | app → `/data` (read-write)<br>shipper → `/logs` (read-only) | **shared** |',
    );
    expect(md).toContain('| cache | `emptyDir` (medium Memory) | — | not mounted | — |');
  });

  it('has a findings table with severity, rule, line, message and fix', () => {
    expect(md).toContain(
      '| warning | `port-clash` | 35 | containers app and shipper both declare port 8080/TCP: they share one network namespace, so whichever binds second fails with "address already in use" | Give each listener its own port (change the application’s listen port and containerPort together), or remove the duplicate declaration. |',
    );
  });

  it('ends with kubectl commands filled in with the real names', () => {
    for (const line of [
      'kubectl exec -n shop deploy/web -c proxy -- hostname',
      'kubectl exec -n shop deploy/web -c shipper -- hostname',
      'kubectl exec -n shop deploy/web -c app -- ipcs -m',
      'kubectl exec -n shop deploy/web -c app -- ipcs -s',
      'kubectl exec -n shop deploy/web -c app -- ls -l /dev/shm',
      'kubectl debug -it -n shop <pod> --image=busybox:1.36 --target=proxy -- wget -O- http://localhost:15001/',
      'kubectl debug -it -n shop <pod> --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
      'kubectl exec -n shop deploy/web -c shipper -- ls -l /logs',
      'kubectl debug -it -n shop <pod> --image=busybox:1.36 --target=app',
    ])
      expect(md.split('\n')).toContain(line);
    // The init container has exited by the time anyone runs these.
    expect(md).not.toContain('-c migrate');
    expect(md).toContain('`<pod>` stands for the name of one of the workload’s pods');
    // Each command says what it needs from the image, or that it brings its own.
    expect(md).toContain('# needs ipcs in the image (busybox, alpine have it)');
    expect(md).toContain('# runs wget in a busybox:1.36 debug container: works next to any image');
  });

  it('leaves the commands out on request', () => {
    const bare = reviewReport(analyze(WEB), 0, 'en', { commands: false });
    expect(bare).not.toContain('kubectl exec');
    expect(bare).not.toContain('- **File:**');
  });

  it('speaks Chinese throughout, commands unchanged', () => {
    const zh = report(WEB, 'zh-CN');
    expect(zh).toContain('# podscope 评审报告：Deployment/web');
    expect(zh).toContain('- **命名空间：** shop');
    expect(zh).toContain('QoS 类：**Burstable**。设置了部分请求或限制，但并不都相等');
    // The kubelet ranks by usage above requests, then priority: QoS is only an estimate.
    expect(zh).toContain('kubelet 先驱逐用量超过请求的 Pod');
    expect(zh).toContain(
      '| shared-data | `emptyDir`（sizeLimit 500Mi） | — | app → `/data`（读写）<br>shipper → `/logs`（只读） | **共享** |',
    );
    expect(zh).toContain(
      '| 警告 | `port-clash` | 35 | 容器 app 和 shipper 都声明了端口 8080/TCP：它们共用一个网络命名空间，后绑定的那个会失败，报错 "address already in use" | 让每个监听者用各自的端口（应用的监听端口和 containerPort 一起改），或者删掉重复的声明。 |',
    );
    expect(zh).toContain('# 从调试容器通过 localhost 访问 app 的 8080 端口（同一个网络命名空间）');
    expect(zh).toContain('# 镜像里需要有 ipcs（busybox、alpine 里有）');
    expect(zh.split('\n')).toContain(
      'kubectl debug -it -n shop <pod> --image=busybox:1.36 --target=app -- wget -O- http://localhost:8080/',
    );
  });

  it('escapes Markdown and HTML in names, and keeps commands inside their fence', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: "<img src=x>"',
      'spec:',
      '  containers:',
      '  - name: "a|b*`c```"',
      '    image: nginx:1.27',
    );
    const out = report(text);
    expect(out).toContain('# podscope review: Pod/&lt;img src=x&gt;');
    // Outside code fences (where text is literal) no tag survives.
    expect(out.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, '')).not.toContain('<img');
    expect(out).toContain('| a\\|b\\*\\`c\\`\\`\\` | app container |');
    // A fence of four backticks: the three in the name cannot close it.
    expect(out).toContain('````sh\n# Hostname that a|b*`c``` sees');
    expect(out).toContain("kubectl exec '<img src=x>' -c 'a|b*`c```' -- hostname");
  });
});

describe('reviewReport lists every finding of the input', () => {
  const listsEvery = (text: string) => () => {
    const result = analyze(text);
    for (const lang of ['en', 'zh-CN'] as const) {
      const md = reviewReport(result, 0, lang);
      for (const f of localizeFindings(result.findings, lang))
        expect(md).toContain(`| ${escapeText(f.message)} |`);
    }
  };
  it('web', listsEvery(WEB));
  for (const [name, text] of corpusFilesIfPresent())
    if (analyze(text).workloads.length > 0) it(name, NEEDS_CORPUS, listsEvery(text));

  it('puts the findings of other workloads and documents in a second table', () => {
    const text = [
      WEB,
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: other}',
      'spec:',
      '  containers:',
      '  - {name: x, image: nginx}',
      '---',
      'a: [1',
      '',
    ].join('\n');
    const result = analyze(text);
    const md = reviewReport(result, 0, 'en');
    const [mine, others] = md.split('### Other findings in this input');
    expect(others).toContain('| warning | `latest-tag` | 1 |');
    expect(others).toContain('| error | `yaml-syntax` | 2 |');
    expect(mine).toContain('`port-clash`');
    expect(mine).not.toContain('`latest-tag`');
  });
});
