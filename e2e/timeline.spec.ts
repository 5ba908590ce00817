import { expect, test } from './fixtures';
import { A11yPage } from './pages/a11y';
import { LegibilityPage } from './pages/legibility';
import { TimelinePage, type StateChange } from './pages/timeline';

// A native sidecar declared before an init container, then the app: the kubelet starts the
// sidecar, waits for its startup probe, runs the init container to completion, then starts
// the app; on deletion the app stops first and the sidecar last. The app's liveness probe
// (period 5 s, 2 failures) is what the "liveness fails" switch breaks.
const SIDECAR_INIT_APP = `apiVersion: v1
kind: Pod
metadata:
  name: ordered
spec:
  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
      startupProbe:
        tcpSocket: { port: 15000 }
        periodSeconds: 2
    - name: migrate
      image: ghcr.io/example/migrate:1.4.0
      command: ["./migrate", "up"]
  containers:
    - name: api
      image: ghcr.io/example/api:2.0.1
      livenessProbe:
        httpGet: { path: /healthz, port: 8080 }
        periodSeconds: 5
        failureThreshold: 2
      readinessProbe:
        httpGet: { path: /ready, port: 8080 }
      resources:
        requests: { cpu: 100m, memory: 128Mi }
        limits: { cpu: 500m, memory: 256Mi }
`;

// A pod in CrashLoopBackOff beside a healthy one, as `kubectl get pod -o yaml` writes it (cut down).
const CRASHLOOP_FOR_AXE = `apiVersion: v1
kind: Pod
metadata: { name: shop, namespace: default }
spec:
  containers:
    - name: app
      image: ghcr.io/example/shop:4.2.0
      resources: { limits: { memory: 256Mi } }
    - name: log-shipper
      image: busybox:1.36
status:
  phase: Running
  containerStatuses:
    - name: app
      ready: false
      restartCount: 5
      state:
        waiting: { reason: CrashLoopBackOff, message: "back-off 2m40s restarting failed container=app" }
      lastState:
        terminated: { reason: OOMKilled, exitCode: 137 }
    - name: log-shipper
      ready: true
      restartCount: 0
      state:
        running: { startedAt: "2026-12-05T09:12:05Z" }
`;

/** Where each container first shows a state other than `waiting` in the recorded changes. */
function firstStart(log: readonly StateChange[], name: string): number {
  return log.findIndex((c) => c.name === name && c.state !== 'waiting');
}

/** `states` without repeats: the sequence a container passed through. */
function sequence(log: readonly StateChange[], name: string): string[] {
  return log.filter((c) => c.name === name).map((c) => c.state);
}

/** True when `seq` contains `wanted` in this order (other states may come between). */
function inOrder(seq: readonly string[], wanted: readonly string[]): boolean {
  let at = 0;
  for (const s of seq) if (s === wanted[at]) at += 1;
  return at === wanted.length;
}

// Playing a scenario takes a moment per step; a busy machine draws slowly.
test.describe.configure({ timeout: 180_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test.describe('the timeline', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('plays the default example: the cards change state in start order', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.open();
    // No timeline, no state on the cards.
    expect(Object.values(await t.states()).every((s) => s === '')).toBe(true);
    await t.show();
    expect(await t.laneNames()).toEqual(['app', 'log-shipper', 'prom-agent']);
    // The cursor is on the first moment: nothing runs yet.
    await expect(t.node('container', 'app')).toHaveAttribute('data-state', 'waiting');
    await t.record();
    await t.play();
    await t.playedToTheEnd();
    const log = await t.recorded();
    const starts = ['app', 'log-shipper', 'prom-agent'].map((n) => firstStart(log, n));
    expect(
      starts.every((i) => i >= 0),
      JSON.stringify(log),
    ).toBe(true);
    // The kubelet starts them one after another, in declaration order.
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Each reaches Ready: the app through its readiness probe, the others without one.
    expect(await t.states()).toEqual({
      app: 'ready',
      'log-shipper': 'ready',
      'prom-agent': 'ready',
    });
    // The state shows as a word on the card, not as colour alone.
    await expect(t.node('container', 'app').locator('[data-state-chip]')).toHaveText('Ready');
    await t.screenshot('default-played');
  });

  test('starts a native sidecar before the init container, and the app after it', async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    await t.openWith('ordered.yaml', SIDECAR_INIT_APP, 'ordered');
    await t.show();
    expect(await t.laneNames()).toEqual(['proxy', 'migrate', 'api']);
    await t.record();
    await t.play();
    await t.playedToTheEnd();
    const log = await t.recorded();
    // The sidecar runs before the init container starts; the app starts once it has exited.
    const proxyUp = log.findIndex(
      (c) => c.name === 'proxy' && (c.state === 'running' || c.state === 'ready'),
    );
    const migrateStarts = firstStart(log, 'migrate');
    const migrateExits = log.findIndex((c) => c.name === 'migrate' && c.state === 'exited');
    const apiStarts = firstStart(log, 'api');
    expect(proxyUp, JSON.stringify(log)).toBeGreaterThanOrEqual(0);
    expect(proxyUp).toBeLessThan(migrateStarts);
    expect(migrateExits).toBeGreaterThan(migrateStarts);
    expect(apiStarts).toBeGreaterThan(migrateExits);
    // The init container is done; the sidecar keeps running beside the app.
    const end = await t.states();
    expect(end.migrate).toBe('exited');
    expect(end.api).toBe('ready');
    expect(['running', 'ready']).toContain(end.proxy);
  });

  test('“Deletion” stops the app first and the sidecar last', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('ordered.yaml', SIDECAR_INIT_APP, 'ordered');
    await t.show();
    await t.record();
    await t.scenario('Deletion').click();
    await expect(t.scenario('Deletion')).toHaveAttribute('aria-pressed', 'true');
    await t.playedToTheEnd();
    const log = await t.recorded();
    expect(inOrder(sequence(log, 'api'), ['terminating', 'exited']), JSON.stringify(log)).toBe(
      true,
    );
    expect(inOrder(sequence(log, 'proxy'), ['terminating', 'exited'])).toBe(true);
    const apiExits = log.findIndex((c) => c.name === 'api' && c.state === 'exited');
    const proxyStops = log.findIndex((c) => c.name === 'proxy' && c.state === 'terminating');
    expect(proxyStops).toBeGreaterThan(apiExits);
    expect(await t.states()).toMatchObject({ api: 'exited', proxy: 'exited' });
  });

  test('“Out of memory” kills a container, says OOMKilled and restarts it', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.open();
    await t.show();
    await t.record();
    const captions: string[] = [];
    await t.scenario('Out of memory').click();
    // Read the explanation of every step while it plays.
    await expect
      .poll(
        async () => {
          const text = (await t.caption.textContent()) ?? '';
          if (captions.at(-1) !== text) captions.push(text);
          return (await t.panel.locator('[data-playing]').count()) === 0;
        },
        { timeout: 120_000, intervals: [100] },
      )
      .toBe(true);
    const log = await t.recorded();
    const killed = ['app', 'log-shipper', 'prom-agent'].filter(
      (n) =>
        inOrder(sequence(log, n), ['exited', 'waiting']) ||
        inOrder(sequence(log, n), ['exited', 'starting']) ||
        inOrder(sequence(log, n), ['exited', 'running']),
    );
    expect(killed.length, JSON.stringify(log)).toBeGreaterThan(0);
    // It was running before it was killed.
    const victim = killed[0];
    expect(inOrder(sequence(log, victim), ['running', 'exited'])).toBe(true);
    expect(captions.join('\n')).toContain('OOMKilled');
  });

  test('“Liveness fails” restarts the container whose liveness probe fails', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('ordered.yaml', SIDECAR_INIT_APP, 'ordered');
    await t.show();
    await t.scenario('Liveness fails').click();
    // Recording from the scenario's first moment: the pod up and running.
    await expect(t.caption).toHaveAttribute('data-event', 'scenario.steady');
    await t.record();
    await t.playedToTheEnd();
    const log = await t.recorded();
    const api = sequence(log, 'api');
    // Ready until it hangs; the kubelet kills it (SIGTERM, the grace period, gone) and starts it
    // again. Once it is being killed it does not come back before it has exited.
    expect(api[0], JSON.stringify(api)).toBe('ready');
    const killed = api.indexOf('terminating');
    expect(killed, JSON.stringify(api)).toBeGreaterThan(0);
    expect(api[killed + 1], JSON.stringify(api)).toBe('exited');
    expect(api.slice(killed + 2).some((s) => s === 'starting' || s === 'running')).toBe(true);
    // The init container is not played again: it stays done.
    expect(sequence(log, 'migrate').at(-1)).toBe('exited');
  });

  test('steps, scrubs and shares the graph’s selection', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.open();
    await t.show();
    const first = await t.states();
    await t.cursor.focus();
    await page.keyboard.press('End');
    await expect(t.cursor).toHaveValue((await t.cursor.getAttribute('max')) ?? '');
    expect(await t.states()).not.toEqual(first);
    await page.keyboard.press('Home');
    await expect(t.cursor).toHaveValue('0');
    expect(await t.states()).toEqual(first);
    await t.panel.getByRole('button', { name: 'Step forward' }).click();
    await expect(t.cursor).toHaveValue('1');
    // A lane selects its container on the graph, and a card selects its lane.
    await t.lane('log-shipper').click();
    await expect(t.node('container', 'log-shipper')).toHaveAttribute('data-selected', 'true');
    await expect(t.lane('log-shipper')).toHaveAttribute('aria-pressed', 'true');
    await t.select('container', 'prom-agent');
    await expect(t.lane('prom-agent')).toHaveAttribute('aria-pressed', 'true');
    await expect(t.lane('log-shipper')).toHaveAttribute('aria-pressed', 'false');
    // Closing it takes the states off the cards.
    await t.panel.getByRole('button', { name: 'Close the timeline' }).click();
    await expect(t.panel).toHaveCount(0);
    expect(Object.values(await t.states()).every((s) => s === '')).toBe(true);
  });

  test('names the startup probe’s worst case', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.open();
    // The Kubernetes docs' example: up to 30 × 10 s for a slow start.
    await t.upload(
      'slow.yaml',
      `apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
    - name: legacy
      image: ghcr.io/example/legacy:7.0
      startupProbe:
        httpGet: { path: /healthz, port: 8080 }
        failureThreshold: 30
        periodSeconds: 10
      livenessProbe:
        httpGet: { path: /healthz, port: 8080 }
`,
    );
    await t.loaded('slow');
    await t.show();
    await t.lane('legacy').click();
    await expect(t.panel.locator('[data-lane-details="legacy"]')).toContainText(
      'up to 300 s before liveness takes over',
    );
    await expect(t.panel.locator('[data-window="startup"]')).toHaveCount(1);
  });

  test('speaks Chinese', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.open();
    await t.speak('简体中文');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await t.show();
    await t.panel.getByRole('button', { name: '前进一步' }).click();
    await expect(t.caption).toHaveText(/[\u4e00-\u9fff]/);
    await expect(t.panel.getByRole('group', { name: '假如' })).toBeVisible();
    await expect(t.node('container', 'app').locator('[data-state-chip]')).toHaveText(
      /等待中|启动中|运行中|就绪/,
    );
  });
});

test.describe('the timeline on smaller screens', () => {
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ])
    test(`fits at ${size.width}×${size.height} and keeps the graph in view`, async ({ page }) => {
      await page.setViewportSize(size);
      const t = new TimelinePage(page);
      await t.open();
      await t.show();
      await t.panel.getByRole('button', { name: 'Step forward' }).click();
      // The graph keeps its size beside the timeline: its type stays legible, and the state
      // chips cut nothing and cover nothing.
      const legibility = new LegibilityPage(page);
      await legibility.settle();
      const figures = await legibility.measure();
      test.info().annotations.push({
        type: 'graph text with the timeline open',
        description: `smallest ${figures.minText} px, zoom ${figures.zoom}`,
      });
      expect(figures.truncated).toEqual([]);
      expect(figures.overlaps).toEqual([]);
      expect(figures.offscreen).toEqual([]);
      if (size.width === 1280) expect(figures.minText).toBeGreaterThanOrEqual(11);
      await t.lane('app').click();
      // Nothing sideways out of the panel; it sits beside the graph, under the editor.
      const overflow = await t.panel.evaluate((panel) => {
        const right = panel.getBoundingClientRect().right;
        const out: string[] = [];
        for (const el of panel.querySelectorAll<HTMLElement>('*')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > right + 1)
            out.push(`${el.tagName} “${(el.textContent ?? '').slice(0, 30)}”`);
        }
        return out;
      });
      expect(overflow).toEqual([]);
      const graph = await t.canvas.boundingBox();
      const panel = await t.panel.boundingBox();
      expect(graph && panel).toBeTruthy();
      if (!graph || !panel) return;
      expect(panel.x + panel.width).toBeLessThanOrEqual(graph.x + 1);
      // The lanes are in view in the panel, not scrolled away under its controls.
      await expect(t.lane('app')).toBeInViewport();
      // The header still fits in one row.
      const header = await page
        .locator('header')
        .first()
        .evaluate((h) => h.scrollWidth - h.clientWidth);
      expect(header).toBeLessThanOrEqual(0);
      await t.screenshot(`${size.width}x${size.height}`);
    });

  test('steps without gliding under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const t = new TimelinePage(page);
    await t.open();
    await t.show();
    const cursor = t.panel.locator('[data-cursor]');
    expect(await cursor.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect
      .poll(() => cursor.evaluate((el) => getComputedStyle(el).transitionDuration))
      .not.toBe('0s');
  });
});

test.describe('the timeline and the status explainer to assistive technology', () => {
  for (const theme of ['light', 'dark'] as const)
    test(`pass axe (${theme} theme)`, async ({ page }, info) => {
      const a = new A11yPage(page, info);
      const t = new TimelinePage(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await a.open(theme);
      await t.show();
      await t.scenario('Deletion').click();
      await t.lane('app').click();
      await t.playButton().click();
      expect.soft(await a.violations(`timeline-${theme}`), 'the timeline').toEqual([]);
      await t.panel.getByRole('button', { name: 'Close the timeline' }).click();
      await t.upload('shop.yaml', CRASHLOOP_FOR_AXE);
      await t.loaded('shop');
      await t.select('pod', 'shop');
      await expect(t.inspector.locator('[data-status-explainer="pod"]')).toBeVisible();
      expect.soft(await a.violations(`status-${theme}`), 'the status explainer').toEqual([]);
    });
});
