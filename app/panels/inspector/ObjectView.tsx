import { useTexts } from '../../i18n/useTexts';
import type { ObjectNode } from '../../../src/graph/types';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** A ConfigMap, Secret or PVC of the same input that volumes refer to. */
export function ObjectView({ node, ctx }: { node: ObjectNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const volumes = ctx.graph.edges
    .filter((e) => e.kind === 'reference' && e.target === node.id)
    .map((e) => e.source);
  const name = (id: string) => ctx.graph.nodes.find((n) => n.id === id)?.name ?? id;
  return (
    <Section title={T.kind.object}>
      <Fields
        fields={[
          [T.objectKind, node.objectKind],
          [T.name, <Mono>{node.name}</Mono>],
          [T.document, String(node.document + 1)],
          [
            T.referencedBy,
            <span className="flex flex-wrap gap-x-2">
              {volumes.map((id) => (
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
