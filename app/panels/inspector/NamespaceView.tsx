import { useTexts } from '../../i18n/useTexts';
import type { NamespaceNode } from '../../../src/graph/types';
import { chipKey } from '../../../src/graph/marks';
import { namespaceMembers } from '../sharing';
import { nodeIdOf, type InspectorContext } from './context';
import { DataTable } from './DataTable';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

/** A namespace hub: what its members share, at pod or host scope, and (network) every port. */
export function NamespaceView({ node, ctx }: { node: NamespaceNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const text = T.namespace[node.name];
  const members = namespaceMembers(ctx.graph, node.id);
  const link = (name: string) => {
    const id = nodeIdOf(ctx.graph, 'container', name);
    return (
      <NodeLink
        target={id ? { kind: 'node', id } : undefined}
        label={name}
        onSelect={ctx.onSelect}
      />
    );
  };
  return (
    <>
      <Section title={T.facts}>
        <Fields
          fields={[
            [T.scope, node.scope === 'host' ? T.scopeHost : T.scopePod],
            [T.sharedThings, text.shares],
            [T.hostname, node.hostname !== undefined && <Mono>{node.hostname}</Mono>],
          ]}
        />
      </Section>
      <Section title={T.members}>
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
          {members.map((m) => (
            <li key={m}>{link(m)}</li>
          ))}
        </ul>
      </Section>
      {node.ports && node.ports.length > 0 && (
        <Section title={T.ports}>
          <DataTable
            caption={T.ports}
            name="ports"
            columns={[T.port, T.container, T.name, T.clash]}
            rows={node.ports.map((p, i) => ({
              key: `${p.container}/${p.port}/${p.protocol}/${i}`,
              cells: [
                <NodeLink
                  target={{ kind: 'port', key: chipKey(p.container, p.port, p.protocol) }}
                  label={`${p.port}/${p.protocol}`}
                  onSelect={ctx.onSelect}
                />,
                <span>{link(p.container)}</span>,
                p.name !== undefined ? <Mono>{p.name}</Mono> : '',
                p.clash ? (
                  <span className="font-semibold text-red-700 dark:text-red-400">{T.yes}</span>
                ) : (
                  ''
                ),
              ],
            }))}
          />
        </Section>
      )}
    </>
  );
}
