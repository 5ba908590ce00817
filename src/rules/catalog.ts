// What the page needs to know about rules (ids, severities, docs, texts) without their checks:
// the checks, the schema and the YAML reader stay in the analysis worker.
import { RULE_CATALOG } from './catalog.generated';
import type { RuleMeta } from './types';

const BY_ID = new Map(RULE_CATALOG.map((r) => [r.id, r]));

/** A rule's metadata by id; undefined for ids the catalog does not have. */
export function ruleMeta(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
