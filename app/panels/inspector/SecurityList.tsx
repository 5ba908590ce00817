import { useTexts } from '../../i18n/useTexts';
import type { SecurityRow } from '../security';
import { Mono } from './Mono';

/** securityContext settings as `field: value`, risky ones in amber. */
export function SecurityList({ rows }: { rows: readonly SecurityRow[] }) {
  const T = useTexts('inspector');
  if (rows.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">{T.securityDefaults}</p>;
  return (
    <ul className="flex flex-col gap-0.5 text-sm">
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
