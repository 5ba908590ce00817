import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { Notice } from '../input/Notice';
import type { KeepingState } from './useKeeping';

type Props = Pick<KeepingState, 'problem' | 'dismissProblem' | 'other' | 'dismissOther'> & {
  /** Opens the other tab's work here. */
  openOther: () => void;
};

/** What the page says about keeping the text: what the browser refused, newer work elsewhere. */
export function KeepNotices({ problem, dismissProblem, other, openOther, dismissOther }: Props) {
  const T = useTexts('keep');
  const { lang } = useI18n();
  return (
    <>
      {problem && (
        <Notice
          message={(problem.what === 'work' ? T.notSaved : T.versionNotKept)[problem.problem]}
          onDismiss={dismissProblem}
        />
      )}
      {other && (
        <div
          role="status"
          data-notice="other-tab"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-indigo-200 bg-indigo-50 px-4 py-2 text-sm text-indigo-900 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
        >
          <p className="min-w-0 flex-1 break-words">
            {T.other(
              other.source,
              new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(other.at),
            )}
          </p>
          <button
            type="button"
            title={T.openOtherTitle}
            onClick={openOther}
            className="shrink-0 rounded bg-indigo-600 px-2 py-0.5 text-xs font-medium text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:bg-indigo-500 dark:hover:bg-indigo-400"
          >
            {T.openOther}
          </button>
          <button
            type="button"
            onClick={dismissOther}
            className="shrink-0 rounded px-2 py-0.5 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700 dark:focus-visible:outline-indigo-300"
          >
            {T.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
