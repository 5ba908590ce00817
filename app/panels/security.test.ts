import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { securityRows } from './security';

function rowsOf(securityContext: string) {
  const w = analyze(
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: { name: p }',
      'spec:',
      '  containers:',
      `    - { name: c, image: busybox:1.36, securityContext: ${securityContext} }`,
    ].join('\n'),
  ).workloads[0];
  return securityRows(w.model.containers[0]);
}

describe('securityRows', () => {
  it('marks privileged mode and added capabilities as risks', () => {
    expect(rowsOf('{ privileged: true, capabilities: { add: [NET_ADMIN, SYS_TIME] } }')).toEqual([
      { field: 'privileged', value: 'true', risk: true },
      { field: 'capabilities.add', value: 'NET_ADMIN', risk: true },
      { field: 'capabilities.add', value: 'SYS_TIME', risk: true },
    ]);
  });

  it('shows hardening settings as written, without marking them', () => {
    expect(
      rowsOf(
        '{ allowPrivilegeEscalation: false, runAsNonRoot: true, readOnlyRootFilesystem: true }',
      ),
    ).toEqual([
      { field: 'allowPrivilegeEscalation', value: 'false', risk: false },
      { field: 'runAsNonRoot', value: 'true', risk: false },
      { field: 'readOnlyRootFilesystem', value: 'true', risk: false },
    ]);
  });

  it('leaves out what is not set', () => {
    expect(rowsOf('{}')).toEqual([]);
  });
});
