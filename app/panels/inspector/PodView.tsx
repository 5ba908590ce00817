import type { PodNode } from '../../../src/graph/types';
import { useTexts } from '../../i18n/useTexts';
import { qosReasons } from '../qosReasons';
import { roleBadge } from '../../styles';
import type { InspectorContext } from './context';
import { Fields } from './Fields';
import { Mono } from './Mono';
import { NodeLink } from './NodeLink';
import { PodSecuritySection } from './PodSecuritySection';
import { ResourceTable } from './ResourceTable';
import { Section } from './Section';
import { StatusSection } from './StatusSection';

/**
 * The pod frame: QoS and why, the Pod Security level and its failed checks, effective resources,
 * pod-wide settings, status.
 */
export function PodView({ node, ctx }: { node: PodNode; ctx: InspectorContext }) {
  const T = useTexts('inspector');
  const P = useTexts('panels');
  const { model, qosClass } = ctx.workload;
  const reasons = qosReasons(qosClass, model.containers, P.qosReason);
  const containers = ctx.graph.nodes
    .filter((n) => n.kind === 'container')
    .sort((a, b) => a.runOrder - b.runOrder);
  const restarts = model.containers.reduce((sum, c) => sum + (c.status?.restartCount ?? 0), 0);
  return (
    <>
      <StatusSection ctx={ctx} />
      <Section title={T.qos}>
        <p className="text-sm">
          <span className="font-semibold" data-qos={qosClass}>
            {qosClass}
          </span>{' '}
          — {T.qosMeaning[qosClass]}
        </p>
        <ul className="mt-1.5 list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </Section>
      <PodSecuritySection ctx={ctx} />
      <Section title={T.resources}>
        <ResourceTable
          caption={T.resources}
          requests={node.requests}
          limits={node.limits}
          unbounded={node.unboundedLimits}
        />
        <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">{T.resourcesNote}</p>
        {node.unboundedLimits.length > 0 && (
          <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
            {T.unboundedNote(node.unboundedLimits)}
          </p>
        )}
      </Section>
      <Section title={T.workload}>
        <Fields
          fields={[
            [T.workload, <Mono>{`${node.workloadKind} ${node.name}`}</Mono>],
            [T.namespaceField, node.namespace && <Mono>{node.namespace}</Mono>],
            [T.hostname, <Mono>{model.hostname}</Mono>],
            [T.subdomain, model.subdomain && <Mono>{model.subdomain}</Mono>],
            [T.restartPolicy, <Mono>{model.restartPolicy}</Mono>],
            [T.dnsPolicy, <Mono>{model.dnsPolicy}</Mono>],
          ]}
        />
      </Section>
      <Section title={T.runOrder}>
        <ol className="flex flex-col gap-1 text-sm">
          {containers.map((c) => (
            <li key={c.id} className="flex items-center gap-2">
              <span className={`rounded border px-1.5 text-xs leading-4 ${roleBadge[c.role]}`}>
                {c.initStep !== undefined ? `${c.initStep}. ` : ''}
                {T.role[c.role]}
              </span>
              <NodeLink
                target={{ kind: 'node', id: c.id }}
                label={c.name}
                onSelect={ctx.onSelect}
              />
            </li>
          ))}
        </ol>
      </Section>
      {model.status && (
        <Section title={T.status}>
          <Fields
            fields={[
              [T.phase, model.status.phase],
              [T.podIP, model.status.podIP && <Mono>{model.status.podIP}</Mono>],
              [T.hostIP, model.status.hostIP && <Mono>{model.status.hostIP}</Mono>],
              [T.reportedQos, model.status.qosClass],
              [T.restarts, String(restarts)],
            ]}
          />
        </Section>
      )}
    </>
  );
}
