import { useTexts } from '../i18n/useTexts';
import { canvasTexts } from './canvasText';

/** Says the graph lags behind the text while the YAML does not parse. */
export function StaleBanner() {
  const { ui } = useTexts(canvasTexts);
  return (
    <div
      role="status"
      data-stale="true"
      className="pointer-events-none absolute top-3 left-1/2 z-10 -translate-x-1/2 rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900 shadow-sm dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {ui.stale}
    </div>
  );
}
