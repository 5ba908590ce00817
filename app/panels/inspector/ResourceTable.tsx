import { useTexts } from '../../i18n/useTexts';
import { DataTable } from './DataTable';
import { Mono } from './Mono';

interface Props {
  caption: string;
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** Resources with no limit that binds (the pod has none when a container has none). */
  unbounded?: readonly string[];
  /** Requests the API server copied from the limit. */
  defaulted?: readonly string[];
}

const ORDER = ['cpu', 'memory', 'ephemeral-storage'];
const rank = (r: string): number => (ORDER.includes(r) ? ORDER.indexOf(r) : ORDER.length);

/** Requests and limits side by side, cpu and memory first. */
export function ResourceTable({
  caption,
  requests,
  limits,
  unbounded = [],
  defaulted = [],
}: Props) {
  const T = useTexts('inspector');
  const names = [...new Set([...Object.keys(requests), ...Object.keys(limits), ...unbounded])].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  if (names.length === 0)
    return <p className="text-sm text-slate-500 dark:text-slate-400">{T.none}</p>;
  return (
    <>
      <DataTable
        caption={caption}
        name="resources"
        columns={[T.resource, T.request, T.limit]}
        rows={names.map((r) => ({
          key: r,
          cells: [
            <Mono>{r}</Mono>,
            requests[r] !== undefined ? (
              <span title={defaulted.includes(r) ? T.defaultedRequest : undefined}>
                <Mono>{requests[r]}</Mono>
                {defaulted.includes(r) && (
                  <span className="text-xs text-slate-500 dark:text-slate-400"> *</span>
                )}
              </span>
            ) : (
              <span className="text-slate-400">—</span>
            ),
            unbounded.includes(r) ? (
              <span className="font-medium text-amber-700 dark:text-amber-400">{T.unbounded}</span>
            ) : limits[r] !== undefined ? (
              <Mono>{limits[r]}</Mono>
            ) : (
              <span className="text-slate-400">—</span>
            ),
          ],
        }))}
      />
      {defaulted.length > 0 && (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">* {T.defaultedRequest}</p>
      )}
    </>
  );
}
