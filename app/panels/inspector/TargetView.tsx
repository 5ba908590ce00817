import { LessonIntro } from '../../teach/LessonIntro';
import { LessonPractice } from '../../teach/LessonPractice';
import { useLesson } from '../../teach/useLesson';
import type { Target } from '../target';
import type { InspectorContext } from './context';
import { ContainerView } from './ContainerView';
import { EdgeView } from './EdgeView';
import { FindingView } from './FindingView';
import { HostView } from './HostView';
import { MountView } from './MountView';
import { NamespaceView } from './NamespaceView';
import { ObjectView } from './ObjectView';
import { PodView } from './PodView';
import { PortView } from './PortView';
import { VolumeView } from './VolumeView';

function Facts({ target, ctx }: { target: Target; ctx: InspectorContext }) {
  switch (target.kind) {
    case 'finding':
      return <FindingView finding={target.finding} />;
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
      }
    }
  }
}

/**
 * The body of the inspector for one element: what it is and why it matters, the facts of this
 * pod, then how to see it on a cluster and how to fix it. A finding shows its message first.
 */
export function TargetView({ target, ctx }: { target: Target; ctx: InspectorContext }) {
  const lesson = useLesson(ctx.workload, ctx.graph, target);
  const rule = target.kind === 'finding';
  const intro = lesson && <LessonIntro lesson={lesson} rule={rule} />;
  return (
    <>
      {!rule && intro}
      <Facts target={target} ctx={ctx} />
      {rule && intro}
      {lesson && <LessonPractice lesson={lesson} rule={rule} />}
    </>
  );
}
