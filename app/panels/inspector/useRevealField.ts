import { useCallback } from 'react';
import type { FieldPath } from '../../../src/types';
import { lazyModule } from '../../lazy/lazyModule';
import type { InspectorContext } from './context';

const ranges = lazyModule(() => import('./fieldRange'));

/**
 * Selects a field of the workload's document in the editor (the nearest written parent when the
 * field is missing); undefined when the inspector cannot reveal (a stale graph).
 */
export function useRevealField(ctx: InspectorContext): ((path: FieldPath) => void) | undefined {
  const { result, workload, onReveal } = ctx;
  const document = workload.ref.document;
  const reveal = useCallback(
    (path: FieldPath) => {
      if (!onReveal) return;
      void ranges.load().then((m) => {
        const r = m.fieldRange(result, document, path);
        if (r) onReveal(r.from, r.to);
      });
    },
    [result, document, onReveal],
  );
  return onReveal ? reveal : undefined;
}
