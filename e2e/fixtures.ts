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
/** Per document: its id, and how many violations it has sent through the binding. */
const SENT = '__podscopePolicyViolationsSent';

/** What the test process has received, per document id. */
type Received = Map<string, number>;

/** Schemes whose URLs never reach a network: the page builds them itself (exports, images). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

function offOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== origin;
}

/**
 * Reports every violation from every page and frame of the context to the test process. Each
 * document also counts what it sent, so that the test process can wait until all of it arrived.
 */
async function listenForViolations(
  context: BrowserContext,
  seen: PolicyViolation[],
  received: Received,
): Promise<void> {
  await context.exposeBinding(BINDING, (_source, from: string, violation: PolicyViolation) => {
    seen.push(violation);
    received.set(from, (received.get(from) ?? 0) + 1);
  });
  await context.addInitScript(
    ([binding, sent]) => {
      const w = window as unknown as Record<string, unknown>;
      const report = w[binding] as (from: string, v: unknown) => Promise<void>;
      // Unique enough to tell this context's documents apart; crypto.randomUUID needs a secure context.
      const counter = { id: `${Date.now()}-${Math.random()}`, count: 0 };
      w[sent] = counter;
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          counter.count += 1;
          void report(counter.id, {
            directive: e.effectiveDirective,
            blockedURI: e.blockedURI,
            sourceFile: e.sourceFile,
            line: e.lineNumber,
            sample: e.sample,
            element: e.target instanceof Element ? e.target.outerHTML.slice(0, 200) : '',
          });
        },
        true,
      );
    },
    [BINDING, SENT],
  );
}

/** What each document now open says it has sent, by its id (a closed one says nothing). */
async function sentByOpenDocuments(context: BrowserContext): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  for (const page of context.pages())
    for (const frame of page.frames()) {
      const counter = await frame
        .evaluate((name) => (window as unknown as Record<string, unknown>)[name], SENT)
        .catch(() => undefined);
      if (typeof counter === 'object' && counter !== null && 'id' in counter && 'count' in counter)
        sent.set(String(counter.id), Number(counter.count));
    }
  return sent;
}

/**
 * Waits until every violation the open documents have sent has reached the test process. A
 * binding call travels apart from evaluate answers, and on a busy machine it can arrive after
 * them: counting at both ends, not trusting the order of messages, keeps the guard exact.
 */
async function flush(context: BrowserContext, received: Received): Promise<void> {
  const sent = await sentByOpenDocuments(context);
  const missing = () =>
    [...sent].reduce((n, [id, count]) => n + Math.max(0, count - (received.get(id) ?? 0)), 0);
  await expect
    .poll(missing, {
      message: 'every policy violation a page reported reaches the test',
      timeout: 30_000,
    })
    .toBe(0);
}

export const test = base.extend<{ privacy: PrivacyGuard }>({
  privacy: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const requests: string[] = [];
      const violations: PolicyViolation[] = [];
      const received: Received = new Map();
      context.on('request', (request) => {
        if (offOrigin(request.url(), origin)) requests.push(request.url());
      });
      await listenForViolations(context, violations, received);

      await use({
        origin,
        async takeViolations() {
          await flush(context, received);
          return violations.splice(0);
        },
        takeOffOriginRequests: () => requests.splice(0),
      });

      await flush(context, received);
      expect(requests, 'requests that left the page’s origin').toEqual([]);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
