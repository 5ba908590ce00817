// The fix code (the fixes, their previews, and the YAML reader they need) is not part of the first
// load: it is fetched the first time a result has a finding of a rule that can have a fix.
import { FIXABLE_RULES } from '../../src/fix/fixable';
import type { Finding } from '../../src/types';
import { lazyModule } from '../lazy/lazyModule';

/** fixes.ts and everything only it uses. */
export const fixModule = lazyModule(() => import('./fixes'));

/** True when some finding may have a fix, so the fix code is worth fetching. */
export function mayHaveFixes(findings: readonly Finding[]): boolean {
  return findings.some((f) => !f.suppressed && FIXABLE_RULES.has(f.ruleId));
}
