import { useTexts } from '../../i18n/useTexts';
import type { ContainerNode } from '../../../src/graph/types';
import type { ContainerModel } from '../../../src/model/types';
import { roleBadge } from '../../styles';
import { nodeIdOf, type InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { Section } from './Section';

interface Props {
  node: ContainerNode;
  container: ContainerModel | undefined;
  ctx: InspectorContext;
}

/** A container at a glance: image, role, and what the cluster reported about it. */
export function ContainerOverview({ node, container: c, ctx }: Props) {
  const T = useTexts('inspector');
  const target = node.targetContainerName;
  const targetId = target !== undefined ? nodeIdOf(ctx.graph, 'container', target) : undefined;
  const status = c?.status;
  const exitCode = status?.lastTerminationExitCode;
  return (
    <Section title={T.overview}>
      <Fields
        fields={[
          [T.image, node.image !== undefined ? <Mono>{node.image}</Mono> : T.notSet],
          [T.tag, node.imageTag ?? (node.imageDigest ? undefined : T.noTag)],
          [T.digest, node.imageDigest && <Mono>{node.imageDigest}</Mono>],
          [
            T.roleHeading,
            <span
              className={`rounded border px-1.5 text-xs whitespace-nowrap ${roleBadge[node.role]}`}
            >
              {node.initStep !== undefined ? `${node.initStep}. ` : ''}
              {T.role[node.role]}
            </span>,
          ],
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
          [T.state, status?.state],
          [T.ready, status?.ready !== undefined && (status.ready ? T.yes : T.no)],
          [T.restarts, node.restartCount !== undefined && String(node.restartCount)],
          [
            T.lastTermination,
            exitCode !== undefined
              ? T.exitCode(node.lastTerminationReason, exitCode)
              : node.lastTerminationReason,
          ],
        ]}
      />
    </Section>
  );
}
