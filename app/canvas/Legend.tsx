import { useId, useState } from 'react';
import { useTexts } from '../i18n/useTexts';
import { EDGE_STROKE, SHARED_STROKE } from './edgeStyles';
import { ROLE_STRIP, SEVERITY_FILL } from './styles';
import { VolumeIcon } from './nodes/VolumeIcon';

const ROLES = ['init', 'sidecar', 'app', 'ephemeral'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const EDGES = [
  { key: 'mount', ...EDGE_STROKE.mount },
  { key: 'sharedMount', ...SHARED_STROKE },
  { key: 'order', ...EDGE_STROKE.order },
  { key: 'usesHost', ...EDGE_STROKE['uses-host'] },
  { key: 'reference', ...EDGE_STROKE.reference },
  { key: 'targets', ...EDGE_STROKE.targets },
  { key: 'member', ...EDGE_STROKE.member },
] as const;

/** What the colours, lines and icons mean; collapsible so it never hides the graph for long. */
export function Legend() {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const T = useTexts('canvas');
  return (
    <section
      aria-label={T.ui.legend}
      className="rounded-lg border border-slate-200 bg-white/95 text-xs text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-200"
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full cursor-pointer items-center justify-between gap-3 rounded-lg px-3 py-1.5 font-semibold focus-visible:outline-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400"
      >
        {T.ui.legend}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div id={bodyId} className="grid grid-cols-2 gap-x-5 gap-y-1 px-3 pb-2.5">
          <ul className="space-y-1">
            {ROLES.map((r) => (
              <li key={r} className="flex items-center gap-2">
                <span className={`h-3 w-1.5 rounded-sm ${ROLE_STRIP[r]}`} />
                {T.lane[r].title}
              </li>
            ))}
            {SEVERITIES.map((s) => (
              <li key={s} className="flex items-center gap-2">
                <span
                  className={`inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] ${SEVERITY_FILL[s]}`}
                >
                  1
                </span>
                {T.severity[s]}
              </li>
            ))}
          </ul>
          <ul className="space-y-1">
            {EDGES.map((e) => (
              <li key={e.key} className="flex items-center gap-2">
                <svg aria-hidden="true" width="24" height="8" className="shrink-0">
                  <line
                    x1="0"
                    y1="4"
                    x2="24"
                    y2="4"
                    stroke={e.color}
                    strokeWidth={e.width}
                    strokeDasharray={e.dash}
                  />
                </svg>
                {T.legend[e.key]}
              </li>
            ))}
            <li className="flex items-center gap-2 text-amber-700 dark:text-amber-400">
              <VolumeIcon tone="disk" />{' '}
              <span className="text-slate-700 dark:text-slate-200">{T.legend.disk}</span>
            </li>
            <li className="flex items-center gap-2 text-violet-700 dark:text-violet-300">
              <VolumeIcon tone="memory" />{' '}
              <span className="text-slate-700 dark:text-slate-200">{T.legend.memory}</span>
            </li>
            <li className="flex items-center gap-2">
              <span className="h-3 w-5 shrink-0 rounded-sm border-2 border-dashed border-red-600 bg-red-50" />
              {T.ui.nodeHost}: {T.ui.risk}
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
