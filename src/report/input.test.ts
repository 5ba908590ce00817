import { describe, expect, it } from 'vitest';
import { countFindings, exceedsThreshold, sortFindings } from './input';
import { finding } from '../testing/report';

const error = finding({ ruleId: 'volume-not-found', severity: 'error', line: 20, column: 15 });
const warning = finding({
  ruleId: 'emptydir-no-size-limit',
  severity: 'warning',
  line: 25,
  column: 5,
});
const info = finding({ ruleId: 'unused-volume', severity: 'info', line: 27, column: 5 });
const suppressedError = { ...error, suppressed: true, suppressReason: 'created by a webhook' };

describe('exceedsThreshold', () => {
  it('trips at the threshold and above, never below', () => {
    expect(exceedsThreshold([warning], 'error')).toBe(false);
    expect(exceedsThreshold([warning], 'warning')).toBe(true);
    expect(exceedsThreshold([warning], 'info')).toBe(true);
    expect(exceedsThreshold([info], 'warning')).toBe(false);
    expect(exceedsThreshold([info], 'info')).toBe(true);
    expect(exceedsThreshold([error], 'error')).toBe(true);
  });

  it('never trips for none, and never counts suppressed findings', () => {
    expect(exceedsThreshold([error, warning, info], 'none')).toBe(false);
    expect(exceedsThreshold([suppressedError], 'info')).toBe(false);
    expect(exceedsThreshold([suppressedError, info], 'warning')).toBe(false);
  });
});

describe('countFindings', () => {
  it('counts suppressed findings apart from their severity', () => {
    expect(countFindings([error, suppressedError, warning, info, info])).toEqual({
      error: 1,
      warning: 1,
      info: 2,
      suppressed: 1,
    });
  });
});

describe('sortFindings', () => {
  it('sorts by document, line, column, then rule id, without touching its input', () => {
    const a = finding({ ruleId: 'b-rule', severity: 'info', document: 0, line: 5, column: 3 });
    const b = finding({ ruleId: 'a-rule', severity: 'info', document: 0, line: 5, column: 3 });
    const c = finding({ ruleId: 'a-rule', severity: 'info', document: 0, line: 5, column: 1 });
    const d = finding({ ruleId: 'a-rule', severity: 'info', document: 1, line: 1, column: 1 });
    const input = [d, a, b, c];
    expect(sortFindings(input)).toEqual([c, b, a, d]);
    expect(input).toEqual([d, a, b, c]);
  });

  it('compares rule ids by code unit, independent of locale', () => {
    const upper = finding({ ruleId: 'Zeta', severity: 'info', line: 1, column: 1 });
    const lower = finding({ ruleId: 'alpha', severity: 'info', line: 1, column: 1 });
    expect(sortFindings([lower, upper]).map((f) => f.ruleId)).toEqual(['Zeta', 'alpha']);
  });
});
