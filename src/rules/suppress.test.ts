import { describe, expect, it } from 'vitest';
import { matchSuppression, parseSuppressions } from './suppress';

describe('podscope.io/ignore', () => {
  it('reads ids, container scopes and a free-text reason', () => {
    const s = parseSuppressions(
      ' latest-tag , port-clash:web|debug # debug tool, removed before release',
    );
    expect(s).toEqual([
      { ruleId: 'latest-tag', containers: [], reason: 'debug tool, removed before release' },
      {
        ruleId: 'port-clash',
        containers: ['web', 'debug'],
        reason: 'debug tool, removed before release',
      },
    ]);
  });

  it('matches a rule everywhere, or only in the named containers', () => {
    const s = parseSuppressions('latest-tag, missing-memory-limit:sidecar');
    expect(matchSuppression(s, 'latest-tag', ['app'])).toBeDefined();
    expect(matchSuppression(s, 'missing-memory-limit', ['sidecar'])).toBeDefined();
    expect(matchSuppression(s, 'missing-memory-limit', ['app'])).toBeUndefined();
    expect(matchSuppression(s, 'host-network', undefined)).toBeUndefined();
  });

  it('treats an empty or missing annotation as no suppression', () => {
    expect(parseSuppressions(undefined)).toEqual([]);
    expect(parseSuppressions(' , ,')).toEqual([]);
  });
});
