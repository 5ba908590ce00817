// The `podscope.io/ignore` annotation: `rule-a, rule-b:app|sidecar # reason, free text`.

export const IGNORE_ANNOTATION = 'podscope.io/ignore';

export interface Suppression {
  ruleId: string;
  /** Empty: every container. */
  containers: string[];
  reason?: string;
}

/** Parses the annotation value; entries are trimmed, empty ones dropped. */
export function parseSuppressions(value: string | undefined): Suppression[] {
  if (!value) return [];
  const hash = value.indexOf(' # ');
  const list = hash === -1 ? value : value.slice(0, hash);
  const reason = hash === -1 ? undefined : value.slice(hash + 3).trim() || undefined;
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      const ruleId = (colon === -1 ? entry : entry.slice(0, colon)).trim();
      const containers =
        colon === -1
          ? []
          : entry
              .slice(colon + 1)
              .split('|')
              .map((c) => c.trim())
              .filter(Boolean);
      return { ruleId, containers, reason };
    });
}

/** The suppression that covers a finding, if any. */
export function matchSuppression(
  suppressions: readonly Suppression[],
  ruleId: string,
  containers: readonly string[] | undefined,
): Suppression | undefined {
  return suppressions.find(
    (s) =>
      s.ruleId === ruleId &&
      (s.containers.length === 0 || (containers ?? []).some((c) => s.containers.includes(c))),
  );
}
