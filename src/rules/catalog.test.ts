import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../scripts/generate-catalog';
import { ruleMeta } from './catalog';
import { RULE_CATALOG } from './catalog.generated';

describe('the rule catalog', () => {
  it('is generated from the rules as they are now (run `npm run catalog` after changing one)', () => {
    expect(RULE_CATALOG).toEqual(catalogOf());
  });

  it('finds rules by id and nothing for unknown ids', () => {
    expect(ruleMeta('port-clash')?.severity).toBe('warning');
    expect(ruleMeta('no-such-rule')).toBeUndefined();
  });
});
