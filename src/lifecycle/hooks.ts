// postStart and preStop hooks: the model reads them with their known durations
// (src/model/lifecycle.ts); here, finding one of them.
import type { HookTiming } from './types';

/** The hook of one kind, if the container has it. */
export function hookOf(
  hooks: readonly HookTiming[] | undefined,
  kind: HookTiming['kind'],
): HookTiming | undefined {
  return hooks?.find((h) => h.kind === kind);
}
