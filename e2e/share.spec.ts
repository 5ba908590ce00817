import { expect, test } from './fixtures';
import { example, exampleIds, SECRET_AND_POD } from './manifests';
import { SharePage } from './pages/share';

/** A rendered-chart-sized input: ~200 KB of Deployments, each with a few containers. */
function bigManifest(): string {
  const docs: string[] = [];
  for (let i = 0; docs.join('---\n').length < 200 * 1024; i++) {
    docs.push(
      [
        `# service ${i}: generated for the size test`,
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: svc-${i}`,
        '  labels: { tier: backend }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: app-${i}`,
        `          image: registry.example/app:${i}.0.1`,
        '          ports: [{ containerPort: 8080 }]',
        '          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }',
        '        - name: proxy',
        '          image: envoyproxy/envoy:v1.31.0',
        `          args: ["--service-node", "svc-${i}"]`,
        '',
      ].join('\n'),
    );
  }
  return docs.join('---\n');
}

const CHINESE = `# 订单服务：应用容器和日志收集容器共享一个卷 🚀
apiVersion: v1
kind: Pod
metadata:
  name: 订单-demo
  annotations:
    说明: "同一个 Pod 里的容器共享网络：通过 localhost 访问"
spec:
  containers:
    - name: app
      image: nginx:1.27   # 主容器
      ports: [{ containerPort: 80 }]
`;

const ROUND_TRIPS: { name: string; text: string }[] = [
  { name: 'the default example', text: example('default') },
  { name: 'Windows line breaks (CRLF)', text: example('port-clash').replaceAll('\n', '\r\n') },
  { name: 'Chinese text and an emoji', text: CHINESE },
  {
    name: 'comments, tabs, trailing spaces, mixed line breaks and no final newline',
    text: `# top comment  \napiVersion: v1 # trailing\r\nkind: Pod\nmetadata:\n  name: "tab\there"\nspec:\n  containers: [ { name: a, image: "busybox:1.36" } ]   `,
  },
  {
    name: 'JSON',
    text: JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'json-pod' },
        spec: { containers: [{ name: 'web', image: 'nginx' }] },
      },
      null,
      2,
    ),
  },
  { name: 'a 200 KB rendered chart', text: bigManifest() },
  // Every gallery example too: comments, flow style, block scalars, several documents.
  ...exampleIds()
    .filter((id) => id !== 'default')
    .map((id) => ({ name: `example ${id}.yaml`, text: example(id) })),
];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

for (const { name, text } of ROUND_TRIPS) {
  test(`a share link restores the text byte for byte: ${name}`, async ({ page, browser }) => {
    test.setTimeout(60_000);
    const sender = new SharePage(page);
    await sender.open();
    await sender.upload('shared.yaml', text);
    await sender.waitForText(text);

    const url = await sender.share();
    expect(new URL(url).hash).toMatch(/^#v1\./);
    expect(await sender.clipboard()).toBe(url);
    await expect(sender.secretsDialog).toBeHidden();

    // Someone else, in a browser that has never seen the page.
    const other = await browser.newContext();
    try {
      const receiver = new SharePage(await other.newPage());
      await receiver.open(url);
      await receiver.waitForText(text);
      // Big texts are saved once the page is idle, small ones at once.
      await expect.poll(() => receiver.savedText(), { timeout: 10_000 }).toBe(text);
      await expect(receiver.page.locator('[data-status="source"]')).toContainText('Shared link');
      await expect(receiver.alert).toHaveCount(0);
      if (text.length > 100_000) await receiver.screenshot('big-received');
    } finally {
      await other.close();
    }
  });
}

test('the confirmation says the link was copied and how long it is', async ({ page }) => {
  const app = new SharePage(page);
  await app.open();
  await expect(app.podNode).toBeVisible();
  await app.share();
  await expect(app.status).toContainText(/\(\d+(\.\d)? (B|KB)\)/);
  await app.screenshot('copied');
});

test('a broken link is reported and the saved text stays', async ({ page, context }) => {
  const app = new SharePage(page);
  await app.open();
  const mine = example('shared-volume');
  await app.upload('mine.yaml', mine);
  await app.waitForText(mine);
  const url = await app.share();

  // The same link, cut short on its way (a chat tool that truncates long links).
  const cut = url.slice(0, url.length - 20);
  const tab = new SharePage(await context.newPage());
  await tab.open(cut);
  await expect(tab.alert).toContainText(/share link is (damaged|cut short)/);
  await expect(tab.alert).toContainText('The editor was not changed');
  expect(await tab.editorText()).toBe(mine);
  // This tab has changed nothing: the work saved last is still the user's, untouched.
  expect(await tab.newestSavedText()).toBe(mine);
  await tab.screenshot('broken');
  // The broken link leaves the address bar: a reload shows the saved text without the error.
  expect(await tab.fragment()).toBe('');
  await tab.page.reload();
  await expect(tab.content).toBeVisible();
  await expect(tab.alert).toHaveCount(0);
  expect(await tab.editorText()).toBe(mine);

  // A link from a newer podscope.
  const newer = new SharePage(await context.newPage());
  await newer.open('./#v9.AAAA');
  await expect(newer.alert).toContainText('format v9');
  expect(await newer.editorText()).toBe(mine);
});

test('a link pasted into the address bar of an open page loads too', async ({ page, browser }) => {
  const other = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const sender = new SharePage(await other.newPage());
  await sender.open();
  const text = example('unix-socket');
  await sender.upload('socket.yaml', text);
  await sender.waitForText(text);
  const url = await sender.share();
  await other.close();

  const app = new SharePage(page);
  await app.open();
  await expect(app.podNode).toBeVisible();
  await page.goto(url);
  await app.waitForText(text);
});

test('editing after sharing takes the old link out of the address bar, so a reload keeps the edit', async ({
  page,
}) => {
  const app = new SharePage(page);
  await app.open();
  await expect(app.podNode).toBeVisible();
  await app.share();
  expect(await app.fragment()).toMatch(/^#v1\./);

  await app.content.click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('# edited after sharing\n');
  await expect.poll(() => app.fragment()).toBe('');
  await page.reload();
  await expect(app.content).toContainText('# edited after sharing');
});

test('before sharing secrets, a dialog says what would be shared; Cancel shares nothing', async ({
  page,
}) => {
  const app = new SharePage(page);
  await app.open();
  await app.upload('secret.yaml', SECRET_AND_POD);
  await app.waitForText(SECRET_AND_POD);
  await page.evaluate(() => navigator.clipboard.writeText('before'));

  await app.shareButton.click();
  await expect(app.secretsDialog).toBeVisible();
  // Lines of the values in SECRET_AND_POD: password 7, username 9, DB_PASSWORD's value 21.
  await expect(app.secretItems).toHaveCount(3);
  await expect(app.secretItems.filter({ hasText: 'password' }).first()).toContainText('line 7');
  await expect(app.secretItems.filter({ hasText: 'username' })).toContainText('line 9');
  await expect(app.secretItems.filter({ hasText: 'DB_PASSWORD' })).toContainText('line 21');
  // A reference to a Secret carries no value; a harmless value is not a secret.
  await expect(app.secretsDialog).not.toContainText('API_TOKEN');
  await expect(app.secretsDialog).not.toContainText('LOG_LEVEL');
  // The safe choice has the focus.
  await expect(app.secretsDialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot('secrets');

  await app.secretsDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.secretsDialog).toBeHidden();
  expect(await app.fragment()).toBe('');
  expect(await app.clipboard()).toBe('before');

  // Escape cancels too.
  await app.shareButton.click();
  await expect(app.secretsDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.secretsDialog).toBeHidden();
  expect(await app.fragment()).toBe('');

  await app.shareButton.click();
  await app.secretsDialog.getByRole('button', { name: 'Share anyway' }).click();
  await expect(app.secretsDialog).toBeHidden();
  await expect(app.status).toContainText('Link copied');
  expect(await app.fragment()).toMatch(/^#v1\./);
  expect(await app.clipboard()).toBe(page.url());
});

test('a DB_PASSWORD env value alone is enough for the warning', async ({ page }) => {
  const app = new SharePage(page);
  await app.open();
  const text = example('default').replace(
    '      securityContext:\n        allowPrivilegeEscalation: false\n      volumeMounts:\n        - name: shared-data\n          mountPath: /data',
    '      env:\n        - name: DB_PASSWORD\n          value: "s3cr3t"\n      securityContext:\n        allowPrivilegeEscalation: false\n      volumeMounts:\n        - name: shared-data\n          mountPath: /data',
  );
  expect(text).toContain('DB_PASSWORD');
  await app.upload('env.yaml', text);
  await app.waitForText(text);
  await app.shareButton.click();
  await expect(app.secretsDialog).toBeVisible();
  await expect(app.secretItems).toHaveCount(1);
  // The value sits on the line after the name.
  const line = text.split('\n').findIndex((l) => l.includes('DB_PASSWORD')) + 2;
  await expect(app.secretItems).toContainText('DB_PASSWORD');
  await expect(app.secretItems).toContainText(`line ${line}`);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the warning and the confirmation speak Chinese', async ({ page }) => {
    const app = new SharePage(page);
    await app.open();
    await app.upload('secret.yaml', SECRET_AND_POD);
    await app.waitForText(SECRET_AND_POD);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '这份清单里似乎有敏感信息' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('li[data-secret]').first()).toContainText('第 7 行');
    await app.screenshot('secrets-zh');
    await dialog.getByRole('button', { name: '仍然分享' }).click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeVisible();
  });
});
