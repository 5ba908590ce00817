// Labels for the workload picker.
import type { WorkloadAnalysis } from '../../src/analysis/result';
import { panels, type PanelTexts } from '../i18n/en/panels';

// A workload an edit only moved keeps its object (see PieceStore): its label is made once.
const labels = new WeakMap<PanelTexts['picker'], WeakMap<WorkloadAnalysis, string>>();

/** A labeller in T's language (curried, so it can be handed to `map`). */
export function workloadLabeler(T: PanelTexts['picker']): (w: WorkloadAnalysis) => string {
  let known = labels.get(T);
  if (!known) labels.set(T, (known = new WeakMap()));
  const cache = known;
  return (w) => {
    let label = cache.get(w);
    if (label === undefined) {
      label = T.option(w.ref.kind, w.ref.name, w.ref.templateLabel, w.ref.document + 1);
      cache.set(w, label);
    }
    return label;
  };
}

/** `Deployment web · doc 2`; custom-resource templates add their label: `RayCluster ray (headGroupSpec)`. */
export const workloadOptionLabel = workloadLabeler(panels.picker);
