import { expect, test } from './fixtures';
import { ServicesPage } from './pages/services';

// A Deployment and the Service in front of it, in one file: the Service targets the app's port
// by name.
const SHOP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      containers:
        - name: app
          image: shop:1.4
          ports:
            - { name: http, containerPort: 8080 }
        - name: metrics
          image: exporter:2.1
          ports:
            - { name: scrape, containerPort: 9100 }
---
apiVersion: v1
kind: Service
metadata:
  name: shop-web
spec:
  selector: { app: shop }
  ports:
    - { port: 80, targetPort: http }
`;

test.describe.configure({ timeout: 120_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test.use({ viewport: { width: 1440, height: 900 } });

test('a Service node is drawn at its target port, and follows an edit of targetPort', async ({
  page,
}) => {
  const s = new ServicesPage(page);
  await s.load('shop.yaml', SHOP, 'shop');
  await expect(s.service('shop-web')).toBeVisible();
  await expect(s.service('shop-web')).toContainText('Service · ClusterIP');
  await expect(s.service('shop-web')).toContainText('80 → 8080/TCP app');

  // The port pill sits at the app container, the one that declares `http`, not at the Service.
  const pill = s.portLabel('8080/TCP');
  await expect(pill).toHaveText('80 → 8080');
  const at = await s.center(pill);
  expect(await s.distance(at, s.container('app'))).toBeLessThan(
    await s.distance(at, s.service('shop-web')),
  );
  expect(await s.distance(at, s.container('app'))).toBeLessThan(
    await s.distance(at, s.container('metrics')),
  );

  // Point the Service at the metrics container's port: the pill moves there.
  const text = await s.i18n.editorText();
  const start = text.indexOf('targetPort: http');
  const before = text.slice(0, start).split('\n');
  await s.editor.selectAt(before.length, before[before.length - 1].length + 13, 4);
  await page.keyboard.type('scrape');
  await expect(s.portLabel('9100/TCP')).toHaveText('80 → 9100');
  await expect(s.portLabel('8080/TCP')).toHaveCount(0);
  const moved = await s.center(s.portLabel('9100/TCP'));
  expect(await s.distance(moved, s.container('metrics'))).toBeLessThan(
    await s.distance(moved, s.container('app')),
  );
});

test('the inspector explains a Service with its real name, in both languages', async ({ page }) => {
  const s = new ServicesPage(page);
  await s.load('shop.yaml', SHOP, 'shop');
  await s.selectService('shop-web');
  const facts = s.inspector.facts;
  await expect(facts).toContainText('app=shop');
  await expect(facts).toContainText('80 → 8080/TCP app');
  await expect(s.inspector.inspector).toContainText(
    'kubectl get endpointslices -l kubernetes.io/service-name=shop-web',
  );

  await s.i18n.switchTo('简体中文');
  await expect(facts).toContainText('选择算符');
  await expect(facts).toContainText('转发到');
});

test('a Service whose selector matches nothing draws no node and is a finding', async ({
  page,
}) => {
  const s = new ServicesPage(page);
  await s.load(
    'shop.yaml',
    SHOP.replace('selector: { app: shop }', 'selector: { app: shoop }'),
    'shop',
  );
  await expect(page.locator('[data-rule-id="service-selects-nothing"]')).toHaveCount(1);
  await expect(s.service('shop-web')).toHaveCount(0);
});
