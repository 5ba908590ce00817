// Every e2e flow runs under a privacy guard: a test fails when the page asks for anything off its
// own origin, or when the Content-Security-Policy blocks something. Specs import `test` and
// `expect` from here instead of '@playwright/test'.
import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };
export type { Locator, Page } from '@playwright/test';

/** What the browser reported in a `securitypolicyviolation` event. */
export interface PolicyViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  sample: string;
  /** The element the browser blamed, when it named one (an inline style or script). */
  element: string;
}

/** The guard's findings so far; a test that provokes some on purpose takes them (and checks them). */
export interface PrivacyGuard {
  /** The origin every request must stay on (the one the tests open). */
  readonly origin: string;
  /** Hands over the policy violations seen so far; taken ones no longer fail the test. */
  takeViolations(): Promise<PolicyViolation[]>;
  /** Hands over the off-origin requests seen so far; taken ones no longer fail the test. */
  takeOffOriginRequests(): string[];
}

const BINDING = '__podscopePolicyViolation';

/** Schemes whose URLs never reach a network: the page builds them itself (exports, images). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function offOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
}

/** Reports every violation from every page and frame of the context to the test process. */
async function listenForViolations(
  context: BrowserContext,
  seen: PolicyViolation[],
): Promise<void> {
  await context.exposeBinding(BINDING, (_source, violation: PolicyViolation) => {
    seen.push(violation);
  });
  await context.addInitScript((binding) => {
    const report = (window as unknown as Record<string, (v: unknown) => Promise<void>>)[binding];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void report({
          directive: e.effectiveDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
          element: e.target instanceof Element ? e.target.outerHTML.slice(0, 200) : '',
        }),
      true,
    );
  }, BINDING);
}

/** Lets the page's pending reports through: binding calls arrive in order with evaluate answers. */
async function flush(context: BrowserContext): Promise<void> {
  for (const page of context.pages()) await page.evaluate(() => 0).catch(() => undefined);
}

export const test = base.extend<{ privacy: PrivacyGuard }>({
  privacy: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const requests: string[] = [];
      const violations: PolicyViolation[] = [];
      context.on('request', (request) => {
        if (offOrigin(request.url(), origin)) requests.push(request.url());
      });
      await listenForViolations(context, violations);

      await use({
        origin,
        async takeViolations() {
          await flush(context);
          return violations.splice(0);
        },
        takeOffOriginRequests: () => requests.splice(0),
      });

      await flush(context);
      expect(requests, 'requests that left the page’s origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
