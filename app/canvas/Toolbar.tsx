import { useReactFlow } from '@xyflow/react';
import { useTexts } from '../i18n/useTexts';

const BUTTON =
  'inline-flex h-8 min-w-8 cursor-pointer items-center justify-center px-2.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400';

/** Zoom, fit and re-layout: the view controls, as labelled buttons. */
export function Toolbar({
  onFit,
  onRelayout,
  onZoom,
}: {
  onFit: () => void;
  onRelayout: () => void;
  /** The user zoomed with a button: the view is theirs until the next fit. */
  onZoom: () => void;
}) {
  const { zoomIn, zoomOut } = useReactFlow();
  const { ui: T } = useTexts('canvas');
  return (
    <div
      role="toolbar"
      aria-label={T.toolbar}
      className="flex divide-x divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900"
    >
      <button
        type="button"
        className={BUTTON}
        aria-label={T.zoomOut}
        title={T.zoomOut}
        onClick={() => {
          onZoom();
          void zoomOut({ duration: 150 });
        }}
      >
        −
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label={T.zoomIn}
        title={T.zoomIn}
        onClick={() => {
          onZoom();
          void zoomIn({ duration: 150 });
        }}
      >
        +
      </button>
      <button type="button" className={BUTTON} title={T.fitLabel} onClick={onFit}>
        {T.fit}
      </button>
      <button type="button" className={BUTTON} title={T.relayoutLabel} onClick={onRelayout}>
        {T.relayout}
      </button>
    </div>
  );
}
