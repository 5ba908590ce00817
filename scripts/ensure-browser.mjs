// Makes sure a Chromium exists for the e2e tests, installing one when it can.
// Order: $PODSCOPE_CHROMIUM, a system Chromium, Playwright's own browser, `npx playwright
// install chromium`, then (as root) Debian's chromium package.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

/** @param {string} message */
function say(message) {
  console.log(`ensure-browser: ${message}`);
}

/**
 * Runs a command with its output captured, so an expected failure stays quiet.
 * @param {string} command
 * @param {string[]} args
 * @param {number} timeoutMs
 */
function run(command, args, timeoutMs) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0 && !result.error;
}

function report() {
  const found = findChromium();
  if (found) say(`using ${found.path} (${found.source})`);
  return found;
}

if (process.env.PODSCOPE_CHROMIUM) {
  if (!report()) {
    say(`PODSCOPE_CHROMIUM=${process.env.PODSCOPE_CHROMIUM} is not an executable file.`);
    process.exit(1);
  }
  process.exit(0);
}

if (report()) process.exit(0);

say('no Chromium found; trying `npx playwright install chromium`…');
// Fails on machines that cannot download browser builds; that is expected, so stay quiet.
if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 5 * 60_000) && report()) {
  process.exit(0);
}

if (process.platform === 'linux' && process.getuid?.() === 0) {
  say('trying `apt-get install chromium fonts-noto-cjk` (running as root)…');
  const ok =
    run('apt-get', ['update'], 10 * 60_000) &&
    run('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], 15 * 60_000);
  if (ok && report()) process.exit(0);
}

console.error(
  [
    'ensure-browser: no Chromium for the e2e tests.',
    '  Install one (Debian/Ubuntu: `sudo apt-get install chromium`; or `npx playwright install chromium`),',
    '  or point PODSCOPE_CHROMIUM at a Chromium or Chrome executable.',
  ].join('\n'),
);
process.exit(1);
