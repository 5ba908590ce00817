import { describe, expect, it } from 'vitest';
import { overviewBadges } from './badges';
import type { ContainerNode } from './types';

const plain: ContainerNode = {
  id: 'container:app',
  kind: 'container',
  name: 'app',
  role: 'app',
  runOrder: 0,
  ports: [{ port: 8080, protocol: 'TCP' }],
  resources: { requests: {}, limits: {} },
  probes: ['readinessProbe'],
  security: ['runAsNonRoot', 'readOnlyRootFilesystem'],
  mounts: 0,
};

describe('overviewBadges', () => {
  it('shows nothing for a plain, hardened container', () => {
    expect(overviewBadges(plain)).toEqual([]);
  });

  it('names a well-known sidecar, the risks, host ports and what went wrong', () => {
    const badges = overviewBadges({
      ...plain,
      wellKnown: 'service-mesh',
      security: ['privileged', 'capabilities.add:NET_ADMIN', 'capabilities.add:NET_RAW'],
      ports: [{ port: 9100, protocol: 'TCP', hostPort: 9100 }],
      restartCount: 4,
      lastTerminationReason: 'OOMKilled',
    });
    expect(badges.map((b) => b.text)).toEqual([
      'service mesh',
      'privileged',
      '+NET_ADMIN +NET_RAW',
      'hostPort 9100',
      '4 restarts',
      'last: OOMKilled',
    ]);
  });

  it('says which container a debug container targets, and skips a zero restart count', () => {
    const badges = overviewBadges({
      ...plain,
      role: 'ephemeral',
      targetContainerName: 'app',
      restartCount: 0,
    });
    expect(badges).toEqual([{ kind: 'target', name: 'app', text: 'target: app' }]);
  });
});
