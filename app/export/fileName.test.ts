import { describe, expect, it } from 'vitest';
import { exportFileName, fileStem } from './fileName';

describe('fileStem', () => {
  it('keeps a Kubernetes name as it is', () => {
    expect(fileStem('pod-demo')).toBe('pod-demo');
    expect(fileStem('web.v2_canary')).toBe('web.v2_canary');
  });

  it('replaces path separators, spaces and markup with dashes', () => {
    expect(fileStem('../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('a b\\c')).toBe('a-b-c');
    expect(fileStem('<img src=x>')).toBe('img-src-x');
  });

  it('keeps non-Latin letters, which file systems accept', () => {
    expect(fileStem('支付-服务')).toBe('支付-服务');
  });

  it('falls back to pod when nothing usable is left', () => {
    expect(fileStem('')).toBe('pod');
    expect(fileStem('../..')).toBe('pod');
  });

  it('caps the length', () => {
    expect(fileStem('a'.repeat(300))).toHaveLength(80);
  });
});

describe('exportFileName', () => {
  it('names a pod by its name alone', () => {
    expect(exportFileName({ kind: 'Pod', name: 'pod-demo' }, 'graph', 'png')).toBe(
      'pod-demo-graph.png',
    );
  });

  it('prefixes other workloads with their kind', () => {
    expect(exportFileName({ kind: 'Deployment', name: 'web' }, 'review', 'md')).toBe(
      'deployment-web-review.md',
    );
  });

  it('has a name even without a workload', () => {
    expect(exportFileName(undefined, 'graph', 'svg')).toBe('pod-graph.svg');
  });
});
