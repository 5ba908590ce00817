// One container entry → ContainerModel, with the API server's defaults applied.
import { wellKnownSidecar } from '../k8s/wellknown';
import type { FieldPath } from '../types';
import { buildHooks, buildRestartRules } from './lifecycle';
import type {
  ContainerList,
  ContainerRole,
  EnvValueModel,
  MountModel,
  PortModel,
  ProbeModel,
  ProbeTimingField,
  ResourcesModel,
  WrittenContainer,
} from './types';
import { bool, int, list, obj, scalarMap, str, strings, type Obj } from './values';

export interface ContainerDefaults {
  hostNetwork: boolean;
  /** kind: Pod copies limits into missing requests. */
  isPod: boolean;
}

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const TIMING: readonly ProbeTimingField[] = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
  'terminationGracePeriodSeconds',
];

/** Builds the model of one container; `raw` is the container object as written. */
export function buildContainer(
  raw: Obj,
  from: ContainerList,
  index: number,
  path: FieldPath,
  defaults: ContainerDefaults,
): Omit<WrittenContainer, 'runOrder'> {
  const restartPolicy = str(raw.restartPolicy);
  const name = str(raw.name) ?? '';
  const image = str(raw.image);
  const security = obj(raw.securityContext);
  const ref = image ? splitImage(image) : {};
  const container: Omit<WrittenContainer, 'runOrder'> = {
    name,
    role: roleOf(from, restartPolicy),
    list: from,
    index,
    path,
    image,
    imageTag: ref.tag,
    imageDigest: ref.digest,
    ports:
      from === 'ephemeralContainers'
        ? buildPorts(raw, path, { ...defaults, hostNetwork: false })
        : buildPorts(raw, path, defaults),
    mounts: buildMounts(raw, path),
    resources: buildResources(raw, defaults.isPod),
    probes: buildProbes(raw, path),
    privileged: bool(security.privileged) === true,
    allowPrivilegeEscalation: bool(security.allowPrivilegeEscalation),
    capabilitiesAdd: strings(obj(security.capabilities).add),
    runAsNonRoot: bool(security.runAsNonRoot),
    readOnlyRootFilesystem: bool(security.readOnlyRootFilesystem),
    restartPolicy,
    wellKnown: wellKnownSidecar(name, image),
    targetContainerName: str(raw.targetContainerName),
    envValues: buildEnvValues(raw),
    raw,
  };
  // Few containers have them: absent rather than undefined, so the model the worker posts to
  // the page stays as small as before for all the others.
  const restartRules = buildRestartRules(raw);
  if (restartRules) container.restartRules = restartRules;
  const hooks = buildHooks(raw);
  if (hooks) container.hooks = hooks;
  return container;
}

function roleOf(from: ContainerList, restartPolicy: string | undefined): ContainerRole {
  if (from === 'initContainers') return restartPolicy === 'Always' ? 'sidecar' : 'init';
  return from === 'containers' ? 'app' : 'ephemeral';
}

/** Splits `registry/repo:tag@sha256:…` into tag and digest. */
export function splitImage(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const name = at === -1 ? image : image.slice(0, at);
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}

function buildPorts(raw: Obj, path: FieldPath, defaults: ContainerDefaults): PortModel[] {
  return list(raw.ports).map((p, index) => {
    const port = obj(p);
    const containerPort = int(port.containerPort);
    const written = int(port.hostPort);
    const fill =
      defaults.hostNetwork &&
      (written === undefined || written === 0) &&
      containerPort !== undefined;
    return {
      path: [...path, 'ports', index],
      index,
      name: str(port.name),
      containerPort,
      hostPort: fill ? containerPort : written || undefined,
      hostPortDefaulted: fill,
      hostIP: str(port.hostIP) || undefined,
      protocol: str(port.protocol) ?? 'TCP',
    };
  });
}

function buildMounts(raw: Obj, path: FieldPath): MountModel[] {
  return list(raw.volumeMounts).map((m, index) => {
    const mount = obj(m);
    return {
      path: [...path, 'volumeMounts', index],
      index,
      name: str(mount.name),
      mountPath: str(mount.mountPath),
      readOnly: bool(mount.readOnly) === true,
      subPath: str(mount.subPath) || undefined,
      subPathExpr: str(mount.subPathExpr) || undefined,
      mountPropagation: str(mount.mountPropagation),
    };
  });
}

function buildResources(raw: Obj, isPod: boolean): ResourcesModel {
  const res = obj(raw.resources);
  const requests = scalarMap(res.requests);
  const limits = scalarMap(res.limits);
  const defaultedRequests: string[] = [];
  if (isPod) {
    for (const [name, value] of Object.entries(limits)) {
      if (!(name in requests)) {
        requests[name] = value;
        defaultedRequests.push(name);
      }
    }
  }
  return { requests, limits, defaultedRequests };
}

function buildProbes(raw: Obj, path: FieldPath): ProbeModel[] {
  const out: ProbeModel[] = [];
  for (const kind of PROBES) {
    if (raw[kind] === undefined || raw[kind] === null) continue;
    const probe = obj(raw[kind]);
    const handlers = HANDLERS.filter((h) => probe[h] !== undefined && probe[h] !== null);
    const port = [probe.httpGet, probe.tcpSocket, probe.grpc]
      .map((h) => obj(h).port)
      .find((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    const timing: ProbeModel['timing'] = {};
    for (const field of TIMING) {
      const value = int(probe[field]);
      if (value !== undefined) timing[field] = value;
    }
    out.push({ kind, path: [...path, kind], handlers, port, timing });
  }
  return out;
}

function buildEnvValues(raw: Obj): EnvValueModel[] {
  const out: EnvValueModel[] = [];
  list(raw.env).forEach((e, index) => {
    const entry = obj(e);
    const name = str(entry.name);
    const value = entry.value;
    if (name !== undefined && (typeof value === 'string' || typeof value === 'number'))
      out.push({ index, name, value: String(value) });
  });
  return out;
}
