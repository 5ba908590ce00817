import { expect, test } from './fixtures';
import { InspectorPage } from './pages/inspector';

// An app container with a :latest image, no securityContext and a port the helper declares too
// (three findings touch it); a volume both mount, at two paths.
const review = `apiVersion: v1
kind: Pod
metadata: { name: review }
spec:
  containers:
    - name: app
      image: nginx:latest
      ports: [{ containerPort: 8080 }]
      resources:
        requests: { cpu: 250m, memory: 256Mi }
        limits: { cpu: 500m, memory: 256Mi }
      readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
      volumeMounts: [{ name: data, mountPath: /data }]
    - name: helper
      image: busybox:1.36
      ports: [{ containerPort: 8080 }]
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 100m, memory: 64Mi }
      securityContext: { allowPrivilegeEscalation: false }
      volumeMounts: [{ name: data, mountPath: /in, readOnly: true }]
  volumes:
    - name: data
      emptyDir: { sizeLimit: 1Gi }
`;

const WHAT = 'What it is, what is shared';
const WHY = 'Why it matters';
const COMMANDS = 'See it on a live cluster';

/** The titles of the open sections, in order. */
const openOnes = (sections: [string, boolean][]): string[] =>
  sections.filter(([, open]) => open).map(([title]) => title);

// Each flow loads the page, a manifest and several elements, some of them twice (reloads): on a
// shared, busy machine that takes longer than the default allows.
test.describe.configure({ timeout: 90_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

async function openReview(i: InspectorPage): Promise<void> {
  await i.open();
  await i.upload('review.yaml', review);
  await i.loaded('review');
}

test.describe('the inspector', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('shows a container’s own values and its findings before the explanation', async ({
    page,
  }) => {
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');

    // Its own values: image and role, requests and limits, ports, mounts, probes, security.
    await expect(i.facts).toContainText('nginx:latest');
    await expect(i.facts).toContainText('app container');
    await expect(i.rows('resources').locator('td')).toHaveText([
      'cpu',
      '250m',
      '500m',
      'memory',
      '256Mi',
      '256Mi',
    ]);
    await expect(i.rows('ports').first().locator('td').first()).toHaveText('8080/TCP');
    await expect(i.rows('mounts').first().locator('td')).toHaveText(['data', '/data', 'rw', '']);
    await expect(i.facts).toContainText('readinessProbe: httpGet → 8080');
    // Nothing set: the effective security context names each default and what it means.
    await expect(i.facts).toContainText('Effective security context');
    await expect(i.facts).toContainText('the root filesystem is writable');

    // The findings that touch it, each with its severity.
    const rules = i.related.locator('[data-related-rule]');
    expect(
      await rules.evaluateAll((els) => els.map((e) => e.getAttribute('data-related-rule'))),
    ).toEqual(expect.arrayContaining(['latest-tag', 'privilege-escalation', 'port-clash']));
    await expect(i.related.locator('[data-related-rule="latest-tag"]')).toContainText('warning');
    await expect(i.related.locator('[data-related-rule="privilege-escalation"]')).toContainText(
      'info',
    );

    // Values, then findings, then the explanation: in the document and on the screen.
    expect(await i.precedes(i.facts, i.related)).toBe(true);
    expect(await i.precedes(i.related, i.lesson)).toBe(true);
    const facts = await i.box(i.facts);
    const related = await i.box(i.related);
    const firstHeader = await i.box(i.header(WHAT));
    expect(facts.bottom).toBeLessThanOrEqual(related.top + 0.5);
    expect(related.bottom).toBeLessThanOrEqual(firstHeader.top + 0.5);
    // The image is the first thing under the title: no prose before it.
    expect((await i.box(i.facts.getByText('nginx:latest'))).top).toBeLessThan(
      (await i.box(i.lesson)).top,
    );
    await i.screenshot('container-facts');

    // A finding there selects it, in the list too.
    await i.related.locator('[data-related-rule="latest-tag"]').click();
    await expect(i.inspector).toHaveAttribute('data-inspector', 'finding');
    await expect(i.title).toHaveText('latest-tag');
    await expect(page.locator('[data-rule-id="latest-tag"]')).toHaveAttribute(
      'aria-current',
      'true',
    );
    // A finding's own values come first too: its message, the element, the fix in a sentence.
    await expect(i.facts).toContainText('uses the tag latest');
    await expect(i.facts.getByRole('button', { name: 'Select app' })).toBeVisible();
    await expect(i.facts).toContainText('Fix:');
    expect(await i.precedes(i.facts, i.lesson)).toBe(true);
  });

  test('keeps the sections a reader opens, from element to element and across a reload', async ({
    page,
  }) => {
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');

    // At first only "what it is" is open; the commands are one click away.
    expect(openOnes(await i.sections())).toEqual([WHAT]);
    await expect(i.header(COMMANDS)).toHaveAttribute('aria-expanded', 'false');
    await expect(i.body(COMMANDS)).toBeHidden();

    await i.header(COMMANDS).click();
    await expect(i.header(COMMANDS)).toHaveAttribute('aria-expanded', 'true');
    await expect(i.body(COMMANDS)).toBeVisible();
    await expect(i.body(COMMANDS)).toContainText('kubectl exec -it review -c app -- sh');

    // Another element: the same sections are open, with its own commands.
    await i.select('volume', 'data');
    await expect(i.header(COMMANDS)).toHaveAttribute('aria-expanded', 'true');
    await expect(i.body(COMMANDS)).toContainText('ls -l /data');
    await expect(i.body(WHY)).toBeHidden();
    expect(openOnes(await i.sections())).toEqual([WHAT, COMMANDS]);

    // A finding: the same places, under the rule's own titles.
    await i.selectFinding('port-clash');
    await expect(i.header('Behind the rule')).toHaveAttribute('aria-expanded', 'true');
    await expect(i.body(COMMANDS)).toBeVisible();
    // Its fix is a fact, said once above the lesson.
    await expect(i.facts).toContainText('Fix:');
    await expect(i.header('How to fix it')).toHaveCount(0);
    await i.screenshot('sections-finding');

    // A reload keeps the choice.
    await page.reload();
    await i.loaded('review');
    await i.select('container', 'app');
    expect(openOnes(await i.sections())).toEqual([WHAT, COMMANDS]);
    await expect(i.body(COMMANDS)).toBeVisible();

    // Closing is a choice too: "what it is" stays closed after the next reload.
    await i.header(WHAT).click();
    await expect(i.body(WHAT)).toBeHidden();
    await page.reload();
    await i.loaded('review');
    await i.select('volume', 'data');
    expect(openOnes(await i.sections())).toEqual([COMMANDS]);
    await expect(i.body(WHAT)).toBeHidden();
  });

  test('a section header is a Tab stop that Enter and Space open and close', async ({ page }) => {
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');

    // From the last finding of the element, Tab goes on into the explanation.
    await i.related.locator('[data-related-rule]').last().focus();
    const why = i.header(WHY);
    for (let n = 0; n < 8 && !(await why.evaluate((el) => el === document.activeElement)); n++)
      await page.keyboard.press('Tab');
    await expect(why).toBeFocused();
    await expect(why).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(i.body(WHY)).toBeVisible();
    await page.keyboard.press('Space');
    await expect(why).toHaveAttribute('aria-expanded', 'false');
    await expect(i.body(WHY)).toBeHidden();
    await page.keyboard.press('Space');
    await expect(why).toHaveAttribute('aria-expanded', 'true');
    await expect(why).toBeFocused();
    await i.screenshot('keyboard');
  });

  test('opens or closes every section at once', async ({ page }) => {
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');

    await i.lesson.getByRole('button', { name: 'Open all', exact: true }).click();
    expect(openOnes(await i.sections())).toEqual((await i.sections()).map(([t]) => t));
    await expect(i.lesson.getByRole('button', { name: 'Close all', exact: true })).toBeVisible();

    await i.select('namespace', 'network');
    expect((await i.sections()).every(([, open]) => open)).toBe(true);
    await i.lesson.getByRole('button', { name: 'Close all', exact: true }).click();
    expect(openOnes(await i.sections())).toEqual([]);
    await expect(i.lesson.getByRole('button', { name: 'Open all', exact: true })).toBeVisible();
  });

  test('works when the browser refuses to store the choice', async ({ page }) => {
    // Only the inspector's key fails, so what is tested is the inspector's own handling.
    await page.addInitScript(() => {
      const getItem = Storage.prototype.getItem.bind(localStorage);
      const setItem = Storage.prototype.setItem.bind(localStorage);
      const refused = (key: string) => key.startsWith('podscope.inspector');
      Storage.prototype.getItem = (key: string) => {
        if (refused(key)) throw new DOMException('blocked', 'SecurityError');
        return getItem(key);
      };
      Storage.prototype.setItem = (key: string, value: string) => {
        if (refused(key)) throw new DOMException('full', 'QuotaExceededError');
        setItem(key, value);
      };
    });
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');
    expect(openOnes(await i.sections())).toEqual([WHAT]);

    await i.header(COMMANDS).click();
    await i.select('volume', 'data');
    // Kept while the page is open, even with nowhere to store it.
    await expect(i.header(COMMANDS)).toHaveAttribute('aria-expanded', 'true');
    await expect(i.body(COMMANDS)).toBeVisible();
  });

  test('reads in Chinese, with the reader’s choice kept', async ({ page }) => {
    const i = new InspectorPage(page);
    await openReview(i);
    await i.select('container', 'app');
    await i.header(COMMANDS).click();

    await page
      .locator('[data-lang-switch]')
      .getByRole('button', { name: '简体中文', exact: true })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(i.facts).toContainText('概览');
    await expect(i.lesson).toContainText('讲解');
    expect(openOnes(await i.sections())).toEqual(['是什么，共享了什么', '在集群上亲眼看看']);
    await expect(i.header('为什么重要')).toHaveAttribute('aria-expanded', 'false');
    await expect(i.lesson.getByRole('button', { name: '全部展开', exact: true })).toBeVisible();
    await i.screenshot('zh');
  });
});

test.describe('the inspector in a narrow pane', () => {
  const targets: [string, string][] = [
    ['container', 'app'],
    ['volume', 'data'],
    ['namespace', 'network'],
    ['pod', 'review'],
  ];

  for (const width of [280, 420])
    test(`cuts nothing off at ${width}px`, async ({ page }) => {
      const i = new InspectorPage(page);
      await openReview(i);
      await i.select('container', 'app');
      await i.lesson.getByRole('button', { name: 'Open all', exact: true }).click();

      for (const [kind, name] of targets) {
        await i.select(kind, name);
        await expect(i.body(COMMANDS)).toBeVisible();
        expect(await i.overflowAt(width), `${kind} ${name}`).toEqual([]);
      }
      await i.selectFinding('privilege-escalation');
      expect(await i.overflowAt(width), 'finding').toEqual([]);

      await page
        .locator('[data-lang-switch]')
        .getByRole('button', { name: '简体中文', exact: true })
        .click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await i.select('container', 'app');
      expect(await i.overflowAt(width), 'container, in Chinese').toEqual([]);
    });

  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
    [1440, 900],
  ])
    test(`fits its pane at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const i = new InspectorPage(page);
      await openReview(i);
      await i.select('container', 'app');
      await i.header(COMMANDS).click();
      expect(await i.overflowAt()).toEqual([]);
      await i.screenshot(`${width}x${height}`);
    });
});
