import { expect, test } from './fixtures';
import { TeachPage } from './pages/teach';

// Every container role, a shared PID namespace, a memory-backed volume at two paths, and two
// containers on one port.
const roles = `apiVersion: v1
kind: Pod
metadata: { name: teach-demo }
spec:
  shareProcessNamespace: true
  initContainers:
    - name: migrate
      image: flyway/flyway:10
    - name: proxy
      image: envoyproxy/envoy:v1.31.2
      restartPolicy: Always
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: cache, mountPath: /cache }]
    - name: tool
      image: busybox:1.36
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: cache, mountPath: /var/cache/tool, readOnly: true }]
  ephemeralContainers:
    - name: debugger
      image: busybox:1.36
      targetContainerName: web
  volumes:
    - name: cache
      emptyDir: { medium: Memory }
`;

// The node's network and IPC instead of the pod's.
const host = `apiVersion: v1
kind: Pod
metadata: { name: node-agent, namespace: monitoring }
spec:
  hostNetwork: true
  hostIPC: true
  containers:
    - name: exporter
      image: prom/node-exporter:v1.8.2
`;

const SECTIONS = [
  'What it is, what is shared',
  'Why it matters',
  'In everyday terms',
  'See it on a live cluster',
  'Using it well',
  'Read more',
];

test.describe('teaching in the inspector', () => {
  // A laptop-sized window, so the screenshots show the sections a person reads.
  test.use({ viewport: { width: 1440, height: 900 } });

  test('explains each hub of the default example with the real names', async ({ page }) => {
    const t = new TeachPage(page);
    await t.open();

    await t.select('namespace', 'network');
    expect(await t.headings()).toEqual(expect.arrayContaining(SECTIONS));
    await expect(t.section('What it is, what is shared')).toContainText('localhost');
    await expect(t.section('In everyday terms')).toContainText('flat');
    const network = await t.commandLines();
    expect(network).toContain('kubectl exec pod-demo -c app -- hostname -i');
    expect(network).toContain(
      'kubectl exec pod-demo -c log-shipper -- wget -O- http://localhost:8080/',
    );
    await t.screenshot('network-en');

    await t.select('namespace', 'ipc');
    expect(await t.commandLines()).toEqual(
      expect.arrayContaining([
        'kubectl exec pod-demo -c app -- ipcs -m',
        'kubectl exec pod-demo -c log-shipper -- ipcs -m',
        'kubectl exec pod-demo -c app -- ipcs -s',
      ]),
    );

    await t.select('namespace', 'uts');
    expect(await t.commandLines()).toEqual([
      'kubectl exec pod-demo -c app -- hostname',
      'kubectl exec pod-demo -c log-shipper -- hostname',
      'kubectl exec pod-demo -c prom-agent -- hostname',
    ]);
    // The facts of this pod stay: the hostname every container sees.
    await expect(t.inspector).toContainText('pod-demo');
  });

  test('explains the PID hub, every container role, a volume and a finding', async ({ page }) => {
    const t = new TeachPage(page);
    await t.open();
    await t.upload('teach-demo.yaml', roles);
    await expect(t.node('pod', 'teach-demo')).toBeVisible();

    await t.select('namespace', 'pid');
    await expect(t.section('Traps and tips')).toContainText('kill -HUP 1');
    expect(await t.commandLines()).toContain(
      'kubectl exec teach-demo -c web -- ps -eo pid,ppid,user,stat,comm',
    );

    const roleCommands: [string, string][] = [
      ['migrate', 'kubectl logs teach-demo -c migrate'],
      ['proxy', 'kubectl logs teach-demo -c proxy -f'],
      ['web', 'kubectl exec -it teach-demo -c web -- sh'],
      ['debugger', 'kubectl debug -it teach-demo --image=busybox:1.36 --target=web'],
    ];
    for (const [name, command] of roleCommands) {
      await t.select('container', name);
      await expect(t.inspector.getByRole('heading', { level: 2 })).toHaveText(name);
      expect(await t.commandLines(), name).toContain(command);
      expect(await t.headings()).toEqual(expect.arrayContaining(SECTIONS));
    }
    await t.reveal('See it on a live cluster');
    // Only the inspector scrolls: the page itself stays put, header and all.
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
    await t.screenshot('ephemeral-en');

    await t.select('volume', 'cache');
    await expect(t.section('What it is, what is shared')).toContainText('tmpfs');
    expect(await t.commandLines()).toEqual(
      expect.arrayContaining([
        'kubectl exec teach-demo -c web -- ls -l /cache',
        'kubectl exec teach-demo -c tool -- ls -l /var/cache/tool',
      ]),
    );

    await t.selectFinding('port-clash');
    const headings = await t.headings();
    expect(headings).toEqual(
      expect.arrayContaining(['Behind the rule', 'See it on a live cluster']),
    );
    // The finding's facts say the fix; the lesson does not repeat it.
    expect(headings).not.toContain('How to fix it');
    expect(await t.commandLines()).toContain('kubectl logs teach-demo -c tool --previous');
    await t.reveal('Behind the rule');
    await t.screenshot('finding-en');
  });

  test('explains host-scoped hubs and the node', async ({ page }) => {
    const t = new TeachPage(page);
    await t.open();
    await t.upload('node-agent.yaml', host);
    await expect(t.node('pod', 'node-agent')).toBeVisible();

    await t.select('host', 'node');
    await expect(t.section('What it is, what is shared')).toContainText('hostNetwork');
    expect(await t.commandLines()).toContain(
      'kubectl label --dry-run=server --overwrite ns monitoring pod-security.kubernetes.io/enforce=baseline',
    );

    await t.selectFinding('host-ipc');
    await expect(t.section('Behind the rule')).toContainText('node’s IPC namespace');
    expect(await t.commandLines()).toContain(
      'kubectl exec -n monitoring node-agent -c exporter -- ipcs -m',
    );
  });

  test('copies one command, or all of them, to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const t = new TeachPage(page);
    await t.open();
    await t.select('namespace', 'uts');
    await t.openSection('See it on a live cluster');

    const line = 'kubectl exec pod-demo -c log-shipper -- hostname';
    await t.copyButton(line).click();
    await expect(t.copyButton(line)).toHaveText('✓ Copied');
    expect(await t.clipboard()).toBe(line);

    // From the keyboard too.
    const other = 'kubectl exec pod-demo -c app -- hostname';
    await t.copyButton(other).focus();
    await page.keyboard.press('Enter');
    await expect(t.copyButton(other)).toHaveText('✓ Copied');
    expect(await t.clipboard()).toBe(other);

    await t.copyAllButton('Copy all commands').click();
    await expect(t.inspector.getByRole('button', { name: '✓ Copied 3 commands' })).toBeVisible();
    const all = await t.clipboard();
    expect(all).toBe(
      [
        '# The hostname app sees (the same in every container)',
        'kubectl exec pod-demo -c app -- hostname',
        '',
        '# The hostname log-shipper sees (the same in every container)',
        'kubectl exec pod-demo -c log-shipper -- hostname',
        '',
        '# The hostname prom-agent sees (the same in every container)',
        'kubectl exec pod-demo -c prom-agent -- hostname',
        '',
      ].join('\n'),
    );
    await t.screenshot('copied-en');
  });

  test('links the Kubernetes documentation in a new tab', async ({ page }) => {
    const t = new TeachPage(page);
    await t.open();
    await t.select('volume', 'shared-data');
    const link = t.docsLinks().first();
    await expect(link).toHaveAttribute(
      'href',
      'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
    );
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('teaches in Chinese with the same commands', async ({ page }) => {
    const t = new TeachPage(page);
    await t.open();
    await t.select('namespace', 'network');
    const english = await t.commandLines();

    await t.switchLanguage('简体中文');
    expect(await t.headings()).toEqual(
      expect.arrayContaining([
        '是什么，共享了什么',
        '为什么重要',
        '打个比方',
        '在集群上亲眼看看',
        '正确用法',
        '延伸阅读',
      ]),
    );
    await expect(t.section('打个比方')).toContainText('门牌号');
    expect(await t.commandLines()).toEqual(english);
    await expect(t.inspector).toContainText('每个容器都一样');
    await expect(t.docsLinks().first()).toHaveAttribute(
      'href',
      'https://kubernetes.io/zh-cn/docs/concepts/workloads/pods/#pod-networking',
    );
    await t.reveal('在集群上亲眼看看');
    await t.screenshot('network-zh');

    await t.selectFinding('sidecar-without-limits');
    const headings = await t.headings();
    expect(headings).toContain('规则背后的原理');
    // The finding's facts say the fix; the lesson does not repeat it.
    expect(headings).not.toContain('如何修复');
    await expect(t.section('陷阱与技巧')).toContainText('CPU 限制（limit）');
    await t.screenshot('finding-zh');

    await t.select('pod', 'pod-demo');
    await expect(t.section('陷阱与技巧')).toContainText('放同一个 Pod，还是走 Service？');
    await t.reveal('陷阱与技巧');
    await t.screenshot('pod-zh');
  });

  test('reads well in the dark theme, and gives the projector the graph alone', async ({
    page,
  }) => {
    const t = new TeachPage(page);
    await t.open();
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await t.select('namespace', 'ipc');
    await expect(t.section('In everyday terms')).toContainText('whiteboard');
    await t.screenshot('dark');
    await t.reveal('See it on a live cluster');
    await t.screenshot('dark-commands');
    // Presentation mode shows the graph alone; leaving it brings the lesson back where it was.
    await page.getByRole('button', { name: /^Present/ }).click();
    await expect(t.inspector).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(t.section('In everyday terms')).toContainText('whiteboard');
  });
});
