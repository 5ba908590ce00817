import { useLesson } from '../../teach/useLesson';
import type { FindingEntry } from '../findingGroups';
import type { Target } from '../../state/target';
import type { InspectorContext } from './context';
import { ContainerView } from './ContainerView';
import { EdgeView } from './EdgeView';
import { FindingView } from './FindingView';
import { HostView } from './HostView';
import { Lesson } from './Lesson';
import { MountView } from './MountView';
import { NamespaceView } from './NamespaceView';
import { ObjectView } from './ObjectView';
import { ServiceView } from './ServiceView';
import { PodView } from './PodView';
import { PortView } from './PortView';
import { RelatedFindings } from './RelatedFindings';
import { VolumeView } from './VolumeView';

function Facts({ target, ctx }: { target: Target; ctx: InspectorContext }) {
  switch (target.kind) {
    case 'finding':
      return <FindingView finding={target.finding} index={target.index} ctx={ctx} />;
    case 'port':
      return <PortView chip={target.chip} hub={target.hub} ctx={ctx} />;
    case 'mount':
      return <MountView edge={target.edge} ctx={ctx} />;
    case 'edge':
      return <EdgeView edge={target.edge} ctx={ctx} />;
    case 'node': {
      const n = target.node;
      switch (n.kind) {
        case 'pod':
          return <PodView node={n} ctx={ctx} />;
        case 'container':
          return <ContainerView node={n} ctx={ctx} />;
        case 'volume':
          return <VolumeView node={n} ctx={ctx} />;
        case 'namespace':
          return <NamespaceView node={n} ctx={ctx} />;
        case 'host':
          return <HostView node={n} />;
        case 'object':
          return <ObjectView node={n} ctx={ctx} />;
        case 'service':
          return <ServiceView node={n} ctx={ctx} />;
      }
    }
  }
}

interface Props {
  target: Target;
  ctx: InspectorContext;
  /** The findings that touch the target (none for a finding). */
  related: readonly FindingEntry[];
}

/**
 * The body of the inspector for one element. Facts first, so a reviewer reads the values of
 * this pod without scrolling past prose: the element's own values, then the findings that touch
 * it. The explanation comes after, in sections the reader opens and closes.
 */
export function TargetView({ target, ctx, related }: Props) {
  const lesson = useLesson(ctx.workload, ctx.graph, target);
  const rule = target.kind === 'finding';
  return (
    <>
      <div data-part="facts">
        <Facts target={target} ctx={ctx} />
      </div>
      {!rule && (
        <div data-part="findings">
          <RelatedFindings entries={related} onSelect={ctx.onSelect} />
        </div>
      )}
      {lesson && <Lesson lesson={lesson} rule={rule} />}
    </>
  );
}
