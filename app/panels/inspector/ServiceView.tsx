import { useTexts } from '../../i18n/useTexts';
import type { ServiceNode } from '../../../src/graph/types';
import { servicePortLabel } from '../../canvas/labels';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** A Service of the same input that selects the pod, and the containers its ports reach. */
export function ServiceView({ node, ctx }: { node: ServiceNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const C = useTexts('canvas');
  const reached = [
    ...new Set(
      ctx.graph.edges
        .filter((e) => e.kind === 'targets' && e.source === node.id)
        .map((e) => e.target),
    ),
  ];
  const name = (id: string) => ctx.graph.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <Section title={T.kind.service}>
      <Fields
        fields={[
          [T.name, <Mono>{node.name}</Mono>],
          [T.serviceType, node.type],
          [T.selector, <Mono>{node.selector}</Mono>],
          [T.document, String(node.document + 1)],
          [
            T.servicePorts,
            <span className="flex flex-col">
              {node.ports.map((p, i) => (
                <Mono key={i}>{servicePortLabel(p, C)}</Mono>
              ))}
            </span>,
          ],
          [
            T.reaches,
            <span className="flex flex-wrap gap-x-2">
              {reached.map((id) => (
                <NodeLink
                  key={id}
                  target={{ kind: 'node', id }}
                  label={name(id)}
                  onSelect={ctx.onSelect}
                />
              ))}
            </span>,
          ],
        ]}
      />
    </Section>
  );
}
