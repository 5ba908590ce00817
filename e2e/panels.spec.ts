import { expect, test } from './fixtures';
import { PanelsPage } from './pages/panels';

// Three containers in one pod: app and agent both declare 8080 (one network namespace, one
// port), the log shipper reads the app's volume read-only, and the agent's :latest image is
// suppressed with a reason.
const shop = `apiVersion: v1
kind: Pod
metadata:
  name: shop
  annotations:
    podscope.io/ignore: "latest-tag:agent # pinned by digest at deploy time"
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
      resources:
        requests: { cpu: 250m, memory: 256Mi }
        limits: { cpu: 500m, memory: 256Mi }
      securityContext: { allowPrivilegeEscalation: false }
      volumeMounts:
        - name: shared-data
          mountPath: /data
    - name: log-shipper
      image: busybox:1.36
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 100m, memory: 64Mi }
      securityContext: { allowPrivilegeEscalation: false }
      volumeMounts:
        - name: shared-data
          mountPath: /logs
          readOnly: true
    - name: agent
      image: prom/prometheus:latest
      ports:
        - containerPort: 8080
      resources:
        requests: { cpu: 50m, memory: 64Mi }
        limits: { cpu: 100m, memory: 128Mi }
      securityContext: { allowPrivilegeEscalation: false }
  volumes:
    - name: shared-data
      emptyDir:
        sizeLimit: 500Mi
`;

// A Deployment whose limits equal its requests (Guaranteed) and a Pod with no resources at all
// (BestEffort), in two documents.
const twoWorkloads = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            limits: { cpu: 100m, memory: 128Mi }
          securityContext: { allowPrivilegeEscalation: false }
---
apiVersion: v1
kind: Pod
metadata: { name: worker }
spec:
  containers:
    - name: worker
      image: busybox:1.36
      securityContext: { allowPrivilegeEscalation: false }
`;

// Two containers with no resources, neither setting allowPrivilegeEscalation: each container's
// three resources findings are one cause, and privilege-escalation on both is one rule.
const bare = `apiVersion: v1
kind: Pod
metadata: { name: bare }
spec:
  containers:
    - name: app
      image: nginx:1.27
    - name: side
      image: busybox:1.36
`;

/** 1-based line of the nth (1-based) line of `text` that contains `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
  const hits = text
    .split('\n')
    .map((line, i) => (line.includes(needle) ? i + 1 : 0))
    .filter((n) => n > 0);
  return hits[nth - 1] ?? -1;
}

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test('clicking a finding puts the editor cursor on its line and explains the rule', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('shop.yaml', shop);
  await expect(panels.podNode).toHaveAttribute('data-name', 'shop');

  // The clash is reported where the second declaration is: the agent's containerPort.
  const clashLine = lineOf(shop, 'containerPort: 8080', 2);
  const clash = panels.finding('port-clash');
  await expect(clash).toHaveCount(1);
  await expect(clash).toHaveAttribute('data-severity', 'warning');
  await expect(clash).toContainText(`${clashLine}:`);
  await clash.click();

  await expect(clash).toHaveAttribute('aria-current', 'true');
  await expect(panels.activeLine).toHaveCount(1);
  await expect(panels.activeLine).toHaveText(/containerPort: 8080/);
  await expect(panels.activeLineNumber).toHaveText(String(clashLine));

  await expect(panels.inspectorTitle).toHaveText('port-clash');
  await expect(panels.inspector).toContainText('address already in use');
  // The documentation link is in the explanation's last section, closed until opened.
  await panels.inspector.getByRole('button', { name: 'Read more', exact: true }).click();
  await expect(
    panels.inspector.getByRole('link', { name: 'Kubernetes documentation' }),
  ).toHaveAttribute('href', /^https:\/\/kubernetes\.io\//);
  await panels.screenshot('finding');
});

test('findings are grouped by severity; suppressed ones stay visible, greyed, with the reason', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('shop.yaml', shop);

  await expect(panels.group('error')).toHaveCount(0);
  const warnings = panels.group('warning');
  await expect(warnings.getByRole('heading')).toContainText('Warnings');
  await expect(warnings.getByRole('heading')).toContainText('1 suppressed');
  // Active findings first, the suppressed one after them.
  await expect(warnings.locator('[data-rule-id]')).toHaveCount(2);
  await expect(warnings.locator('[data-rule-id]').nth(0)).toHaveAttribute(
    'data-rule-id',
    'port-clash',
  );
  const latest = panels.finding('latest-tag');
  await expect(latest).toHaveAttribute('data-suppressed', 'true');
  await expect(latest).toContainText('suppressed: pinned by digest at deploy time');

  // One Tab stop; the arrow keys move between the rows, Enter selects.
  await panels.finding('port-clash').focus();
  await page.keyboard.press('ArrowDown');
  await expect(latest).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(panels.finding('port-clash')).toBeFocused();
  await page.keyboard.press('End');
  await expect(latest).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(latest).toHaveAttribute('aria-current', 'true');
  await expect(panels.inspectorTitle).toHaveText('latest-tag');
});

test('clicking a container shows its mounts; a volume shows who mounts it where', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('shop.yaml', shop);

  // Nothing selected: the pod, its QoS class and why.
  await expect(panels.inspector).toHaveAttribute('data-inspector', 'pod');
  await expect(panels.inspector).toContainText('Burstable');
  await expect(panels.inspector).toContainText('app requests 250m of cpu but limits it to 500m');

  await panels.node('container', 'log-shipper').click();
  await expect(panels.inspectorTitle).toHaveText('log-shipper');
  await expect(panels.inspector).toContainText('app container');
  await expect(panels.rows('mounts')).toHaveCount(1);
  await expect(panels.rows('mounts').first().locator('td')).toHaveText([
    'shared-data',
    '/logs',
    'ro',
    '',
  ]);
  // It shares the volume with the app, which writes it at another path.
  await expect(panels.inspector).toContainText('app /data (rw)');
  await panels.screenshot('container');

  await panels.inspector.getByRole('button', { name: 'Select shared-data' }).first().click();
  await expect(panels.inspector).toHaveAttribute('data-inspector', 'volume');
  await expect(panels.inspectorTitle).toHaveText('shared-data');
  await expect(panels.inspector).toContainText('yes, by 2 containers');
  await expect(panels.rows('mounts').locator('td:first-child')).toHaveText(['app', 'log-shipper']);
  await expect(panels.rows('mounts').locator('td:nth-child(2)')).toHaveText(['/data', '/logs']);
  await expect(panels.inspector).toContainText('kubectl exec shop -c app -- df -h /data');
  await panels.screenshot('volume');
});

test('a port chip says whom it clashes with; the network hub lists every port', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('shop.yaml', shop);
  await panels.screenshot('pod');

  await page.locator('[data-port="8080/TCP"][data-container="agent"]').click();
  await expect(panels.inspector).toHaveAttribute('data-inspector', 'port');
  await expect(panels.inspectorTitle).toHaveText('8080/TCP · agent');
  await expect(panels.inspector).toContainText('Also declared by app');
  await expect(panels.inspector).toContainText('address already in use');
  await expect(panels.inspector.locator('[data-related-rule="port-clash"]')).toHaveCount(1);
  await panels.screenshot('port');

  await panels.inspector.getByRole('button', { name: 'Select Network namespace' }).click();
  await expect(panels.inspector).toHaveAttribute('data-inspector', 'namespace');
  await expect(panels.inspector).toContainText('one IP address, one localhost');
  await expect(panels.rows('ports').locator('td:nth-child(2)')).toHaveText(['app', 'agent']);
  await expect(panels.rows('ports').locator('td:nth-child(4)')).toHaveText(['yes', 'yes']);
});

test('the workload picker switches workloads of a multi-document input', async ({ page }) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('two.yaml', twoWorkloads);

  await expect(panels.workloadPicker).toBeVisible();
  await expect(panels.workloadPicker.locator('option')).toHaveText([
    'Deployment web · doc 1',
    'Pod worker · doc 2',
  ]);
  await expect(panels.podNode).toHaveAttribute('data-name', 'web');
  await expect(panels.status('qos')).toHaveText('QoS Guaranteed');

  await panels.workloadPicker.selectOption({ label: 'Pod worker · doc 2' });
  await expect(panels.podNode).toHaveAttribute('data-name', 'worker');
  await expect(panels.inspectorTitle).toHaveText('worker');
  await expect(panels.status('qos')).toHaveText('QoS BestEffort');
  // Two workload documents: each finding says which one it is about.
  await expect(panels.finding('best-effort-pod')).toContainText('Pod worker');
  await panels.screenshot('picker');
});

test('the status line counts documents, workloads and findings, and says when it is stale', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('shop.yaml', shop);

  await expect(panels.status('documents')).toHaveText('1 document');
  await expect(panels.status('workloads')).toHaveText('1 workload');
  await expect(panels.status('findings')).toHaveText('2 findings:');
  await expect(panels.status('error')).toHaveText('0 errors');
  await expect(panels.status('warning')).toHaveText('1 warning');
  await expect(panels.status('info')).toHaveText('0 info');
  await expect(panels.status('suppressed')).toHaveText('1 suppressed');
  await expect(panels.status('qos')).toHaveText('QoS Burstable');
  await expect(panels.status('source')).toHaveText('Source: shop.yaml');
  await expect(panels.status('stale')).toHaveCount(0);

  // An unclosed flow sequence: the YAML no longer parses.
  await panels.typeAtEnd('\nbroken: [');
  await expect(panels.status('stale')).toBeVisible();
  await expect(panels.status('error')).toHaveText('1 error');
  await panels.screenshot('status');
});

test('findings with one cause, or one rule on many containers, are one group that opens with a click or a key', async ({
  page,
}) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('bare.yaml', bare);
  await expect(panels.podNode).toHaveAttribute('data-name', 'bare');

  // Eight findings, three groups, each counting what it holds. A container's resources group
  // shows its findings at first; the same rule on both containers starts closed.
  await expect(panels.status('findings')).toHaveText('8 findings in 3 groups:');
  await expect(panels.findings.locator('[data-rule-id]')).toHaveCount(8);
  const app = 'resources:0:spec.containers[0]';
  const heading = panels.causeHeading(app);
  await expect(heading).toHaveAttribute('aria-expanded', 'true');
  await expect(heading).toContainText('container app has no resources');
  await expect(heading).toContainText('3');
  await expect(heading).toHaveAccessibleName(/, 3 findings$/);
  await expect(panels.causeGroup(app)).toContainText('One edit fixes them all');
  const rows = panels.causeGroup(app).locator('[data-rule-id]');
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('data-severity', 'warning');
  }
  await expect(panels.causeGroup(app).locator('[data-rule-id="best-effort-pod"]')).toHaveCount(1);
  const rule = 'rule:privilege-escalation:info';
  const ruleHeading = panels.causeHeading(rule);
  await expect(ruleHeading).toHaveAttribute('aria-expanded', 'false');
  await expect(ruleHeading).toContainText('privilege-escalation on 2 containers');
  const ruleRows = panels.causeGroup(rule).locator('[data-rule-id]');
  await expect(ruleRows).toHaveCount(2);
  for (const row of await ruleRows.all()) await expect(row).toBeHidden();
  await panels.screenshot('groups');

  // A click closes and opens a group; each finding keeps its own row and hooks.
  await heading.click();
  await expect(heading).toHaveAttribute('aria-expanded', 'false');
  for (const row of await rows.all()) await expect(row).toBeHidden();
  await heading.click();
  await expect(heading).toHaveAttribute('aria-expanded', 'true');
  await expect(rows.first()).toBeVisible();

  // The keyboard: Enter and Space toggle a heading, the arrows walk headings and open rows.
  await ruleHeading.focus();
  await page.keyboard.press('Enter');
  await expect(ruleHeading).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(ruleRows.first()).toBeFocused();
  await expect(ruleRows.first()).toHaveAttribute('data-severity', 'info');
  await page.keyboard.press('ArrowUp');
  await expect(ruleHeading).toBeFocused();
  await page.keyboard.press('Space');
  await expect(ruleHeading).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(ruleHeading).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(ruleHeading).toHaveAttribute('aria-expanded', 'false');

  // A finding chosen elsewhere (the inspector's list) opens its group and is the current row.
  const side = 'resources:0:spec.containers[1]';
  await panels.causeHeading(side).click();
  await expect(panels.causeHeading(side)).toHaveAttribute('aria-expanded', 'false');
  await panels.node('container', 'side').click();
  await panels.inspector.locator('[data-related-rule="sidecar-without-limits"]').click();
  await expect(panels.causeHeading(side)).toHaveAttribute('aria-expanded', 'true');
  const chosen = panels.causeGroup(side).locator('[data-rule-id="sidecar-without-limits"]');
  await expect(chosen).toBeVisible();
  await expect(chosen).toHaveAttribute('aria-current', 'true');
});

test('groups speak Chinese too', async ({ page }) => {
  const panels = new PanelsPage(page);
  await panels.open();
  await panels.upload('bare.yaml', bare);
  await page.locator('[data-lang-switch]').getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const heading = page.locator('[data-finding-group="resources:0:spec.containers[0]"] > button');
  await expect(heading).toContainText('容器 app 没有设置资源');
  await expect(heading).toHaveAccessibleName(/，3 个问题$/);
  await expect(
    page.locator('[data-finding-group="rule:privilege-escalation:info"] > button'),
  ).toContainText('涉及 2 个容器');
  await expect(page.locator('[data-status="findings"]')).toHaveText('8 个问题，分为 3 组：');
  await panels.screenshot('groups-zh');
});
