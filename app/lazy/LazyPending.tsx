import { linkButton } from '../styles';
import type { LazyState } from './useLazyModule';

interface Words {
  loading: string;
  notLoaded: string;
  retry: string;
}

/**
 * What stands where a lazily fetched part of the page will be: a quiet line while it loads, and
 * a way to try again when it could not be fetched. Nothing once it has arrived.
 */
export function LazyPending({
  state,
  words,
  className = '',
}: {
  state: LazyState<unknown>;
  words: Words;
  className?: string;
}) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading')
    return (
      <p role="status" className={`text-sm text-slate-600 dark:text-slate-400 ${className}`}>
        {words.loading}
      </p>
    );
  return (
    <p role="alert" className={`text-sm text-red-700 dark:text-red-300 ${className}`}>
      {words.notLoaded}{' '}
      <button type="button" className={linkButton} onClick={state.retry}>
        {words.retry}
      </button>
    </p>
  );
}
