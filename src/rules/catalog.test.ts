import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../scripts/generate-catalog';
import { ruleMeta } from './catalog';
import { RULE_CATALOG } from './catalog.generated';
import { RULES } from './index';

describe('the rule catalog', () => {
  it('is generated from the rule folders as they are now (run `npm run catalog` after changing one)', async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it('is each rule without its check, in the same order', () => {
    expect(RULE_CATALOG.map((m) => m.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const meta = Object.fromEntries(Object.entries(rule).filter(([key]) => key !== 'check'));
      expect(typeof rule.check).toBe('function');
      expect(ruleMeta(rule.id)).toEqual(meta);
    }
  });

  it('lists rules by category, then severity, then id', () => {
    const keys = RULE_CATALOG.map((m) => [m.category, m.severity, m.id].join(' '));
    expect(RULE_CATALOG.slice(0, 3).map((m) => m.category)).toEqual(['schema', 'schema', 'schema']);
    expect(new Set(keys).size).toBe(RULE_CATALOG.length);
  });

  it('finds rules by id and nothing for unknown ids', () => {
    expect(ruleMeta('port-clash')?.severity).toBe('warning');
    expect(ruleMeta('no-such-rule')).toBeUndefined();
  });
});
