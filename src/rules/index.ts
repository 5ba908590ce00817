// The engine's rules with their checks, in catalog order: the generated index of the rule
// folders (src/rules/<id>/, see scripts/generate-catalog.ts).
import { RULES } from './checks.generated';
import type { Rule } from './types';

export { RULES };

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
