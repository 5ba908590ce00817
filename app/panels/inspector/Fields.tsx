import type { ReactNode } from 'react';

export type Field = readonly [label: string, value: ReactNode];

/** Label/value pairs; a field whose value is undefined, null or false is left out. */
export function Fields({ fields }: { fields: readonly Field[] }) {
  const shown = fields.filter(([, v]) => v !== undefined && v !== null && v !== false);
  return (
    <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="min-w-0 break-words text-slate-900 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
