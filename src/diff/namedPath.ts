// A finding's path with names instead of list indexes: `spec.containers[1].ports[0]` reads
// `spec.containers[app].ports[8080/TCP]`, so the same finding keeps its path when containers,
// ports or mounts are reordered or one is added before it.
import type { PodModel } from '../model/types';
import { formatPath } from '../parse/path';
import type { FieldPath } from '../types';

// Models are asked about many findings; their prefixes are worked out once per model.
const prefixCache = new WeakMap<PodModel, Map<string, string>>();

/** `path` (API-server notation) with each list index under the pod's model replaced by a name. */
export function namedPath(path: string, model: PodModel | undefined): string {
  if (!model || !path.includes('[')) return path;
  const prefixes = prefixesOf(model);
  // The longest prefix that ends at a `]` and names an element wins.
  for (let end = path.lastIndexOf(']'); end !== -1; end = path.lastIndexOf(']', end - 1)) {
    const named = prefixes.get(path.slice(0, end + 1));
    if (named !== undefined) return named + path.slice(end + 1);
  }
  return path;
}

function prefixesOf(model: PodModel): Map<string, string> {
  const known = prefixCache.get(model);
  if (known) return known;
  const map = new Map<string, string>();
  const add = (segments: FieldPath, named: string): void =>
    void map.set(formatPath(segments), named);
  const listOf = (path: FieldPath): string => formatPath(path.slice(0, -1));
  for (const v of model.volumes) add(v.path, `${listOf(v.path)}[${v.name || `#${v.index}`}]`);
  for (const c of model.containers) {
    const container = `${listOf(c.path)}[${c.name || `#${c.index}`}]`;
    add(c.path, container);
    for (const p of c.ports) {
      const key =
        p.containerPort !== undefined
          ? `${p.containerPort}/${p.protocol}`
          : (p.name ?? `#${p.index}`);
      add(p.path, `${container}.ports[${key}]`);
    }
    for (const m of c.mounts)
      add(m.path, `${container}.volumeMounts[${m.mountPath ?? m.name ?? `#${m.index}`}]`);
    for (const e of c.envValues) add([...c.path, 'env', e.index], `${container}.env[${e.name}]`);
    c.capabilitiesAdd.forEach((cap, i) =>
      add(
        [...c.path, 'securityContext', 'capabilities', 'add', i],
        `${container}.securityContext.capabilities.add[${cap}]`,
      ),
    );
  }
  prefixCache.set(model, map);
  return map;
}
