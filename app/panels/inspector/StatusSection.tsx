import { lazyModule } from '../../lazy/lazyModule';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { InspectorContext } from './context';

// The explainer (the engine's status model, its words in both languages, the command list) is
// fetched the first time a pod with a status is inspected; its section appears when it arrives.
const explainer = lazyModule(() => import('./StatusExplainer'));

interface Props {
  ctx: InspectorContext;
  /** One container's part only; the whole pod when undefined. */
  container?: string;
}

/** Why a pod from `kubectl get pod -o yaml` is or is not Ready, and what to check next. */
export function StatusSection({ ctx, container }: Props) {
  const model = ctx.workload.model;
  const body = useLazyModule(explainer, model.status !== undefined);
  if (model.status === undefined || body.status !== 'ready') return null;
  return <body.module.StatusExplainer model={model} container={container} />;
}
