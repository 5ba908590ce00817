import { useTexts } from '../../i18n/useTexts';
import type { ContainerModel } from '../../../src/model/types';
import { sharedNamespaces, sharedVolumes } from '../sharing';
import { nodeIdOf, type InspectorContext } from './context';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** Which namespaces and volumes this container shares, and with which containers. */
export function ContainerShares({
  container: c,
  ctx,
}: {
  container: ContainerModel;
  ctx: InspectorContext;
}) {
  const T = useTexts('inspector');
  const id = nodeIdOf(ctx.graph, 'container', c.name) ?? '';
  const namespaces = sharedNamespaces(ctx.graph, id);
  const volumes = sharedVolumes(ctx.workload.model, c);
  const hasPid = namespaces.some((n) => n.hub.name === 'pid');
  return (
    <Section title={T.shares}>
      <ul className="flex flex-col gap-1 text-sm">
        {namespaces.map(({ hub, others }) => (
          <li key={hub.id}>
            <NodeLink
              target={{ kind: 'node', id: hub.id }}
              label={T.namespace[hub.name].title}
              onSelect={ctx.onSelect}
            />
            <span className="text-slate-600 dark:text-slate-300">
              {' '}
              ({T.namespace[hub.name].shares}): {others.length > 0 ? others.join(', ') : T.alone}
            </span>
          </li>
        ))}
        {!hasPid && c.role !== 'ephemeral' && (
          <li className="text-slate-600 dark:text-slate-300">{T.privatePid}</li>
        )}
        {volumes.map(({ volume, others }) => {
          const vid = nodeIdOf(ctx.graph, 'volume', volume);
          return (
            <li key={volume}>
              <NodeLink
                target={vid ? { kind: 'node', id: vid } : undefined}
                label={volume}
                onSelect={ctx.onSelect}
              />
              <span className="text-slate-600 dark:text-slate-300">
                {' — '}
                {others.map((o, i) => (
                  <span key={`${o.container}${o.mountPath}`}>
                    {i > 0 && ', '}
                    {o.container} <Mono>{o.mountPath}</Mono> ({o.readOnly ? T.ro : T.rw})
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
