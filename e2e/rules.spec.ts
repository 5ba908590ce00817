import { expect, test } from './fixtures';
import { RulesPage } from './pages/rules';

// A Deployment and the Service in front of it, whose selector has a typo in the label value.
const shop = `apiVersion: apps/v1
kind: Deployment
metadata: { name: shop }
spec:
  selector: { matchLabels: { app: shop } }
  template:
    metadata: { labels: { app: shop } }
    spec:
      containers:
        - name: shop
          image: shop:1.4
          ports: [{ name: http, containerPort: 8080 }]
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 200m, memory: 128Mi }
          securityContext: { allowPrivilegeEscalation: false }
---
apiVersion: v1
kind: Service
metadata: { name: shop }
spec:
  selector: { app: shpo }
  ports: [{ port: 80, targetPort: http }]
`;

// Loading, editing and switching language on a shared, busy machine: generous time.
test.describe.configure({ timeout: 90_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test.describe('findings across documents', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a Service that selects nothing is a finding on the Service, gone once the selector matches', async ({
    page,
  }) => {
    const r = new RulesPage(page);
    await r.load('shop.yaml', shop, 'shop');
    const row = r.rows('service-selects-nothing');
    await expect(row).toHaveCount(1, { timeout: 30_000 });
    await expect(row).toHaveAttribute('data-severity', 'warning');
    // Nothing is selected, so the port name is not judged.
    await expect(r.rows('service-target-port-unknown')).toHaveCount(0);

    await r.open('service-selects-nothing');
    await expect(r.inspector.inspector).toContainText(
      'Service shop selects pods labelled app=shpo',
    );
    await expect(r.inspector.inspector).toContainText('spec.template.metadata.labels');
    await r.screenshot('selects-nothing-en');

    await r.i18n.switchTo('简体中文');
    await expect(r.inspector.inspector).toContainText('Service shop 选择带有标签 app=shpo 的 Pod');
    await r.screenshot('selects-nothing-zh');
    await r.i18n.switchTo('English');

    // Fixing the other document's typo clears the finding: it is decided on the whole input.
    await r.app.replaceText(shop, 'app: shpo', 'app: shop');
    await expect(row).toHaveCount(0, { timeout: 30_000 });
  });

  test('a targetPort name no selected container declares is reported at the name', async ({
    page,
  }) => {
    const r = new RulesPage(page);
    const text = shop
      .replace('app: shpo', 'app: shop')
      .replace('targetPort: http', 'targetPort: web');
    await r.load('shop.yaml', text, 'shop');
    const row = r.rows('service-target-port-unknown');
    await expect(row).toHaveCount(1, { timeout: 30_000 });
    await r.open('service-target-port-unknown');
    await expect(r.inspector.inspector).toContainText(
      'Service shop sends port 80 to the container port named web (TCP)',
    );
    await expect(r.rows('service-selects-nothing')).toHaveCount(0);
    await r.screenshot('target-port-en');
  });
});
