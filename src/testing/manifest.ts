// Test helpers for engine tests: write a manifest line by line, and read what one rule finds in it.
import { analyze } from '../analysis/analyze';
import type { Finding } from '../types';

/** Joins lines into a manifest, so tests can write YAML without template-literal indentation. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** Findings of one rule for a manifest text. */
export function findingsOf(text: string, ruleId: string): Finding[] {
  return analyze(text).findings.filter((f) => f.ruleId === ruleId);
}
