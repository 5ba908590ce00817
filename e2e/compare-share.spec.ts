import { expect, test, type Page } from './fixtures';
import { ComparePage } from './pages/compare';
import { ExportPage } from './pages/export';
import { SharePage } from './pages/share';

// The shop's Deployment up to the app's memory limit.
const SHOP = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: shop',
  'spec:',
  '  selector:',
  '    matchLabels: { app: shop }',
  '  template:',
  '    metadata:',
  '      labels: { app: shop }',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: ghcr.io/example/shop:4.2.0',
  '          ports:',
  '            - containerPort: 15001',
  '          resources:',
  '            requests: { cpu: 100m, memory: 256Mi }',
];

// Version A: CRLF line ends, a Chinese comment with trailing spaces, a final line break.
const A = [
  '# 商店服务：修改之前   ',
  ...SHOP,
  '            limits: { cpu: 500m, memory: 512Mi }',
  '',
].join('\r\n');

// Version B: LF line ends, no final line break; an Istio-style sidecar on the app's port and
// the app's memory limit halved (with trailing spaces after it).
const B = [
  '# 商店服务：加上边车，内存减半  ',
  ...SHOP,
  '            limits: { cpu: 500m, memory: 256Mi }   ',
  '        - name: istio-proxy',
  '          image: docker.io/istio/proxyv2:1.22.0',
  '          ports:',
  '            - containerPort: 15001',
  '          resources:',
  '            requests: { cpu: 100m, memory: 128Mi }',
  '            limits: { cpu: 500m, memory: 128Mi }',
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every change mark on the graph: which element, what change, and the values it shows. */
function changeMarks(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Pod graph' })
    .locator('[data-kind][data-name][data-change]')
    .evaluateAll((els) =>
      els
        .map(
          (el) =>
            `${el.getAttribute('data-kind')}/${el.getAttribute('data-name')}: ${el.getAttribute('data-change')} ${el.querySelector('[data-change-values]')?.textContent ?? ''}`,
        )
        .sort(),
    );
}

/** B in the editor (uploaded, so its bytes stay), A from a file, and the changes drawn. */
async function compareAB(page: Page): Promise<{ share: SharePage; compare: ComparePage }> {
  const share = new SharePage(page);
  const compare = new ComparePage(page);
  await share.open();
  await share.upload('after.yaml', B);
  await share.waitForText(B);
  await compare.compareWithFile('before.yaml', A);
  await expect(compare.changed('container', 'istio-proxy', 'added')).toBeVisible();
  await expect(compare.changed('container', 'app', 'changed')).toContainText('512Mi → 256Mi');
  return { share, compare };
}

test('the share link of a compare view reopens it exactly in a fresh browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { share } = await compareAB(page);
  const marks = await changeMarks(page);
  expect(marks).toContain('container/istio-proxy: added ');

  const url = await share.share();
  expect(new URL(url).hash).toMatch(/^#v2\./);
  expect(await share.clipboard()).toBe(url);
  await expect(share.status).toContainText('both versions');

  // Someone else, in a browser that has never seen the page.
  const other = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    const page2 = await other.newPage();
    const receiver = new SharePage(page2);
    const compare = new ComparePage(page2);
    await receiver.open(url);
    await receiver.waitForText(B);
    await expect(compare.bar).toBeVisible();
    await expect(compare.bar).toContainText('before.yaml');
    await expect(compare.changed('container', 'app', 'changed')).toContainText('512Mi → 256Mi');
    await expect.poll(() => changeMarks(page2)).toEqual(marks);
    await expect(compare.findingsWith('new').filter({ hasText: 'istio-proxy' })).not.toHaveCount(0);
    await expect(receiver.alert).toHaveCount(0);

    // The review of the change, as the receiver downloads it.
    const exporter = new ExportPage(page2);
    const review = await exporter.download('Change review (Markdown)');
    expect(review.fileName).toBe('deployment-shop-change-review.md');
    const md = review.bytes.toString('utf8');
    expect(md).toContain('before.yaml →');
    expect(md).toMatch(
      /\| container `app` \| ~ changed \| `resources\.limits\[memory\]` \| 512Mi \| 256Mi \|/,
    );
    expect(md).toMatch(/\| container `istio-proxy`[^|]*\| \+ added \|/);
    expect(md).toMatch(/## New findings\n\n[^#]*`port-clash`/);
    expect(md).toContain('```mermaid');

    // The image of the compare graph carries the marks, the changed value and the legend.
    const svgFile = await exporter.download('Graph as SVG image');
    expect(svgFile.fileName).toBe('deployment-shop-changes.svg');
    const svg = svgFile.bytes.toString('utf8');
    const parsed = await exporter.parseSvg(svg);
    expect(parsed.parserError).toBe(false);
    expect(parsed.foreign).toEqual([]);
    const texts = parsed.texts.map((t) => t.text);
    expect(texts.some((t) => t.includes('512Mi → 256Mi'))).toBe(true);
    expect(texts).toContain('Changes from A (before.yaml) to B:');
    // The pod's values past the first, which the page shows on hover, are written out.
    expect(texts.some((t) => t.includes('effective.limits[memory]: 512Mi → 384Mi'))).toBe(true);
    for (const word of ['added', 'removed', 'changed']) expect(texts).toContain(word);
    const groups = await exporter.changedGroups(svg);
    expect(groups).toContain('container/istio-proxy: added');
    expect(groups).toContain('container/app: changed');
    // The legend sits under the graph, inside the image.
    const legend = parsed.texts.find((t) => t.text.startsWith('Changes from A'));
    const lowestCard = Math.max(
      ...parsed.texts.filter((t) => t.text.includes('istio-proxy')).map((t) => t.y),
    );
    expect(legend?.y ?? 0).toBeGreaterThan(lowestCard);
    expect(legend?.y ?? Infinity).toBeLessThan(parsed.viewBox[1] + parsed.viewBox[3]);

    const png = await exporter.download('Graph as PNG image');
    expect(png.fileName).toBe('deployment-shop-changes.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Drawn from the same SVG: as tall as it, legend included, at two pixels per unit.
    expect(png.bytes.readUInt32BE(20)).toBe(Math.round(parsed.height * 2));
    await exporter.screenshotImage(
      `data:image/png;base64,${png.bytes.toString('base64')}`,
      'compare-png',
    );

    // Swapping puts A in the editor: byte for byte what was compared.
    await compare.bar.getByRole('button', { name: 'Swap A and B' }).click();
    await receiver.waitForText(A);
  } finally {
    await other.close();
  }
});

test('the secrets warning covers version A too', async ({ page }) => {
  const share = new SharePage(page);
  const compare = new ComparePage(page);
  await share.open();
  await share.upload('after.yaml', B);
  await share.waitForText(B);
  const withSecret = A.replace(
    '          ports:',
    '          env:\r\n            - { name: DB_PASSWORD, value: hunter2-secret }\r\n          ports:',
  );
  await compare.compareWithFile('before.yaml', withSecret);
  await expect(compare.changed('container', 'istio-proxy', 'added')).toBeVisible();

  await share.shareButton.click();
  await expect(share.secretsDialog).toBeVisible();
  await expect(share.secretsDialog).toContainText('both versions');
  await expect(share.secretItems).toHaveCount(1);
  await expect(share.secretItems.first()).toContainText('DB_PASSWORD');
  await expect(share.secretItems.first()).toContainText('A, line 17');
  await share.secretsDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(share.secretsDialog).toBeHidden();
  expect(await share.fragment()).toBe('');
});

test('a broken compare link is reported and changes nothing', async ({ page, context }) => {
  const { share } = await compareAB(page);
  const url = await share.share();

  const tab = new SharePage(await context.newPage());
  await tab.open(url.slice(0, url.length - 24));
  await expect(tab.alert).toContainText(/share link is (damaged|cut short)/);
  await expect(tab.alert).toContainText('The editor was not changed');
  await expect(tab.page.locator('[data-compare-bar]')).toHaveCount(0);
  expect(await tab.editorText()).toBe(B);
  expect(await tab.fragment()).toBe('');
});

test('editing B, another A or leaving compare takes the link out of the address bar', async ({
  page,
}) => {
  const { share, compare } = await compareAB(page);
  await share.share();
  expect(await share.fragment()).toMatch(/^#v2\./);
  await compare.bar.getByRole('button', { name: 'Leave compare' }).click();
  await expect(compare.bar).toBeHidden();
  expect(await share.fragment()).toBe('');

  // Shared again in compare mode, then B is edited.
  await compare.compareWithFile('before.yaml', A);
  await share.share();
  expect(await share.fragment()).toMatch(/^#v2\./);
  await compare.replaceText(B, 'proxyv2:1.22.0', 'proxyv2:1.22.1');
  await expect.poll(() => share.fragment()).toBe('');
  await expect(compare.bar).toBeVisible();
});

test('a plain link opened in compare mode shows its text alone', async ({ page }) => {
  const { share, compare } = await compareAB(page);
  await compare.bar.getByRole('button', { name: 'Leave compare' }).click();
  const plain = new URL(await share.share()).hash;
  expect(plain).toMatch(/^#v1\./);
  await compare.compareWithFile('before.yaml', A);
  await compare.replaceText(B, 'proxyv2:1.22.0', 'proxyv2:1.22.1');
  await expect.poll(() => share.fragment()).toBe('');

  // The link pasted into the address bar of this page.
  await page.evaluate((hash) => (location.hash = hash), plain);
  await share.waitForText(B);
  await expect(compare.bar).toBeHidden();
});
