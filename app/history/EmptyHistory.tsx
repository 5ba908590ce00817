import { useTexts } from '../i18n/useTexts';

interface Props {
  /** The history's bounds: how many versions, how many bytes (already worded). */
  count: number;
  size: string;
}

/** What the dialog says while nothing is kept: what would be, its bounds, and that it stays here. */
export function EmptyHistory({ count, size }: Props) {
  const T = useTexts('history').empty;
  return (
    <div
      data-versions-empty
      className="m-auto max-w-lg space-y-2 p-6 text-sm text-slate-600 dark:text-slate-400"
    >
      <p className="text-base font-medium text-slate-900 dark:text-slate-100">{T.title}</p>
      <p>{T.what}</p>
      <p>{T.bound(count, size)}</p>
      <p>{T.local}</p>
    </div>
  );
}
