// Test helpers for rule tests: analyse a manifest and pick one rule's findings.
import { analyze } from '../analyze';
import type { Finding } from '../types';

/** Findings of one rule for a manifest text. */
export function findingsOf(text: string, ruleId: string): Finding[] {
  return analyze(text).findings.filter((f) => f.ruleId === ruleId);
}

/** Joins lines into a manifest, so tests can write YAML without template-literal indentation. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
