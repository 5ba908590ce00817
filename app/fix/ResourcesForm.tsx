import { useId } from 'react';
import { RESOURCE_FIELDS, type ResourceValues } from '../../src/fix/resources';
import { useTexts } from '../i18n/useTexts';
import { focusRing } from '../styles';

interface Props {
  values: ResourceValues;
  invalid: readonly (keyof ResourceValues)[];
  onChange: (values: ResourceValues) => void;
}

/** The four values of a proposed resources block, for the user to confirm or change. */
export function ResourcesForm({ values, invalid, onChange }: Props) {
  const T = useTexts('fix').resources;
  const id = useId();
  return (
    <fieldset className="rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-xs font-medium">{T.legend}</legend>
      <div className="grid grid-cols-2 gap-x-3 gap-y-1.5">
        {RESOURCE_FIELDS.map((field) => (
          <label key={field} htmlFor={`${id}-${field}`} className="flex flex-col gap-0.5 text-xs">
            {T[field]}
            <input
              id={`${id}-${field}`}
              name={field}
              value={values[field]}
              aria-invalid={invalid.includes(field) || undefined}
              aria-describedby={invalid.includes(field) ? `${id}-invalid` : undefined}
              onChange={(e) => onChange({ ...values, [field]: e.target.value })}
              className={`rounded border px-1.5 py-0.5 font-mono text-sm dark:bg-slate-800 ${invalid.includes(field) ? 'border-red-600' : 'border-slate-300 dark:border-slate-600'} ${focusRing}`}
            />
          </label>
        ))}
      </div>
      {invalid.length > 0 && (
        <p
          id={`${id}-invalid`}
          role="alert"
          className="mt-1 text-xs text-red-700 dark:text-red-300"
        >
          {T.invalid}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{T.note}</p>
    </fieldset>
  );
}
