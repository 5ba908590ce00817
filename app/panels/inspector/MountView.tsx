import { useTexts } from '../../i18n/useTexts';
import type { MountEdge } from '../../../src/graph/types';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** One volumeMount: which container sees which volume where, and how. */
export function MountView({ edge, ctx }: { edge: MountEdge; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const name = (id: string) => ctx.graph.nodes.find((n) => n.id === id)?.name ?? id;
  const link = (id: string) => (
    <NodeLink target={{ kind: 'node', id }} label={name(id)} onSelect={ctx.onSelect} />
  );
  return (
    <Section title={T.kind.mount}>
      <Fields
        fields={[
          [T.container, link(edge.source)],
          [T.volume, link(edge.target)],
          [T.mountPath, <Mono>{edge.mountPath}</Mono>],
          [T.access, edge.readOnly ? `${T.ro} (${T.readOnly})` : `${T.rw} (${T.readWrite})`],
          [T.subPath, edge.subPath !== undefined && <Mono>{edge.subPath}</Mono>],
          ['subPathExpr', edge.subPathExpr !== undefined && <Mono>{edge.subPathExpr}</Mono>],
          [T.propagation, edge.mountPropagation && <Mono>{edge.mountPropagation}</Mono>],
        ]}
      />
    </Section>
  );
}
