import { useTexts } from '../i18n/useTexts';
import { focusRing } from '../styles';
import { allCommandsText } from './clipboardText';
import { useCopy } from './useCopy';
import type { ProbeNeeds } from '../../src/teach/probes';

interface Props {
  commands: readonly { label: string; command: string; needs?: ProbeNeeds }[];
}

const button = `shrink-0 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800 ${focusRing}`;
const done = 'border-emerald-600 text-emerald-800 dark:border-emerald-500 dark:text-emerald-300';

/** kubectl commands, each in a code block with a Copy button, and a button that copies all. */
export function CommandList({ commands }: Props) {
  const T = useTexts('teach');
  const { state, copy } = useCopy();
  const copied = (id: string) => state?.key === id && state.ok;
  const message = !state
    ? ''
    : !state.ok
      ? T.copyFailed
      : state.key === 'all'
        ? T.copiedAll(commands.length)
        : T.copied;
  return (
    <div className="relative">
      <ul className="flex flex-col gap-2" aria-label={T.commandsLabel}>
        {commands.map((c, i) => {
          const id = `c${i}`;
          return (
            <li key={c.command} data-command={c.command}>
              <p className="text-xs text-slate-600 dark:text-slate-400">{c.label}</p>
              {c.needs && (
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  {c.needs.image
                    ? T.needsDebug(c.needs.tool, c.needs.image)
                    : T.needs(c.needs.tool, c.needs.worksIn)}
                </p>
              )}
              <div className="mt-0.5 flex items-start gap-1.5">
                <pre className="min-w-0 flex-1 rounded-md bg-slate-100 px-2 py-1.5 font-mono text-xs break-all whitespace-pre-wrap text-slate-800 dark:bg-slate-800 dark:text-slate-100">
                  <code>{c.command}</code>
                </pre>
                <button
                  type="button"
                  className={`${button} ${copied(id) ? done : ''}`}
                  aria-label={T.copyLabel(c.label)}
                  onClick={() => copy(id, c.command)}
                >
                  {copied(id) ? `✓ ${T.copied}` : T.copy}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {commands.length > 1 && (
          <button
            type="button"
            className={`${button} ${copied('all') ? done : ''}`}
            onClick={() => copy('all', allCommandsText(commands))}
          >
            {copied('all') ? `✓ ${T.copiedAll(commands.length)}` : T.copyAll}
          </button>
        )}
        <p
          role="status"
          className={`text-xs ${state && !state.ok ? 'text-red-700 dark:text-red-400' : 'sr-only'}`}
        >
          {message}
        </p>
      </div>
    </div>
  );
}
