import { useEffect, useMemo, useRef } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { FixActions } from '../editor/diagnostics';
import { useI18n } from '../i18n/useI18n';
import { useLazyModule } from '../lazy/useLazyModule';
import { openFixPreview } from './channel';
import { fixModule, mayHaveFixes } from './fixModule';

/**
 * The editor's quick fixes for the findings of `result`: one lint action per fix, named by it,
 * that opens its preview. Fetches the fix code once a result has a finding that may have a fix.
 * The function stays the same from result to result (it reads the newest one), so the editor
 * does not rebuild its diagnostics for it after every keystroke.
 */
export function useFixActions(result: AnalysisResult | undefined): FixActions | undefined {
  const { lang } = useI18n();
  const wanted = useMemo(() => result !== undefined && mayHaveFixes(result.findings), [result]);
  const status = useLazyModule(fixModule, wanted).status;
  const latest = useRef(result);
  useEffect(() => {
    latest.current = result;
  }, [result]);

  return useMemo((): FixActions | undefined => {
    const fixes = status === 'ready' ? fixModule.get() : undefined;
    if (!fixes) return undefined;
    return (finding, index) => {
      const r = latest.current;
      const same = r?.findings[index];
      // A diagnostic kept from an earlier result (its finding moved with the edits) still
      // matches the newest result's finding of the same rule, document and path.
      if (!r || !same || same.ruleId !== finding.ruleId || same.path !== finding.path) return;
      if (same.document !== finding.document) return;
      const offered = fixes.offersFor(r).fixes(index);
      if (offered.length === 0) return;
      return offered.map((fix) => ({
        name: `${fixes.fixTitle(fix, lang)}…`,
        apply: () => openFixPreview(r, index, fix.kind),
      }));
    };
  }, [status, lang]);
}
