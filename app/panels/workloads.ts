// Labels for the workload picker.
import type { WorkloadAnalysis } from '../../src/analysis/result';
import { panels, type PanelTexts } from '../i18n/en/panels';

/** A labeller in T's language (curried, so it can be handed to `map`). */
export function workloadLabeler(T: PanelTexts['picker']): (w: WorkloadAnalysis) => string {
  return (w) => T.option(w.ref.kind, w.ref.name, w.ref.templateLabel, w.ref.document + 1);
}

/** `Deployment web · doc 2`; custom-resource templates add their label: `RayCluster ray (headGroupSpec)`. */
export const workloadOptionLabel = workloadLabeler(panels.picker);
