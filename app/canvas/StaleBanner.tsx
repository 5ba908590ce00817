import { useRef } from 'react';
import { useTexts } from '../i18n/useTexts';
import { useClearOfToolbar } from './useClearOfToolbar';

/**
 * Says the graph lags behind the text while the YAML does not parse: at the top of the canvas,
 * beside or below the zoom and Fit controls, never over them (they are needed most right then).
 */
export function StaleBanner() {
  const { ui } = useTexts('canvas');
  const box = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const place = useClearOfToolbar(box, notice);
  return (
    <div ref={box} style={place} className="pointer-events-none absolute z-10 flex justify-center">
      <p
        ref={notice}
        role="status"
        data-stale="true"
        className="max-w-full rounded-full border border-amber-300 bg-amber-50 px-3 py-1 text-center text-sm font-medium text-amber-900 shadow-sm dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {ui.stale}
      </p>
    </div>
  );
}
