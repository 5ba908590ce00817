import { describe, expect, it } from 'vitest';
import { isShareFragment } from './fragment';

describe('isShareFragment', () => {
  it('recognises a versioned share fragment', () => {
    expect(isShareFragment('v1.eJzLSM3JyQcABiwCFQ')).toBe(true);
    expect(isShareFragment('v2.abc')).toBe(true);
    expect(isShareFragment('v10.')).toBe(true);
  });

  it('leaves ordinary anchors alone', () => {
    expect(isShareFragment('')).toBe(false);
    expect(isShareFragment('top')).toBe(false);
    expect(isShareFragment('v1')).toBe(false);
    expect(isShareFragment('version.1')).toBe(false);
    expect(isShareFragment('xv1.abc')).toBe(false);
  });
});
