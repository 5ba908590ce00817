// Go's time.Duration as the kubelet prints it ("2m40s", "5m0s", "1h0m0s", "300ms").

const UNITS: Record<string, number> = {
  h: 3600,
  m: 60,
  s: 1,
  ms: 0.001,
  us: 1e-6,
  µs: 1e-6,
  ns: 1e-9,
};

/** Seconds of a Go duration string, or undefined when it is not one. */
export function goDurationSeconds(text: string): number | undefined {
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|us|µs|ns|m|s))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|us|µs|ns|m|s)/g))
    total += Number(n) * UNITS[unit];
  return Math.round(total * 1000) / 1000;
}

/** The delay of a CrashLoopBackOff message: "back-off 2m40s restarting failed container=…". */
export function backoffDelay(
  message: string | undefined,
): { text: string; seconds: number } | undefined {
  const m = /back-off (\S+)/.exec(message ?? '');
  if (!m) return undefined;
  const seconds = goDurationSeconds(m[1]);
  return seconds === undefined ? undefined : { text: m[1], seconds };
}
