import type { SecurityRow } from '../security';
import { inspectorText as T } from '../texts';
import { Mono } from './Mono';

/** securityContext settings as `field: value`, risky ones in amber. */
export function SecurityList({ rows }: { rows: readonly SecurityRow[] }) {
  if (rows.length === 0)
    return <p className="text-[13px] text-slate-500 dark:text-slate-400">{T.securityDefaults}</p>;
  return (
    <ul className="flex flex-col gap-0.5 text-[13px]">
      {rows.map((r) => (
        <li
          key={`${r.field}=${r.value}`}
          className={r.risk ? 'font-medium text-amber-800 dark:text-amber-300' : undefined}
        >
          <Mono>{`${r.field}: ${r.value}`}</Mono>
        </li>
      ))}
    </ul>
  );
}
