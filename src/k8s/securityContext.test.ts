import { describe, expect, it } from 'vitest';
import {
  effectiveSecurityContext,
  writtenSecurityContext,
  type EffectiveSetting,
} from './securityContext';

const byField = (settings: EffectiveSetting[]) =>
  Object.fromEntries(settings.map((s) => [s.field, s]));

describe('writtenSecurityContext', () => {
  it('keeps the typed fields and drops values of the wrong type', () => {
    expect(
      writtenSecurityContext({
        runAsUser: 1000,
        runAsGroup: '3000',
        runAsNonRoot: 'yes',
        seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' },
        capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE', 7] },
        privileged: false,
      }),
    ).toEqual({
      runAsUser: 1000,
      seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' },
      capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      privileged: false,
    });
  });

  it('reads nothing from a missing or scalar securityContext', () => {
    expect(writtenSecurityContext(undefined)).toEqual({});
    expect(writtenSecurityContext('root')).toEqual({});
    expect(writtenSecurityContext([{ runAsUser: 0 }])).toEqual({});
  });
});

describe('effectiveSecurityContext', () => {
  const path = ['containers', 1];

  it('takes the container value over the pod value', () => {
    const s = byField(
      effectiveSecurityContext(
        { runAsUser: 1000, runAsNonRoot: true },
        writtenSecurityContext({ runAsUser: 2000 }),
        path,
      ),
    );
    expect(s.runAsUser).toMatchObject({
      source: 'container',
      value: '2000',
      path: ['containers', 1, 'securityContext', 'runAsUser'],
    });
    expect(s.runAsNonRoot).toMatchObject({
      source: 'pod',
      value: 'true',
      path: ['securityContext', 'runAsNonRoot'],
    });
  });

  it('reads fsGroup from the pod only, and container-only fields from the container only', () => {
    const s = byField(
      effectiveSecurityContext(
        writtenSecurityContext({ fsGroup: 2000, privileged: true, readOnlyRootFilesystem: true }),
        writtenSecurityContext({ fsGroup: 5 }),
        path,
      ),
    );
    expect(s.fsGroup).toMatchObject({ source: 'pod', value: '2000' });
    expect(s.privileged).toMatchObject({ source: 'default', risk: false });
    expect(s.privileged.value).toBeUndefined();
    expect(s.readOnlyRootFilesystem).toMatchObject({ source: 'default' });
  });

  it('merges seccomp from the pod and formats a Localhost profile', () => {
    const s = byField(
      effectiveSecurityContext(
        writtenSecurityContext({
          seccompProfile: { type: 'Localhost', localhostProfile: 'my.json' },
        }),
        {},
        path,
      ),
    );
    expect(s.seccompProfile).toMatchObject({ source: 'pod', value: 'Localhost (my.json)' });
  });

  it('lists every field as default when nothing is written, root and escalation as risks', () => {
    const settings = effectiveSecurityContext({}, {}, path);
    expect(settings.map((s) => s.source)).toEqual(Array(9).fill('default'));
    expect(settings.filter((s) => s.risk).map((s) => s.field)).toEqual([
      'runAsUser',
      'allowPrivilegeEscalation',
    ]);
  });

  it('marks risky values: root, Unconfined, added capabilities, privileged', () => {
    const s = byField(
      effectiveSecurityContext(
        writtenSecurityContext({ runAsUser: 0, seccompProfile: { type: 'Unconfined' } }),
        writtenSecurityContext({
          privileged: true,
          allowPrivilegeEscalation: false,
          capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] },
        }),
        path,
      ),
    );
    expect(s.runAsUser.risk).toBe(true);
    expect(s.seccompProfile.risk).toBe(true);
    expect(s.capabilities).toMatchObject({ value: 'drop ALL; add NET_ADMIN', risk: true });
    expect(s.privileged.risk).toBe(true);
    expect(s.allowPrivilegeEscalation.risk).toBe(false);
  });

  it('flags runAsNonRoot true with runAsUser 0 in effect, from either level', () => {
    const s = byField(
      effectiveSecurityContext(
        writtenSecurityContext({ runAsNonRoot: true }),
        writtenSecurityContext({ runAsUser: 0 }),
        path,
      ),
    );
    expect(s.runAsNonRoot.conflict).toBe(true);
    expect(s.runAsUser.conflict).toBe(true);
  });

  it('does not flag a conflict when the container overrides the pod root user', () => {
    const s = byField(
      effectiveSecurityContext(
        writtenSecurityContext({ runAsNonRoot: true, runAsUser: 0 }),
        writtenSecurityContext({ runAsUser: 1000 }),
        path,
      ),
    );
    expect(s.runAsNonRoot.conflict).toBeUndefined();
    expect(s.runAsUser).toMatchObject({ source: 'container', value: '1000', risk: false });
  });

  it('does not call an unset runAsUser risky when runAsNonRoot true makes the kubelet check', () => {
    const s = byField(effectiveSecurityContext({ runAsNonRoot: true }, {}, path));
    expect(s.runAsUser).toMatchObject({ source: 'default', risk: false });
    expect(s.runAsNonRoot.conflict).toBeUndefined();
  });
});
