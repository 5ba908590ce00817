import { useMemo } from 'react';
import type { StatusExplanation } from '../../src/lifecycle/types';
import type { PodModel } from '../../src/model/types';
import { useLazyModule } from '../lazy/useLazyModule';
import { lifecycleModule } from './lifecycleModule';

/**
 * Why the pod of a `kubectl get pod -o yaml` is or is not Ready; null for a manifest without a
 * status, and until the engine's lifecycle module has arrived (fetched only for such a pod).
 */
export function useStatusExplanation(model: PodModel | undefined): StatusExplanation | null {
  const wanted = model?.status !== undefined;
  const lifecycle = useLazyModule(lifecycleModule, wanted);
  const explain = lifecycle.status === 'ready' ? lifecycle.module.explainStatus : undefined;
  return useMemo(
    () => (model?.status !== undefined && explain ? explain(model) : null),
    [model, explain],
  );
}
