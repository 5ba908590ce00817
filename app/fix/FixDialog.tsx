import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTexts } from '../i18n/useTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import { fixPreviewRequest, subscribeFixPreview } from './channel';
import { fixModule } from './fixModule';
import { LazyPending } from '../lazy/LazyPending';

/**
 * The preview the editor's lint actions open: a modal dialog with the change and Apply. Closing it
 * (Apply, Cancel, Escape) puts the focus back in the editor, where Ctrl+Z undoes the fix.
 */
export function FixDialog({ onClosed }: { onClosed: () => void }) {
  const T = useTexts('fix');
  const dialog = useRef<HTMLDialogElement>(null);
  const request = useSyncExternalStore(subscribeFixPreview, fixPreviewRequest);
  const body = useLazyModule(fixModule, request !== null);
  const seq = request?.seq;

  useEffect(() => {
    if (seq !== undefined && !dialog.current?.open) dialog.current?.showModal();
  }, [seq]);
  const close = (): void => dialog.current?.close();

  return (
    <dialog
      ref={dialog}
      aria-label={T.dialog}
      onClose={onClosed}
      className="m-auto max-h-[90vh] w-[min(40rem,94vw)] overflow-auto rounded-xl border border-slate-200 bg-white p-4 text-slate-900 shadow-2xl backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {request && body.status === 'ready' && (
        <body.module.FixPreview
          key={request.seq}
          result={request.result}
          finding={request.finding}
          kind={request.kind}
          onApplied={close}
          onCancel={close}
        />
      )}
      {request && <LazyPending state={body} words={T} />}
    </dialog>
  );
}
