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

/** The body of the inspector for one kind of element. */
export function TargetView({ target, ctx }: { target: Target; ctx: InspectorContext }) {
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
