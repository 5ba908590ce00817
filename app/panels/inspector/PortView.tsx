import { useTexts } from '../../i18n/useTexts';
import { chipKey } from '../../../src/graph/marks';
import type { NamespaceNode, PortChip } from '../../../src/graph/types';
import { portPartners } from '../sharing';
import { nodeIdOf, type InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

interface Props {
  chip: PortChip;
  hub: NamespaceNode;
  ctx: InspectorContext;
}

/** A port chip: who declares it, its name and hostPort, and whom it clashes with. */
export function PortView({ chip, hub, ctx }: Props) {
  const T = useTexts('inspector');
  const containerId = nodeIdOf(ctx.graph, 'container', chip.container);
  const node = ctx.graph.nodes.find((n) => n.id === containerId);
  const declared =
    node?.kind === 'container'
      ? node.ports.find((p) => p.port === chip.port && p.protocol === chip.protocol)
      : undefined;
  const partners = portPartners(hub, chip);
  return (
    <>
      <Section title={T.port}>
        <Fields
          fields={[
            [T.port, <Mono>{`${chip.port}/${chip.protocol}`}</Mono>],
            [
              T.declaredBy,
              <NodeLink
                target={containerId ? { kind: 'node', id: containerId } : undefined}
                label={chip.container}
                onSelect={ctx.onSelect}
              />,
            ],
            [T.name, chip.name !== undefined && <Mono>{chip.name}</Mono>],
            [
              T.namespaceHub,
              <NodeLink
                target={{ kind: 'node', id: hub.id }}
                label={T.namespace.network.title}
                onSelect={ctx.onSelect}
              />,
            ],
            [T.hostPort, declared?.hostPort !== undefined && <Mono>{declared.hostPort}</Mono>],
          ]}
        />
      </Section>
      <Section title={T.clash}>
        {partners.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">{T.noClash}</p>
        ) : (
          <>
            <p className="text-sm">
              {T.alsoDeclared}{' '}
              {partners.map((p, i) => (
                <span key={`${p.container}/${i}`}>
                  {i > 0 && ', '}
                  <NodeLink
                    target={{ kind: 'port', key: chipKey(p.container, p.port, p.protocol) }}
                    label={p.container}
                    onSelect={ctx.onSelect}
                  />
                </span>
              ))}
            </p>
            {chip.clash && (
              <p className="mt-1 text-sm text-red-700 dark:text-red-400">{T.clashNote}</p>
            )}
          </>
        )}
      </Section>
    </>
  );
}
