import { useTexts } from '../i18n/useTexts';
import { linkButton } from '../styles';
import type { PendingLesson } from './useLesson';

/** One quiet line where the explanation will be; a way to try again if it could not be fetched. */
export function LessonLoading({ lesson }: { lesson: PendingLesson }) {
  const T = useTexts('teach');
  const failed = lesson.pending === 'failed';
  return (
    <p
      role="status"
      data-lesson="loading"
      aria-busy={!failed}
      className="border-t border-slate-100 px-4 py-3 text-sm text-slate-500 dark:border-slate-800 dark:text-slate-400"
    >
      {failed ? T.notLoaded : T.loading}
      {failed && lesson.retry && (
        <>
          {' '}
          <button type="button" className={linkButton} onClick={lesson.retry}>
            {T.retry}
          </button>
        </>
      )}
    </p>
  );
}
