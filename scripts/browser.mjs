// Finds a Chromium that Playwright can drive. Shared by scripts/ensure-browser.mjs and
// playwright.config.ts so both agree on which browser the e2e tests use.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';

/** System browsers, most specific first. Debian ships `chromium`, Ubuntu `chromium-browser`. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for running as root in a container on a closed network: without the background
 * networking switches Chromium keeps dialling Google's hosts and fills the log with refusals.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser Playwright itself installed for this version, if it is there. */
function playwrightChromium() {
  try {
    // Synchronous on purpose: playwright.config.ts calls this at load time.
    /** @type {typeof import('playwright-core')} */
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : undefined;
  } catch {
    // playwright-core is not installed yet (before `npm ci`).
    return undefined;
  }
}

/** @typedef {{ path: string, source: 'env' | 'system' | 'playwright' }} FoundBrowser */

/**
 * The Chromium to use: $PODSCOPE_CHROMIUM when set (and only it, so a typo is not papered
 * over), else a system Chromium or Chrome, else the one Playwright downloaded.
 * @returns {FoundBrowser | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.PODSCOPE_CHROMIUM;
  if (fromEnv) return isExecutable(fromEnv) ? { path: fromEnv, source: 'env' } : undefined;
  const system = SYSTEM_CHROMIUM_PATHS.find(isExecutable);
  if (system) return { path: system, source: 'system' };
  const bundled = playwrightChromium();
  return bundled ? { path: bundled, source: 'playwright' } : undefined;
}
