import { useMemo, useRef } from 'react';
import type { PodGraph } from '../../../src/graph/types';
import type { Finding } from '../../../src/types';
import { useCaptionHeight } from './useCaptionHeight';
import { useStepViewport } from './useStepViewport';
import { useWalk } from './useWalk';
import { useWalkKeys } from './useWalkKeys';
import { WalkCaption } from './WalkCaption';
import { walkSteps } from './walkSteps';
import './walk.css';

export interface WalkProps {
  graph: PodGraph;
  /** The drawn workload's findings (walkFindings), walked through after the elements. */
  findings?: readonly Finding[];
}

/**
 * The walk itself: its steps, the keys that move through them, the view that follows and the
 * caption that explains. Fetched when presentation mode first starts (see PresentWalk).
 */
export function WalkView({ graph, findings }: WalkProps) {
  const steps = useMemo(() => walkSteps(graph, findings), [graph, findings]);
  const { index, step, go } = useWalk(steps);
  useWalkKeys(go);
  const caption = useRef<HTMLElement>(null);
  const captionHeight = useCaptionHeight(caption);
  useStepViewport(step, captionHeight);
  return <WalkCaption ref={caption} steps={steps} index={index} graph={graph} onMove={go} />;
}
