import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.mjs';

// Overridable so that several checkouts (or people) can run the suite side by side.
const PORT = Number(process.env.PODSCOPE_E2E_PORT ?? 4317);
const OUT = process.env.PODSCOPE_E2E_OUTDIR ?? 'dist';
const browser = findChromium();

export default defineConfig({
  testDir: 'e2e',
  // Per build folder, so runs side by side do not clean up each other's artifacts.
  outputDir: OUT === 'dist' ? 'test-results/e2e-artifacts' : `test-results/e2e-artifacts-${OUT}`,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 1,
  // Sized for a slow 2-core machine that is busy with other work: a test fails on what it
  // checks, never because the machine was slow. Waits end as soon as their condition holds, so
  // room costs nothing on a quiet machine. Big-input specs set more for themselves.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}/`,
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      args: CHROMIUM_ARGS,
      ...(browser && browser.source !== 'playwright' ? { executablePath: browser.path } : {}),
    },
  },
  projects: [{ name: 'chromium' }],
  // The production build, as users get it: relative base, no dev server transforms.
  webServer: {
    command: `npx vite build --logLevel warn --outDir ${OUT} && npx vite preview --outDir ${OUT} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    // Never test a stale build left running by someone else.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
