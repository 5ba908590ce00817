import { useTexts } from '../../i18n/useTexts';
import { lazyModule } from '../../lazy/lazyModule';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { TextDiffProps } from './props';
import { LazyPending } from '../../lazy/LazyPending';

const textDiffModule = lazyModule(() => import('./textDiffChunk'));

/**
 * The text diff in the editor's pane, in the editor's place (the graph keeps its size and its
 * legibility); its merge view is fetched when it is first shown.
 */
export function TextDiffSlot(props: TextDiffProps) {
  const T = useTexts('compare');
  const lazy = useLazyModule(textDiffModule);
  return (
    <section
      aria-label={T.textDiffPane}
      data-text-diff=""
      className="flex min-h-0 flex-1 flex-col bg-white dark:bg-slate-900"
    >
      {lazy.status === 'ready' ? (
        <lazy.module.TextDiff {...props} />
      ) : (
        <LazyPending state={lazy} words={T} className="m-auto" />
      )}
    </section>
  );
}
