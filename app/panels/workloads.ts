// Labels for the workload picker.
import type { WorkloadAnalysis } from '../../src/analysis';
import { pickerText } from './texts';

/** `Deployment web · doc 2`; custom-resource templates add their label: `RayCluster ray (headGroupSpec)`. */
export function workloadOptionLabel(w: WorkloadAnalysis): string {
  return pickerText.option(w.ref.kind, w.ref.name, w.ref.templateLabel, w.ref.document + 1);
}
