import { useTexts } from '../../i18n/useTexts';
import type { ContainerNode } from '../../../src/graph/types';
import { effectiveSecurityContext } from '../../../src/k8s/securityContext';
import { containerModelOf, type InspectorContext } from './context';
import { ContainerOverview } from './ContainerOverview';
import { ContainerShares } from './ContainerShares';
import { MountsTable } from './MountsTable';
import { PortsTable } from './PortsTable';
import { ProbeList } from './ProbeList';
import { ResourceTable } from './ResourceTable';
import { Section } from './Section';
import { SecurityList } from './SecurityList';
import { StatusSection } from './StatusSection';
import { useRevealField } from './useRevealField';

/**
 * A container's own values, most looked-at first: image and role, requests and limits, ports,
 * mounts, probes, the effective security context, and what it shares with the other containers.
 */
export function ContainerView({ node, ctx }: { node: ContainerNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const c = containerModelOf(ctx, node.id);
  const reveal = useRevealField(ctx);
  const { podSpecPath } = ctx.workload.ref;
  const written = ctx.workload.securityContexts;
  const security =
    c &&
    effectiveSecurityContext(
      written.pod,
      written.containers[ctx.workload.model.containers.indexOf(c)] ?? {},
      [c.list, c.index],
    );
  return (
    <>
      <ContainerOverview node={node} container={c} ctx={ctx} />
      <StatusSection ctx={ctx} container={node.name} />
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
      {c && c.probes.length > 0 && (
        <Section title={T.probes}>
          <ProbeList probes={c.probes} />
        </Section>
      )}
      {security && (
        <Section title={T.effectiveSecurity}>
          <SecurityList
            settings={security}
            reveal={reveal && ((path) => reveal([...podSpecPath, ...path]))}
          />
        </Section>
      )}
      {c && <ContainerShares container={c} ctx={ctx} />}
    </>
  );
}
