import type { ReactNode } from 'react';
import type { ContainerState, ContainerStatusExplanation } from '../../../src/lifecycle/types';
import { lazyModule } from '../../lazy/lazyModule';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { ReadyCount } from '../flowTypes';

// Only a card with a state or a status shows a chip: their code waits for the first one.
const chips = lazyModule(() => import('./LifecycleChips'));

/** Whether a card shows a chip line: a timeline is shown, or it is not running and Ready. */
export function showsChip(state?: ContainerState, status?: ContainerStatusExplanation): boolean {
  return (
    state !== undefined || (status !== undefined && !(status.state === 'running' && status.ready))
  );
}

/** The card's state or status line once its code is here; `children` until then. */
export function LazyCardChip(props: {
  state?: ContainerState;
  status?: ContainerStatusExplanation;
  width: number;
  dense?: boolean;
  children: ReactNode;
}) {
  const m = useLazyModule(chips);
  if (m.status !== 'ready') return props.children;
  const { children: _, ...chip } = props;
  return <m.module.CardChip {...chip} />;
}

/** The frame's READY count, once its code is here; the phase until then. */
export function LazyReadyPill(props: { count: ReadyCount; phase?: string }) {
  const m = useLazyModule(chips);
  return m.status === 'ready' ? <m.module.ReadyPill {...props} /> : <>{props.phase}</>;
}
