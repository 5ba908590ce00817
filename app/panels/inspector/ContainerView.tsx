import type { ContainerNode } from '../../../src/graph/types';
import { securityRows } from '../security';
import { roleBadge } from '../styles';
import { useInspectorTexts } from './texts';
import { containerModelOf, nodeIdOf, type InspectorContext } from './context';
import { ContainerShares } from './ContainerShares';
import { Fields } from './Fields';
import { MountsTable } from './MountsTable';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { PortsTable } from './PortsTable';
import { ProbeList } from './ProbeList';
import { ResourceTable } from './ResourceTable';
import { Section } from './Section';
import { SecurityList } from './SecurityList';

/** A container: role and what it means, image, ports, mounts, resources, probes, sharing. */
export function ContainerView({ node, ctx }: { node: ContainerNode; ctx: InspectorContext }) {
  const T = useInspectorTexts();
  const c = containerModelOf(ctx, node.id);
  const target = node.targetContainerName;
  const targetId = target !== undefined ? nodeIdOf(ctx.graph, 'container', target) : undefined;
  return (
    <>
      <Section title={T.roleHeading}>
        <p className="text-sm">
          <span className={`rounded border px-1.5 text-xs ${roleBadge[node.role]}`}>
            {node.initStep !== undefined ? `${node.initStep}. ` : ''}
            {T.role[node.role]}
          </span>
        </p>
      </Section>
      <Section title={T.image}>
        <Fields
          fields={[
            [T.image, node.image !== undefined ? <Mono>{node.image}</Mono> : T.notSet],
            [T.tag, node.imageTag ?? (node.imageDigest ? undefined : T.noTag)],
            [T.digest, node.imageDigest && <Mono>{node.imageDigest}</Mono>],
            [T.helper, node.wellKnown && (T.wellKnown[node.wellKnown] ?? node.wellKnown)],
            [
              T.target,
              target !== undefined && (
                <NodeLink
                  target={targetId ? { kind: 'node', id: targetId } : undefined}
                  label={target}
                  onSelect={ctx.onSelect}
                />
              ),
            ],
            [T.restarts, node.restartCount !== undefined && String(node.restartCount)],
            [T.lastTermination, node.lastTerminationReason],
          ]}
        />
      </Section>
      {node.ports.length > 0 && (
        <Section title={T.ports}>
          <PortsTable container={node.name} ports={node.ports} ctx={ctx} />
        </Section>
      )}
      {c && c.mounts.length > 0 && (
        <Section title={T.mounts}>
          <MountsTable container={c} ctx={ctx} />
        </Section>
      )}
      {node.role !== 'ephemeral' && (
        <Section title={T.containerResources}>
          <ResourceTable
            caption={T.containerResources}
            requests={node.resources.requests}
            limits={node.resources.limits}
            defaulted={c?.resources.defaultedRequests}
          />
        </Section>
      )}
      {c && c.probes.length > 0 && (
        <Section title={T.probes}>
          <ProbeList probes={c.probes} />
        </Section>
      )}
      {c && (
        <Section title={T.security}>
          <SecurityList rows={securityRows(c)} />
        </Section>
      )}
      {c && <ContainerShares container={c} ctx={ctx} />}
    </>
  );
}
