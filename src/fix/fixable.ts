// Which rules have fixes, apart from the fix code itself: the page checks findings against this
// list at first paint and fetches the fixes (and the YAML reader they need) only for these.

/** Rules some of whose findings have a mechanical fix (see ./catalog.ts). */
export const FIXABLE_RULES: ReadonlySet<string> = new Set([
  'emptydir-no-size-limit',
  'memory-volume-unbounded',
  'privilege-escalation',
  'unknown-field',
  'duplicate-port-name',
  'duplicate-port-name-across-containers',
  'missing-requests',
  'missing-memory-limit',
  'sidecar-without-limits',
]);

/** Rules whose findings are explained as having no mechanical fix. */
export const NOT_A_FIX: ReadonlySet<string> = new Set(['port-clash']);
