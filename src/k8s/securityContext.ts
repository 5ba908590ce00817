// The security context a container runs with: its own securityContext merged over the pod's, as
// the kubelet merges them (container wins; fsGroup exists on the pod only; capabilities,
// privileged, readOnlyRootFilesystem and allowPrivilegeEscalation on the container only). Pure:
// reads the values as written; a value of the wrong type counts as unset, because the API server
// would reject it.

/** A seccomp profile as written: its type, and the file of a Localhost profile. */
export interface SeccompProfile {
  type: string;
  localhostProfile?: string;
}

/** The securityContext fields podscope merges, typed; what is absent was not written. */
export interface SecurityContextValues {
  runAsUser?: number;
  runAsGroup?: number;
  runAsNonRoot?: boolean;
  fsGroup?: number;
  seccompProfile?: SeccompProfile;
  capabilities?: { add: string[]; drop: string[] };
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
}

/** The written securityContexts of a pod: the pod's and each container's, in model order. */
export interface WrittenSecurityContexts {
  pod: SecurityContextValues;
  containers: SecurityContextValues[];
}

/** The merged fields, in the order the inspector lists them. */
export const EFFECTIVE_FIELDS = [
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'fsGroup',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'allowPrivilegeEscalation',
  'privileged',
] as const;

export type EffectiveField = (typeof EFFECTIVE_FIELDS)[number];

/** Where an effective value comes from: the container, the pod, or nowhere (the default). */
export type SettingSource = 'container' | 'pod' | 'default';

export interface EffectiveSetting {
  field: EffectiveField;
  source: SettingSource;
  /** The value as it reads in YAML (`1000`, `RuntimeDefault`, `drop ALL`); undefined when unset. */
  value?: string;
  /** The field path under the pod spec where the value is written, when it is. */
  path?: (string | number)[];
  /**
   * True where the value (or the default) weakens isolation: root, privileged, escalation
   * allowed, added capabilities, or a combination the kubelet refuses to start.
   */
  risk: boolean;
  /** runAsNonRoot true with runAsUser 0 in effect: the kubelet refuses to start the container. */
  conflict?: boolean;
}

type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined;
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** The typed fields of a pod's or container's securityContext as written (`{}` when none). */
export function writtenSecurityContext(raw: unknown): SecurityContextValues {
  const sc = obj(raw);
  if (!sc) return {};
  const out: SecurityContextValues = {};
  const set = <K extends keyof SecurityContextValues>(k: K, v: SecurityContextValues[K]) => {
    if (v !== undefined) out[k] = v;
  };
  set('runAsUser', int(sc.runAsUser));
  set('runAsGroup', int(sc.runAsGroup));
  set('runAsNonRoot', bool(sc.runAsNonRoot));
  set('fsGroup', int(sc.fsGroup));
  const seccomp = obj(sc.seccompProfile);
  if (seccomp && typeof seccomp.type === 'string') {
    const profile: SeccompProfile = { type: seccomp.type };
    if (typeof seccomp.localhostProfile === 'string')
      profile.localhostProfile = seccomp.localhostProfile;
    out.seccompProfile = profile;
  }
  const caps = obj(sc.capabilities);
  if (caps) out.capabilities = { add: strings(caps.add), drop: strings(caps.drop) };
  set('readOnlyRootFilesystem', bool(sc.readOnlyRootFilesystem));
  set('allowPrivilegeEscalation', bool(sc.allowPrivilegeEscalation));
  set('privileged', bool(sc.privileged));
  return out;
}

/** The pod's and every container's written securityContext, from a pod spec as written. */
export function writtenSecurityContexts(
  podSecurityContext: unknown,
  containerSecurityContexts: readonly unknown[],
): WrittenSecurityContexts {
  return {
    pod: writtenSecurityContext(podSecurityContext),
    containers: containerSecurityContexts.map(writtenSecurityContext),
  };
}

// Fields the pod's securityContext also has (PodSecurityContext); the container's value wins.
const POD_LEVEL = new Set<EffectiveField>([
  'runAsUser',
  'runAsGroup',
  'runAsNonRoot',
  'seccompProfile',
]);

function format(field: EffectiveField, sc: SecurityContextValues): string | undefined {
  switch (field) {
    case 'seccompProfile': {
      const p = sc.seccompProfile;
      if (!p) return undefined;
      return p.localhostProfile ? `${p.type} (${p.localhostProfile})` : p.type;
    }
    case 'capabilities': {
      const c = sc.capabilities;
      if (!c) return undefined;
      const parts = [
        c.drop.length > 0 ? `drop ${c.drop.join(', ')}` : '',
        c.add.length > 0 ? `add ${c.add.join(', ')}` : '',
      ].filter(Boolean);
      return parts.join('; ') || '{}';
    }
    default: {
      const v = sc[field];
      return v === undefined ? undefined : String(v);
    }
  }
}

const RISKY_UNSET = new Set<EffectiveField>(['runAsUser', 'allowPrivilegeEscalation']);

function risky(field: EffectiveField, sc: SecurityContextValues | undefined): boolean {
  if (!sc) return RISKY_UNSET.has(field);
  switch (field) {
    case 'runAsUser':
      return sc.runAsUser === 0;
    case 'runAsGroup':
      return sc.runAsGroup === 0;
    case 'seccompProfile':
      return sc.seccompProfile?.type === 'Unconfined';
    case 'capabilities':
      return (sc.capabilities?.add.length ?? 0) > 0;
    case 'allowPrivilegeEscalation':
      return sc.allowPrivilegeEscalation === true;
    case 'privileged':
      return sc.privileged === true;
    default:
      return false;
  }
}

/**
 * The effective value of every merged field for one container, each with where it comes from.
 * `containerPath` is the container's path under the pod spec (e.g. ['containers', 0]).
 */
export function effectiveSecurityContext(
  pod: SecurityContextValues,
  container: SecurityContextValues,
  containerPath: readonly (string | number)[],
): EffectiveSetting[] {
  const settings = EFFECTIVE_FIELDS.map((field): EffectiveSetting => {
    const own = format(field, container) !== undefined && field !== 'fsGroup';
    const fromPod = !own && POD_LEVEL.has(field) ? format(field, pod) !== undefined : false;
    const podOnly = field === 'fsGroup' && pod.fsGroup !== undefined;
    if (own) {
      return {
        field,
        source: 'container',
        value: format(field, container),
        path: [...containerPath, 'securityContext', field],
        risk: risky(field, container),
      };
    }
    if (fromPod || podOnly) {
      return {
        field,
        source: 'pod',
        value: format(field, pod),
        path: ['securityContext', field],
        risk: risky(field, pod),
      };
    }
    return { field, source: 'default', risk: risky(field, undefined) };
  });
  const get = (f: EffectiveField) => settings.find((s) => s.field === f);
  const nonRoot = get('runAsNonRoot');
  const user = get('runAsUser');
  if (nonRoot?.value === 'true' && user?.value === '0') {
    nonRoot.conflict = true;
    nonRoot.risk = true;
    user.conflict = true;
  }
  // Unset runAsUser is the image's user; with runAsNonRoot true the kubelet refuses a root one.
  if (nonRoot?.value === 'true' && user?.source === 'default') user.risk = false;
  return settings;
}
