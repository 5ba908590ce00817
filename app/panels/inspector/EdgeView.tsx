import { useTexts } from '../../i18n/useTexts';
import type { GraphEdge } from '../../../src/graph/types';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** A relation other than a mount: membership, start order, host use, reference. */
export function EdgeView({ edge, ctx }: { edge: GraphEdge; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const link = (id: string) => (
    <NodeLink
      target={{ kind: 'node', id }}
      label={ctx.graph.nodes.find((n) => n.id === id)?.name ?? id}
      onSelect={ctx.onSelect}
    />
  );
  return (
    <Section title={T.kind.edge}>
      <p className="mb-2 text-sm">{T.edgeKinds[edge.kind]}</p>
      <Fields
        fields={[
          [T.from, link(edge.source)],
          [T.to, link(edge.target)],
        ]}
      />
    </Section>
  );
}
