import type { EffectiveSetting } from '../../../src/k8s/securityContext';
import type { FieldPath } from '../../../src/types';
import { useTexts } from '../../i18n/useTexts';
import { Mono } from './Mono';

interface Props {
  settings: readonly EffectiveSetting[];
  /** The container's path under the pod spec, to select a written value in the editor. */
  reveal?: (path: FieldPath) => void;
}

const SOURCE_TONE: Record<EffectiveSetting['source'], string> = {
  container: 'border-sky-300 text-sky-800 dark:border-sky-700 dark:text-sky-300',
  pod: 'border-violet-300 text-violet-800 dark:border-violet-700 dark:text-violet-300',
  default: 'border-slate-300 text-slate-600 dark:border-slate-600 dark:text-slate-300',
};

/**
 * The container's effective security context: each merged field, its value and where it comes
 * from (container, pod, or the default and what the runtime does then); risks in amber.
 */
export function SecurityList({ settings, reveal }: Props) {
  const T = useTexts('inspector');
  const conflict = settings.some((s) => s.conflict);
  return (
    <>
      {conflict && (
        <p
          role="note"
          data-conflict="run-as-root"
          className="mb-1.5 text-sm font-medium text-rose-800 dark:text-rose-300"
        >
          {T.effectiveConflict}
        </p>
      )}
      <ul
        className="flex flex-col gap-1 text-sm"
        aria-label={T.effectiveSecurity}
        data-effective-security
      >
        {settings.map((s) => (
          <li
            key={s.field}
            data-field={s.field}
            data-source={s.source}
            className={s.risk ? 'text-amber-800 dark:text-amber-300' : undefined}
          >
            <div className="flex items-baseline gap-x-2">
              <code className="font-mono text-[0.93em] whitespace-nowrap">{s.field}</code>
              {s.value !== undefined &&
                (reveal && s.path ? (
                  <button
                    type="button"
                    className="min-w-0 text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                    title={T.podSecuritySelect(s.field)}
                    onClick={() => s.path && reveal(s.path)}
                  >
                    <Mono>{s.value}</Mono>
                  </button>
                ) : (
                  <Mono>{s.value}</Mono>
                ))}
              <span
                className={`ml-auto shrink-0 rounded border px-1 text-xs leading-4 whitespace-nowrap ${SOURCE_TONE[s.source]}`}
                title={T.effectiveFrom}
              >
                {T.effectiveSource[s.source]}
              </span>
            </div>
            {s.value === undefined && (
              <p className="text-slate-600 italic dark:text-slate-300">
                {T.effectiveUnset[s.field]}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">{T.effectiveNote}</p>
    </>
  );
}
