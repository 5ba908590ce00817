// What the page needs to know about rules (ids, severities, docs, English texts) without their
// checks: the checks, the schema and the YAML reader stay in the analysis worker, and the
// Chinese arrives with the first use of Chinese.
import { RULE_CATALOG } from './catalog.generated';
import type { RuleFolderMeta } from './types';

const BY_ID = new Map(RULE_CATALOG.map((r) => [r.id, r]));

/** A rule's metadata by id; undefined for ids the catalog does not have. */
export function ruleMeta(id: string): RuleFolderMeta | undefined {
  return BY_ID.get(id);
}
