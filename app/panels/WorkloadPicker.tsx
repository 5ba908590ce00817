import { memo, useId, useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { focusRing } from '../styles';
import { useTexts } from '../i18n/useTexts';
import { workloadLabeler } from './workloads';

interface Props {
  result: AnalysisResult;
  value: number;
  onChange: (index: number) => void;
}

/** Which workload the graph shows, when the input holds more than one. */
export const WorkloadPicker = memo(function WorkloadPicker({ result, value, onChange }: Props) {
  const id = useId();
  const { picker: T } = useTexts('panels');
  // Key and label of every workload as one string: a keystroke that renames nothing gives an
  // equal string, and the thousands of options of a big input are not drawn again.
  const entries = useMemo(() => {
    const label = workloadLabeler(T);
    return JSON.stringify(
      result.workloads.map((w) => [`${w.ref.document}:${w.podSpecPath}`, label(w)]),
    );
  }, [result.workloads, T]);
  const options = useMemo(
    () =>
      (JSON.parse(entries) as [string, string][]).map(([key, label], i) => (
        <option key={key} value={i}>
          {label}
        </option>
      )),
    [entries],
  );
  if (result.workloads.length < 2) return null;
  return (
    <div className="flex min-w-0 shrink items-center gap-2 text-sm">
      <label
        htmlFor={id}
        className="whitespace-nowrap text-slate-600 max-[75rem]:sr-only dark:text-slate-300"
      >
        {T.label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className={`max-w-72 min-w-24 truncate rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100 ${focusRing}`}
      >
        {options}
      </select>
    </div>
  );
});
