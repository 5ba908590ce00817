import { useTexts } from '../i18n/useTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import { timelinePanelModule } from './lifecycleModule';
import type { TimelinePanelProps } from './TimelinePanel';

/**
 * The timeline's place under the graph: the panel once its code has arrived (fetched the first
 * time the timeline opens, or when the pointer reaches the button), a quiet line until then.
 */
export function TimelineSlot(props: TimelinePanelProps) {
  const T = useTexts('timeline');
  const panel = useLazyModule(timelinePanelModule);
  if (panel.status === 'ready') return <panel.module.TimelinePanel {...props} />;
  return (
    <p
      role="status"
      className="shrink-0 border-t border-slate-200 px-3 py-2 text-[15px] dark:border-slate-700"
    >
      {panel.status === 'loading' ? T.loading : T.notLoaded}
    </p>
  );
}
