// The order findings are listed in, everywhere.
import type { Finding } from '../types';

/** Document, line, column, then rule id: the order findings are listed in. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.document - b.document ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
