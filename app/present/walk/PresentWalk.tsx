import { useLazyModule } from '../../lazy/useLazyModule';
import { PresentExit } from '../PresentExit';
import { useSavedViewport } from './useSavedViewport';
import { walkModule } from './walkModule';
import type { WalkProps } from './WalkView';

/**
 * Presentation mode's guided walk through the pod, for teaching: the arrow keys go from the
 * whole pod to the network, each container, the shared volumes and the findings; the canvas
 * zooms to each and a caption explains it. Rendered inside React Flow while presenting. The
 * view the user had is kept from the first moment, so that leaving gives it back even when the
 * walk itself has not arrived yet.
 */
export function PresentWalk(props: WalkProps) {
  useSavedViewport();
  const walk = useLazyModule(walkModule);
  return walk.status === 'ready' ? (
    <walk.module.WalkView {...props} />
  ) : (
    <PresentExit className="absolute top-3 left-3 z-10 px-2.5 py-1 text-xs shadow-sm" />
  );
}
