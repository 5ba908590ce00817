import { useId, useMemo, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { Fix, FixKind } from '../../src/fix/catalog';
import type { ResourceValues } from '../../src/fix/resources';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { focusRing } from '../styles';
import { applyFixEdits } from './channel';
import { DiffLines } from './DiffLines';
import { fixTitle, withResources } from '../../src/fix/catalog';
import { invalidResourceValues } from '../../src/fix/resources';
import { offersFor } from './offers';
import { ResourcesForm } from './ResourcesForm';

interface Props {
  result: AnalysisResult;
  /** The finding whose fix is previewed… */
  finding?: number;
  /** …or the container of a workload whose failed Pod Security check it fixes. */
  check?: { workload: number; container: string };
  /** Which of the finding's fixes; its first when not given. */
  kind?: FixKind;
  /** After the fix went into the editor. */
  onApplied?: () => void;
  onCancel?: () => void;
}

const button = `rounded-md px-3 py-1.5 text-sm font-medium ${focusRing}`;
const primary = `${button} bg-indigo-600 text-white hover:bg-indigo-700 disabled:opacity-50 dark:bg-indigo-500`;
const secondary = `${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100`;

/** A fix before it is made: what it writes, the lines it changes, and Apply (or fix all). */
export function FixPreview({ result, finding, check, kind, onApplied, onCancel }: Props) {
  const T = useTexts('fix');
  const { lang } = useI18n();
  const offers = offersFor(result);
  const choices = check
    ? offers.checks(check.workload).filter((f) => f.container === check.container)
    : finding !== undefined
      ? offers.fixes(finding)
      : [];
  const chosen = choices.find((f) => f.kind === kind) ?? choices[0];
  const [values, setValues] = useState<ResourceValues | undefined>(chosen?.proposed);
  const [failed, setFailed] = useState(false);
  const titleId = useId();
  const bad = values ? invalidResourceValues(values) : [];
  const fix: Fix | undefined =
    chosen && values && bad.length === 0 ? withResources(result, chosen, values) : chosen;
  const edits = useMemo(() => (fix ? offers.edits([fix]) : []), [offers, fix]);
  const all = chosen ? offers.all(chosen) : [];
  if (!chosen || !fix) return null;

  const apply = (fixes: readonly Fix[]): void => {
    const ok = applyFixEdits(fixes === all ? offers.edits(all) : edits, result.text);
    setFailed(!ok);
    if (ok) onApplied?.();
  };
  const empty = edits.length === 0;

  return (
    <section
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-2 text-sm"
      data-fix={fix.kind}
    >
      <h3 id={titleId} className="font-medium">
        {fixTitle(fix, lang)}
      </h3>
      {fix.value && fix.kind !== 'resources' && (
        <p>
          {T.writes}:{' '}
          <code className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">{fix.value}</code>
        </p>
      )}
      {fix.kind === 'default-container' && (
        <p className="text-slate-600 dark:text-slate-300">{T.defaultContainer}</p>
      )}
      {values && <ResourcesForm values={values} invalid={bad} onChange={setValues} />}
      <DiffLines hunks={offers.preview(edits)} />
      {!fix.safe && fix.kind === 'drop-capabilities' && (
        <p className="text-amber-900 dark:text-amber-200">{T.dropAsRoot}</p>
      )}
      {!fix.safe && <p className="text-xs text-slate-600 dark:text-slate-400">{T.notForCli}</p>}
      {failed && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {T.outdated}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={primary}
          disabled={empty || bad.length > 0}
          onClick={() => apply([fix])}
        >
          {T.apply}
        </button>
        {all.length > 1 && (
          <button type="button" className={secondary} onClick={() => apply(all)}>
            {T.applyAll(all.length)}
          </button>
        )}
        {onCancel && (
          <button type="button" className={secondary} onClick={onCancel}>
            {T.cancel}
          </button>
        )}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{T.undo}</p>
    </section>
  );
}
