import { useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { useTexts } from '../i18n/useTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import { linkButton } from '../styles';
import { fixModule } from './fixModule';

/**
 * The fixes of a failed Pod Security check, in its card: per container, a button that shows the
 * change, then Apply. Only the restricted capabilities check has one (drop ALL).
 */
export function CheckFix({ result, workload }: { result: AnalysisResult; workload: number }) {
  const T = useTexts('fix');
  const [open, setOpen] = useState<string | null>(null);
  const fixes = useLazyModule(fixModule, true);
  if (fixes.status !== 'ready') return null;
  const offered = fixes.module.offersFor(result).checks(workload);
  if (offered.length === 0) return null;
  const close = () => setOpen(null);
  return (
    <div className="mt-1.5 flex flex-col gap-1.5" data-check-fixes="">
      {offered.map((fix) =>
        open === fix.container ? (
          <fixes.module.FixPreview
            key={fix.container}
            result={result}
            check={{ workload, container: fix.container ?? '' }}
            kind={fix.kind}
            onApplied={close}
            onCancel={close}
          />
        ) : (
          <button
            key={fix.container}
            type="button"
            className={`${linkButton} self-start text-left`}
            onClick={() => setOpen(fix.container ?? null)}
          >
            {T.dropAll(fix.container ?? '')}
          </button>
        ),
      )}
    </div>
  );
}
