import { useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { FIXABLE_RULES, NOT_A_FIX } from '../../src/fix/fixable';
import { useTexts } from '../i18n/useTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import { linkButton } from '../styles';
import { fixModule } from './fixModule';

/**
 * The inspector's fix for a finding: a button that shows the change, then Apply; or, for a
 * finding that no edit of the manifest fixes (a port clash), why not.
 */
export function FindingFix({ result, index }: { result: AnalysisResult; index: number }) {
  const T = useTexts('fix');
  const finding = result.findings[index];
  const fixable = finding !== undefined && !finding.suppressed && FIXABLE_RULES.has(finding.ruleId);
  const [open, setOpen] = useState(false);
  const fixes = useLazyModule(fixModule, fixable);
  if (finding && NOT_A_FIX.has(finding.ruleId))
    return (
      <p className="text-sm" data-testid="no-fix">
        {T.noFix[finding.ruleId]}
      </p>
    );
  if (!fixable || fixes.status !== 'ready') return null;
  const offers = fixes.module.offersFor(result);
  if (offers.fixes(index).length === 0) return null;
  if (!open)
    return (
      <button type="button" className={linkButton} onClick={() => setOpen(true)}>
        {T.preview}
      </button>
    );
  // A finding can have more than one fix (a resources block, or naming the main container).
  return offers
    .fixes(index)
    .map((fix) => (
      <fixes.module.FixPreview
        key={fix.kind}
        result={result}
        finding={index}
        kind={fix.kind}
        onApplied={() => setOpen(false)}
        onCancel={() => setOpen(false)}
      />
    ));
}
